package dev.galerkin.operators.physics.pig;

import dev.galerkin.GalerkinException;
import java.util.function.Function;

/**
 * The Gaussians of a (trained) {@link PigConfig PIG} in plain Java, for pictures and diagnostics:
 * {@code N} centres {@code μ_i ∈ R^d} and precision factors {@code L_i} ({@code d × d}, lower
 * triangular, {@code Σ_i⁻¹ = L_i L_iᵀ}). A diagonal PIG has {@code L_i = diag(1/σ_i)}.
 *
 * <p>Arrays are row-major: means {@code [N, d]}, factors {@code [N, d, d]} (entry
 * {@code (i, k, l)} at {@code (i·d + k)·d + l}, zero above the diagonal), covariances likewise.
 * Immutable; accessors return copies.
 */
public final class PigGaussians {
  private final int d;
  private final double[] means;
  private final double[] factors;

  private PigGaussians(int d, double[] means, double[] factors) {
    this.d = d;
    this.means = means;
    this.factors = factors;
  }

  /**
   * @param means {@code [N, d]}, from {@link PigConfig#MEANS}
   * @param logInverseScale {@code [N, d]}, from {@link PigConfig#LOG_INVERSE_SCALE}
   * @param d the dimension, {@code >= 1}
   * @return the diagonal Gaussians, {@code L = diag(exp(logInverseScale))}
   */
  public static PigGaussians diagonal(double[] means, double[] logInverseScale, int d) {
    int n = count(means, d);
    check(logInverseScale, n * d, "log inverse scales");
    double[] f = new double[n * d * d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        f[(i * d + k) * d + k] = Math.exp(logInverseScale[i * d + k]);
      }
    }
    return new PigGaussians(d, means.clone(), f);
  }

  /**
   * @param means {@code [N, d]}, from {@link PigConfig#MEANS}
   * @param logDiagonal {@code [N, d]}, from {@link PigConfig#LOG_FACTOR_DIAGONAL}
   * @param lower {@code [N, d(d−1)/2]}, from {@link PigConfig#FACTOR_LOWER} ({@code L_10, L_20,
   *     L_21, …}); may be {@code null} when {@code d = 1}
   * @param d the dimension, {@code >= 1}
   * @return the full Gaussians
   */
  public static PigGaussians full(double[] means, double[] logDiagonal, double[] lower, int d) {
    int n = count(means, d);
    check(logDiagonal, n * d, "log factor diagonals");
    int t = d * (d - 1) / 2;
    if (t > 0) {
      check(lower, n * t, "lower factor entries");
    }
    double[] f = new double[n * d * d];
    for (int i = 0; i < n; i++) {
      int at = 0;
      for (int k = 0; k < d; k++) {
        for (int l = 0; l < k; l++) {
          f[(i * d + k) * d + l] = lower[i * t + at++];
        }
        f[(i * d + k) * d + k] = Math.exp(logDiagonal[i * d + k]);
      }
    }
    return new PigGaussians(d, means.clone(), f);
  }

  /**
   * Reads the Gaussians of a trained PIG from its parameters by name.
   *
   * @param config the PIG that was trained, for its covariance kind
   * @param parameter a parameter's values by name, for instance
   *     {@code name -> loss.parameter(name, theta)}
   * @param d the problem's dimension
   * @return its Gaussians
   */
  public static PigGaussians read(PigConfig config, Function<String, double[]> parameter, int d) {
    double[] mu = parameter.apply(PigConfig.MEANS);
    return config.covariance() == PigConfig.Covariance.DIAGONAL
        ? diagonal(mu, parameter.apply(PigConfig.LOG_INVERSE_SCALE), d)
        : full(mu, parameter.apply(PigConfig.LOG_FACTOR_DIAGONAL),
            d > 1 ? parameter.apply(PigConfig.FACTOR_LOWER) : null, d);
  }

  /** @return the dimension {@code d} */
  public int dimension() {
    return d;
  }

  /** @return the number of Gaussians {@code N} */
  public int count() {
    return means.length / d;
  }

  /** @return the centres, {@code [N, d]} */
  public double[] means() {
    return means.clone();
  }

  /** @return the precision factors {@code L_i}, {@code [N, d, d]} */
  public double[] factors() {
    return factors.clone();
  }

  /**
   * @return the covariances {@code Σ_i = (L_i L_iᵀ)⁻¹ = L_i⁻ᵀ L_i⁻¹}, {@code [N, d, d]}, from the
   *     triangular inverse of each {@code L_i}
   */
  public double[] covariances() {
    int n = count();
    double[] out = new double[n * d * d];
    double[] inv = new double[d * d];
    for (int i = 0; i < n; i++) {
      int o = i * d * d;
      // forward substitution: M = L⁻¹, lower triangular
      java.util.Arrays.fill(inv, 0);
      for (int c = 0; c < d; c++) {
        for (int r = c; r < d; r++) {
          double s = r == c ? 1 : 0;
          for (int j = c; j < r; j++) {
            s -= factors[o + r * d + j] * inv[j * d + c];
          }
          inv[r * d + c] = s / factors[o + r * d + r];
        }
      }
      for (int k = 0; k < d; k++) {
        for (int l = 0; l < d; l++) {
          double s = 0;
          for (int j = 0; j < d; j++) {
            s += inv[j * d + k] * inv[j * d + l];
          }
          out[o + k * d + l] = s;
        }
      }
    }
    return out;
  }

  /**
   * The Gaussians with unit weights, {@code Σ_i exp(−½ |L_iᵀ(x − μ_i)|²)}: where the adaptive mesh
   * put its resolution.
   *
   * @param points row-major {@code [n, d]}
   * @return the density at each point, {@code n} values
   */
  public double[] density(double[] points) {
    if (points == null || points.length % d != 0) {
      throw new GalerkinException("pig gaussians: points must be [n, " + d + "], got "
          + (points == null ? "null" : points.length + " values"));
    }
    int ng = count();
    int n = points.length / d;
    double[] out = new double[n];
    double[] r = new double[d];
    for (int p = 0; p < n; p++) {
      double s = 0;
      for (int i = 0; i < ng; i++) {
        int o = i * d * d;
        for (int k = 0; k < d; k++) {
          r[k] = points[p * d + k] - means[i * d + k];
        }
        double e = 0;
        for (int k = 0; k < d; k++) {
          double z = 0; // z_k = Σ_{j >= k} L_jk r_j
          for (int j = k; j < d; j++) {
            z += factors[o + j * d + k] * r[j];
          }
          e += z * z;
        }
        s += Math.exp(-0.5 * e);
      }
      out[p] = s;
    }
    return out;
  }

  private static int count(double[] means, int d) {
    if (d < 1) {
      throw new GalerkinException("pig gaussians: dimension must be >= 1, got " + d);
    }
    if (means == null || means.length == 0 || means.length % d != 0) {
      throw new GalerkinException("pig gaussians: means must be [N, " + d + "] with N >= 1, got "
          + (means == null ? "null" : means.length + " values"));
    }
    return means.length / d;
  }

  private static void check(double[] a, int n, String what) {
    if (a == null || a.length != n) {
      throw new GalerkinException("pig gaussians: " + what + " need " + n + " values, got "
          + (a == null ? "null" : a.length));
    }
  }
}
