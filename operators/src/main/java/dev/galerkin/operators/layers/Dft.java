package dev.galerkin.operators.layers;

/**
 * Real DFT matrices for the spectral convolutions (TensorFlow Java has no complex types), row-major
 * {@code float[]}. Angles are {@code 2π·((f·x) mod n)/n}, computed in double from exact integers.
 *
 * <p>With {@code θ(f, x) = 2π f x / n} and retained frequencies {@code f_0 … f_{m−1}}:
 * <ul>
 *   <li>{@link #forward}: {@code [2m, n]}, rows {@code cos θ(f_r, ·)} then {@code −sin θ(f_r, ·)}:
 *       applied to a real signal it gives the real and imaginary parts of
 *       {@code X_f = Σ_x u_x e^{−iθ(f, x)}};</li>
 *   <li>{@link #forwardComplex}: {@code [2m, 2n]}, the same transform of a complex signal stored
 *       interleaved ({@code Re u_x} at column {@code 2x}, {@code Im u_x} at {@code 2x + 1}): rows
 *       {@code Re X_f} ({@code [cos, sin]} per {@code x}) then {@code Im X_f} ({@code [−sin, cos]});</li>
 *   <li>{@link #inverseComplex}: {@code [2n, 2m]}, {@code [[cos, −sin], [sin, cos]]} with entry
 *       {@code (x, r)} of each block at {@code θ(f_r, x)}: real and imaginary parts of
 *       {@code Σ_r X_r e^{+iθ(f_r, x)}} from {@code [Re X; Im X]};</li>
 *   <li>{@link #inverseReal}: {@code [n, 2k]}, {@code scale·c_j·[cos θ(j, x), −sin θ(j, x)]} for
 *       {@code j < k}, {@code c_j = 1} for {@code j = 0} and {@code 2j = n}, else 2: the inverse
 *       real FFT ({@code irfft}) of the first {@code k} coefficients, other coefficients zero.</li>
 * </ul>
 */
final class Dft {
  private Dft() {}

  /** @return {@code 0, 1, …, k−1} */
  static int[] first(int k) {
    int[] f = new int[k];
    for (int j = 0; j < k; j++) {
      f[j] = j;
    }
    return f;
  }

  /** @return FNO's two corners: {@code 0 … k−1, n−k … n−1} (frequencies {@code −k … −1} mod n) */
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

  /** @return {@code [2m, n]}: {@code cos} rows then {@code −sin} rows */
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

  /** @return {@code [2m, 2n]}: rows {@code Re X_f} then {@code Im X_f}, columns {@code (x, Re|Im)} */
  static float[] forwardComplex(int[] freqs, int n) {
    int m = freqs.length;
    int cols = 2 * n;
    float[] a = new float[2 * m * cols];
    for (int r = 0; r < m; r++) {
      for (int x = 0; x < n; x++) {
        double t = angle(freqs[r], x, n);
        float c = (float) Math.cos(t);
        float s = (float) Math.sin(t);
        a[r * cols + 2 * x] = c;
        a[r * cols + 2 * x + 1] = s;
        a[(m + r) * cols + 2 * x] = -s;
        a[(m + r) * cols + 2 * x + 1] = c;
      }
    }
    return a;
  }

  /** @return {@code [2n, 2m]}: {@code [[cos, −sin], [sin, cos]]} */
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

  /** @return {@code [n, 2k]}: {@code scale·c_j·[cos, −sin]} */
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
