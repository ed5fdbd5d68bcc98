package dev.galerkin.solvers.finitevolume;

/**
 * A numerical flux {@code F(q_L, q_R)} of a face between a left and a right state along an axis
 * (an approximate Riemann solver). It must be consistent, {@code F(q, q) = f(q)}.
 */
@FunctionalInterface
public interface NumericalFlux {

  /**
   * @param axis 0 (x) or 1 (y): the face normal
   * @param left the state on the low side of the face, {@code m} values, not modified
   * @param right the state on the high side, {@code m} values, not modified
   * @param out the flux through the face in the {@code +axis} direction, {@code m} values; modified
   */
  void flux(int axis, double[] left, double[] right, double[] out);
}
