package dev.galerkin.solvers.shallowwater;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.Limiter;
import java.util.Objects;

/**
 * The parameters of {@link ShallowWaterSolver}.
 *
 * @param gravity {@code g > 0}; 1 for nondimensional units (the preset's default), 9.81 for SI
 * @param dryDepth depth at or below which a cell is dry (velocity 0), {@code >= 0}, in the
 *     problem's length units
 * @param cfl Courant number {@code Δt Σ_axes max(|u| + √(gh))/Δ}, in {@code (0, 0.5]}: ½ is the
 *     positivity bound of the hydrostatic reconstruction with a MUSCL reconstruction
 * @param limiter the MUSCL slope limiter
 */
public record ShallowWaterConfig(double gravity, double dryDepth, double cfl, Limiter limiter) {

  /** The default gravity: 1, nondimensional. */
  public static final double UNIT_GRAVITY = 1.0;

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the parameter, in one line
   */
  public ShallowWaterConfig {
    new ShallowWaterEquations(gravity, dryDepth);
    if (!(cfl > 0 && cfl <= 0.5)) {
      throw new GalerkinException("--cfl = " + cfl + " is out of range; it must be in (0, 0.5],"
          + " the positivity bound of the scheme");
    }
    Objects.requireNonNull(limiter, "limiter");
  }

  /** @return {@code g = 1}, dry depth 1e-10, CFL 0.4, monotonised-central limiter */
  public static ShallowWaterConfig defaults() {
    return new ShallowWaterConfig(UNIT_GRAVITY, 1e-10, 0.4, Limiter.MONOTONISED_CENTRAL);
  }

  /** @return this configuration with gravity {@code g} */
  public ShallowWaterConfig withGravity(double g) {
    return new ShallowWaterConfig(g, dryDepth, cfl, limiter);
  }

  /** @return this configuration with Courant number {@code c} */
  public ShallowWaterConfig withCfl(double c) {
    return new ShallowWaterConfig(gravity, dryDepth, c, limiter);
  }

  /** @return this configuration with limiter {@code l} */
  public ShallowWaterConfig withLimiter(Limiter l) {
    return new ShallowWaterConfig(gravity, dryDepth, cfl, l);
  }

  /** @return the equations of this configuration */
  public ShallowWaterEquations equations() {
    return new ShallowWaterEquations(gravity, dryDepth);
  }
}
