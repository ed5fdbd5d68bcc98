package dev.galerkin.solvers.spectral;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Grid1D;

/**
 * How {@link Etdrk4Solver1D} discretises a periodic 1D problem: the grid (a periodic {@link Grid1D}
 * {@code [x0, x0 + length)} with an even number {@code n >= 4} of nodes), the largest time step,
 * and the de-aliasing rule. Every PDE configuration of this family ({@code BurgersConfig}, {@code
 * DiffusionReactionConfig}, {@code AllenCahnConfig}) holds one, and this record validates it.
 *
 * <p>Time steps: between consecutive output times {@code t_{j-1}, t_j} the solver takes {@code m =
 * ceil((t_j - t_{j-1}) / dtMax)} equal steps of {@code dt = (t_j - t_{j-1}) / m <= dtMax}, so every
 * output time is hit exactly (the ceiling forgives a relative excess of {@code 1e-12}, so that an
 * interval equal to {@code m dtMax} up to round-off takes {@code m} steps, not {@code m + 1}).
 *
 * @param grid the periodic grid; {@code nodes} even and {@code >= 4}
 * @param dtMax the largest time step, finite and {@code > 0}, in units of time
 * @param dealiasing which Fourier modes are kept, not null
 */
public record Discretisation1D(Grid1D grid, double dtMax, Dealiasing dealiasing) {

  /**
   * Validates the fields.
   *
   * @param grid the periodic grid; {@code nodes} even and {@code >= 4}
   * @param dtMax the largest time step, finite and {@code > 0}, in units of time
   * @param dealiasing which Fourier modes are kept, not null
   * @throws GalerkinException naming the first field out of range
   */
  public Discretisation1D {
    PeriodicFourier1D.checkGrid(grid, "Discretisation1D.grid");
    if (!(dtMax > 0) || !Double.isFinite(dtMax)) {
      throw new GalerkinException(
          "Discretisation1D.dtMax = " + dtMax + " is out of range; allowed finite dtMax > 0");
    }
    if (dealiasing == null) {
      throw new GalerkinException(
          "Discretisation1D.dealiasing is null; use Dealiasing.NONE, TWO_THIRDS, ONE_HALF,"
              + " TWO_FIFTHS or ONE_THIRD");
    }
  }

  /**
   * A discretisation of {@code [x0, x0 + length)}.
   *
   * @param x0 left end, finite
   * @param length the period, finite and {@code > 0}
   * @param nodes the number of nodes, even and {@code >= 4}
   * @param dtMax the largest time step, finite and {@code > 0}
   * @param dealiasing which Fourier modes are kept, not null
   * @return the discretisation
   * @throws GalerkinException naming the first argument out of range
   */
  public static Discretisation1D of(
      double x0, double length, int nodes, double dtMax, Dealiasing dealiasing) {
    if (!Double.isFinite(x0)) {
      throw new GalerkinException(
          "Discretisation1D.x0 = " + x0 + " is out of range; allowed finite x0");
    }
    if (!(length > 0) || !Double.isFinite(length) || !Double.isFinite(x0 + length)) {
      throw new GalerkinException(
          "Discretisation1D.length = "
              + length
              + " is out of range; allowed finite length > 0 (with x0 + length finite)");
    }
    if (nodes < 4 || nodes % 2 != 0) {
      throw new GalerkinException(
          "Discretisation1D.nodes = "
              + nodes
              + " is out of range; the Fourier pseudo-spectral solver needs an even number of"
              + " nodes >= 4 (a power of two is fastest)");
    }
    return new Discretisation1D(Grid1D.periodic(x0, x0 + length, nodes), dtMax, dealiasing);
  }

  /**
   * @return the number of nodes {@code n}
   */
  public int nodes() {
    return grid.nodes();
  }

  /**
   * @return the period {@code length}
   */
  public double length() {
    return grid.length();
  }

  /**
   * @return the largest kept Fourier mode, {@code dealiasing.maxMode(nodes)}
   */
  public int maxMode() {
    return dealiasing.maxMode(grid.nodes());
  }

  /**
   * The number of equal steps that cover an interval with steps {@code <= dtMax}.
   *
   * @param interval the interval length, finite and {@code > 0}
   * @return {@code max(1, ceil(interval / dtMax))}, forgiving a relative excess of {@code 1e-12}
   */
  public long stepsFor(double interval) {
    double ratio = interval / dtMax;
    double m = Math.ceil(ratio * (1 - 1e-12));
    if (!(m < 1e15)) {
      throw new GalerkinException(
          "interval "
              + interval
              + " / dtMax "
              + dtMax
              + " needs "
              + m
              + " steps; allowed fewer than 1e15 (raise dtMax)");
    }
    return Math.max(1L, (long) m);
  }
}
