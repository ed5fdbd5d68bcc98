package dev.galerkin.operators.layers;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;

/**
 * Direct Java references for the convolution layers, in double, on row-major channel-last arrays
 * of any number of spatial axes.
 */
final class ConvReference {
  private ConvReference() {}

  /** @return the index of padded coordinate {@code j} (may be outside {@code [0, n)}) in the grid, or −1 for zero */
  static int source(int j, int n, Padding p) {
    if (j >= 0 && j < n) {
      return j;
    }
    return switch (p) {
      case CIRCULAR -> Math.floorMod(j, n);
      case REFLECT -> j < 0 ? -j : 2 * (n - 1) - j;
      default -> -1;
    };
  }

  /** Decodes row-major {@code flat} over {@code extents} into {@code coords} (modified). */
  static void decode(int flat, int[] extents, int[] coords) {
    for (int a = extents.length - 1; a >= 0; a--) {
      coords[a] = flat % extents[a];
      flat /= extents[a];
    }
  }

  /** @return the grid extents {@code n_1 … n_d} of {@code x [B, n_1 … n_d, C]} */
  static int[] grid(FloatArray x) {
    long[] dims = x.shape().dims();
    int[] n = new int[dims.length - 2];
    for (int a = 0; a < n.length; a++) {
      n[a] = (int) dims[a + 1];
    }
    return n;
  }

  /** @return {@code [batch, grid…, channels]} */
  static long[] dims(long batch, int[] grid, int channels) {
    long[] d = new long[grid.length + 2];
    d[0] = batch;
    for (int a = 0; a < grid.length; a++) {
      d[a + 1] = grid[a];
    }
    d[grid.length + 1] = channels;
    return d;
  }

  static int product(int[] v) {
    int p = 1;
    for (int x : v) {
      p *= x;
    }
    return p;
  }

  /**
   * @param x {@code [B, n_1 … n_d, cin]}
   * @param w {@code [k_1 … k_d, cin, cout]} row-major
   * @param bias {@code [cout]}
   * @return the padded, strided cross-correlation plus bias, {@code [B, m_1 … m_d, cout]}
   */
  static FloatArray conv(FloatArray x, float[] w, float[] bias, int[] k, int stride, Padding p) {
    int d = k.length;
    int[] n = grid(x);
    int batch = (int) x.shape().dim(0);
    int cin = (int) x.shape().dim(d + 1);
    int cout = bias.length;
    int[] m = new int[d];
    int[] before = new int[d];
    for (int a = 0; a < d; a++) {
      int total = p == Padding.VALID ? 0 : k[a] - 1;
      before[a] = total / 2;
      m[a] = (n[a] + total - k[a]) / stride + 1;
    }
    int cellsIn = product(n);
    int cellsOut = product(m);
    int taps = product(k);
    float[] out = new float[batch * cellsOut * cout];
    int[] oc = new int[d];
    int[] kc = new int[d];
    for (int s = 0; s < batch; s++) {
      for (int q = 0; q < cellsOut; q++) {
        decode(q, m, oc);
        for (int o = 0; o < cout; o++) {
          double acc = bias[o];
          for (int t = 0; t < taps; t++) {
            decode(t, k, kc);
            int src = 0;
            for (int a = 0; a < d && src >= 0; a++) {
              int j = source(oc[a] * stride + kc[a] - before[a], n[a], p);
              src = j < 0 ? -1 : src * n[a] + j;
            }
            if (src < 0) {
              continue;
            }
            for (int c = 0; c < cin; c++) {
              acc += x.at((s * cellsIn + src) * cin + c) * (double) w[(t * cin + c) * cout + o];
            }
          }
          out[(s * cellsOut + q) * cout + o] = (float) acc;
        }
      }
    }
    return FloatArray.wrap(Shape.of(dims(batch, m, cout)), out);
  }

  /** @return the largest absolute difference of two arrays of the same shape */
  static double maxAbsDiff(FloatArray a, FloatArray b) {
    if (!a.shape().equals(b.shape())) {
      throw new AssertionError("shapes differ: " + a.shape() + " vs " + b.shape());
    }
    double e = 0;
    for (int i = 0; i < a.size(); i++) {
      e = Math.max(e, Math.abs(a.at(i) - b.at(i)));
    }
    return e;
  }
}
