package dev.galerkin.operators.optim;

import dev.galerkin.GalerkinException;

/**
 * Settings of {@link Lbfgs}.
 *
 * @param memory correction pairs kept, {@code >= 1} (SciPy's {@code maxcor}; DeepXDE uses 100)
 * @param maxIterations iterations, {@code >= 1}
 * @param maxEvaluations function and gradient evaluations, {@code >= 1} (line-search trials count)
 * @param gradientTolerance stop when {@code ‖g‖∞ <= gradientTolerance}, {@code >= 0}
 * @param functionTolerance stop when {@code (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) <= functionTolerance},
 *     {@code >= 0} (SciPy's {@code ftol}); 0 disables it
 */
public record LbfgsConfig(int memory, int maxIterations, int maxEvaluations, double gradientTolerance,
    double functionTolerance) {

  /** Validates every field. */
  public LbfgsConfig {
    if (memory < 1) {
      throw new GalerkinException("lbfgs: memory must be >= 1, got " + memory);
    }
    if (maxIterations < 1) {
      throw new GalerkinException("lbfgs: maxIterations must be >= 1, got " + maxIterations);
    }
    if (maxEvaluations < 1) {
      throw new GalerkinException("lbfgs: maxEvaluations must be >= 1, got " + maxEvaluations);
    }
    if (!(gradientTolerance >= 0)) {
      throw new GalerkinException("lbfgs: gradientTolerance must be >= 0, got " + gradientTolerance);
    }
    if (!(functionTolerance >= 0)) {
      throw new GalerkinException("lbfgs: functionTolerance must be >= 0, got " + functionTolerance);
    }
  }

  /**
   * @param maxIterations iterations
   * @return memory 50, evaluations {@code 1.25 × maxIterations + 20}, {@code ‖g‖∞ <= 1e−9}, ftol
   *     {@code 1e−15} (close to machine precision, so the budget is what stops a PINN run)
   */
  public static LbfgsConfig of(int maxIterations) {
    return new LbfgsConfig(50, maxIterations, (int) Math.min(Integer.MAX_VALUE, maxIterations * 5L / 4 + 20),
        1e-9, 1e-15);
  }
}
