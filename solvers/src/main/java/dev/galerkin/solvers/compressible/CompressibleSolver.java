package dev.galerkin.solvers.compressible;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.PrimitiveFaces;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;
import dev.galerkin.solvers.finitevolume.SspRk3;

/**
 * A second-order finite-volume solver of the compressible Euler equations (1D and 2D) and of
 * PDEBench's compressible Navier–Stokes equations (1D and 2D) ({@link CompressibleConfig}, {@link
 * ViscousOperator}), built on the finite-volume kit: MUSCL reconstruction of the primitive
 * variables {@code (ρ, u, [v,] p)} ({@link PrimitiveFaces}), the {@link HllcFlux}, SSP-RK3 with
 * CFL-chosen steps (the diffusive limit included when {@code μ > 0}).
 *
 * <p>Fields are cell averages, unpadded, row-major: conserved {@code q} {@code [nx, m]} in 1D
 * ({@code (ρ, ρv, E)}), {@code [nx, ny, m]} in 2D; {@link #solve} takes and returns primitive
 * fields {@code (ρ, v, p)} as PDEBench stores them. After every step each cell's density and
 * pressure must be positive (and finite), otherwise the run stops with a one-line {@link
 * SolverException} naming the sample, the step, the time and the cell; there is no floor (PDEBench
 * floors the pressure at {@code 1e-4}). Not thread-safe; one solver per thread.
 */
public final class CompressibleSolver {
  private final CellGrid grid;
  private final Boundaries boundaries;
  private final CompressibleConfig config;
  private final EulerEquations law;
  private final int m;
  private long maxSteps = 50_000_000L;

  /**
   * @param grid the grid (1D or 2D)
   * @param boundaries the kind of each side
   * @param config γ, viscosities, CFL number, limiter
   */
  public CompressibleSolver(CellGrid grid, Boundaries boundaries, CompressibleConfig config) {
    this.grid = grid;
    this.boundaries = boundaries;
    this.config = config;
    this.law = config.equations(grid.dimension());
    this.m = law.variables();
  }

  /** @return the grid */
  public CellGrid grid() {
    return grid;
  }

  /** @return the Euler equations solved */
  public EulerEquations law() {
    return law;
  }

  /**
   * @param steps the most time steps one {@link #advance} may take before it fails
   * @return this solver
   */
  public CompressibleSolver maxSteps(long steps) {
    this.maxSteps = steps;
    return this;
  }

  /** @return the semi-discrete operator on padded conserved states ({@link CellGrid#pad}) */
  public SemiDiscreteOperator operator() {
    FiniteVolumeScheme scheme = new FiniteVolumeScheme(grid, boundaries, law,
        new PrimitiveFaces(law, law, new HllcFlux(law)), config.limiter());
    return config.normalViscosity() > 0 ? new ViscousOperator(scheme, config.eta(),
        config.zeta()) : scheme;
  }

  /** @return the conserved fields of primitive fields {@code w} (same layout), not modified */
  public double[] conserved(double[] w) {
    double[] q = new double[w.length];
    for (int c = 0; c < w.length / m; c++) {
      law.toConserved(w, c * m, q, c * m);
    }
    return q;
  }

  /** @return the primitive fields of conserved fields {@code q} (same layout), not modified */
  public double[] primitive(double[] q) {
    double[] w = new double[q.length];
    for (int c = 0; c < q.length / m; c++) {
      law.toPrimitive(q, c * m, w, c * m);
    }
    return w;
  }

  /**
   * @param q unpadded conserved fields, not modified
   * @return the totals {@code Σ q_k·dx·dy} of each conserved variable (mass, momenta, energy)
   */
  public double[] totals(double[] q) {
    double[] s = new double[m];
    for (int c = 0; c < q.length / m; c++) {
      for (int k = 0; k < m; k++) {
        s[k] += q[c * m + k];
      }
    }
    for (int k = 0; k < m; k++) {
      s[k] *= grid.cellVolume();
    }
    return s;
  }

