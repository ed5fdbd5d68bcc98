package dev.galerkin.solvers.finitevolume;

import dev.galerkin.GalerkinException;
import java.util.Objects;

/**
 * The {@link BoundaryKind} of each side of a {@link CellGrid}, and the filling of its ghost cells.
 *
 * <p>Ghost cells are filled along x first (interior rows), then along y over every padded row,
 * so corner ghosts hold a consistent value too.
 *
 * @param xLow the side {@code x = xMin}
 * @param xHigh the side {@code x = xMax}
 * @param yLow the side {@code y = yMin} (ignored in 1D)
 * @param yHigh the side {@code y = yMax} (ignored in 1D)
 */
public record Boundaries(BoundaryKind xLow, BoundaryKind xHigh, BoundaryKind yLow,
    BoundaryKind yHigh) {

  /**
   * Validates that periodic sides come in pairs.
   *
   * @throws GalerkinException in one line naming the axis
   */
  public Boundaries {
    Objects.requireNonNull(xLow, "xLow");
    Objects.requireNonNull(xHigh, "xHigh");
    Objects.requireNonNull(yLow, "yLow");
    Objects.requireNonNull(yHigh, "yHigh");
    if ((xLow == BoundaryKind.PERIODIC) != (xHigh == BoundaryKind.PERIODIC)
        || (yLow == BoundaryKind.PERIODIC) != (yHigh == BoundaryKind.PERIODIC)) {
      throw new GalerkinException("boundaries " + xLow + "/" + xHigh + " (x), " + yLow + "/"
          + yHigh + " (y): a periodic side needs a periodic opposite side; make both periodic");
    }
  }

  /** @return {@code kind} on every side */
  public static Boundaries all(BoundaryKind kind) {
    return new Boundaries(kind, kind, kind, kind);
  }

  /** @return periodic on both axes (a torus) */
  public static Boundaries periodic() {
    return all(BoundaryKind.PERIODIC);
  }

  /** @return the kind of side {@code high ? max : min} of {@code axis} */
  public BoundaryKind side(int axis, boolean high) {
    return axis == 0 ? (high ? xHigh : xLow) : (high ? yHigh : yLow);
  }

  /**
   * Fills the ghost cells of a padded state.
   *
   * @param grid the grid
   * @param q the padded state, {@code m} variables per cell; its ghost cells are modified
   * @param m variables per cell
   * @param normalMomentum per axis, the variable negated at a reflective side of that axis, or
   *     −1 for none (a scalar such as the bathymetry)
   */
  public void fill(CellGrid grid, double[] q, int m, int[] normalMomentum) {
    for (int j = 0; j < grid.ny(); j++) {
      fillLine(grid, q, m, 0, grid.cell(0, j), normalMomentum[0]);
    }
    if (grid.dimension() == 2) {
      for (int i = -CellGrid.GHOSTS; i < grid.nx() + CellGrid.GHOSTS; i++) {
        fillLine(grid, q, m, 1, grid.cell(i, 0), normalMomentum[1]);
      }
    }
  }

  /** Fills the {@code 2G} ghosts of the line along {@code axis} from interior cell {@code first}. */
  private void fillLine(CellGrid grid, double[] q, int m, int axis, int first, int normal) {
    int n = grid.cells(axis);
    int s = grid.stride(axis);
    for (int g = 1; g <= CellGrid.GHOSTS; g++) {
      copy(q, m, side(axis, false), first - g * s, first + (n - g) * s, first + (g - 1) * s,
          normal);
      copy(q, m, side(axis, true), first + (n - 1 + g) * s, first + (g - 1) * s,
          first + (n - g) * s, normal);
    }
  }

  /** Ghost {@code ghost} from {@code periodicSource} or {@code mirrorSource}, by {@code kind}. */
  private static void copy(double[] q, int m, BoundaryKind kind, int ghost, int periodicSource,
      int mirrorSource, int normal) {
    int from = kind == BoundaryKind.PERIODIC ? periodicSource : mirrorSource;
    System.arraycopy(q, from * m, q, ghost * m, m);
    if (kind == BoundaryKind.REFLECTIVE && normal >= 0) {
      q[ghost * m + normal] = -q[ghost * m + normal];
    }
  }
}
