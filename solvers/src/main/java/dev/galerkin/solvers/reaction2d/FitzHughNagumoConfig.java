package dev.galerkin.solvers.reaction2d;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.CellGrid;

/**
 * Parameters of {@link FitzHughNagumoSolver}: the PDEBench 2D diffusion–reaction system
 *
 * <pre>
 *   u_t = D_u Δu + R_u(u, v),   R_u = u − u³ − k − v
 *   v_t = D_v Δv + R_v(u, v),   R_v = u − v
 * </pre>
 *
 * on the rectangle of {@code grid} with no-flux sides ({@code ∂u/∂n = ∂v/∂n = 0}). PDEBench's
 * values ({@code pdebench/data_gen/configs/diff-react.yaml}): {@code D_u = 1e-3}, {@code D_v =
 * 5e-3}, {@code k = 5e-3} on {@code (−1, 1)²}, 128² cells; {@link #pdebench(int)}.
 *
 * @param du {@code D_u}, finite and {@code >= 0}, in length²/time
 * @param dv {@code D_v}, finite and {@code >= 0}, in length²/time
 * @param k the constant {@code k} of {@code R_u}, finite
 * @param reactive whether {@code R_u}, {@code R_v} are added; {@code false} leaves pure diffusion
 *     (the conservation test)
 * @param grid a 2D cell grid, at least 4 cells along each axis
 * @param dtMax the longest time step, {@code > 0}
 * @param safety the step's fraction {@code c} of the stability bound, in {@code (0, 2.5]}: {@code
 *     dt = min(dtMax, c / ρ)}, see {@link FitzHughNagumoSolver}
 */
public record FitzHughNagumoConfig(double du, double dv, double k, boolean reactive,
    CellGrid grid, double dtMax, double safety) {

  /** PDEBench's {@code D_u}. */
  public static final double PDEBENCH_DU = 1e-3;
  /** PDEBench's {@code D_v}. */
  public static final double PDEBENCH_DV = 5e-3;
  /** PDEBench's {@code k}. */
  public static final double PDEBENCH_K = 5e-3;
  /** The default step fraction {@code c} of the stability bound. */
  public static final double DEFAULT_SAFETY = 2.0;

  /**
   * Validates the fields.
   *
   * @throws GalerkinException naming the field out of range, in one line
   */
  public FitzHughNagumoConfig {
    if (!(du >= 0) || !Double.isFinite(du) || !(dv >= 0) || !Double.isFinite(dv)) {
      throw new GalerkinException("diffusivities --du = " + du + ", --dv = " + dv + " are out of"
          + " range; each must be finite and >= 0");
    }
    if (!Double.isFinite(k)) {
      throw new GalerkinException("--k = " + k + " is not finite; pass a finite number");
    }
    if (grid == null || grid.dimension() != 2 || grid.nx() < 4 || grid.ny() < 4) {
      throw new GalerkinException("the grid " + (grid == null ? "null" : grid.nx() + " x "
          + grid.ny() + " in " + grid.dimension() + "D") + " is too small; pass a 2D CellGrid of"
          + " at least 4 x 4 cells (--resolution >= 4)");
    }
    if (!(dtMax > 0) || !Double.isFinite(dtMax)) {
      throw new GalerkinException("dtMax = " + dtMax + " is out of range; pass a finite dtMax > 0");
    }
    if (!(safety > 0 && safety <= 2.5)) {
      throw new GalerkinException("safety = " + safety + " is out of range; pass a value in"
          + " (0, 2.5] (RK4 is stable on [-2.78, 0])");
    }
  }

  /**
   * @param cells cells per side
   * @return PDEBench's system on {@code (−1, 1)²} with {@code cells²} cells, {@code dtMax = 0.05}
   *     (their output spacing), the default safety
   */
  public static FitzHughNagumoConfig pdebench(int cells) {
    return new FitzHughNagumoConfig(PDEBENCH_DU, PDEBENCH_DV, PDEBENCH_K, true,
        CellGrid.rectangle(cells, cells, -1, 1, -1, 1), 0.05, DEFAULT_SAFETY);
  }

  /** @return this configuration with the reaction on or off */
  public FitzHughNagumoConfig withReaction(boolean on) {
    return new FitzHughNagumoConfig(du, dv, k, on, grid, dtMax, safety);
  }

  /** @return this configuration with another longest step */
  public FitzHughNagumoConfig withDtMax(double dt) {
    return new FitzHughNagumoConfig(du, dv, k, reactive, grid, dt, safety);
  }

  /** @return this configuration on another grid */
  public FitzHughNagumoConfig withGrid(CellGrid g) {
    return new FitzHughNagumoConfig(du, dv, k, reactive, g, dtMax, safety);
  }
}
