package dev.galerkin.solvers.compressible;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.ConservationLaw;
import dev.galerkin.solvers.finitevolume.PrimitiveVariables;

/**
 * The compressible Euler equations of an ideal gas in 1D or 2D, in conserved variables {@code q
 * = (ρ, ρu, E)} (1D) or {@code (ρ, ρu, ρv, E)} (2D):
 *
 * <pre>
 *   ρ_t + (ρu)_x + (ρv)_y = 0
 *   (ρu)_t + (ρu² + p)_x + (ρuv)_y = 0
 *   (ρv)_t + (ρuv)_x + (ρv² + p)_y = 0          (2D)
 *   E_t + ((E + p)u)_x + ((E + p)v)_y = 0
 * </pre>
 *
 * with {@code E = p/(γ − 1) + ρ|u|²/2} and the sound speed {@code c = √(γp/ρ)} (Toro, <i>Riemann
 * Solvers and Numerical Methods for Fluid Dynamics</i>, 3rd ed., 2009, ch. 3). Units are the
 * caller's (nondimensional in the PDEBench presets). The primitive variables are {@code w = (ρ, u,
 * p)} or {@code (ρ, u, v, p)}; the energy is the last variable, index {@code m − 1}, {@code m = 2 +
 * dimension}. States are not checked here (a negative density or pressure gives NaN wave speeds);
 * {@link CompressibleSolver} stops on them.
 *
 * @param dimension 1 or 2
 * @param gamma the ratio of specific heats {@code γ > 1} (1.4 for air, 5/3 in PDEBench)
 */
public record EulerEquations(int dimension, double gamma) implements ConservationLaw,
    PrimitiveVariables {

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the parameter, in one line
   */
  public EulerEquations {
    if (dimension != 1 && dimension != 2) {
      throw new GalerkinException("Euler equations in " + dimension + "D are not supported; use 1"
          + " or 2");
    }
    if (!(gamma > 1) || !Double.isFinite(gamma)) {
      throw new GalerkinException("--gamma = " + gamma + " is out of range; the ratio of specific"
          + " heats must be > 1 (5/3 monatomic, 1.4 diatomic)");
    }
  }

  @Override
  public int variables() {
    return 2 + dimension;
  }

  /** @return the index of the energy {@code E} in a state */
  public int energy() {
    return 1 + dimension;
  }

  /** @return the pressure {@code (γ − 1)(E − ρ|u|²/2)} of the state at {@code offset} */
  public double pressure(double[] q, int offset) {
    double rho = q[offset];
    double kinetic = 0;
    for (int d = 1; d <= dimension; d++) {
      kinetic += q[offset + d] * q[offset + d];
    }
    return (gamma - 1) * (q[offset + 1 + dimension] - 0.5 * kinetic / rho);
  }

  @Override
  public void flux(int axis, double[] q, int offset, double[] f) {
    double rho = q[offset];
    double un = q[offset + 1 + axis] / rho;
    double p = pressure(q, offset);
    f[0] = rho * un;
    for (int d = 1; d <= dimension; d++) {
      f[d] = q[offset + d] * un;
    }
    f[1 + axis] += p;
    f[1 + dimension] = (q[offset + 1 + dimension] + p) * un;
  }

  @Override
  public void waveSpeeds(int axis, double[] q, int offset, double[] speeds) {
    double rho = q[offset];
    double un = q[offset + 1 + axis] / rho;
    double c = Math.sqrt(gamma * pressure(q, offset) / rho);
    speeds[0] = un - c;
    speeds[1] = un + c;
  }

  /** @return {@code ρu} (index 1) for x faces, {@code ρv} (index 2) for y faces */
  @Override
  public int normalMomentum(int axis) {
    return 1 + axis;
  }

  @Override
  public void toPrimitive(double[] q, int qOffset, double[] w, int wOffset) {
    double rho = q[qOffset];
    w[wOffset] = rho;
    for (int d = 1; d <= dimension; d++) {
      w[wOffset + d] = q[qOffset + d] / rho;
    }
    w[wOffset + 1 + dimension] = pressure(q, qOffset);
  }

  @Override
  public void toConserved(double[] w, int wOffset, double[] q, int qOffset) {
    double rho = w[wOffset];
    double kinetic = 0;
    q[qOffset] = rho;
    for (int d = 1; d <= dimension; d++) {
      double u = w[wOffset + d];
      q[qOffset + d] = rho * u;
      kinetic += u * u;
    }
    q[qOffset + 1 + dimension] = w[wOffset + 1 + dimension] / (gamma - 1) + 0.5 * rho * kinetic;
  }
}
