package dev.galerkin.operators.physics.pde;

/** A scalar function of a point (boundary and initial data, exact solutions), evaluated in Java. */
@FunctionalInterface
public interface PointFunction {
  /**
   * @param p the coordinates, in the geometry's order (for example {@code (x, t)}); not modified
   * @return the value
   */
  double at(double[] p);
}
