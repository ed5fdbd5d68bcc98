package dev.galerkin.solvers.reaction;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.spectral.Etdrk4Solver1D;
import dev.galerkin.solvers.spectral.PeriodicFourier1D;
import dev.galerkin.solvers.spectral.SemilinearPde1D;
import dev.galerkin.solvers.spectral.Source1D;
import dev.galerkin.solvers.Trajectory;

/**
 * The 1D diffusion–reaction equation with logistic (Fisher–KPP) reaction of PDEBench (Takamoto et
 * al., "PDEBench: an extensive benchmark for scientific machine learning", NeurIPS 2022 Datasets
 * and Benchmarks),
 *
 * <pre>
 *   u_t - ν u_xx - ρ u (1 - u) = f(x, t),   x ∈ [x0, x0 + length) periodic,
 * </pre>
 *
 * with {@code f = 0} unless a {@link Source1D} is given (manufactured solutions). Solved by the
 * Fourier pseudo-spectral method (2/3-rule de-aliasing by default) with ETDRK4 ({@link
 * Etdrk4Solver1D}): {@code L = ν ∂²}, symbol {@code -ν k²}; {@code N = ρ u (1 - u) + f}. Spectrally
 * accurate in space and fourth order in time for smooth solutions. (PDEBench's own data come from a
 * finite-volume scheme on 1024 cell centres {@code (i + 1/2)/1024}: to sample there, use {@code
 * origin(0.5 / 1024)}; the equation is translation invariant.)
 *
 * <p>Reusable across samples, not thread-safe: one instance per thread.
 */
public final class DiffusionReactionSolver {

  private final DiffusionReactionConfig config;
  private final Etdrk4Solver1D solver;

  /**
   * @param config parameters and discretisation, not null
   */
  public DiffusionReactionSolver(DiffusionReactionConfig config) {
    this(config, null);
  }

  /**
   * @param config parameters and discretisation, not null
   * @param source a forcing {@code f(x, t)} on the right-hand side, or null for none
   */
  public DiffusionReactionSolver(DiffusionReactionConfig config, Source1D source) {
    if (config == null) {
      throw new GalerkinException(
          "DiffusionReactionSolver.config is null; use DiffusionReactionConfig.builder()");
    }
    this.config = config;
    this.solver =
        new Etdrk4Solver1D(
            new Pde(config.diffusivity(), config.rate()), config.discretisation(), source);
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
  public DiffusionReactionConfig config() {
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

  /** {@code u_t = ν u_xx + ρ u (1 - u)}. */
  private record Pde(double diffusivity, double rate) implements SemilinearPde1D {
    @Override
    public String name() {
      return "Diffusion-reaction 1D (nu = " + diffusivity + ", rho = " + rate + ")";
    }

    @Override
    public double linearSymbol(double k) {
      return -diffusivity * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      for (int i = 0; i < u.length; i++) {
        nHat[i] = rate * u[i] * (1 - u[i]);
      }
      fourier.forward(nHat);
    }
  }
}
