package dev.galerkin.solvers.burgers;

import dev.galerkin.solvers.finitevolume.NumericalFlux;

/**
 * The exact Godunov flux of the Burgers equation {@code f(u) = u²/2}: the flux of the exact
 * Riemann solution at the face (LeVeque, <i>Finite Volume Methods for Hyperbolic Problems</i>,
 * 2002, §12.2), {@code F = min_{u ∈ [u_L, u_R]} f(u)} if {@code u_L <= u_R} (a rarefaction, with
 * the sonic point {@code f = 0} if it straddles zero) and {@code F = max(f(u_L), f(u_R))} otherwise
 * (a shock, moving with speed {@code (u_L + u_R)/2}). It is monotone, so MUSCL with a TVD limiter
 * and SSP-RK3 on it is TVD. Stateless, thread-safe.
 */
public record GodunovBurgersFlux() implements NumericalFlux {
  @Override
  public void flux(int axis, double[] left, double[] right, double[] out) {
    out[0] = axis == 0 ? of(left[0], right[0]) : 0;
  }

  /**
   * @param ul the state left of the face
   * @param ur the state right of the face
   * @return the Godunov flux through the face, in the {@code +x} direction
   */
  public static double of(double ul, double ur) {
    if (ul <= ur) {
      if (ul > 0) {
        return 0.5 * ul * ul;
      }
      if (ur < 0) {
        return 0.5 * ur * ur;
      }
      return 0;
    }
    return 0.5 * Math.max(ul * ul, ur * ur);
  }
}
