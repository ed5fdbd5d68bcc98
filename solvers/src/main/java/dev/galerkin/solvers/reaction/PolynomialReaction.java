package dev.galerkin.solvers.reaction;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.spectral.Dealiasing;
import java.util.Arrays;

/**
 * A polynomial reaction term {@code R(u) = Σ_{k=0..K} c_k u^k} of the Fisher-type equation {@code
 * u_t = D u_xx + R(u)}, the reaction of {@link DiffusionReactionSolver}. The logistic (Fisher–KPP)
 * reaction {@code ρ u (1 − u)} is {@link #logistic(double) c = (0, ρ, −ρ)}; {@code u − u³}
 * (Allen–Cahn, Nagumo) is {@code c = (0, 1, 0, −1)}. The multi-task DeepONet of Kumar et al.
 * (<i>Synergistic learning with multi-task DeepONet for efficient PDE problem solving</i>, 2024)
 * trains on several such forms at once, the coefficient vector describing the task.
 *
 * <p>Units: {@code c_k} in (units of u)^{1−k} per unit time. The degree {@code K} (index of the
 * last non-zero coefficient) decides the de-aliasing rule that makes the pseudo-spectral product
 * exact ({@link Dealiasing#exactFor(int)}).
 *
 * @param coefficients {@code c_0 … c_K}, {@code 1 <=} length {@code <= }{@value #MAX_TERMS},
 *     finite; copied in and out
 */
public record PolynomialReaction(double[] coefficients) {
  /** The most coefficients allowed, {@code c_0 … c_5}: degree at most 5. */
  public static final int MAX_TERMS = Dealiasing.MAX_EXACT_DEGREE + 1;

  /**
   * Validates and copies the coefficients.
   *
   * @throws GalerkinException if the array is null, empty, longer than {@value #MAX_TERMS}, or
   *     holds a non-finite value
   */
  public PolynomialReaction {
    if (coefficients == null || coefficients.length == 0 || coefficients.length > MAX_TERMS) {
      throw new GalerkinException("PolynomialReaction.coefficients has length "
          + (coefficients == null ? "null" : String.valueOf(coefficients.length))
          + "; allowed 1 to " + MAX_TERMS + " coefficients c_0 ... c_K (degree K <= "
          + Dealiasing.MAX_EXACT_DEGREE + ")");
    }
    for (int k = 0; k < coefficients.length; k++) {
      if (!Double.isFinite(coefficients[k])) {
        throw new GalerkinException("PolynomialReaction.coefficients[" + k + "] = "
            + coefficients[k] + " is not finite; every c_k must be a finite number");
      }
    }
    coefficients = coefficients.clone();
  }

  /**
   * @param c {@code c_0 … c_K}
   * @return the reaction {@code Σ c_k u^k}
   */
  public static PolynomialReaction of(double... c) {
    return new PolynomialReaction(c);
  }

  /**
   * @param rate {@code ρ}, finite and {@code >= 0}
   * @return the logistic reaction {@code ρ u (1 − u)}: {@code c = (0, ρ, −ρ)}
   * @throws GalerkinException if the rate is out of range (message names {@code
   *     DiffusionReactionConfig.rate})
   */
  public static PolynomialReaction logistic(double rate) {
    if (!(rate >= 0) || !Double.isFinite(rate)) {
      throw new GalerkinException(
          "DiffusionReactionConfig.rate = " + rate + " is out of range; allowed finite rate >= 0");
    }
    return new PolynomialReaction(new double[] {0, rate, -rate});
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /**
   * @param k a power, {@code >= 0}
   * @return {@code c_k}, zero beyond the stored coefficients
   */
  public double coefficient(int k) {
    if (k < 0) {
      throw new GalerkinException("PolynomialReaction.coefficient: k = " + k + " must be >= 0");
    }
    return k < coefficients.length ? coefficients[k] : 0;
  }

  /**
   * @return the degree {@code K}: the index of the last non-zero coefficient (0 for a constant)
   */
  public int degree() {
    for (int k = coefficients.length - 1; k > 0; k--) {
      if (coefficients[k] != 0) {
        return k;
      }
    }
    return 0;
  }

  /**
   * @return whether this is {@code ρ u (1 − u)} for some {@code ρ >= 0}: {@code c = (0, ρ, −ρ)}
   *     up to trailing zeros
   */
  public boolean isLogistic() {
    return coefficient(0) == 0 && coefficient(1) >= 0 && coefficient(2) == -coefficient(1)
        && degree() <= 2;
  }

  /**
   * Evaluates {@code R(u)} by Horner's rule.
   *
   * @param u the field value
   * @return {@code Σ c_k u^k}
   */
  public double value(double u) {
    double r = coefficients[coefficients.length - 1];
    for (int k = coefficients.length - 2; k >= 0; k--) {
      r = r * u + coefficients[k];
    }
    return r;
  }

  /**
   * Evaluates {@code R} at every entry.
   *
   * @param u field values; not modified
   * @param out {@code R(u_i)}, same length; modified (may be {@code u} itself)
   */
  public void apply(double[] u, double[] out) {
    int last = coefficients.length - 1;
    for (int i = 0; i < u.length; i++) {
      double ui = u[i];
      double r = coefficients[last];
      for (int k = last - 1; k >= 0; k--) {
        r = r * ui + coefficients[k];
      }
      out[i] = r;
    }
  }

  /** @return {@code R(u) = c0 + c1 u + …}, the non-zero terms */
  public String formula() {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < coefficients.length; k++) {
      double c = coefficients[k];
      if (c == 0) {
        continue;
      }
      s.append(s.length() == 0 ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + "));
      double m = Math.abs(c);
      String power = k == 0 ? "" : k == 1 ? "u" : "u^" + k;
      s.append(k > 0 && m == 1 ? power : k == 0 ? String.valueOf(m) : m + " " + power);
    }
    return s.length() == 0 ? "0" : s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolynomialReaction p && Arrays.equals(coefficients, p.coefficients);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return "PolynomialReaction" + Arrays.toString(coefficients);
  }
}
