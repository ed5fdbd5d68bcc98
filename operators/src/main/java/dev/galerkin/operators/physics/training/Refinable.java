package dev.galerkin.operators.physics.training;

import dev.galerkin.operators.physics.geometry.Geometry;

/**
 * A {@link PhysicsObjective} whose interior collocation set can grow: what {@link Refinement}
 * (residual-based adaptive refinement) needs. {@link PhysicsLoss} is one.
 */
public interface Refinable extends PhysicsObjective {

  /** @return the domain, from whose interior candidates are drawn */
  Geometry geometry();

  /** @return the number of interior (residual) points now */
  int interiorCount();

  /**
   * @param theta the parameters, not modified
   * @param points row-major {@code [n, d]} interior coordinates, not modified
   * @return the PDE residual {@code R[u]} at each point, length {@code n}
   */
  double[] residualAt(double[] theta, double[] points);

  /**
   * Adds points to the interior set; later evaluations use them all.
   *
   * @param points row-major {@code [m, d]} coordinates, not modified
   */
  void addInterior(double[] points);
}
