package dev.galerkin.operators.tf;

import dev.galerkin.operators.Device;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

public class TfGraphTest {

  public static FloatArray random(SplittableRandom r, long... shape) {
    float[] a = new float[(int) Shape.of(shape).size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) (2 * r.nextDouble() - 1);
    }
    return FloatArray.wrap(Shape.of(shape), a);
  }

  @Test
  void denseOnRank2AndRank4MatchesJava() {
    try (TfGraph g = TfGraph.builder().seed(3).threads(1).build()) {
      Placeholder<TFloat32> x2 = g.placeholder("x2", -1, 3);
      Placeholder<TFloat32> x4 = g.placeholder("x4", -1, 2, 5, 3);
      Dense d = Dense.create(g, "d", 3, 4, Initializer.glorotNormal(), Initializer.uniform(-1, 1));
      Operand<TFloat32> y2 = d.apply(x2);
      Operand<TFloat32> y4 = d.apply(x4);
      SplittableRandom r = new SplittableRandom(1);
      FloatArray a2 = random(r, 6, 3);
      FloatArray a4 = random(r, 2, 2, 5, 3);
      List<FloatArray> out = g.eval(List.of(y2, y4), Map.of(x2, a2, x4, a4));
      float[] w = g.read("d/w");
      float[] b = g.read("d/b");
      assertArrayEquals(d.weight().initialValues(), w);
      assertEquals(Shape.of(6, 4), out.get(0).shape());
      assertEquals(Shape.of(2, 2, 5, 4), out.get(1).shape());
      checkDense(a2, w, b, out.get(0));
      checkDense(a4, w, b, out.get(1));
    }
  }

  private static void checkDense(FloatArray x, float[] w, float[] b, FloatArray y) {
    int rows = x.size() / 3;
    for (int i = 0; i < rows; i++) {
      for (int o = 0; o < 4; o++) {
        double s = b[o];
        for (int k = 0; k < 3; k++) {
          s += x.at(i * 3 + k) * w[k * 4 + o];
        }
        assertEquals(s, y.at(i * 4 + o), 1e-5);
      }
    }
  }

  @Test
  void denseWithUnknownInnerDimsReshapesDynamically() {
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, -1, 2);
      Operand<TFloat32> y = Dense.create(g, "d", 2, 3).apply(x);
      FloatArray out = g.eval(y, Map.of(x, random(new SplittableRandom(2), 2, 7, 2)));
      assertEquals(Shape.of(2, 7, 3), out.shape());
    }
  }

  @Test
  void sampleViewsAreFedFromTheirOffset() {
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, 2, 3);
      Operand<TFloat32> y = Activation.IDENTITY.apply(g.ops(), x);
      FloatArray all = random(new SplittableRandom(6), 5, 2, 3);
      FloatArray view = all.samples(1, 4);
      FloatArray out = g.eval(y, Map.of(x, view));
      assertEquals(view.copySamples(0, 3), out);
      assertArrayEquals(java.util.Arrays.copyOfRange(all.data(), 6, 24), out.toArray());
    }
  }

  @Test
  void initialValuesDependOnSeedAndNameOnly() {
    float[] a;
    float[] b;
    float[] c;
    float[] d;
    try (TfGraph g = TfGraph.builder().seed(11).build()) {
      g.variable("extra", new long[] {5}, Initializer.glorotUniform());
      a = g.variable("layer/w", new long[] {8, 8}, Initializer.glorotUniform()).initialValues();
      c = g.variable("layer/v", new long[] {8, 8}, Initializer.glorotUniform()).initialValues();
    }
    try (TfGraph g = TfGraph.builder().seed(11).build()) {
      b = g.variable("layer/w", new long[] {8, 8}, Initializer.glorotUniform()).initialValues();
    }
    try (TfGraph g = TfGraph.builder().seed(12).build()) {
      d = g.variable("layer/w", new long[] {8, 8}, Initializer.glorotUniform()).initialValues();
    }
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
    assertFalse(Arrays.equals(a, d));
    double limit = Math.sqrt(6.0 / 16);
    for (float v : a) {
      assertTrue(Math.abs(v) <= limit);
    }
  }

  @Test
  void initializerMomentsAreRight() {
    SplittableRandom r = new SplittableRandom(5);
    float[] he = Initializer.heNormal().values(new long[] {3, 3, 50, 400}, r);
    double mean = 0;
    double sq = 0;
    for (float v : he) {
      mean += v;
      sq += v * v;
    }
    mean /= he.length;
    double var = sq / he.length - mean * mean;
    assertEquals(0, mean, 3e-3);
    assertEquals(2.0 / (9 * 50), var, 0.02 * 2.0 / (9 * 50));
    float[] c = Initializer.constant(2.5f).values(new long[] {4}, r);
    assertArrayEquals(new float[] {2.5f, 2.5f, 2.5f, 2.5f}, c);
    assertArrayEquals(new long[] {450, 3600}, Initializer.fans(new long[] {3, 3, 50, 400}));
  }

  @Test
  void writeReadAndCopyBetweenGraphs() {
    try (TfGraph g = TfGraph.builder().seed(1).build(); TfGraph h = TfGraph.builder().seed(2).build()) {
      Dense.create(g, "d", 2, 2);
      Dense.create(h, "d", 2, 2);
      g.write("d/w", new float[] {1, 2, 3, 4});
      assertArrayEquals(new float[] {1, 2, 3, 4}, g.read("d/w"));
      g.writeAll(Map.of("d/b", new float[] {-1, 1}));
      h.copyVariablesFrom(g);
      assertArrayEquals(new float[] {1, 2, 3, 4}, h.read("d/w"));
      assertArrayEquals(new float[] {-1, 1}, h.readVariables().get("d/b"));
      GalerkinException e = assertThrows(GalerkinException.class, () -> g.write("d/w", new float[3]));
      assertEquals("variable 'd/w' has shape [2, 2] (4 values) but 3 values were given", e.getMessage());
      e = assertThrows(GalerkinException.class, () -> g.read("d/x"));
      assertTrue(e.getMessage().contains("no variable named 'd/x'"), e.getMessage());
    }
  }

  @Test
  void namesFeedsAndClosingAreChecked() {
    TfGraph g = TfGraph.builder().build();
    Placeholder<TFloat32> x = g.placeholder("x", -1, 3);
    Operand<TFloat32> y = Dense.create(g, "d", 3, 1).apply(x);
    GalerkinException e = assertThrows(GalerkinException.class, () -> Dense.create(g, "d", 3, 1));
    assertEquals("layer name 'd' is already used in this graph; give each layer its own name", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> g.eval(y, Map.of(x, FloatArray.zeros(Shape.of(2, 4)))));
    assertEquals("placeholder 'x' expects shape [?, 3] but was fed [2, 4]", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> Dense.create(g, "bad name", 3, 1));
    assertTrue(e.getMessage().startsWith("layer name 'bad name' is not valid"), e.getMessage());
    assertEquals(Shape.of(2, 1), g.eval(y, Map.of(x, FloatArray.zeros(Shape.of(2, 3)))).shape());
    g.close();
    g.close();
    assertTrue(g.isClosed());
    e = assertThrows(GalerkinException.class, g::ops);
    assertEquals("this TfGraph is closed", e.getMessage());
  }

  @Test
  void gpuWithoutGpuGivesAClearError() {
    // The CPU native build is on the test class path (DESIGN.md: every test on CPU).
    GalerkinException e = assertThrows(
        GalerkinException.class, () -> TfGraph.builder().device(Device.GPU).build().close());
    assertTrue(e.getMessage().startsWith("device gpu: TensorFlow sees no GPU"), e.getMessage());
    assertTrue(e.getMessage().contains("-Pgpu"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertEquals(Device.GPU, Device.parse("GPU"));
    assertThrows(GalerkinException.class, () -> Device.parse("tpu"));
  }

  @Test
  void activationsMatchJava() {
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", 41);
      float[] xs = new float[41];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = -4 + 0.2f * i;
      }
      for (Activation a : Activation.values()) {
        FloatArray y = g.eval(a.apply(g.ops(), x), Map.of(x, FloatArray.wrap(Shape.of(41), xs)));
        for (int i = 0; i < xs.length; i++) {
          assertEquals(a.apply(xs[i]), y.at(i), 2e-6 * (1 + Math.abs(xs[i])), a + " at " + xs[i]);
        }
      }
    }
  }
}
