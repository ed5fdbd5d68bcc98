package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.pde.PointFunction;

/** Errors of a trained physics-informed model against a reference on a grid. */
public final class Errors {
  private Errors() {}

  /**
   * The relative L2 error {@code ‖û − u‖₂ / ‖u‖₂} on the {@code n × n} grid of the geometry's
   * bounding box (2D) or its {@code n} points (1D), over the grid points inside the domain.
   *
   * @param loss the loss whose model is evaluated
   * @param theta its parameters
   * @param exact the reference
   * @param geometry the domain
   * @param n points per axis, {@code >= 2}
   * @return the relative L2 error
   */
  public static double relativeL2(PhysicsObjective loss, double[] theta, PointFunction exact, Geometry geometry, int n) {
    if (exact == null) {
      throw new GalerkinException("relative L2: the problem has no exact solution; compare against a reference field");
    }
    double[] pts = Grids.inside(geometry, n);
    double[] u = loss.predict(theta, pts);
    int d = geometry.dimension();
    double num = 0;
    double den = 0;
    for (int i = 0; i < u.length; i++) {
      double[] p = java.util.Arrays.copyOfRange(pts, i * d, (i + 1) * d);
      double e = exact.at(p);
      num += (u[i] - e) * (u[i] - e);
      den += e * e;
    }
    return Math.sqrt(num / den);
  }
}
