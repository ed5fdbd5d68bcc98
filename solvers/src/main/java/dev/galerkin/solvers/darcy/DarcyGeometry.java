package dev.galerkin.solvers.darcy;

import dev.galerkin.meshes.Grid2D;
import java.util.Locale;

/**
 * The domains of the multi-geometry Darcy tasks (Kumar et al., <i>Synergistic learning with
 * multi-task DeepONet for efficient PDE problem solving</i>, 2024), as {@link DarcyMask}s on a
 * grid. Shapes are given in unit coordinates {@code (ξ, η) ∈ [0, 1]²} of the grid's rectangle
 * ({@code ξ = (x − x_0)/(x_1 − x_0)}); a node is inside when its point lies in the open shape.
 * Apart from {@link #SQUARE} every shape keeps a margin of at least 0.05 to the sides, so a
 * layer of mask-0 nodes surrounds it. {@link #SQUARE}, {@link #DISK} and {@link #TRIANGLE} are the
 * training geometries of {@code darcy-geometries}; {@link #L} and {@link #PENTAGON} are held out
 * for transfer.
 */
public enum DarcyGeometry {
  /** The whole rectangle, boundary nodes included: the mask of the unmasked solver. */
  SQUARE,
  /** The disk of radius 0.45 about the centre. */
  DISK,
  /** The equilateral triangle with base {@code η = 0.05}, {@code ξ ∈ [0.05, 0.95]}, apex up. */
  TRIANGLE,
  /** The L: {@code [0.05, 0.95]²} without the upper right quadrant {@code ξ, η > 0.5}. */
  L,
  /** The regular pentagon inscribed in the circle of radius 0.45 about the centre, apex up. */
  PENTAGON;

  /** The radius of {@link #DISK} and the circumradius of {@link #PENTAGON}, in unit coordinates. */
  public static final double RADIUS = 0.45;

  private static final double MARGIN = 0.05;

  /** @return the name on the command line: {@code square}, {@code disk}, {@code l} … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param xi the unit x coordinate
   * @param eta the unit y coordinate
   * @return whether {@code (ξ, η)} lies in the open shape ({@link #SQUARE}: in {@code [0, 1]²})
   */
  public boolean contains(double xi, double eta) {
    double x = xi - 0.5;
    double y = eta - 0.5;
    return switch (this) {
      case SQUARE -> xi >= 0 && xi <= 1 && eta >= 0 && eta <= 1;
      case DISK -> x * x + y * y < RADIUS * RADIUS;
      case TRIANGLE -> {
        double side = 1 - 2 * MARGIN;
        double h = eta - MARGIN;
        double half = side / 2 - h / Math.sqrt(3);
        yield h > 0 && Math.abs(x) < half;
      }
      case L -> xi > MARGIN && xi < 1 - MARGIN && eta > MARGIN && eta < 1 - MARGIN
          && !(xi >= 0.5 && eta >= 0.5);
      case PENTAGON -> insidePentagon(x, y);
    };
  }

  private static boolean insidePentagon(double x, double y) {
    // inside every edge: the apothem R cos(π/5) in each outward normal direction
    double apothem = RADIUS * Math.cos(Math.PI / 5);
    for (int k = 0; k < 5; k++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * k / 5; // normals point down and around
      if (x * Math.cos(angle) + y * Math.sin(angle) >= apothem) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param grid the solver's grid
   * @return the mask of this shape at the grid's nodes, layout {@code [i * ny + j]}
   * @throws dev.galerkin.GalerkinException if the grid is too coarse to hold an interior node of
   *     the shape
   */
  public DarcyMask mask(Grid2D grid) {
    double[] x = grid.xCoordinates();
    double[] y = grid.yCoordinates();
    double x0 = x[0];
    double lx = x[x.length - 1] - x0;
    double y0 = y[0];
    double ly = y[y.length - 1] - y0;
    double[] m = new double[x.length * y.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        m[i * y.length + j] = contains((x[i] - x0) / lx, (y[j] - y0) / ly) ? 1 : 0;
      }
    }
    return new DarcyMask(x.length, y.length, m);
  }
}
