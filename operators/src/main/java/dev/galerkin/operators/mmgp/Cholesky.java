package dev.galerkin.operators.mmgp;

/**
 * Dense Cholesky factor {@code A = L Lᵀ} of a symmetric positive-definite matrix, with the solves,
 * log-determinant and inverse that Gaussian-process regression needs (Rasmussen and Williams,
 * <em>Gaussian Processes for Machine Learning</em>, 2006, Algorithm 2.1). Row-major flat arrays:
 * {@code a[i*n + j]}; only the lower triangle of the input is read.
 *
 * <p>{@link #factor} escalates a diagonal jitter (relative to the mean diagonal) when the plain
 * factorisation fails, and returns {@code null} when even the largest jitter does not help, so the
 * caller can name the data in its error message. Not thread-safe; immutable after construction.
 */
final class Cholesky {
  /** Jitters tried after the plain factorisation, relative to the mean of the diagonal. */
  static final double[] JITTERS = {1e-10, 1e-8, 1e-6, 1e-4};

  private final int n;
  private final double[] l;
  private final double jitter;

  private Cholesky(int n, double[] l, double jitter) {
    this.n = n;
    this.l = l;
    this.jitter = jitter;
  }

  /**
   * Factors {@code a + δ I} with {@code δ = 0}, then each {@link #JITTERS} entry times the mean
   * diagonal, until it succeeds.
   *
   * @param a the matrix, {@code n × n}, not modified
   * @param n its order
   * @return the factor, or {@code null} when every jitter failed (or the matrix holds non-finite values)
   */
  static Cholesky factor(double[] a, int n) {
    double meanDiag = 0;
    for (int i = 0; i < n; i++) {
      meanDiag += a[i * n + i];
    }
    meanDiag = Math.abs(meanDiag / n);
    double[] l = new double[n * n];
    if (decompose(a, n, 0, l)) {
      return new Cholesky(n, l, 0);
    }
    for (double rel : JITTERS) {
      double delta = rel * meanDiag;
      if (decompose(a, n, delta, l)) {
        return new Cholesky(n, l, delta);
      }
    }
    return null;
  }

  /** @return true when {@code a + δ I} was factored into {@code l} (modified). */
  private static boolean decompose(double[] a, int n, double delta, double[] l) {
    java.util.Arrays.fill(l, 0);
    for (int j = 0; j < n; j++) {
      int rj = j * n;
      double s = a[rj + j] + delta;
      for (int k = 0; k < j; k++) {
        s -= l[rj + k] * l[rj + k];
      }
      if (!(s > 0) || !Double.isFinite(s)) {
        return false;
      }
      double ljj = Math.sqrt(s);
      l[rj + j] = ljj;
      double inv = 1 / ljj;
      for (int i = j + 1; i < n; i++) {
        int ri = i * n;
        double t = a[ri + j];
        for (int k = 0; k < j; k++) {
          t -= l[ri + k] * l[rj + k];
        }
        l[ri + j] = t * inv;
      }
    }
    return true;
  }

  /** @return the jitter added to the diagonal (absolute), 0 when none was needed */
  double jitter() {
    return jitter;
  }

  /** @return the order {@code n} */
  int order() {
    return n;
  }

  /** @return {@code log det(A + δ I) = 2 Σ log L_ii} */
  double logDeterminant() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.log(l[i * n + i]);
    }
    return 2 * s;
  }

  /**
   * Solves {@code L y = b} in place for {@code m} right-hand sides stored as columns.
   *
   * @param b {@code n × m} row-major, modified: overwritten by the solution
   * @param m number of right-hand sides
   */
  void forward(double[] b, int m) {
    for (int i = 0; i < n; i++) {
      int ri = i * n;
      for (int c = 0; c < m; c++) {
        double s = b[i * m + c];
        for (int k = 0; k < i; k++) {
          s -= l[ri + k] * b[k * m + c];
        }
        b[i * m + c] = s / l[ri + i];
      }
    }
  }

  /**
   * Solves {@code Lᵀ x = y} in place for {@code m} right-hand sides stored as columns.
   *
   * @param b {@code n × m} row-major, modified: overwritten by the solution
   * @param m number of right-hand sides
   */
  void backward(double[] b, int m) {
    for (int i = n - 1; i >= 0; i--) {
      for (int c = 0; c < m; c++) {
        double s = b[i * m + c];
        for (int k = i + 1; k < n; k++) {
          s -= l[k * n + i] * b[k * m + c];
        }
        b[i * m + c] = s / l[i * n + i];
      }
    }
  }

  /**
   * @param b {@code n × m} row-major right-hand sides, not modified
   * @param m their number
   * @return {@code A⁻¹ b}, {@code n × m}
   */
  double[] solve(double[] b, int m) {
    double[] x = b.clone();
    forward(x, m);
    backward(x, m);
    return x;
  }

  /** @return {@code A⁻¹}, {@code n × n} row-major (from {@code L⁻¹}, so {@code n³} flops) */
  double[] inverse() {
    // ut[c*n + i] = (L⁻¹)_ic, i >= c: column c of L⁻¹ stored as a row, so every loop is contiguous.
    double[] ut = new double[n * n];
    for (int c = 0; c < n; c++) {
      int rc = c * n;
      for (int i = c; i < n; i++) {
        int ri = i * n;
        double s = i == c ? 1 : 0;
        for (int k = c; k < i; k++) {
          s -= l[ri + k] * ut[rc + k];
        }
        ut[rc + i] = s / l[ri + i];
      }
    }
    // (A⁻¹)_ij = Σ_{k >= max(i,j)} (L⁻¹)_ki (L⁻¹)_kj.
    double[] inv = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = i; k < n; k++) {
          s += ut[i * n + k] * ut[j * n + k];
        }
        inv[i * n + j] = s;
        inv[j * n + i] = s;
      }
    }
    return inv;
  }

  /**
   * @param z {@code n} standard-normal draws, not modified
   * @return {@code L z}
   */
  double[] multiplyLower(double[] z) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = 0; k <= i; k++) {
        s += l[i * n + k] * z[k];
      }
      r[i] = s;
    }
    return r;
  }
}
