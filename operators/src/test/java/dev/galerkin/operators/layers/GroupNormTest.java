package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Group normalisation and the residual block against direct Java computations. */
class GroupNormTest {

  /** Per sample and group: (x − mean)/sqrt(var + ε) over grid and the group's channels, then γ, β. */
  static FloatArray groupNorm(FloatArray x, int groups, float[] gamma, float[] beta) {
    long[] d = x.shape().dims();
    int batch = (int) d[0];
    int c = (int) d[d.length - 1];
    int cells = (int) (x.size() / batch / c);
    int per = c / groups;
    float[] y = new float[x.size()];
    for (int b = 0; b < batch; b++) {
      for (int gr = 0; gr < groups; gr++) {
        double sum = 0;
        for (int p = 0; p < cells; p++) {
          for (int ch = gr * per; ch < (gr + 1) * per; ch++) {
            sum += x.at((b * cells + p) * c + ch);
          }
        }
        double mean = sum / (cells * per);
        double var = 0;
        for (int p = 0; p < cells; p++) {
          for (int ch = gr * per; ch < (gr + 1) * per; ch++) {
            double e = x.at((b * cells + p) * c + ch) - mean;
            var += e * e;
          }
        }
        var /= cells * per;
        for (int p = 0; p < cells; p++) {
          for (int ch = gr * per; ch < (gr + 1) * per; ch++) {
            int i = (b * cells + p) * c + ch;
            y[i] = (float) (gamma[ch] * (x.at(i) - mean) / Math.sqrt(var + GroupNorm.EPSILON) + beta[ch]);
          }
        }
      }
    }
    return FloatArray.wrap(x.shape(), y);
  }

  static FloatArray activation(Activation a, FloatArray x) {
    float[] y = new float[x.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) a.apply(x.at(i));
    }
    return FloatArray.wrap(x.shape(), y);
  }

  static float[] random(SplittableRandom r, int n, double lo, double hi) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (lo + (hi - lo) * r.nextDouble());
    }
    return v;
  }

  @Test
  void groupNormMatchesJavaIn1dTo3d() {
    double worst = 0;
    long[][] shapes = {{3, 7, 6}, {2, 5, 4, 6}, {2, 3, 4, 2, 6}};
    for (long[] shape : shapes) {
      for (int groups : new int[] {1, 2, 3, 6}) {
        try (TfGraph g = TfGraph.builder().threads(1).build()) {
          long[] ph = shape.clone();
          ph[0] = -1;
          Placeholder<TFloat32> x = g.placeholder("x", ph);
          GroupNorm n = GroupNorm.create(g, "norm", groups, 6);
          SplittableRandom r = new SplittableRandom(groups);
          float[] gamma = random(r, 6, 0.5, 1.5);
          float[] beta = random(r, 6, -1, 1);
          g.write("norm/gamma", gamma);
          g.write("norm/beta", beta);
          FloatArray in = TfGraphTest.random(r, shape);
          FloatArray got = g.eval(n.apply(x), Map.of(x, in));
          worst = Math.max(worst, ConvReference.maxAbsDiff(groupNorm(in, groups, gamma, beta), got));
        }
      }
    }
    System.out.printf("group norm (1D to 3D, 1 to 6 groups) vs direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }

  @Test
  void residualBlockMatchesJava() {
    double worst = 0;
    for (int[] io : new int[][] {{4, 6}, {4, 4}}) {
      int in = io[0], out = io[1];
      try (TfGraph g = TfGraph.builder().seed(9).threads(1).build()) {
        Placeholder<TFloat32> x = g.placeholder("x", -1, 6, 5, in);
        ResidualBlock block = ResidualBlock.create(g, "res", 2, in, out, 2, Activation.GELU, Padding.CIRCULAR);
        assertEquals(in != out, block.projectsShortcut());
        SplittableRandom r = new SplittableRandom(3);
        for (String v : g.variableNames()) {
          g.write(v, random(r, g.variable(v).size(), -0.6, 0.6)); // γ, β and biases too
        }
        FloatArray u = TfGraphTest.random(r, 2, 6, 5, in);
        FloatArray got = g.eval(block.apply(x), Map.of(x, u));
        int[] k = {3, 3};
        FloatArray h = activation(Activation.GELU, groupNorm(u, 2, g.read("res/norm_1/gamma"), g.read("res/norm_1/beta")));
        h = ConvReference.conv(h, g.read("res/conv_1/w"), g.read("res/conv_1/b"), k, 1, Padding.CIRCULAR);
        h = activation(Activation.GELU, groupNorm(h, 2, g.read("res/norm_2/gamma"), g.read("res/norm_2/beta")));
        h = ConvReference.conv(h, g.read("res/conv_2/w"), g.read("res/conv_2/b"), k, 1, Padding.CIRCULAR);
        FloatArray skip = in == out ? u
            : ConvReference.conv(u, g.read("res/shortcut/w"), g.read("res/shortcut/b"), new int[] {1, 1}, 1, Padding.VALID);
        float[] want = new float[h.size()];
        for (int i = 0; i < want.length; i++) {
          want[i] = h.at(i) + skip.at(i);
        }
        worst = Math.max(worst, ConvReference.maxAbsDiff(FloatArray.wrap(h.shape(), want), got));
        assertEquals(Shape.of(2, 6, 5, out), got.shape());
      }
    }
    System.out.printf("residual block (group norm, GELU, circular 3x3, 1x1 shortcut) vs direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }

  @Test
  void residualBlockWithoutNormHasNoNormVariables() {
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      ResidualBlock.create(g, "res", 1, 3, 3, 0, Activation.TANH, Padding.ZERO);
      assertEquals(java.util.List.of("res/conv_1/w", "res/conv_1/b", "res/conv_2/w", "res/conv_2/b"), g.variableNames());
      assertFalse(g.variableNames().contains("res/shortcut/w"));
      GalerkinException e = assertThrows(GalerkinException.class, () -> GroupNorm.create(g, "n", 4, 6));
      assertEquals("layer 'n': 4 groups do not divide 6 channels", e.getMessage());
      e = assertThrows(GalerkinException.class,
          () -> ResidualBlock.create(g, "v", 2, 3, 3, 1, Activation.TANH, Padding.VALID));
      assertEquals("layer 'v': a residual block keeps the grid; use zero, circular or reflect padding, not valid",
          e.getMessage());
    }
  }
}