  /**
   * Marches a padded conserved state from {@code t} to {@code tEnd}.
   *
   * @param op the operator ({@link #operator()})
   * @param rk the time stepper of {@code op}
   * @param q the padded state at {@code t}; modified to the state at {@code tEnd}
   * @param t the current time
   * @param tEnd the time to reach, {@code >= t}
   * @param label what is solved, for messages (for example {@code "compressible-ns-1d sample 3"})
   * @throws SolverException if a density or pressure stops being positive, or the steps run out
   */
  public void advance(SemiDiscreteOperator op, SspRk3 rk, double[] q, double t, double tEnd,
      String label) {
    long start = rk.steps();
    while (t < tEnd) {
      double dt = op.maxTimeStep(q, config.cfl());
      if (!(dt > 0)) {
        throw new SolverException(label + ": the CFL step at t = " + t + " is " + dt + " after "
            + rk.steps() + " steps; lower --cfl");
      }
      if (rk.steps() - start >= maxSteps) {
        throw new SolverException(label + ": reaching t = " + tEnd + " needs more than " + maxSteps
            + " steps (at t = " + t + ", dt = " + dt + "); lower the viscosity or the resolution");
      }
      boolean last = t + dt * (1 + 1e-9) >= tEnd;
      if (last) {
        dt = tEnd - t;
      }
      rk.step(q, dt);
      t = last ? tEnd : t + dt;
      checkPositive(q, rk.steps(), t, label);
    }
  }

  /**
   * Solves from primitive fields {@code w0} at {@code t = 0}.
   *
   * @param w0 the initial {@code (ρ, v, p)} ({@code (ρ, u, v, p)} in 2D) cell averages, not
   *     modified
   * @param times output times, {@code 0 <= t_0 < t_1 < …}
   * @param label what is solved, for messages
   * @return primitive frames {@code [T, nx, m]} (1D) or {@code [T, nx, ny, m]} (2D)
   * @throws GalerkinException if an input is malformed; {@link SolverException} if the state
   *     stops being admissible
   */
  public Trajectory solve(double[] w0, double[] times, String label) {
    CellGrid.checkLength(w0, grid.interiorCells() * m, "initial state");
    checkTimes(times);
    long start = System.nanoTime();
    SemiDiscreteOperator op = operator();
    SspRk3 rk = new SspRk3(op);
    double[] q = grid.pad(conserved(w0), m);
    checkPositive(q, 0, 0, label);
    int frame = grid.interiorCells() * m;
    double[] values = new double[times.length * frame];
    double t = 0;
    for (int k = 0; k < times.length; k++) {
      advance(op, rk, q, t, times[k], label);
      t = times[k];
      System.arraycopy(primitive(grid.interior(q, m)), 0, values, k * frame, frame);
    }
    int[] shape = grid.dimension() == 2 ? new int[] {grid.nx(), grid.ny(), m}
        : new int[] {grid.nx(), m};
    return new Trajectory(times, values, shape, new Trajectory.Diagnostics(rk.steps(),
        config.cfl(), rk.minDt(), Double.NaN, (System.nanoTime() - start) / 1e9));
  }

  /** Fails in one line at the first interior cell whose density or pressure is not positive. */
  private void checkPositive(double[] q, long step, double t, String label) {
    for (int i = 0; i < grid.nx(); i++) {
      for (int j = 0; j < grid.ny(); j++) {
        int off = grid.cell(i, j) * m;
        double rho = q[off];
        double p = law.pressure(q, off);
        if (!(rho > 0) || !(p > 0) || !Double.isFinite(rho + p)) {
          String cell = grid.dimension() == 2 ? "(" + i + ", " + j + ")" : String.valueOf(i);
          throw new SolverException(label + ": " + (rho > 0 ? "pressure p = " + p : "density rho = "
              + rho) + " at step " + step + ", t = " + t + ", cell " + cell + " is not positive;"
              + " lower --cfl or raise the resolution");
        }
      }
    }
  }

  private static void checkTimes(double[] times) {
    if (times == null || times.length == 0) {
      throw new GalerkinException("no output times; pass at least one time >= 0");
    }
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= 0) || !Double.isFinite(times[k]) || (k > 0 && !(times[k] > times[k - 1]))) {
        throw new GalerkinException("output time " + k + " = " + times[k] + " is not finite,"
            + " negative or not increasing; pass 0 <= t_0 < t_1 < ...");
      }
    }
  }
}
