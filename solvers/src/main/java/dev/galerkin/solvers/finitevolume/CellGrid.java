package dev.galerkin.solvers.finitevolume;

import dev.galerkin.GalerkinException;

/**
 * A uniform, cell-centred Cartesian grid of an interval (1D) or a rectangle (2D), padded with
 * {@value #GHOSTS} layers of ghost cells on every side of each of its axes, the layout every array
 * of the finite-volume kit uses.
 *
 * <p><b>Cells.</b> Interior cell {@code (i, j)}, {@code 0 <= i < nx}, {@code 0 <= j < ny}, has its
 * centre at {@code x_i = xMin + (i + ½)dx}, {@code y_j = yMin + (j + ½)dy}, {@code dx = (xMax −
 * xMin)/nx}, {@code dy = (yMax − yMin)/ny}, in the problem's length units. A 1D grid has {@code ny
 * = 1}, no ghost cells along y, and a nominal width {@code dy = yMax − yMin} (the cell "area" is
 * {@code dx·dy}).
 *
 * <p><b>Layout.</b> A state of {@code m} variables is a flat, row-major {@code double[]} over the
 * padded cells, x the slow index: variable {@code k} of cell {@code (i, j)} is at {@code
 * cell(i, j) * m + k}, {@code cell(i, j) = (i + G)·Py + (j + G)} in 2D and {@code i + G} in 1D,
 * {@code G = }{@value #GHOSTS}, {@code Py = ny + 2G} (1 in 1D); ghost cells have {@code i} (or
 * {@code j}) in {@code [−G, 0)} or {@code [n, n + G)}. {@link #interior} and {@link #pad} convert
 * to and from the unpadded {@code [nx, ny, m]} (2D) or {@code [nx, m]} (1D) layout of stored fields.
 *
 * @param dimension 1 or 2
 * @param nx interior cells along x, {@code >= 1}
 * @param ny interior cells along y, {@code >= 1}; 1 in 1D
 * @param xMin left end of the domain
 * @param xMax right end, {@code > xMin}
 * @param yMin lower end (1D: any, the nominal width is {@code yMax − yMin})
 * @param yMax upper end, {@code > yMin}
 */
