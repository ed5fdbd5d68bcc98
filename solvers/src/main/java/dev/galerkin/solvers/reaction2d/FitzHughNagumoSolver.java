package dev.galerkin.solvers.reaction2d;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.BoundaryKind;
import dev.galerkin.solvers.finitevolume.CellGrid;

/**
 * The 2D diffusion–reaction system of PDEBench (Takamoto et al., "PDEBench: An Extensive Benchmark
 * for Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; their {@code
 * sim_diff_react.py}), the FitzHugh–Nagumo activator–inhibitor pair of {@link
 * FitzHughNagumoConfig}, on a rectangle with no-flux sides.
 *
 * <p><b>Space.</b> Cell-centred finite volumes on a {@link CellGrid}: the unknowns are the values
 * at the cell centres, the diffusive flux through a face is {@code D (q_E − q_C)/dx}, and the
 * no-flux sides are imposed by mirrored ghost cells ({@link BoundaryKind#TRANSMISSIVE}: the ghost
 * copies the interior cell next to the side, so the face difference, hence the flux, is zero).
 * This is the five-point Laplacian with the boundary rows PDEBench's sparse matrix has; the face
 * fluxes cancel in pairs, so with the reaction off the total of each field is conserved to
 * round-off. Second order in space (measured in {@code FitzHughNagumoSolverTest}).
 *
 * <p><b>Time.</b> The classical fourth-order Runge–Kutta method, explicit: the diffusion is mild
 * ({@code D ≤ 5e-3}), so its step limit is far from the output spacing. Each step is {@code dt =
 * min(dtMax, c/ρ)}, with {@code c} the configured safety (default 2, inside RK4's real stability
 * interval {@code [−2.78, 0]}) and {@code ρ = 4 max(D_u, D_v)(1/dx² + 1/dy²) + 3 max|u|² + 2} a
 * bound on the spectral radius of the Jacobian: the first term bounds the Laplacian's, the second
 * the reaction's {@code [[1 − 3u², −1], [1, −1]]}. {@code ρ} is taken anew from the state before
 * every step, and the last step before an output time is shortened to land on it. PDEBench itself
 * uses SciPy's adaptive RK45 ({@code solve_ivp} with its default tolerances, rtol 1e-3).
 *
 * <p><b>Layout.</b> States are {@code [nx, ny, 2]} row-major, x the slow index, channel 0 = u,
 * 1 = v ({@link CellGrid#interior}). The solve is sequential and deterministic: the same input
 * gives the same bits whatever the number of generator threads. Reusable across samples, not thread-safe (work
 * arrays): one instance per thread.
 */
public final class FitzHughNagumoSolver {
  /** The most steps between two output times before the solve gives up. */
  private static final long MAX_STEPS_PER_OUTPUT = 10_000_000L;
  private static final int[] NO_NORMAL = {-1, -1};

  private final FitzHughNagumoConfig config;
  private final ReactionSource2D source;
  private final CellGrid grid;
  private final Boundaries sides = Boundaries.all(BoundaryKind.TRANSMISSIVE);
  private final double[] stage;
  private final double[] acc;
  private final double[] dq;
  private final double[] xs;
  private final double[] ys;
  private long steps;
  private double minDt;

  /** @param config the system and its discretisation, not null */
  public FitzHughNagumoSolver(FitzHughNagumoConfig config) {
    this(config, null);
  }

  /**
   * @param config the system and its discretisation, not null
   * @param source a forcing added to the right-hand sides, or null for none
   */
  public FitzHughNagumoSolver(FitzHughNagumoConfig config, ReactionSource2D source) {
    if (config == null) {
      throw new GalerkinException("FitzHughNagumoSolver.config is null; pass"
          + " FitzHughNagumoConfig.pdebench(128) or a FitzHughNagumoConfig");
    }
    this.config = config;
    this.source = source;
    this.grid = config.grid();
    int n = 2 * grid.paddedCells();
    this.stage = new double[n];
    this.acc = new double[n];
    this.dq = new double[n];
    this.xs = grid.xCentres();
    this.ys = grid.yCentres();
  }

  /** @return the configuration */
  public FitzHughNagumoConfig config() {
    return config;
  }

  /**
   * @param q0 the initial state {@code [nx, ny, 2]} (u, v), finite; not modified
   * @param outputTimes finite, {@code >= 0}, strictly increasing; not modified
   * @param label what is solved, for messages (for example {@code diffusion-reaction-2d sample 3})
   * @return the state at the output times, frames {@code [nx, ny, 2]}
   * @throws GalerkinException if an argument is out of range
   * @throws SolverException in one line naming {@code label}, the step and the time if the state
   *     stops being finite
   */
  public Trajectory solve(double[] q0, double[] outputTimes, String label) {
    CellGrid.checkLength(q0, 2 * grid.interiorCells(), "initial state (u, v)");
    checkTimes(outputTimes);
    for (int c = 0; c < q0.length; c++) {
      if (!Double.isFinite(q0[c])) {
        throw new GalerkinException(label + ": the initial " + (c % 2 == 0 ? "u" : "v") + " = "
            + q0[c] + " at cell " + c / 2 + " is not finite; pass finite values");
      }
    }
    long start = System.nanoTime();
    steps = 0;
    minDt = Double.POSITIVE_INFINITY;
    double[] q = grid.pad(q0, 2);
    int frame = q0.length;
    double[] values = new double[outputTimes.length * frame];
    double t = 0;
    for (int k = 0; k < outputTimes.length; k++) {
      t = advance(q, t, outputTimes[k], label);
      System.arraycopy(grid.interior(q, 2), 0, values, k * frame, frame);
    }
    double seconds = (System.nanoTime() - start) * 1e-9;
    return new Trajectory(outputTimes, values, new int[] {grid.nx(), grid.ny(), 2},
        new Trajectory.Diagnostics(steps, Double.NaN, minDt, Double.NaN, seconds));
  }

