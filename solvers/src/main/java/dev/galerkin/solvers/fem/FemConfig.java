package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.linalg.PreconditionerKind;

/**
 * Settings of the linear solve of {@link PoissonSolver} and {@link ElasticitySolver}:
 * preconditioned conjugate gradients on the assembled, Dirichlet-eliminated system.
 *
 * @param tolerance stop when the relative residual {@code ‖b − A u‖₂ / ‖b‖₂ <= tolerance}; finite,
 *     {@code 1e-15 <= tolerance < 1} (default {@value #DEFAULT_TOLERANCE})
 * @param maxIterations conjugate-gradient iterations allowed before {@link
 *     dev.galerkin.solvers.SolverException}, {@code >= 1} (default {@value
 *     #DEFAULT_MAX_ITERATIONS})
 * @param preconditioner the preconditioner (default {@link
 *     PreconditionerKind#INCOMPLETE_CHOLESKY}, which falls back to Jacobi on breakdown)
 */
public record FemConfig(double tolerance, int maxIterations, PreconditionerKind preconditioner) {
  /** Default relative-residual tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-10;
  /** Default iteration budget. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;

  /**
   * Validates every field.
   *
   * @throws GalerkinException naming the first field out of range, its value and the allowed range
   */
  public FemConfig {
    if (!(tolerance >= 1e-15 && tolerance < 1.0)) {
      throw new GalerkinException(
          "FemConfig.tolerance = " + tolerance
              + " is out of range; allowed 1e-15 <= tolerance < 1 (relative residual)");
    }
    if (maxIterations < 1) {
      throw new GalerkinException(
          "FemConfig.maxIterations = " + maxIterations + " is out of range; allowed >= 1");
    }
    if (preconditioner == null) {
      throw new GalerkinException(
          "FemConfig.preconditioner is null; pass JACOBI or INCOMPLETE_CHOLESKY");
    }
  }

  /** @return the defaults: tolerance 1e-10, 10 000 iterations, IC(0) */
  public static FemConfig defaults() {
    return new FemConfig(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS,
        PreconditionerKind.INCOMPLETE_CHOLESKY);
  }

  /**
   * @param value the new tolerance
   * @return a copy with that tolerance
   */
  public FemConfig withTolerance(double value) {
    return new FemConfig(value, maxIterations, preconditioner);
  }

  /**
   * @param value the new iteration budget
   * @return a copy with that budget
   */
  public FemConfig withMaxIterations(int value) {
    return new FemConfig(tolerance, value, preconditioner);
  }

  /**
   * @param value the preconditioner
   * @return a copy with that preconditioner
   */
  public FemConfig withPreconditioner(PreconditionerKind value) {
    return new FemConfig(tolerance, maxIterations, value);
  }
}
