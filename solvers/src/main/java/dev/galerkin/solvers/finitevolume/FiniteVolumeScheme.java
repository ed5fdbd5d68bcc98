package dev.galerkin.solvers.finitevolume;

import dev.galerkin.GalerkinException;

/**
 * The semi-discrete finite-volume operator {@code dq_c/dt = −Σ_axes (F_{c+½} − F_{c−½})/Δ + S_c}
 * on a {@link CellGrid}: ghost cells filled by the {@link Boundaries}, MUSCL reconstruction with a
 * {@link Limiter} of the {@link FaceTreatment}'s variables along each axis (dimension by
 * dimension), fluxes and sources from the treatment. With a TVD limiter and {@link SspRk3} it is
 * second order in space for smooth solutions and first order at shocks (van Leer, J. Comput. Phys.
 * 32, 1979; LeVeque 2002, §6 and §19).
 *
 * <p>States are padded arrays of {@code m} variables per cell ({@link CellGrid} layout). {@link
 * #rhs} refills the ghost cells of its argument and writes zeros to the ghost cells of the result.
 * The time step is {@code cfl / max_c Σ_axes a_axis(q_c)/Δ_axis}, {@code a} the largest
 * {@code |λ|} of the cell average. Not thread-safe: it keeps work arrays.
 */
public final class FiniteVolumeScheme implements SemiDiscreteOperator {
  private final CellGrid grid;
  private final Boundaries boundaries;
  private final ConservationLaw law;
  private final FaceTreatment faces;
  private final Limiter limiter;
  private final int m;
  private final int r;
  private final int[] normal;
  private final double[] w;
  private final double[] slope;
  private final double[] left;
  private final double[] right;
  private final double[] toLeft;
  private final double[] toRight;
  private final double[] source;
  private final double[] speeds = new double[2];

  /**
   * @param grid the grid
   * @param boundaries the kind of each side
   * @param law the conservation law ({@code m} variables, wave speeds, normal momenta)
   * @param faces what is reconstructed and how faces and cells are coupled
   * @param limiter the MUSCL slope limiter ({@link Limiter#NONE} for first order)
   */
  public FiniteVolumeScheme(CellGrid grid, Boundaries boundaries, ConservationLaw law,
      FaceTreatment faces, Limiter limiter) {
    this.grid = grid;
    this.boundaries = boundaries;
    this.law = law;
    this.faces = faces;
    this.limiter = limiter;
    this.m = law.variables();
    this.r = faces.reconstructedVariables();
    this.normal = new int[] {law.normalMomentum(0), grid.dimension() == 2 ? law.normalMomentum(1)
        : -1};
    this.w = new double[grid.paddedCells() * r];
    int longest = Math.max(grid.nx(), grid.ny()) + 2 * CellGrid.GHOSTS;
    this.slope = new double[longest * r];
    this.left = new double[r];
    this.right = new double[r];
    this.toLeft = new double[m];
    this.toRight = new double[m];
    this.source = new double[m];
  }

  /** @return the grid */
  public CellGrid grid() {
    return grid;
  }

  /** @return the boundaries */
  public Boundaries boundaries() {
    return boundaries;
  }

  /** @return the conservation law */
  public ConservationLaw law() {
    return law;
  }

  @Override
  public int size() {
    return grid.paddedCells() * m;
  }

  /**
   * Fills the ghost cells of a padded state.
   *
   * @param q the padded state; its ghost cells are modified
   */
  public void fillGhosts(double[] q) {
    boundaries.fill(grid, q, m, normal);
  }

  @Override
  public void rhs(double[] q, double[] dq) {
    check(q);
    check(dq);
    fillGhosts(q);
    for (int c = 0; c < grid.paddedCells(); c++) {
      faces.toReconstructed(q, c, w);
    }
    java.util.Arrays.fill(dq, 0);
    sweep(0, dq);
    if (grid.dimension() == 2) {
      sweep(1, dq);
    }
  }

  /** Adds the flux differences and sources of every grid line along {@code axis} to {@code dq}. */
  private void sweep(int axis, double[] dq) {
    int lines = axis == 0 ? grid.ny() : grid.nx();
    for (int line = 0; line < lines; line++) {
      int first = axis == 0 ? grid.cell(0, line) : grid.cell(line, 0);
      sweepLine(axis, first, dq);
    }
  }

  private void sweepLine(int axis, int first, double[] dq) {
    int n = grid.cells(axis);
    int s = grid.stride(axis);
    double inv = 1 / grid.width(axis);
    // slopes of cells -1 .. n, stored at (k + 1) * r
    for (int k = -1; k <= n; k++) {
      int c = first + k * s;
      for (int v = 0; v < r; v++) {
        double wc = w[c * r + v];
        slope[(k + 1) * r + v] = limiter.slope(wc - w[(c - s) * r + v], w[(c + s) * r + v] - wc);
      }
    }
    // face f lies between cells f - 1 and f
    for (int f = 0; f <= n; f++) {
      int cl = first + (f - 1) * s;
      int cr = cl + s;
      for (int v = 0; v < r; v++) {
        left[v] = w[cl * r + v] + 0.5 * slope[f * r + v];
        right[v] = w[cr * r + v] - 0.5 * slope[(f + 1) * r + v];
      }
      faces.faceFluxes(axis, left, right, toLeft, toRight);
      if (f > 0) {
        for (int k = 0; k < m; k++) {
          dq[cl * m + k] -= toLeft[k] * inv;
        }
      }
      if (f < n) {
        for (int k = 0; k < m; k++) {
          dq[cr * m + k] += toRight[k] * inv;
        }
      }
    }
    if (faces.hasCellSource()) {
      for (int k = 0; k < n; k++) {
        int c = first + k * s;
        for (int v = 0; v < r; v++) {
          double half = 0.5 * slope[(k + 1) * r + v];
          left[v] = w[c * r + v] - half;
          right[v] = w[c * r + v] + half;
        }
        faces.cellSource(axis, left, right, grid.width(axis), source);
        for (int v = 0; v < m; v++) {
          dq[c * m + v] += source[v];
        }
      }
    }
  }

  @Override
  public double maxTimeStep(double[] q, double cfl) {
    check(q);
    double rate = 0;
    for (int i = 0; i < grid.nx(); i++) {
      for (int j = 0; j < grid.ny(); j++) {
        int off = grid.cell(i, j) * m;
        double sum = 0;
        for (int axis = 0; axis < grid.dimension(); axis++) {
          law.waveSpeeds(axis, q, off, speeds);
          sum += Math.max(Math.abs(speeds[0]), Math.abs(speeds[1])) / grid.width(axis);
        }
        rate = Math.max(rate, sum);
      }
    }
    return rate > 0 ? cfl / rate : Double.POSITIVE_INFINITY;
  }

  @Override
  public void enforceAdmissible(double[] q) {
    for (int c = 0; c < grid.paddedCells(); c++) {
      law.enforceAdmissible(q, c * m);
    }
  }

  private void check(double[] q) {
    if (q.length != size()) {
      throw new GalerkinException("a finite-volume state has " + q.length + " values where the"
          + " padded grid needs " + size() + "; pad it with CellGrid.pad");
    }
  }
}
