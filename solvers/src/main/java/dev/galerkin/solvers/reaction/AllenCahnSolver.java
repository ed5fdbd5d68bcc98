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
 * The Allen–Cahn equation on a periodic interval,
 *
 * <pre>
 *   u_t = ε u_xx + u - u³ + f(x, t),   x ∈ [x0, x0 + length) periodic,
 * </pre>
 *
 * with {@code f = 0} unless a {@link Source1D} is given (manufactured solutions). This is the
 * periodic version of Kassam and Trefethen's example (2005: {@code ε = 0.01} on {@code [-1, 1]}
 * with Dirichlet data {@code u(±1) = ±1}, which this solver does not do). Solved by the Fourier
 * pseudo-spectral method with ETDRK4 ({@link Etdrk4Solver1D}): {@code L = ε ∂²}, symbol {@code -ε
 * k²}; {@code N = u - u³ + f}. The cubic term is de-aliased by the 1/2 rule by default ({@link
 * AllenCahnConfig}), which is exact for cubics; 2/3 truncation is not. Spectrally accurate in
 * space, fourth order in time for smooth solutions.
 *
 * <p>Reusable across samples, not thread-safe: one instance per thread.
 */
public final class AllenCahnSolver {

  private final AllenCahnConfig config;
  private final Etdrk4Solver1D solver;

  /**
   * @param config parameters and discretisation, not null
   */
  public AllenCahnSolver(AllenCahnConfig config) {
    this(config, null);
  }

  /**
   * @param config parameters and discretisation, not null
   * @param source a forcing {@code f(x, t)} on the right-hand side, or null for none
   */
  public AllenCahnSolver(AllenCahnConfig config, Source1D source) {
    if (config == null) {
      throw new GalerkinException("AllenCahnSolver.config is null; use AllenCahnConfig.builder()");
    }
    this.config = config;
    this.solver = new Etdrk4Solver1D(new Pde(config.epsilon()), config.discretisation(), source);
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
  public AllenCahnConfig config() {
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

  /** {@code u_t = ε u_xx + u - u³}. */
  private record Pde(double epsilon) implements SemilinearPde1D {
    @Override
    public String name() {
      return "Allen-Cahn 1D (eps = " + epsilon + ")";
    }

    @Override
    public double linearSymbol(double k) {
      return -epsilon * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      for (int i = 0; i < u.length; i++) {
        double ui = u[i];
        nHat[i] = ui - ui * ui * ui;
      }
      fourier.forward(nHat);
    }
  }
}
