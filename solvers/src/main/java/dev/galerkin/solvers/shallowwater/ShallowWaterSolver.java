package dev.galerkin.solvers.shallowwater;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.HllFlux;
import dev.galerkin.solvers.finitevolume.SspRk3;

/**
 * A positive, well-balanced, second-order finite-volume solver of the shallow-water equations
 * with bathymetry ({@link ShallowWaterEquations}) on a 1D or 2D {@link CellGrid}: MUSCL
 * reconstruction of {@code (h, u, v, h + b)}, the hydrostatic reconstruction of Audusse et al.
 * (2004, {@link HydrostaticReconstruction}), the HLL flux, SSP-RK3 time stepping with CFL-chosen
 * steps. In 1D the state is still {@code (h, hu, hv)} and {@code hv} is passive (0 if it starts 0).
 *
 * <p>Fields are cell averages, unpadded, row-major: {@code q} {@code [nx, ny, 3]} in 2D ({@code
 * q[(i·ny + j)·3 + k]} at cell {@code (i, j)}, {@code k = 0, 1, 2} for {@code h, hu, hv}), {@code
 * [nx, 3]} in 1D; the bathymetry {@code [nx, ny]} or {@code [nx]}. Verified (tests beside it):
 * mass conserved to round-off, a lake at rest kept to round-off over smooth, discontinuous and
 * emerging beds, first-order L1 convergence to the exact Stoker and Ritter dam breaks, second
 * order on smooth flow. Not thread-safe; one solver per thread.
 */
public final class ShallowWaterSolver {
  private final CellGrid grid;
  private final Boundaries boundaries;
  private final ShallowWaterConfig config;
  private final ShallowWaterEquations law;
  private long maxSteps = 10_000_000L;

  /**
   * @param grid the grid (1D or 2D)
   * @param boundaries the kind of each side
   * @param config gravity, dry depth, CFL number and limiter
   */
  public ShallowWaterSolver(CellGrid grid, Boundaries boundaries, ShallowWaterConfig config) {
    this.grid = grid;
    this.boundaries = boundaries;
    this.config = config;
    this.law = config.equations();
  }

  /** @return the grid */
  public CellGrid grid() {
    return grid;
  }

  /** @return the configuration */
  public ShallowWaterConfig config() {
    return config;
  }

  /**
   * @param steps the most time steps one {@link #solve} may take before it fails
   * @return this solver
   */
  public ShallowWaterSolver maxSteps(long steps) {
    this.maxSteps = steps;
    return this;
  }

  /**
   * The scheme of one bathymetry, for callers that step it themselves.
   *
   * @param bathymetry {@code b} at the cells, not modified
   * @return the semi-discrete operator on padded states ({@link CellGrid#pad})
   */
  public FiniteVolumeScheme scheme(double[] bathymetry) {
    CellGrid.checkLength(bathymetry, grid.interiorCells(), "bathymetry");
    return new FiniteVolumeScheme(grid, boundaries, law, new HydrostaticReconstruction(law,
        new HllFlux(law), grid, boundaries, bathymetry), config.limiter());
  }

  /**
   * Solves from {@code q0} at {@code t = 0}.
   *
   * @param bathymetry {@code b} at the cells, not modified
   * @param q0 the initial {@code (h, hu, hv)} cell averages, {@code h >= 0}, not modified
   * @param times output times, {@code 0 <= t_0 < t_1 < …} ({@code t_0 = 0} stores {@code q0})
   * @return the frames {@code [T, nx, ny, 3]} (2D) or {@code [T, nx, 3]} (1D)
   * @throws GalerkinException if an input is malformed; {@link dev.galerkin.solvers.SolverException}
   *     if the state stops being finite
   */
  public Trajectory solve(double[] bathymetry, double[] q0, double[] times) {
    CellGrid.checkLength(q0, grid.interiorCells() * 3, "initial state q0");
    for (int c = 0; c < grid.interiorCells(); c++) {
      if (!(q0[3 * c] >= 0) || !Double.isFinite(q0[3 * c + 1]) || !Double.isFinite(q0[3 * c + 2])) {
        throw new GalerkinException("the initial state at cell " + c + " is (" + q0[3 * c] + ", "
            + q0[3 * c + 1] + ", " + q0[3 * c + 2] + "); pass a finite state with depth h >= 0");
      }
    }
    checkTimes(times);
    long start = System.nanoTime();
    FiniteVolumeScheme scheme = scheme(bathymetry);
    SspRk3 rk = new SspRk3(scheme);
    double[] q = grid.pad(q0, 3);
    scheme.enforceAdmissible(q);
    int frame = grid.interiorCells() * 3;
    double[] values = new double[times.length * frame];
    double t = 0;
    for (int k = 0; k < times.length; k++) {
      rk.advance(q, t, times[k], config.cfl(), Double.POSITIVE_INFINITY, maxSteps);
      t = times[k];
      System.arraycopy(grid.interior(q, 3), 0, values, k * frame, frame);
    }
    int[] shape = grid.dimension() == 2 ? new int[] {grid.nx(), grid.ny(), 3}
        : new int[] {grid.nx(), 3};
    return new Trajectory(times, values, shape, new Trajectory.Diagnostics(rk.steps(),
        config.cfl(), rk.minDt(), Double.NaN, (System.nanoTime() - start) / 1e9));
  }

  /**
   * @param q cell averages {@code [nx, ny, 3]} or {@code [nx, 3]}, not modified
   * @return the mass {@code Σ h·dx·dy}
   */
  public double mass(double[] q) {
    double s = 0;
    for (int c = 0; c < q.length / 3; c++) {
      s += q[3 * c];
    }
    return s * grid.cellVolume();
  }

  private static void checkTimes(double[] times) {
    if (times == null || times.length == 0) {
      throw new GalerkinException("no output times; pass at least one time >= 0");
    }
    double prev = -1;
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= 0) || !Double.isFinite(times[k]) || (k > 0 && !(times[k] > prev))) {
        throw new GalerkinException("output time " + k + " = " + times[k] + " is not finite,"
            + " negative or not increasing; pass 0 <= t_0 < t_1 < ...");
      }
      prev = times[k];
    }
  }
}
