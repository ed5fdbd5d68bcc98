package dev.galerkin.solvers.darcy;

import dev.galerkin.GalerkinException;

/**
 * Settings of {@link DarcySolver}: when conjugate gradients stops, and how strongly the multigrid
 * preconditioner smooths.
 *
 * @param tolerance stop when the relative residual {@code ‖b − A u‖₂ / ‖b‖₂ <= tolerance}; finite,
 *     {@code 1e-15 <= tolerance < 1} (default {@value #DEFAULT_TOLERANCE})
 * @param maxIterations conjugate-gradient iterations allowed before {@link
 *     dev.galerkin.solvers.SolverException}, {@code >= 1} (default {@value
 *     #DEFAULT_MAX_ITERATIONS}; the preconditioned iteration needs six to ten at every
 *     resolution for FNO's coefficients)
 * @param smootherSweeps red–black Gauss–Seidel sweeps before (red, then black) and after (black,
 *     then red) each coarse-grid correction of the V-cycle, {@code 1 … 8} (default {@value
 *     #DEFAULT_SMOOTHER_SWEEPS})
 * @param scheme the discretisation (default {@link DarcyScheme#VERTEX})
 */
public record DarcyConfig(double tolerance, int maxIterations, int smootherSweeps,
    DarcyScheme scheme) {
  /** Default relative-residual tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-8;
  /** Default iteration budget. */
  public static final int DEFAULT_MAX_ITERATIONS = 200;
  /** Default red–black Gauss–Seidel sweeps per half V-cycle. */
  public static final int DEFAULT_SMOOTHER_SWEEPS = 2;

  /**
   * Validates every field.
   *
   * @throws GalerkinException naming the first field out of range, its value and the allowed range
   */
  public DarcyConfig {
    if (!(tolerance >= 1e-15 && tolerance < 1.0)) {
      throw new GalerkinException(
          "DarcyConfig.tolerance = "
              + tolerance
              + " is out of range; allowed 1e-15 <= tolerance < 1 (relative residual)");
    }
    if (maxIterations < 1) {
      throw new GalerkinException(
          "DarcyConfig.maxIterations = " + maxIterations + " is out of range; allowed >= 1");
    }
    if (smootherSweeps < 1 || smootherSweeps > 8) {
      throw new GalerkinException(
          "DarcyConfig.smootherSweeps = "
              + smootherSweeps
              + " is out of range; allowed 1 <= smootherSweeps <= 8");
    }
    if (scheme == null) {
      throw new GalerkinException("DarcyConfig.scheme is null; pass DarcyScheme.VERTEX or FNO");
    }
  }

  /** The settings with the {@link DarcyScheme#VERTEX} scheme. */
  public DarcyConfig(double tolerance, int maxIterations, int smootherSweeps) {
    this(tolerance, maxIterations, smootherSweeps, DarcyScheme.VERTEX);
  }

  /**
   * @return tolerance {@value #DEFAULT_TOLERANCE}, {@value #DEFAULT_MAX_ITERATIONS} iterations,
   *     {@value #DEFAULT_SMOOTHER_SWEEPS} sweeps
   */
  public static DarcyConfig defaults() {
    return new DarcyConfig(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, DEFAULT_SMOOTHER_SWEEPS);
  }

  /**
   * @param value the new tolerance
   * @return a copy with that tolerance
   */
  public DarcyConfig withTolerance(double value) {
    return new DarcyConfig(value, maxIterations, smootherSweeps, scheme);
  }

  /**
   * @param value the new iteration budget
   * @return a copy with that budget
   */
  public DarcyConfig withMaxIterations(int value) {
    return new DarcyConfig(tolerance, value, smootherSweeps, scheme);
  }

  /**
   * @param value the new number of sweeps
   * @return a copy with that number of sweeps
   */
  public DarcyConfig withSmootherSweeps(int value) {
    return new DarcyConfig(tolerance, maxIterations, value, scheme);
  }

  /**
   * @param value the discretisation
   * @return a copy with that scheme
   */
  public DarcyConfig withScheme(DarcyScheme value) {
    return new DarcyConfig(tolerance, maxIterations, smootherSweeps, value);
  }
}
