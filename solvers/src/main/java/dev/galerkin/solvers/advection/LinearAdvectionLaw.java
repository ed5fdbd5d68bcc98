package dev.galerkin.solvers.advection;

import dev.galerkin.solvers.finitevolume.ConservationLaw;

/**
 * The scalar conservation law {@code u_t + (β u)_x = 0} in 1D for the finite-volume kit: flux
 * {@code β u}, both wave speeds {@code β} (so the HLL flux is the upwind flux).
 *
 * @param beta the advection speed {@code β}, in lengths per time unit
 */
public record LinearAdvectionLaw(double beta) implements ConservationLaw {
  @Override
  public int variables() {
    return 1;
  }

  @Override
  public void flux(int axis, double[] q, int offset, double[] f) {
    f[0] = axis == 0 ? beta * q[offset] : 0;
  }

  @Override
  public void waveSpeeds(int axis, double[] q, int offset, double[] speeds) {
    speeds[0] = axis == 0 ? beta : 0;
    speeds[1] = speeds[0];
  }

  @Override
  public int normalMomentum(int axis) {
    return -1;
  }
}
