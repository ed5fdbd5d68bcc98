package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.TfGraphTest;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The n-d spectral convolution in 1D, 2D and 3D against a direct Java DFT in double precision, and the mode filter: a
 * retained Fourier mode passes unchanged through identity weights, a mode beyond k is removed.
 */
class SpectralConvTest {

  static double maxAbsDiff(double[] ref, FloatArray got) {
    assertEquals(ref.length, got.size());
    double m = 0;
    for (int i = 0; i < ref.length; i++) {
      m = Math.max(m, Math.abs(ref[i] - got.at(i)));
    }
    return m;
  }

  static float[] identityWeights(int modes, int c) {
    float[] w = new float[modes * c * c];
    for (int m = 0; m < modes; m++) {
      for (int i = 0; i < c; i++) {
        w[(m * c + i) * c + i] = 1;
      }
    }
    return w;
  }

  static FloatArray mode2d(int nx, int ny, int c, int a, int b) {
    float[] v = new float[nx * ny * c];
    for (int x = 0; x < nx; x++) {
      for (int y = 0; y < ny; y++) {
        for (int ch = 0; ch < c; ch++) {
          v[(x * ny + y) * c + ch] = (float) Math.cos(Dft.angle(a, x, nx) + Dft.angle(b, y, ny) + 0.3 * ch);
        }
      }
    }
    return FloatArray.wrap(Shape.of(1, nx, ny, c), v);
  }

