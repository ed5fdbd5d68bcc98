package dev.galerkin.solvers.finitevolume;

/**
 * The right-hand side {@code L(q)} of a method-of-lines system {@code dq/dt = L(q)}, as {@link
 * SspRk3} advances it: a finite-volume scheme on a padded state, or any ODE system.
 */
public interface SemiDiscreteOperator {

  /** @return the length of a state array */
  int size();

  /**
   * @param q the state, not modified but for scratch entries the operator owns (ghost cells)
   * @param dq {@code L(q)}, same length; modified
   */
  void rhs(double[] q, double[] dq);

  /**
   * @param q the state, not modified but for scratch entries (ghost cells)
   * @param cfl the Courant number
   * @return the largest stable step at that Courant number ({@code +∞} if nothing moves)
   */
  double maxTimeStep(double[] q, double cfl);

  /** Makes a state admissible after a stage (by default it does nothing); {@code q} may be modified. */
  default void enforceAdmissible(double[] q) {}
}