public record CellGrid(int dimension, int nx, int ny, double xMin, double xMax, double yMin,
    double yMax) {

  /** Ghost-cell layers per side: two, as MUSCL reconstruction needs. */
  public static final int GHOSTS = 2;

  /**
   * Validates the extents.
   *
   * @throws GalerkinException naming the bad value, in one line
   */
  public CellGrid {
    if (dimension != 1 && dimension != 2) {
      throw new GalerkinException("CellGrid.dimension = " + dimension + " is not supported; use 1"
          + " or 2");
    }
    if (nx < 1 || ny < 1 || (dimension == 1 && ny != 1)) {
      throw new GalerkinException("CellGrid of " + nx + " x " + ny + " cells in " + dimension
          + "D is empty or malformed; use nx, ny >= 1 (ny = 1 in 1D)");
    }
    if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin)
        || !Double.isFinite(yMax - yMin)) {
      throw new GalerkinException("CellGrid domain [" + xMin + ", " + xMax + "] x [" + yMin + ", "
          + yMax + "] is empty or not finite; pass min < max");
    }
  }

  /** @return the interval {@code [a, b]} cut into {@code n} cells (nominal width 1) */
  public static CellGrid line(int n, double a, double b) {
    return new CellGrid(1, n, 1, a, b, 0, 1);
  }

  /** @return the rectangle {@code [x0, x1] × [y0, y1]} cut into {@code nx × ny} cells */
  public static CellGrid rectangle(int nx, int ny, double x0, double x1, double y0, double y1) {
    return new CellGrid(2, nx, ny, x0, x1, y0, y1);
  }

  /** @return the unit square cut into {@code n × n} cells */
  public static CellGrid unitSquare(int n) {
    return rectangle(n, n, 0, 1, 0, 1);
  }

  /** @return the cell width along x */
  public double dx() {
    return (xMax - xMin) / nx;
  }

  /** @return the cell width along y (1D: the nominal width) */
  public double dy() {
    return (yMax - yMin) / ny;
  }

  /** @return the width {@code dx} or {@code dy} of the cells along {@code axis} */
  public double width(int axis) {
    return axis == 0 ? dx() : dy();
  }

  /** @return the number of cells along {@code axis} */
  public int cells(int axis) {
    return axis == 0 ? nx : ny;
  }

  /** @return {@code dx·dy}, the measure of one cell */
  public double cellVolume() {
    return dx() * dy();
  }

  /** @return the number of interior cells {@code nx·ny} */
  public int interiorCells() {
    return nx * ny;
  }

  /** @return the padded extent along y: {@code ny + 2G} in 2D, 1 in 1D */
  public int paddedNy() {
    return dimension == 2 ? ny + 2 * GHOSTS : 1;
  }

  /** @return the number of padded cells */
  public int paddedCells() {
    return (nx + 2 * GHOSTS) * paddedNy();
  }

  /**
   * @param i x index, {@code −G <= i < nx + G}
   * @param j y index, {@code −G <= j < ny + G} (0 in 1D)
   * @return the padded cell index
   */
  public int cell(int i, int j) {
    return (i + GHOSTS) * paddedNy() + (dimension == 2 ? j + GHOSTS : 0);
  }

  /** @return the distance between the padded indices of neighbours along {@code axis} */
  public int stride(int axis) {
    return axis == 0 ? paddedNy() : 1;
  }

  /** @return the centres {@code x_i}, length {@code nx} */
  public double[] xCentres() {
    double[] x = new double[nx];
    for (int i = 0; i < nx; i++) {
      x[i] = xMin + (i + 0.5) * dx();
    }
    return x;
  }

  /** @return the centres {@code y_j}, length {@code ny} */
  public double[] yCentres() {
    double[] y = new double[ny];
    for (int j = 0; j < ny; j++) {
      y[j] = yMin + (j + 0.5) * dy();
    }
    return y;
  }

  /**
   * @param padded a padded state of {@code m} variables, not modified
   * @param m variables per cell
   * @return a new array: the interior cells, {@code [nx, ny, m]} row-major
   */
  public double[] interior(double[] padded, int m) {
    checkLength(padded, paddedCells() * m, "padded state");
    double[] out = new double[interiorCells() * m];
    transfer(padded, out, m, false);
    return out;
  }

  /**
   * @param interior the interior cells, {@code [nx, ny, m]} row-major, not modified
   * @param m variables per cell
   * @return a new padded array holding them, ghost cells zero
   */
  public double[] pad(double[] interior, int m) {
    checkLength(interior, interiorCells() * m, "interior state");
    double[] out = new double[paddedCells() * m];
    transfer(interior, out, m, true);
    return out;
  }

  /** Copies every interior cell between the unpadded and the padded layout. */
  private void transfer(double[] from, double[] to, int m, boolean toPadded) {
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int flat = (i * ny + j) * m;
        int padded = cell(i, j) * m;
        System.arraycopy(from, toPadded ? flat : padded, to, toPadded ? padded : flat, m);
      }
    }
  }

  /**
   * Restricts cell averages to the grid {@code factor} times coarser along each axis (1D: along x):
   * each coarse value is the mean of its {@code factor} (1D) or {@code factor²} (2D) fine cells, so
   * totals such as the mass are kept.
   *
   * @param interior cell averages {@code [nx, ny, m]} on this grid, not modified
   * @param m variables per cell
   * @param factor the coarsening factor; it must divide {@code nx} (and {@code ny} in 2D)
   * @return the coarse averages {@code [nx/factor, ny/factor, m]}
   */
  public double[] coarsen(double[] interior, int m, int factor) {
    checkLength(interior, interiorCells() * m, "interior state");
    int fy = dimension == 2 ? factor : 1;
    if (factor < 1 || nx % factor != 0 || ny % fy != 0) {
      throw new GalerkinException("coarsening factor " + factor + " does not divide the " + nx
          + " x " + ny + " cells; pass a divisor of the cell counts");
    }
    int cx = nx / factor;
    int cy = ny / fy;
    double[] out = new double[cx * cy * m];
    double w = 1.0 / (factor * fy);
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int to = ((i / factor) * cy + j / fy) * m;
        int from = (i * ny + j) * m;
        for (int k = 0; k < m; k++) {
          out[to + k] += w * interior[from + k];
        }
      }
    }
    return out;
  }

  /**
   * @param a an array, not modified
   * @param expected the length it must have
   * @param what what it is, for the message
   * @throws GalerkinException in one line if {@code a} is null or of another length
   */
  public static void checkLength(double[] a, int expected, String what) {
    if (a == null || a.length != expected) {
      throw new GalerkinException("the " + what + " has " + (a == null ? "no" : a.length)
          + " values where the grid needs " + expected + "; pass one value per cell and variable");
    }
  }
}
