package dev.galerkin.operators.physics.pde;

/** The left-hand side {@code R[u](x)} of a PDE {@code R[u] = 0}, built from the solution's value, derivatives and coordinates. */
@FunctionalInterface
public interface Residual {
  /**
   * @param u the solution at the collocation points
   * @return the residual, {@code [N, 1]}
   */
  Expr at(Solution u);
}
