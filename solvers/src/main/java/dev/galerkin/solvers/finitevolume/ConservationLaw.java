package dev.galerkin.solvers.finitevolume;

/**
 * A hyperbolic system of conservation laws {@code q_t + f(q)_x + g(q)_y = s} in {@code m}
 * conserved variables, as the finite-volume kit needs it: the physical flux along an axis, the
 * signal speeds for Riemann solvers and time steps, and which variable is the momentum normal to
 * each axis (negated at reflective walls). States are {@code m} consecutive values of an array.
 * Shallow water ({@code m = 3}) and the Euler equations ({@code m = 4} in 2D) implement it.
 */
public interface ConservationLaw {

  /** @return the number {@code m >= 1} of conserved variables */
  int variables();

  /**
   * @param axis 0 (x) or 1 (y)
   * @param q a state, {@code m} values from {@code offset}, not modified
   * @param offset where the state starts in {@code q}
   * @param f the physical flux along {@code axis}, {@code m} values; modified
   */
  void flux(int axis, double[] q, int offset, double[] f);

  /**
   * @param axis 0 (x) or 1 (y)
   * @param q a state, {@code m} values from {@code offset}, not modified
   * @param offset where the state starts in {@code q}
   * @param speeds {@code [λ_min, λ_max]}, the smallest and largest eigenvalues of the flux Jacobian
   *     along {@code axis}; modified
   */
  void waveSpeeds(int axis, double[] q, int offset, double[] speeds);

  /**
   * Bounds on the signal speeds of the Riemann problem {@code (left, right)} along {@code axis},
   * for HLL-type fluxes: by default Davis' estimate {@code s_L = min(λ_min(L), λ_min(R))}, {@code
   * s_R = max(λ_max(L), λ_max(R))} (Toro, <i>Riemann Solvers and Numerical Methods for Fluid
   * Dynamics</i>, 3rd ed., 2009, §10.5). Laws with vacuum fronts override it.
   *
   * @param speeds {@code [s_L, s_R]}, {@code s_L <= s_R}; modified
   */
  default void signalSpeeds(int axis, double[] left, double[] right, double[] speeds) {
    waveSpeeds(axis, left, 0, speeds);
    double sl = speeds[0];
    double sr = speeds[1];
    waveSpeeds(axis, right, 0, speeds);
    speeds[0] = Math.min(sl, speeds[0]);
    speeds[1] = Math.max(sr, speeds[1]);
  }

  /**
   * @param axis 0 (x) or 1 (y)
   * @return the index of the momentum component normal to faces of {@code axis} (negated at a
   *     reflective wall), or −1 if the law has none
   */
  int normalMomentum(int axis);

  /**
   * Makes a state admissible after a time-step stage (for example zero momentum where a depth or
   * density is below a dry threshold); by default it does nothing.
   *
   * @param q states; the one from {@code offset} may be modified
   */
  default void enforceAdmissible(double[] q, int offset) {}
}
