package dev.galerkin.operators.deeponet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.tf.TfGraph;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** DeepONet shapes, the query grid, configuration checks and one-line shape errors. */
class DeepOnetShapeTest {

  private static FloatArray random(Shape s, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[Math.toIntExact(s.size())];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return FloatArray.wrap(s, v);
  }

  static FloatArray forward(DeepOnet m, Shape in, Shape out, int batch) {
    try (TfGraph g = TfGraph.builder().seed(3).threads(1).build()) {
      long[] dims = new long[in.rank() + 1];
      dims[0] = -1;
      System.arraycopy(in.dims(), 0, dims, 1, in.rank());
      Placeholder<TFloat32> x = g.placeholder("input", dims);
      Operand<TFloat32> y = m.forward(g, x, in, out);
      return g.eval(y, Map.of(x, random(in.prepend(batch), 5)));
    }
  }

  @Test
  void forwardGivesTheOutputSampleShapeForEveryLayout() {
    DeepOnet d1 = new DeepOnet(DeepOnetConfig.builder().branch(1, 8).trunk(1, 8).latent(4).build());
    assertEquals(Shape.of(3, 20), forward(d1, Shape.of(10), Shape.of(20), 3).shape());
    assertEquals(Shape.of(3, 20, 2), forward(d1, Shape.of(10), Shape.of(20, 2), 3).shape());
    DeepOnet lead = new DeepOnet(DeepOnetConfig.builder().branch(0, 8).trunk(0, 8).latent(4)
        .channels(OutputChannels.LEADING).build());
    assertEquals(Shape.of(2, 5, 20), forward(lead, Shape.of(10, 2), Shape.of(5, 20), 2).shape());
    DeepOnet d2 = new DeepOnet(DeepOnetConfig.builder().dimensions(2).branch(1, 8).trunk(2, 8)
        .latent(4).activation(Activation.GELU).lengths(2, 0.5).build());
    assertEquals(Shape.of(2, 7, 6), forward(d2, Shape.of(7, 6), Shape.of(7, 6), 2).shape());
    assertEquals(Shape.of(2, 7, 6, 3), forward(d2, Shape.of(7, 6), Shape.of(7, 6, 3), 2).shape());
    assertFalse(d2.resolutionIndependent());
  }

  @Test
  void channelsComeFromTheirOwnBranchOutputsInBothLayouts() {
    // LAST [X, C] and LEADING [C, X] are the same numbers transposed, for the same weights
    DeepOnetConfig last = DeepOnetConfig.builder().branch(1, 8).trunk(1, 8).latent(4).build();
    DeepOnetConfig lead = last.toBuilder().channels(OutputChannels.LEADING).build();
    float[] a = forward(new DeepOnet(last), Shape.of(10), Shape.of(6, 3), 2).toArray();
    float[] b = forward(new DeepOnet(lead), Shape.of(10), Shape.of(3, 6), 2).toArray();
    for (int s = 0; s < 2; s++) {
      for (int x = 0; x < 6; x++) {
        for (int c = 0; c < 3; c++) {
          assertEquals(a[s * 18 + x * 3 + c], b[s * 18 + c * 6 + x], 0f);
        }
      }
    }
    assertTrue(a[0] != a[1], "channels differ");
  }

  @Test
  void queryGridIsLinspaceIncludingBothEndsRowMajor() {
    DeepOnet d2 = new DeepOnet(DeepOnetConfig.builder().dimensions(2).lengths(2, 0.5).build());
    FloatArray g = d2.queryGrid(Shape.of(3, 2, 4));
    assertEquals(Shape.of(6, 2), g.shape());
    assertArrayEquals(new float[] {0, 0, 0, 0.5f, 1, 0, 1, 0.5f, 2, 0, 2, 0.5f}, g.toArray());
    DeepOnet d1 = new DeepOnet(DeepOnetConfig.builder().build());
    assertArrayEquals(new float[] {0, 0.25f, 0.5f, 0.75f, 1}, d1.queryGrid(Shape.of(5)).toArray());
  }

  @Test
  void jsonRoundTripThroughTheRegistry() {
    DeepOnetConfig c = DeepOnetConfig.builder().dimensions(2).branch(3, 50).trunk(2, 40).latent(30)
        .activation(Activation.RELU).channels(OutputChannels.LEADING).lengths(1, 2.5).build();
    OperatorModel m = ModelFamilies.create("deeponet", new DeepOnet(c).architectureJson());
    assertEquals("deeponet", m.type());
    assertEquals(c, ((DeepOnet) m).config());
    DeepOnetConfig defaults = DeepOnet.fromJson("{\"dimensions\":2,\"branchLayers\":1,"
        + "\"branchWidth\":4,\"trunkLayers\":1,\"trunkWidth\":4,\"latent\":4,"
        + "\"activation\":\"TANH\"}").config();
    assertEquals(OutputChannels.LAST, defaults.channels());
    assertArrayEquals(new double[] {1, 1}, defaults.lengths());
  }

  @Test
  void configurationErrorsNameTheFieldAndTheValue() {
    assertMessage(() -> DeepOnetConfig.builder().dimensions(3).build(), "dimensions = 3");
    assertMessage(() -> DeepOnetConfig.builder().latent(0).build(), "latent = 0");
    assertMessage(() -> DeepOnetConfig.builder().branch(1, 0).build(), "branchWidth = 0");
    assertMessage(() -> DeepOnetConfig.builder().trunk(-1, 4).build(), "trunkLayers = -1");
    assertMessage(() -> DeepOnetConfig.builder().activation(null).build(), "activation");
    assertMessage(() -> DeepOnetConfig.builder().lengths(1, 1).build(), "lengths = [1.0, 1.0]");
    assertMessage(() -> DeepOnetConfig.builder().lengths(-2).build(), "lengths[0] = -2.0");
    assertMessage(() -> ModelFamilies.create("deeponet", "{\"dimensions\":5}"), "dimensions = 5");
  }

  @Test
  void outputShapesItCannotHandleGiveOneLineErrorsNamingTheShape() {
    DeepOnet d1 = new DeepOnet(DeepOnetConfig.builder().branch(1, 4).trunk(1, 4).latent(2).build());
    assertMessage(() -> forward(d1, Shape.of(10), Shape.of(4, 5, 2), 1), "[4, 5, 2]");
    DeepOnet d2 = new DeepOnet(DeepOnetConfig.builder().dimensions(2).branch(1, 4).trunk(1, 4)
        .latent(2).build());
    assertMessage(() -> forward(d2, Shape.of(10), Shape.of(20), 1), "DeepONet 2D");
    assertMessage(() -> forward(d2, Shape.of(10), Shape.of(20), 1), "[20]");
    try (TfGraph g = TfGraph.builder().build()) {
      Placeholder<TFloat32> x = g.placeholder("input", -1, 50);
      assertMessage(() -> d1.forward(g, x, Shape.of(100), Shape.of(100)), "[?, 50]");
      assertMessage(() -> d1.forward(g, x, Shape.of(100), Shape.of(100)), "[100]");
    }
    DeepOnet lead = new DeepOnet(DeepOnetConfig.builder().dimensions(2)
        .channels(OutputChannels.LEADING).build());
    assertMessage(() -> lead.queryGrid(Shape.of(8)), "[8]");
  }

  static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
    GalerkinException ex = assertThrows(GalerkinException.class, e);
    assertTrue(ex.getMessage().contains(part), ex.getMessage() + " should name " + part);
    assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
  }
}
