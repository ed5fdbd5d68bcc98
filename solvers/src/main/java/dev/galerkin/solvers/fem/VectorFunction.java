package dev.galerkin.solvers.fem;

/**
 * A plane vector field {@code (x, y) -> (v_x, v_y)}: body forces (N/m³), tractions (Pa = N/m²),
 * prescribed displacements (m), exact gradients — in the user's consistent units.
 */
@FunctionalInterface
public interface VectorFunction {
  /**
   * @param x abscissa
   * @param y ordinate
   * @return {@code {v_x, v_y}}, length 2
   */
  double[] at(double x, double y);
}
