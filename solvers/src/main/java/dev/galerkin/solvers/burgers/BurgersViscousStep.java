package dev.galerkin.solvers.burgers;

import java.util.Locale;

/**
 * How {@link FiniteVolumeBurgersSolver} treats the viscous term {@code μ u_xx}; both use the
 * central second-order difference {@code μ(u_{i+1} − 2u_i + u_{i−1})/Δx²}, so both solve the same
 * semi-discrete equations.
 */
public enum BurgersViscousStep {
  /**
   * The difference is part of the SSP-RK3 right-hand side; the step obeys the diffusive limit as
   * well as the Courant limit, {@code Δt = cfl/(max|u|/Δx + 2μ/Δx²)}, so it shrinks like
   * {@code Δx²/μ} for large {@code μ}.
   */
  EXPLICIT,
  /**
   * Strang splitting: half a step of the exact solution {@code exp(½Δt D)} of the discrete heat
   * equation {@code u' = D u} (by FFT: mode {@code k} times {@code exp(−2μΔt sin²(πk/n)/Δx²)}),
   * a full SSP-RK3 step of the convection, another half step of heat. {@code exp(τD)} is a
   * non-negative matrix with unit row sums for every {@code τ}, so each part is TVD and
   * conservative; the step obeys only the Courant limit {@code Δt = cfl·Δx/max|u|}. Second order
   * in time (Strang). Needs an even number of cells.
   */
  SPLIT;

  /** @return the lower-case label used by {@code --viscous} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
