package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Down- and up-sampling layers against direct Java loops. */
class SamplingTest {

  /** Transposed convolution: fine point {@code s·i + t − ⌊(k−s)/2⌋} receives {@code x_i·w_t}. */
  static FloatArray convTranspose(FloatArray x, float[] w, float[] bias, int[] k, int s) {
    return convTranspose(x, w, bias, k, s, false);
  }

  /** As above; {@code periodic}: fine points past either end wrap around instead of dropping. */
  static FloatArray convTranspose(FloatArray x, float[] w, float[] bias, int[] k, int s,
      boolean periodic) {
    int d = k.length;
    int[] n = ConvReference.grid(x);
    int batch = (int) x.shape().dim(0);
    int cin = (int) x.shape().dim(d + 1);
    int cout = bias.length;
    int[] m = new int[d];
    for (int a = 0; a < d; a++) {
      m[a] = s * n[a];
    }
    int cellsIn = ConvReference.product(n);
    int cellsOut = ConvReference.product(m);
    int taps = ConvReference.product(k);
    double[] y = new double[batch * cellsOut * cout];
    int[] ic = new int[d];
    int[] kc = new int[d];
    for (int b = 0; b < batch; b++) {
      for (int q = 0; q < cellsOut; q++) {
        for (int o = 0; o < cout; o++) {
          y[(b * cellsOut + q) * cout + o] = bias[o];
        }
      }
      for (int p = 0; p < cellsIn; p++) {
        ConvReference.decode(p, n, ic);
        for (int t = 0; t < taps; t++) {
          ConvReference.decode(t, k, kc);
          int dst = 0;
          for (int a = 0; a < d && dst >= 0; a++) {
            int j = s * ic[a] + kc[a] - Math.max(k[a] - s, 0) / 2;
            j = periodic ? Math.floorMod(j, m[a]) : j;
            dst = j < 0 || j >= m[a] ? -1 : dst * m[a] + j;
          }
          if (dst < 0) {
            continue;
          }
          for (int o = 0; o < cout; o++) {
            for (int c = 0; c < cin; c++) {
              y[(b * cellsOut + dst) * cout + o] += x.at((b * cellsIn + p) * cin + c) * (double) w[(t * cout + o) * cin + c];
            }
          }
        }
      }
    }
    float[] f = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      f[i] = (float) y[i];
    }
    return FloatArray.wrap(Shape.of(ConvReference.dims(batch, m, cout)), f);
  }

  @Test
  void transposedConvolutionMatchesJava() {
    double worst = 0;
    int[][][] cases = {{{5}, {3}, {2}}, {{4, 3}, {4, 4}, {2}}, {{3, 4}, {3, 2}, {2}}, {{4}, {3}, {3}}, {{3, 3}, {3, 3}, {1}}};
    for (int[][] cs : cases) {
      int[] grid = cs[0];
      int[] k = cs[1];
      int s = cs[2][0];
      try (TfGraph g = TfGraph.builder().seed(11).threads(1).build()) {
        long[] dd = ConvReference.dims(-1, grid, 3);
        Placeholder<TFloat32> x = g.placeholder("x", dd);
        ConvTranspose t = ConvTranspose.create(g, "up", k, 3, 2, s);
        g.write("up/b", new float[] {0.25f, -0.5f});
        dd[0] = 2;
        FloatArray in = TfGraphTest.random(new SplittableRandom(4), dd);
        FloatArray got = g.eval(t.apply(x), Map.of(x, in));
        FloatArray want = convTranspose(in, g.read("up/w"), new float[] {0.25f, -0.5f}, k, s);
        worst = Math.max(worst, ConvReference.maxAbsDiff(want, got));
      }
    }
    System.out.printf("transposed conv (1D, 2D; strides 1 to 3) vs direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }

  @Test
  void circularTransposedConvolutionWrapsTheOverlapAcrossTheSeam() {
    double worst = 0;
    int[][][] cases = {{{5}, {4}, {2}}, {{4, 3}, {4, 4}, {2}}, {{3, 4}, {3, 2}, {2}}, {{4}, {5}, {3}},
        {{2, 2}, {4, 4}, {2}}};
    for (int[][] cs : cases) {
      int[] k = cs[1];
      int s = cs[2][0];
      try (TfGraph g = TfGraph.builder().seed(12).threads(1).build()) {
        long[] dd = ConvReference.dims(-1, cs[0], 3);
        Placeholder<TFloat32> x = g.placeholder("x", dd);
        ConvTranspose t = ConvTranspose.create(g, "up", k, 3, 2, s);
        g.write("up/b", new float[] {0.25f, -0.5f});
        dd[0] = 2;
        FloatArray in = TfGraphTest.random(new SplittableRandom(6), dd);
        FloatArray got = g.eval(t.applyCircular(x), Map.of(x, in));
        FloatArray want = convTranspose(in, g.read("up/w"), new float[] {0.25f, -0.5f}, k, s, true);
        assertEquals(want.shape(), got.shape());
        worst = Math.max(worst, ConvReference.maxAbsDiff(want, got));
      }
    }
    System.out.printf("circular transposed conv (1D, 2D; kernels 2 to 5, strides 2, 3) vs periodic"
        + " direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }

  @Test
  void averagePoolMatchesJava() {
    double worst = 0;
    int[][] grids = {{7}, {6, 5}, {4, 6, 5}};
    for (int[] grid : grids) {
      int d = grid.length;
      int f = 2;
      try (TfGraph g = TfGraph.builder().threads(1).build()) {
        long[] dd = ConvReference.dims(-1, grid, 2);
        Placeholder<TFloat32> x = g.placeholder("x", dd);
        dd[0] = 2;
        FloatArray in = TfGraphTest.random(new SplittableRandom(5), dd);
        FloatArray got = g.eval(AveragePool.create(g, "pool", d, f).apply(x), Map.of(x, in));
        int[] m = new int[d];
        for (int a = 0; a < d; a++) {
          m[a] = grid[a] / f;
        }
        assertEquals(Shape.of(ConvReference.dims(2, m, 2)), got.shape());
        int cellsIn = ConvReference.product(grid);
        int cellsOut = ConvReference.product(m);
        int[] oc = new int[d];
        int[] tc = new int[d];
        int[] block = Conv.cube(d, f);
        for (int b = 0; b < 2; b++) {
          for (int q = 0; q < cellsOut; q++) {
            ConvReference.decode(q, m, oc);
            for (int c = 0; c < 2; c++) {
              double sum = 0;
              for (int t = 0; t < ConvReference.product(block); t++) {
                ConvReference.decode(t, block, tc);
                int src = 0;
                for (int a = 0; a < d; a++) {
                  src = src * grid[a] + oc[a] * f + tc[a];
                }
                sum += in.at((b * cellsIn + src) * 2 + c);
              }
              double mean = sum / ConvReference.product(block);
              worst = Math.max(worst, Math.abs(mean - got.at((b * cellsOut + q) * 2 + c)));
            }
          }
        }
      }
    }
    System.out.printf("average pool (1D to 3D) vs direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-6, "error " + worst);
  }

  /** @return the half-pixel linear interpolation weights of fine point {@code j}: {lower, upper, lerp} */
  static double[] linear(int j, int f, int n) {
    double in = (j + 0.5) / f - 0.5;
    double fl = Math.floor(in);
    return new double[] {Math.max(fl, 0), Math.min(Math.ceil(in), n - 1), in - fl};
  }

  static FloatArray resize(FloatArray x, int f, Upsample.Interpolation mode) {
    long[] xd = x.shape().dims();
    int d = xd.length - 2;
    int batch = (int) xd[0];
    int c = (int) xd[d + 1];
    int nx = d == 1 ? 1 : (int) xd[1];
    int ny = (int) xd[d];
    int mx = d == 1 ? 1 : f * nx;
    int my = f * ny;
    float[] y = new float[batch * mx * my * c];
    for (int b = 0; b < batch; b++) {
      for (int i = 0; i < mx; i++) {
        for (int j = 0; j < my; j++) {
          for (int ch = 0; ch < c; ch++) {
            double v;
            if (mode == Upsample.Interpolation.NEAREST) {
              v = x.at(((b * nx + (d == 1 ? 0 : i / f)) * ny + j / f) * c + ch);
            } else {
              double[] wx = d == 1 ? new double[] {0, 0, 0} : linear(i, f, nx);
              double[] wy = linear(j, f, ny);
              v = 0;
              for (int p = 0; p < 2; p++) {
                for (int q = 0; q < 2; q++) {
                  double weight = (p == 0 ? 1 - wx[2] : wx[2]) * (q == 0 ? 1 - wy[2] : wy[2]);
                  v += weight * x.at(((b * nx + (int) wx[p]) * ny + (int) wy[q]) * c + ch);
                }
              }
            }
            y[((b * mx + i) * my + j) * c + ch] = (float) v;
          }
        }
      }
    }
    long[] shape = d == 1 ? new long[] {batch, my, c} : new long[] {batch, mx, my, c};
    return FloatArray.wrap(Shape.of(shape), y);
  }

  @Test
  void interpolatingUpsamplingMatchesJava() {
    double worst = 0;
    for (Upsample.Interpolation mode : Upsample.Interpolation.values()) {
      for (int[] grid : new int[][] {{5}, {4, 3}}) {
        for (int f = 2; f <= 3; f++) {
          int d = grid.length;
          try (TfGraph g = TfGraph.builder().seed(f).threads(1).build()) {
            long[] dd = ConvReference.dims(-1, grid, 2);
            Placeholder<TFloat32> x = g.placeholder("x", dd);
            int[] k = Conv.cube(d, 3);
            Upsample up = Upsample.create(g, "up", mode, f, k, 2, 3, Padding.REFLECT);
            dd[0] = 2;
            FloatArray in = TfGraphTest.random(new SplittableRandom(7), dd);
            FloatArray fine = resize(in, f, mode);
            worst = Math.max(worst, ConvReference.maxAbsDiff(fine, g.eval(up.resize(x), Map.of(x, in))));
            FloatArray want = ConvReference.conv(fine, g.read("up/w"), g.read("up/b"), k, 1, Padding.REFLECT);
            worst = Math.max(worst, ConvReference.maxAbsDiff(want, g.eval(up.apply(x), Map.of(x, in))));
          }
        }
      }
    }
    System.out.printf("up-sampling (nearest, bilinear; 1D, 2D; factors 2, 3) vs direct loop: max abs error %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }
}
