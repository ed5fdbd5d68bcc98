package dev.galerkin.solvers.compressible;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.Limiter;

/**
 * The physical and numerical parameters of {@link CompressibleSolver}.
 *
 * <p>The viscous terms follow PDEBench's generator ({@code CFD_multi_Hydra.py}, Takamoto et al.
 * 2022), whose momentum and energy fluxes carry the density: {@code (ρv)_t + … = (μ ρ v_x)_x},
 * {@code E_t + … = (μ ρ v v_x)_x}, {@code μ = ζ + 4η/3}, so {@code η} and {@code ζ} act as
 * kinematic viscosities (units length²/time) and a small velocity perturbation decays as {@code v_t
 * = μ v_xx}. (The PDEBench paper writes the terms without {@code ρ}; its code, which made the
 * data, has it.) In 2D see {@link ViscousOperator}.
 *
 * @param gamma the ratio of specific heats {@code γ > 1}
 * @param eta the shear viscosity {@code η >= 0}
 * @param zeta the bulk viscosity {@code ζ >= 0}
 * @param cfl the Courant number of the step choice, in {@code (0, 0.5]}
 * @param limiter the MUSCL slope limiter of the primitive variables
 */
public record CompressibleConfig(double gamma, double eta, double zeta, double cfl,
    Limiter limiter) {

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the option, in one line
   */
  public CompressibleConfig {
    new EulerEquations(1, gamma);
    if (!(eta >= 0) || !Double.isFinite(eta) || !(zeta >= 0) || !Double.isFinite(zeta)) {
      throw new GalerkinException("--eta = " + eta + ", --zeta = " + zeta + " are out of range;"
          + " each viscosity must be finite and >= 0 (PDEBench: 1e-8, 1e-2, 1e-1)");
    }
    if (!(cfl > 0 && cfl <= 0.5)) {
      throw new GalerkinException("--cfl = " + cfl + " is out of range; it must be in (0, 0.5]");
    }
    java.util.Objects.requireNonNull(limiter, "limiter");
  }

  /** @return PDEBench's 1D setup: γ = 5/3, η = ζ = 0.01, CFL 0.3, monotonised central */
  public static CompressibleConfig pdebench() {
    return new CompressibleConfig(5.0 / 3, 1e-2, 1e-2, 0.3, Limiter.MONOTONISED_CENTRAL);
  }

  /** @return the inviscid Euler equations with {@code γ}, CFL 0.4, monotonised central */
  public static CompressibleConfig euler(double gamma) {
    return new CompressibleConfig(gamma, 0, 0, 0.4, Limiter.MONOTONISED_CENTRAL);
  }

  /** @return {@code μ = ζ + 4η/3}, the viscosity of the normal stress */
  public double normalViscosity() {
    return zeta + 4 * eta / 3;
  }

  /** @return the Euler equations in {@code dimension} D with this {@code γ} */
  public EulerEquations equations(int dimension) {
    return new EulerEquations(dimension, gamma);
  }

  /** @return a copy with viscosities {@code eta}, {@code zeta} */
  public CompressibleConfig withViscosity(double eta, double zeta) {
    return new CompressibleConfig(gamma, eta, zeta, cfl, limiter);
  }

  /** @return a copy with Courant number {@code cfl} */
  public CompressibleConfig withCfl(double cfl) {
    return new CompressibleConfig(gamma, eta, zeta, cfl, limiter);
  }
}
