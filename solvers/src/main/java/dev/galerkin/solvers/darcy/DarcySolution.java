package dev.galerkin.solvers.darcy;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Grid2D;

/**
 * The pressure field of one Darcy solve and how the solver got there.
 *
 * @param grid the grid of the solve, not null
 * @param u the solution at every node, flat row-major {@code u[i * ny + j] = u(x_i, y_j)}, length
 *     {@code nx * ny}, zero on the boundary nodes and outside a {@link DarcyMask} (copied in and
 *     out)
 * @param iterations conjugate-gradient iterations taken, {@code >= 0} (0 when {@code f} is zero)
 * @param relativeResidual the final true relative residual {@code ‖b − A u‖₂ / ‖b‖₂} of the
 *     discrete system (0 when {@code f} is zero)
 * @param residualHistory the recurrence's relative residual before the first iteration ({@code 1})
 *     and after each iteration, length {@code iterations + 1} (copied in and out)
 * @param multigridLevels levels of the preconditioner's hierarchy, fine and coarsest included
 * @param coarsestUnknowns unknowns of the coarsest level, solved by banded Cholesky
 */
public record DarcySolution(
    Grid2D grid,
    double[] u,
    int iterations,
    double relativeResidual,
    double[] residualHistory,
    int multigridLevels,
    int coarsestUnknowns) {

  /**
   * Validates shapes and copies the arrays.
   *
   * @throws GalerkinException if a field is null or inconsistent
   */
  public DarcySolution {
    if (grid == null) {
      throw new GalerkinException("DarcySolution.grid is null");
    }
    if (u == null || u.length != grid.nodes()) {
      throw new GalerkinException(
          "DarcySolution.u has length "
              + (u == null ? "null" : String.valueOf(u.length))
              + "; expected nx * ny = "
              + grid.nodes());
    }
    if (iterations < 0) {
      throw new GalerkinException("DarcySolution.iterations = " + iterations + "; must be >= 0");
    }
    if (residualHistory == null || residualHistory.length != iterations + 1) {
      throw new GalerkinException(
          "DarcySolution.residualHistory has length "
              + (residualHistory == null ? "null" : String.valueOf(residualHistory.length))
              + "; expected iterations + 1 = "
              + (iterations + 1));
    }
    u = u.clone();
    residualHistory = residualHistory.clone();
  }

  /** @return a copy of the nodal solution, layout {@code u[i * ny + j]} */
  @Override
  public double[] u() {
    return u.clone();
  }

  /**
   * The solution at every {@code stride}-th node, as {@link Grid2D#subsample(double[], int)} of
   * {@link #u()} but without copying the whole field first.
   *
   * @param stride the subsampling factor of both axes
   * @return a new field on {@code grid().subsample(stride, stride)}
   */
  public double[] subsample(int stride) {
    return grid.subsample(u, stride);
  }

  /** @return a copy of the residual history */
  @Override
  public double[] residualHistory() {
    return residualHistory.clone();
  }

  /**
   * @param i x index
   * @param j y index
   * @return {@code u(x_i, y_j)}
   */
  public double valueAt(int i, int j) {
    return u[grid.index(i, j)];
  }

  /** @return {@code max |u|} over the nodes */
  public double maxAbs() {
    double m = 0.0;
    for (double v : u) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
