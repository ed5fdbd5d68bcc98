package dev.galerkin.solvers.linalg;

import dev.galerkin.GalerkinException;

/**
 * The outcome of a converged {@link ConjugateGradient} solve.
 *
 * @param x the solution, length {@code n} (copied in and out)
 * @param iterations iterations taken, {@code >= 0} (0 when the right-hand side is zero)
 * @param relativeResidual the final true relative residual {@code ‖b − A x‖₂ / ‖b‖₂} (0 when
 *     {@code b = 0})
 * @param preconditioner the name of the preconditioner used (e.g. {@code "IC(0)"}, or {@code
 *     "Jacobi"} after an IC(0) breakdown)
 */
public record CgResult(double[] x, int iterations, double relativeResidual, String preconditioner) {
  /**
   * Copies the solution.
   *
   * @throws GalerkinException if a field is null or negative
   */
  public CgResult {
    if (x == null || preconditioner == null) {
      throw new GalerkinException("CgResult: x and preconditioner must not be null");
    }
    if (iterations < 0 || !(relativeResidual >= 0)) {
      throw new GalerkinException(
          "CgResult: iterations " + iterations + " and residual " + relativeResidual
              + " must be >= 0");
    }
    x = x.clone();
  }

  /** @return a copy of the solution */
  @Override
  public double[] x() {
    return x.clone();
  }
}
