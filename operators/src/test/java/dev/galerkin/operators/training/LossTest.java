package dev.galerkin.operators.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** The losses of the supervised objective against direct evaluation in Java. */
class LossTest {
  @Test
  void finiteDifferenceH1MatchesForwardDifferencesComputedByHand() {
    int b = 2, nx = 4, ny = 3;
    float[] p = new float[b * nx * ny];
    float[] y = new float[p.length];
    for (int i = 0; i < p.length; i++) {
      y[i] = (float) Math.sin(0.7 * i) + 1;
      p[i] = y[i] + (float) (0.1 * Math.cos(1.3 * i));
    }
    double expected = 0;
    for (int s = 0; s < b; s++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < nx; i++) {
        for (int j = 0; j < ny; j++) {
          int k = s * nx * ny + i * ny + j;
          num += sq(p[k] - y[k]);
          den += sq(y[k]);
          if (i + 1 < nx) {
            num += sq(((p[k + ny] - y[k + ny]) - (p[k] - y[k])) * (nx - 1));
            den += sq((y[k + ny] - y[k]) * (nx - 1));
          }
          if (j + 1 < ny) {
            num += sq(((p[k + 1] - y[k + 1]) - (p[k] - y[k])) * (ny - 1));
            den += sq((y[k + 1] - y[k]) * (ny - 1));
          }
        }
      }
      expected += Math.sqrt(num) / Math.sqrt(den) / b;
    }
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> pp = g.placeholder("p", -1, nx, ny);
      Placeholder<TFloat32> yy = g.placeholder("y", -1, nx, ny);
      float got = g.eval(Loss.H1_FD.build(g.ops(), pp, yy, 2),
          Map.of(pp, FloatArray.wrap(Shape.of(b, nx, ny), p), yy,
              FloatArray.wrap(Shape.of(b, nx, ny), y))).at(0);
      assertEquals(expected, got, 1e-5 * expected);
      double[] perSample = dev.galerkin.operators.evaluation.ErrorMetrics.relativeH1FiniteDifferences(
          FloatArray.wrap(Shape.of(b, nx, ny), p), FloatArray.wrap(Shape.of(b, nx, ny), y));
      assertEquals(expected, (perSample[0] + perSample[1]) / 2, 1e-6 * expected,
          "the evaluation metric is the loss");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Loss.class, names = {"H1", "H1_FD"})
  void relativeH1HasGradientsMatchingFiniteDifferences(Loss h1) {
    int nx = 5;
    float[] y = new float[nx];
    float[] w0 = new float[nx];
    for (int i = 0; i < nx; i++) {
      y[i] = (float) Math.cos(i);
      w0[i] = y[i] + 0.2f * (float) Math.sin(3 * i);
    }
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      var w = g.variable("w", new long[] {1, nx}, w0, true);
      Placeholder<TFloat32> yy = g.placeholder("y", -1, nx);
      var loss = h1.build(g.ops(), w.variable(), yy, 1);
      var grad = g.gradients(loss, java.util.List.of(w)).get(0);
      Map<Placeholder<TFloat32>, FloatArray> feed = Map.of(yy, FloatArray.wrap(Shape.of(1, nx), y));
      float[] analytic = g.eval(grad, feed).toArray();
      double h = 1e-3;
      for (int i = 0; i < nx; i++) {
        float[] up = w0.clone();
        float[] down = w0.clone();
        up[i] += (float) h;
        down[i] -= (float) h;
        g.write("w", up);
        double lu = g.eval(loss, feed).at(0);
        g.write("w", down);
        double ld = g.eval(loss, feed).at(0);
        assertEquals((lu - ld) / (2 * h), analytic[i], 2e-3, "d loss / d w[" + i + "]");
      }
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