  /** Marches the padded state {@code q} from {@code t} to {@code tEnd}; returns {@code tEnd}. */
  private double advance(double[] q, double t, double tEnd, String label) {
    long first = steps;
    while (t < tEnd) {
      double dt = Math.min(config.dtMax(), config.safety() / spectralBound(q));
      if (!(dt > 0) || steps - first >= MAX_STEPS_PER_OUTPUT) {
        throw new SolverException(label + ": the step at t = " + t + " is " + dt + " after "
            + steps + " steps; the state has grown out of range, lower the coefficients");
      }
      boolean last = t + dt * (1 + 1e-9) >= tEnd;   // no round-off sliver of a last step
      if (last) {
        dt = tEnd - t;
      }
      step(q, t, dt);
      steps++;
      minDt = Math.min(minDt, dt);
      t = last ? tEnd : t + dt;
      checkFinite(q, label, t);
    }
    return tEnd;
  }

  /** One classical RK4 step of {@code q} from {@code t}; ghost cells of {@code q} are refreshed. */
  private void step(double[] q, double t, double dt) {
    int n = q.length;
    rhs(q, t, dq);
    for (int c = 0; c < n; c++) {
      acc[c] = q[c] + dt / 6 * dq[c];
      stage[c] = q[c] + dt / 2 * dq[c];
    }
    rhs(stage, t + dt / 2, dq);
    for (int c = 0; c < n; c++) {
      acc[c] += dt / 3 * dq[c];
      stage[c] = q[c] + dt / 2 * dq[c];
    }
    rhs(stage, t + dt / 2, dq);
    for (int c = 0; c < n; c++) {
      acc[c] += dt / 3 * dq[c];
      stage[c] = q[c] + dt * dq[c];
    }
    rhs(stage, t + dt, dq);
    for (int c = 0; c < n; c++) {
      q[c] = acc[c] + dt / 6 * dq[c];
    }
  }

  /**
   * The semi-discrete right-hand side at the interior cells (ghost cells of {@code out} are set to
   * 0); fills the ghost cells of {@code q}.
   */
  void rhs(double[] q, double t, double[] out) {
    sides.fill(grid, q, 2, NO_NORMAL);
    java.util.Arrays.fill(out, 0);
    double ax = 1 / (grid.dx() * grid.dx());
    double ay = 1 / (grid.dy() * grid.dy());
    int sx = 2 * grid.stride(0);
    int sy = 2 * grid.stride(1);
    double du = config.du();
    double dv = config.dv();
    double k = config.k();
    boolean react = config.reactive();
    for (int i = 0; i < grid.nx(); i++) {
      for (int j = 0; j < grid.ny(); j++) {
        int c = 2 * grid.cell(i, j);
        double u = q[c];
        double v = q[c + 1];
        double lu = ax * ((q[c + sx] - u) - (u - q[c - sx])) + ay * ((q[c + sy] - u) - (u - q[c - sy]));
        double lv = ax * ((q[c + sx + 1] - v) - (v - q[c - sx + 1]))
            + ay * ((q[c + sy + 1] - v) - (v - q[c - sy + 1]));
        double fu = du * lu;
        double fv = dv * lv;
        if (react) {
          fu += u - u * u * u - k - v;
          fv += u - v;
        }
        if (source != null) {
          fu += source.value(0, xs[i], ys[j], t);
          fv += source.value(1, xs[i], ys[j], t);
        }
        out[c] = fu;
        out[c + 1] = fv;
      }
    }
  }

  /** {@code ρ} of the class comment for the state {@code q}. */
  private double spectralBound(double[] q) {
    double d = Math.max(config.du(), config.dv());
    double rho = 4 * d * (1 / (grid.dx() * grid.dx()) + 1 / (grid.dy() * grid.dy()));
    if (config.reactive()) {
      double max = 0;
      for (int i = 0; i < grid.nx(); i++) {
        for (int j = 0; j < grid.ny(); j++) {
          double u = q[2 * grid.cell(i, j)];
          max = Math.max(max, u * u);
        }
      }
      rho += 3 * max + 2;
    }
    return rho;
  }

  /** Throws in one line where an interior value of {@code q} is NaN or infinite. */
  private void checkFinite(double[] q, String label, double t) {
    for (int i = 0; i < grid.nx(); i++) {
      for (int j = 0; j < grid.ny(); j++) {
        int c = 2 * grid.cell(i, j);
        for (int m = 0; m < 2; m++) {
          if (!Double.isFinite(q[c + m])) {
            throw new SolverException(label + ": " + (m == 0 ? "u" : "v") + " = " + q[c + m]
                + " at cell (" + i + ", " + j + ") after step " + steps + ", t = " + t
                + "; the solution blew up: check the coefficients (--du, --dv, --k)");
          }
        }
      }
    }
  }

  private static void checkTimes(double[] times) {
    if (times == null || times.length == 0) {
      throw new GalerkinException("outputTimes is empty; pass at least one time >= 0");
    }
    double prev = -1;
    for (int k = 0; k < times.length; k++) {
      if (!Double.isFinite(times[k]) || !(times[k] >= 0) || !(times[k] > prev)) {
        throw new GalerkinException("outputTimes[" + k + "] = " + times[k] + " is out of range;"
            + " pass finite times >= 0, strictly increasing");
      }
      prev = times[k];
    }
  }
}
