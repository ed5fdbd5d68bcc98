package dev.galerkin.bench.djl;

/**
 * The real DFT matrices of the truncated 2D spectral convolution, row-major {@code float[]}: the
 * same numbers as {@code dev.galerkin.operators.layers.Dft} builds for Galerkin's
 * {@code SpectralConv} in 2D (copied, so this module does not depend on the TensorFlow one).
 * Angles {@code θ(f, x) = 2π((f·x) mod n)/n}, computed in double from exact integers.
 */
final class Dft {
  private Dft() {}

  /** @return {@code 0 … k−1} (the rfft side, along y) */
  static int[] first(int k) {
    int[] f = new int[k];
    for (int j = 0; j < k; j++) {
      f[j] = j;
    }
    return f;
  }

  /** @return FNO's two corners along x: {@code 0 … k−1, n−k … n−1} */
  static int[] corners(int k, int n) {
    int[] f = new int[2 * k];
    for (int j = 0; j < k; j++) {
      f[j] = j;
      f[k + j] = n - k + j;
    }
    return f;
  }

  static double angle(long f, long x, int n) {
    return 2 * Math.PI * Math.floorMod(f * x, (long) n) / n;
  }

  /** @return {@code [2m, n]}: rows {@code cos θ(f_r, ·)} then {@code −sin θ(f_r, ·)} */
  static float[] forward(int[] freqs, int n) {
    int m = freqs.length;
    float[] a = new float[2 * m * n];
    for (int r = 0; r < m; r++) {
      for (int x = 0; x < n; x++) {
        double t = angle(freqs[r], x, n);
        a[r * n + x] = (float) Math.cos(t);
        a[(m + r) * n + x] = (float) -Math.sin(t);
      }
    }
    return a;
  }

  /** @return {@code [2n, 2m]}: {@code [[cos, −sin], [sin, cos]]}, the complex inverse along x */
  static float[] inverseComplex(int[] freqs, int n) {
    int m = freqs.length;
    int cols = 2 * m;
    float[] a = new float[2 * n * cols];
    for (int x = 0; x < n; x++) {
      for (int r = 0; r < m; r++) {
        double t = angle(freqs[r], x, n);
        float c = (float) Math.cos(t);
        float s = (float) Math.sin(t);
        a[x * cols + r] = c;
        a[x * cols + m + r] = -s;
        a[(n + x) * cols + r] = s;
        a[(n + x) * cols + m + r] = c;
      }
    }
    return a;
  }

  /**
   * @return {@code [n, 2k]}: {@code scale·c_j·[cos θ(j, x), −sin θ(j, x)]}, {@code c_j = 1} for
   *     {@code j = 0} and {@code 2j = n}, else 2: the inverse real DFT (irfft) of the first k modes
   */
  static float[] inverseReal(int k, int n, double scale) {
    float[] a = new float[n * 2 * k];
    for (int x = 0; x < n; x++) {
      for (int j = 0; j < k; j++) {
        double c = (j == 0 || 2 * j == n) ? scale : 2 * scale;
        double t = angle(j, x, n);
        a[x * 2 * k + j] = (float) (c * Math.cos(t));
        a[x * 2 * k + k + j] = (float) (-c * Math.sin(t));
      }
    }
    return a;
  }
}
