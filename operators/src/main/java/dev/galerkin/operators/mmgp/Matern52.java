package dev.galerkin.operators.mmgp;

/**
 * The Matérn 5/2 kernel with one length scale per input dimension (ARD), as static kernels over
 * flat row-major arrays ({@code x[i*d + k]}): {@code k(x, x') = σ_f² (1 + √5 r + 5r²/3) exp(−√5 r)},
 * {@code r² = Σ_k ((x_k − x'_k) / ℓ_k)²} (Rasmussen and Williams, <em>Gaussian Processes for
 * Machine Learning</em>, 2006, eq. 4.17).
 *
 * <p>Its derivative with respect to {@code log ℓ_k} has no singularity at {@code r = 0}:
 * {@code ∂k/∂log ℓ_k = σ_f² (5/3)(1 + √5 r) exp(−√5 r) ((x_k − x'_k)/ℓ_k)²}.
 */
final class Matern52 {
  static final double SQRT5 = Math.sqrt(5);

  private Matern52() {}

  /** @return {@code (1 + √5 r + 5r²/3) exp(−√5 r)} for {@code r >= 0} */
  static double correlation(double r) {
    double s = SQRT5 * r;
    return (1 + s + s * s / 3) * Math.exp(-s);
  }

  /** @return {@code (5/3)(1 + √5 r) exp(−√5 r)}: {@code ∂k/∂log ℓ_k = σ_f² · this · Δ_k²/ℓ_k²} */
  static double lengthScaleFactor(double r) {
    double s = SQRT5 * r;
    return (5.0 / 3.0) * (1 + s) * Math.exp(-s);
  }

  /**
   * Squared scaled distance between row {@code i} of {@code a} and row {@code j} of {@code b}.
   *
   * @param a rows of length {@code d}, not modified
   * @param i row of {@code a}
   * @param b rows of length {@code d}, not modified
   * @param j row of {@code b}
   * @param invLength {@code 1/ℓ_k}, length {@code d}, not modified
   * @return {@code Σ_k ((a_ik − b_jk)/ℓ_k)²}
   */
  static double scaledDistanceSquared(double[] a, int i, double[] b, int j, double[] invLength) {
    int d = invLength.length;
    double s = 0;
    for (int k = 0; k < d; k++) {
      double t = (a[i * d + k] - b[j * d + k]) * invLength[k];
      s += t * t;
    }
    return s;
  }

  /**
   * The cross-covariance {@code K[i*n2 + j] = k(a_i, b_j)} (no noise).
   *
   * @param a {@code n1 × d}, not modified
   * @param n1 rows of {@code a}
   * @param b {@code n2 × d}, not modified
   * @param n2 rows of {@code b}
   * @param signalVariance {@code σ_f²}
   * @param lengthScales {@code ℓ}, length {@code d}, not modified
   * @return {@code n1 × n2} row-major
   */
  static double[] covariance(double[] a, int n1, double[] b, int n2, double signalVariance,
      double[] lengthScales) {
    double[] inv = inverse(lengthScales);
    double[] k = new double[n1 * n2];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        k[i * n2 + j] = signalVariance * correlation(Math.sqrt(scaledDistanceSquared(a, i, b, j, inv)));
      }
    }
    return k;
  }

  static double[] inverse(double[] lengthScales) {
    double[] inv = new double[lengthScales.length];
    for (int k = 0; k < inv.length; k++) {
      inv[k] = 1 / lengthScales[k];
    }
    return inv;
  }
}
