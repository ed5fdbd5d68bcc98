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
 * The 1D diffusion–reaction (Fisher-type) equation with a polynomial reaction,
 *
 * <pre>
 *   u_t - ν u_xx - R(u) = f(x, t),   R(u) = Σ_{k=0..K} c_k u^k,   x ∈ [x0, x0 + length) periodic,
 * </pre>
 *
 * with {@code f = 0} unless a {@link Source1D} is given (manufactured solutions). The logistic case
 * {@code R = ρ u (1 − u)} is the 1D diffusion–reaction problem of PDEBench (Takamoto et al.,
 * "PDEBench: an extensive benchmark for scientific machine learning", NeurIPS 2022 Datasets and
 * Benchmarks); several forms together are the Fisher tasks of the multi-task DeepONet (Kumar et
 * al. 2024). Solved by the Fourier pseudo-spectral method with ETDRK4 ({@link Etdrk4Solver1D}; Cox
 * and Matthews, J. Comput. Phys. 176, 2002; Kassam and Trefethen, SIAM J. Sci. Comput. 26, 2005):
 * {@code L = ν ∂²}, symbol {@code -ν k²}; {@code N = R(u) + f}, evaluated at the nodes by Horner's
 * rule. De-aliasing defaults to the rule exact for degree {@code K} ({@link
 * dev.galerkin.solvers.spectral.Dealiasing#exactFor(int)}: 2/3 up to quadratic, 1/2 for cubic);
 * with a coarser rule the product aliases at the level of the truncation error. Spectrally accurate
 * in space and fourth order in time for smooth solutions (measured for the logistic and the cubic
 * {@code u − u³} reactions in the tests). For {@code c = (0, ρ, −ρ)} the results equal those of
 * the former logistic-only solver to round-off ({@code ρu − ρu²} against {@code ρu(1 − u)}, below
 * 1e-12). (PDEBench's own data come from a
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
            new Pde(config.diffusivity(), config.reaction()), config.discretisation(), source);
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

  /** {@code u_t = ν u_xx + R(u)}. */
  private record Pde(double diffusivity, PolynomialReaction reaction) implements SemilinearPde1D {
    @Override
    public String name() {
      return "Diffusion-reaction 1D (nu = " + diffusivity + (reaction.isLogistic()
          ? ", rho = " + reaction.coefficient(1) : ", R(u) = " + reaction.formula()) + ")";
    }

    @Override
    public double linearSymbol(double k) {
      return -diffusivity * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      reaction.apply(u, nHat);
      fourier.forward(nHat);
    }
  }
}
