package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * {@link BicubicUpsample} is PyTorch's {@code interpolate(scale_factor=2, mode='bicubic',
 * align_corners=False)}. The reference values are worked out by hand: fine point {@code 2i+1} sits
 * at coarse coordinate {@code i + 1/4}, so its weights on points {@code i−1 … i+2} are
 * {@code W(1.25), W(0.25), W(0.75), W(1.75)} with {@code a = −0.75}:
 * {@code W(0.25) = (1.25·0.25 − 2.25)·0.0625 + 1 = 0.87890625},
 * {@code W(0.75) = (1.25·0.75 − 2.25)·0.5625 + 1 = 0.26171875},
 * {@code W(1.25) = ((−0.75·1.25 + 3.75)·1.25 − 6)·1.25 + 3 = −0.10546875},
 * {@code W(1.75) = ((−0.75·1.75 + 3.75)·1.75 − 6)·1.75 + 3 = −0.03515625} (they sum to 1); point
 * {@code 2i} (at {@code i − 1/4}) takes them mirrored. PyTorch 1.13 (Debian's python3-torch)
 * printed the same numbers for {@code interpolate} of unit vectors on 5 points, to float32
 * precision (not needed to run this test).
 */
class BicubicUpsampleTest {
  private static final double W025 = 0.87890625;
  private static final double W075 = 0.26171875;
  private static final double W125 = -0.10546875;
  private static final double W175 = -0.03515625;

  @Test
  void theMatrixHasPyTorchsWeightsClampedOrWrapped() {
    int n = 5;
    double[] clamped = BicubicUpsample.matrix(n, 2, false);
    double[] wrapped = BicubicUpsample.matrix(n, 2, true);
    // interior fine point 5 = 2·2 + 1: weights on coarse 1, 2, 3, 4
    assertArrayEquals(new double[] {0, W125, W025, W075, W175}, row(clamped, 5, n), 1e-15);
    // fine point 4 = 2·2: weights on coarse 0 … 3, mirrored
    assertArrayEquals(new double[] {W175, W075, W025, W125, 0}, row(clamped, 4, n), 1e-15);
    // fine point 0 reaches coarse −2 and −1: clamped onto point 0, wrapped onto 3 and 4
    assertArrayEquals(new double[] {W175 + W075 + W025, W125, 0, 0, 0}, row(clamped, 0, n), 1e-15);
    assertArrayEquals(new double[] {W025, W125, 0, W175, W075}, row(wrapped, 0, n), 1e-15);
    // the last fine point 9 = 2·4 + 1 reaches coarse 5 and 6
    assertArrayEquals(new double[] {0, 0, 0, W125, W025 + W075 + W175}, row(clamped, 9, n), 1e-15);
    assertArrayEquals(new double[] {W075, W175, 0, W125, W025}, row(wrapped, 9, n), 1e-15);
    for (int j = 0; j < 2 * n; j++) {
      double sum = 0;
      for (double w : row(wrapped, j, n)) {
        sum += w;
      }
      assertEquals(1, sum, 1e-15, "constants are kept");
    }
  }

  @Test
  void theLayerAppliesTheMatrixAlongBothAxes() {
    int nx = 4;
    int ny = 6;
    int c = 2;
    for (boolean periodic : List.of(false, true)) {
      try (TfGraph g = TfGraph.builder().threads(1).build()) {
        Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, c);
        Operand<TFloat32> y = BicubicUpsample.create(g, "up", 2, 2, periodic).apply(x);
        assertEquals(List.of(-1L, 8L, 12L, 2L), List.of(y.shape().get(0), y.shape().get(1),
            y.shape().get(2), y.shape().get(3)), "static grid after the resize");
        FloatArray in = TfGraphTest.random(new SplittableRandom(3), 2, nx, ny, c);
        FloatArray got = g.eval(y, Map.of(x, in));
        double[] mx = BicubicUpsample.matrix(nx, 2, periodic);
        double[] my = BicubicUpsample.matrix(ny, 2, periodic);
        double worst = 0;
        for (int b = 0; b < 2; b++) {
          for (int i = 0; i < 2 * nx; i++) {
            for (int j = 0; j < 2 * ny; j++) {
              for (int ch = 0; ch < c; ch++) {
                double want = 0;
                for (int p = 0; p < nx; p++) {
                  for (int q = 0; q < ny; q++) {
                    want += mx[i * nx + p] * my[j * ny + q] * in.at(((b * nx + p) * ny + q) * c + ch);
                  }
                }
                worst = Math.max(worst, Math.abs(want - got.at(((b * 2 * nx + i) * 2 * ny + j) * c + ch)));
              }
            }
          }
        }
        assertTrue(worst < 1e-5, "periodic " + periodic + ": error " + worst);
      }
    }
  }

  @Test
  void aPeriodicShiftOfTheCoarseGridShiftsTheFineGridTwice() {
    int n = 8;
    double[] m = BicubicUpsample.matrix(n, 2, true);
    for (int j = 0; j < 2 * n; j++) {
      for (int i = 0; i < n; i++) {
        assertEquals(m[j * n + i], m[Math.floorMod(j + 2, 2 * n) * n + Math.floorMod(i + 1, n)],
            1e-15);
      }
    }
  }

  private static double[] row(double[] m, int j, int n) {
    double[] r = new double[n];
    System.arraycopy(m, j * n, r, 0, n);
    return r;
  }
}