  @Test
  void retainedModePassesAndHigherModeIsRemoved2d() {
    int nx = 16, ny = 12, c = 2, kx = 3, ky = 4;
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, c);
      SpectralConv s = SpectralConv.create(g, "fourier", c, c, kx, ky);
      Operand<TFloat32> y = s.apply(x);
      g.write("fourier/wr", identityWeights(2 * kx * ky, c));
      g.write("fourier/wi", new float[2 * kx * ky * c * c]);
      int[][] kept = {{0, 0}, {1, 2}, {2, 3}, {nx - 1, 1}, {nx - 3, 3}, {nx - 2, 0}};
      for (int[] ab : kept) {
        FloatArray in = mode2d(nx, ny, c, ab[0], ab[1]);
        FloatArray out = g.eval(y, Map.of(x, in));
        double err = 0;
        for (int i = 0; i < in.size(); i++) {
          err = Math.max(err, Math.abs(in.at(i) - out.at(i)));
        }
        assertTrue(err < 1e-5, "mode " + ab[0] + "," + ab[1] + " changed by " + err);
      }
      // FNO's corners keep frequencies -kx … kx-1 along x: cos at (kx, 0) keeps its e^{-iθ} half
      FloatArray half = mode2d(nx, ny, c, kx, 0);
      FloatArray halfOut = g.eval(y, Map.of(x, half));
      for (int i = 0; i < half.size(); i++) {
        assertEquals(0.5 * half.at(i), halfOut.at(i), 1e-5);
      }
      int[][] removed = {{0, 4}, {kx + 1, 0}, {3, 2}, {nx - 4, 2}, {5, 5}, {8, 6}};
      for (int[] ab : removed) {
        FloatArray out = g.eval(y, Map.of(x, mode2d(nx, ny, c, ab[0], ab[1])));
        double max = 0;
        for (int i = 0; i < out.size(); i++) {
          max = Math.max(max, Math.abs(out.at(i)));
        }
        assertTrue(max < 1e-5, "mode " + ab[0] + "," + ab[1] + " leaked " + max);
      }
    }
  }

  @Test
  void randomWeightsMatchDirectDft2dAtTwoResolutions() {
    int c = 3, cout = 2, kx = 3, ky = 3;
    try (TfGraph g = TfGraph.builder().seed(8).threads(1).build()) {
      SpectralConv s = SpectralConv.create(g, "fourier", c, cout, Initializer.uniform(-1, 1), kx, ky);
      Placeholder<TFloat32> coarse = g.placeholder("coarse", -1, 12, 10, c);
      Placeholder<TFloat32> fine = g.placeholder("fine", -1, 24, 20, c);
      Operand<TFloat32> yc = s.apply(coarse);
      Operand<TFloat32> yf = s.apply(fine);
      float[] wr = g.read("fourier/wr");
      float[] wi = g.read("fourier/wi");
      SplittableRandom r = new SplittableRandom(21);
      FloatArray uc = TfGraphTest.random(r, 2, 12, 10, c);
      FloatArray uf = TfGraphTest.random(r, 3, 24, 20, c);
      double ec = maxAbsDiff(referenceNd(uc, wr, wi, new int[] {kx, ky}, cout), g.eval(yc, Map.of(coarse, uc)));
      double ef = maxAbsDiff(referenceNd(uf, wr, wi, new int[] {kx, ky}, cout), g.eval(yf, Map.of(fine, uf)));
      System.out.printf("spectral conv 2D vs direct DFT: max abs error %.2e (12x10), %.2e (24x20)%n", ec, ef);
      assertTrue(ec < 1e-5, "12x10 error " + ec);
      assertTrue(ef < 1e-5, "24x20 error " + ef);
    }
  }

  @Test
  void retainedModePassesAndHigherModeIsRemoved1d() {
    int n = 8, c = 2, k = 5; // k - 1 = 4 is the Nyquist mode of n = 8
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, c);
      Operand<TFloat32> y = SpectralConv.create(g, "fourier", c, c, k).apply(x);
      g.write("fourier/wr", identityWeights(k, c));
      g.write("fourier/wi", new float[k * c * c]);
      for (int a = 0; a <= 4; a++) {
        FloatArray in = mode1d(n, c, a);
        FloatArray out = g.eval(y, Map.of(x, in));
        for (int i = 0; i < in.size(); i++) {
          assertEquals(in.at(i), out.at(i), 1e-5, "mode " + a);
        }
      }
    }
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      int n2 = 16;
      Placeholder<TFloat32> x = g.placeholder("x", -1, n2, c);
      Operand<TFloat32> y = SpectralConv.create(g, "fourier", c, c, 3).apply(x);
      g.write("fourier/wr", identityWeights(3, c));
      g.write("fourier/wi", new float[3 * c * c]);
      for (int a = 3; a <= 8; a++) {
        FloatArray out = g.eval(y, Map.of(x, mode1d(n2, c, a)));
        for (int i = 0; i < out.size(); i++) {
          assertEquals(0, out.at(i), 1e-5, "mode " + a);
        }
      }
    }
  }

  private static FloatArray mode1d(int n, int c, int a) {
    float[] v = new float[n * c];
    for (int x = 0; x < n; x++) {
      for (int ch = 0; ch < c; ch++) {
        // at the Nyquist mode only the cosine survives sampling: use phase 0 there
        double phase = 2 * a == n ? 0 : 0.4 + ch;
        v[x * c + ch] = (float) Math.cos(Dft.angle(a, x, n) + phase);
      }
    }
    return FloatArray.wrap(Shape.of(1, n, c), v);
  }

  @Test
  void randomWeightsMatchDirectDft1dAtTwoResolutions() {
    int c = 2, cout = 3, k = 4;
    try (TfGraph g = TfGraph.builder().seed(9).threads(1).build()) {
      SpectralConv s = SpectralConv.create(g, "fourier", c, cout, Initializer.uniform(-1, 1), k);
      Placeholder<TFloat32> coarse = g.placeholder("coarse", -1, 16, c);
      Placeholder<TFloat32> fine = g.placeholder("fine", -1, 37, c);
      Operand<TFloat32> yc = s.apply(coarse);
      Operand<TFloat32> yf = s.apply(fine);
      float[] wr = g.read("fourier/wr");
      float[] wi = g.read("fourier/wi");
      SplittableRandom r = new SplittableRandom(22);
      FloatArray uc = TfGraphTest.random(r, 3, 16, c);
      FloatArray uf = TfGraphTest.random(r, 2, 37, c);
      double ec = maxAbsDiff(referenceNd(uc, wr, wi, new int[] {k}, cout), g.eval(yc, Map.of(coarse, uc)));
      double ef = maxAbsDiff(referenceNd(uf, wr, wi, new int[] {k}, cout), g.eval(yf, Map.of(fine, uf)));
      System.out.printf("spectral conv 1D vs direct DFT: max abs error %.2e (n=16), %.2e (n=37)%n", ec, ef);
      assertTrue(ec < 1e-5, "n=16 error " + ec);
      assertTrue(ef < 1e-5, "n=37 error " + ef);
    }
  }

  @Test
  void weightsCopyToAGraphAtAnotherResolution() {
    int c = 2, kx = 2, ky = 2;
    try (TfGraph a = TfGraph.builder().seed(1).threads(1).build();
        TfGraph b = TfGraph.builder().seed(2).threads(1).build()) {
      SpectralConv.create(a, "fourier", c, c, Initializer.uniform(-1, 1), kx, ky);
      SpectralConv sb = SpectralConv.create(b, "fourier", c, c, Initializer.uniform(-1, 1), kx, ky);
      Placeholder<TFloat32> x = b.placeholder("x", -1, 9, 7, c);
      Operand<TFloat32> y = sb.apply(x);
      b.copyVariablesFrom(a);
      FloatArray u = TfGraphTest.random(new SplittableRandom(3), 1, 9, 7, c);
      double e = maxAbsDiff(referenceNd(u, a.read("fourier/wr"), a.read("fourier/wi"), new int[] {kx, ky}, c), b.eval(y, Map.of(x, u)));
      assertTrue(e < 1e-5, "error " + e);
    }
  }

  /**
   * Direct n-d reference: the inverse real DFT of W·DFT(u) over the retained modes (corners along
   * the first axes, {@code 0 … k−1} along the last), in double, for any number of axes.
   */
  static double[] referenceNd(FloatArray u, float[] wr, float[] wi, int[] k, int cout) {
    long[] dims = u.shape().dims();
    int d = k.length;
    int b = (int) dims[0];
    int cin = (int) dims[d + 1];
    int[] n = new int[d];
    int cells = 1;
    for (int a = 0; a < d; a++) {
      n[a] = (int) dims[a + 1];
      cells *= n[a];
    }
    int[][] f = new int[d][];
    int modes = 1;
    for (int a = 0; a < d; a++) {
      f[a] = a < d - 1 ? Dft.corners(k[a], n[a]) : Dft.first(k[a]);
      modes *= f[a].length;
    }
    double[] out = new double[b * cells * cout];
    int[] idx = new int[d];
    int[] x = new int[d];
    for (int s = 0; s < b; s++) {
      for (int m = 0; m < modes; m++) {
        for (int a = d - 1, rest = m; a >= 0; a--) {
          idx[a] = rest % f[a].length;
          rest /= f[a].length;
        }
        double[] xr = new double[cin];
        double[] xi = new double[cin];
        double[] theta = new double[cells];
        for (int p = 0; p < cells; p++) {
          for (int a = d - 1, rest = p; a >= 0; a--) {
            x[a] = rest % n[a];
            rest /= n[a];
          }
          for (int a = 0; a < d; a++) {
            theta[p] += Dft.angle(f[a][idx[a]], x[a], n[a]);
          }
          for (int c = 0; c < cin; c++) {
            double v = u.at((s * cells + p) * cin + c);
            xr[c] += v * Math.cos(theta[p]);
            xi[c] -= v * Math.sin(theta[p]);
          }
        }
        int j = f[d - 1][idx[d - 1]];
        double cj = (j == 0 || 2 * j == n[d - 1]) ? 1 : 2;
        for (int o = 0; o < cout; o++) {
          double yr = 0;
          double yi = 0;
          for (int c = 0; c < cin; c++) {
            double ar = wr[(m * cin + c) * cout + o];
            double ai = wi[(m * cin + c) * cout + o];
            yr += xr[c] * ar - xi[c] * ai;
            yi += xr[c] * ai + xi[c] * ar;
          }
          for (int p = 0; p < cells; p++) {
            out[(s * cells + p) * cout + o] += cj * (yr * Math.cos(theta[p]) - yi * Math.sin(theta[p])) / cells;
          }
        }
      }
    }
    return out;
  }

  @Test
  void randomWeightsMatchDirectDft3dAtTwoResolutions() {
    int c = 2, cout = 3;
    int[] k = {2, 3, 2};
    try (TfGraph g = TfGraph.builder().seed(10).threads(1).build()) {
      SpectralConv s = SpectralConv.create(g, "fourier", c, cout, Initializer.uniform(-1, 1), k);
      assertEquals(Shape.of(4 * 6 * 2, c, cout), s.realWeight().shape());
      Placeholder<TFloat32> coarse = g.placeholder("coarse", -1, 6, 7, 5, c);
      Placeholder<TFloat32> fine = g.placeholder("fine", -1, 9, 12, 8, c);
      Operand<TFloat32> yc = s.apply(coarse);
      Operand<TFloat32> yf = s.apply(fine);
      float[] wr = g.read("fourier/wr");
      float[] wi = g.read("fourier/wi");
      SplittableRandom r = new SplittableRandom(23);
      FloatArray uc = TfGraphTest.random(r, 2, 6, 7, 5, c);
      FloatArray uf = TfGraphTest.random(r, 1, 9, 12, 8, c);
      FloatArray oc = g.eval(yc, Map.of(coarse, uc));
      assertEquals(Shape.of(2, 6, 7, 5, cout), oc.shape());
      double ec = maxAbsDiff(referenceNd(uc, wr, wi, k, cout), oc);
      double ef = maxAbsDiff(referenceNd(uf, wr, wi, k, cout), g.eval(yf, Map.of(fine, uf)));
      System.out.printf("spectral conv 3D vs direct DFT: max abs error %.2e (6x7x5), %.2e (9x12x8)%n", ec, ef);
      assertTrue(ec < 1e-5, "6x7x5 error " + ec);
      assertTrue(ef < 1e-5, "9x12x8 error " + ef);
    }
  }

  @Test
  void retainedModePassesAndHigherModeIsRemoved3d() {
    int nx = 8, ny = 6, nz = 8, c = 1;
    int[] k = {2, 2, 3};
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, nz, c);
      Operand<TFloat32> y = SpectralConv.create(g, "fourier", c, c, k).apply(x);
      int modes = 4 * 4 * 3;
      g.write("fourier/wr", identityWeights(modes, c));
      g.write("fourier/wi", new float[modes * c * c]);
      int[][] kept = {{0, 0, 0}, {1, 1, 2}, {nx - 1, ny - 2, 1}, {nx - 1, 1, 0}};
      int[][] removed = {{2, 0, 1}, {0, 3, 0}, {1, 1, 3}, {nx - 3, 0, 0}};
      for (int[][] set : new int[][][] {kept, removed}) {
        for (int[] f : set) {
          float[] v = new float[nx * ny * nz];
          for (int i = 0; i < v.length; i++) {
            int xi = i / (ny * nz), yi = i / nz % ny, zi = i % nz;
            v[i] = (float) Math.cos(Dft.angle(f[0], xi, nx) + Dft.angle(f[1], yi, ny) + Dft.angle(f[2], zi, nz) + 0.7);
          }
          FloatArray in = FloatArray.wrap(Shape.of(1, nx, ny, nz, c), v);
          FloatArray got = g.eval(y, Map.of(x, in));
          double err = 0;
          for (int i = 0; i < v.length; i++) {
            err = Math.max(err, Math.abs((set == kept ? v[i] : 0) - got.at(i)));
          }
          assertTrue(err < 1e-5, "mode " + java.util.Arrays.toString(f) + " error " + err);
        }
      }
    }
  }
}
