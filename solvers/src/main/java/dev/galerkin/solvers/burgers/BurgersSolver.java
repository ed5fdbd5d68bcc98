package dev.galerkin.solvers.burgers;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.spectral.Etdrk4Solver1D;
import dev.galerkin.solvers.spectral.PeriodicFourier1D;
import dev.galerkin.solvers.spectral.SemilinearPde1D;
import dev.galerkin.solvers.Trajectory;

/**
 * The viscous Burgers equation on a periodic interval,
 *
 * <pre>
 *   u_t + (u²/2)_x = ν u_xx,   x ∈ [x0, x0 + length) periodic,
 * </pre>
 *
 * solved by the Fourier pseudo-spectral method (conservative flux, 2/3-rule de-aliasing by default)
 * with ETDRK4 time stepping ({@link Etdrk4Solver1D}): {@code L = ν ∂²} with symbol {@code -ν k²},
 * {@code N̂ = -ik FFT(u²/2)}. This is the equation of the FNO Burgers benchmark (Li et al.,
 * "Fourier neural operator for parametric partial differential equations", ICLR 2021: {@code [0,
 * 1)}, {@code ν = 0.1}, {@code T = 1}, 8192 nodes subsampled for training). Spectrally accurate in
 * space and fourth order in time for smooth solutions (tested against the exact Cole–Hopf
 * solution).
 *
 * <p>Reusable across samples (coefficients computed once per step size), not thread-safe: one
 * instance per thread.
 */
public final class BurgersSolver {

  private final BurgersConfig config;
  private final Etdrk4Solver1D solver;

  /**
   * @param config viscosity and discretisation, not null
   */
  public BurgersSolver(BurgersConfig config) {
    if (config == null) {
      throw new GalerkinException("BurgersSolver.config is null; use BurgersConfig.builder()");
    }
    this.config = config;
    this.solver = new Etdrk4Solver1D(new Pde(config.viscosity()), config.discretisation());
  }

  /**
   * @param u0 the initial field at the grid nodes, length {@code nodes}, finite; not modified
   * @param outputTimes finite, {@code >= 0}, strictly increasing; not modified
   * @return the field at the output times, shape {@code [T, nodes]}
   * @throws GalerkinException if an argument is out of range
   * @throws SolverException if the solution becomes NaN or infinite
   */
  public Trajectory solve(double[] u0, double[] outputTimes) {
    return solver.solve(u0, outputTimes);
  }

  /**
   * @return the configuration
   */
  public BurgersConfig config() {
    return config;
  }

  /**
   * @return the grid
   */
  public Grid1D grid() {
    return config.grid();
  }

  /**
   * @return the underlying ETDRK4 solver (transform counters, coefficients)
   */
  public Etdrk4Solver1D etdrk4() {
    return solver;
  }

  /** {@code u_t = ν u_xx - (u²/2)_x}. */
  private record Pde(double viscosity) implements SemilinearPde1D {
    @Override
    public String name() {
      return "Burgers 1D (nu = " + viscosity + ")";
    }

    @Override
    public double linearSymbol(double k) {
      return -viscosity * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      for (int i = 0; i < u.length; i++) {
        nHat[i] = -0.5 * u[i] * u[i];
      }
      fourier.forward(nHat);
      fourier.differentiate(nHat);
    }
  }
}
