package dev.galerkin.solvers.advection;

import java.util.Locale;

/** How {@link AdvectionSolver} advances {@code u_t + β u_x = 0}. */
public enum AdvectionScheme {
  /**
   * The exact solution of the semi-discrete Fourier problem: each discrete Fourier coefficient
   * {@code û_k} is multiplied by {@code exp(−2πi k β t / L)} (the Nyquist mode by its real part),
   * so a field that is a trigonometric polynomial of degree below {@code n/2} is moved exactly, to
   * round-off, at any {@code t}. No time steps.
   */
  SPECTRAL,
  /**
   * Finite volumes from the kit: MUSCL reconstruction with a slope limiter, the HLL flux (upwind
   * for a linear law) and SSP-RK3 at a Courant number; second order on smooth fields.
   */
  MUSCL;

  /** @return the lower-case label used by {@code --scheme} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
