package dev.galerkin.solvers.burgers;

import dev.galerkin.solvers.finitevolume.ConservationLaw;

/**
 * The inviscid Burgers flux for the finite-volume kit: {@code u_t + (u²/2)_x = 0} in 1D, one
 * variable, wave speed {@code u} (dimensionless: {@code u} is a speed in lengths per time unit).
 * Used by {@link FiniteVolumeBurgersSolver} with {@link GodunovBurgersFlux}.
 */
public record BurgersLaw() implements ConservationLaw {
  @Override
  public int variables() {
    return 1;
  }

  @Override
  public void flux(int axis, double[] q, int offset, double[] f) {
    double u = q[offset];
    f[0] = axis == 0 ? 0.5 * u * u : 0;
  }

  @Override
  public void waveSpeeds(int axis, double[] q, int offset, double[] speeds) {
    speeds[0] = axis == 0 ? q[offset] : 0;
    speeds[1] = speeds[0];
  }

  @Override
  public int normalMomentum(int axis) {
    return -1;
  }
}
