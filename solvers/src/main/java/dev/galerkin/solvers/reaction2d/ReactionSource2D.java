package dev.galerkin.solvers.reaction2d;

/**
 * A forcing added to the right-hand sides of the 2D diffusion–reaction system, for manufactured
 * solutions: {@code u_t = D_u Δu + R_u + f_u}, {@code v_t = D_v Δv + R_v + f_v}. Evaluated at the
 * cell centres and the Runge–Kutta stage times.
 */
@FunctionalInterface
public interface ReactionSource2D {

  /**
   * @param component 0 for {@code f_u}, 1 for {@code f_v}
   * @param x the cell centre's x, in the problem's length units
   * @param y the cell centre's y
   * @param t the time
   * @return the forcing, in field units per time unit
   */
  double value(int component, double x, double y, double t);
}
