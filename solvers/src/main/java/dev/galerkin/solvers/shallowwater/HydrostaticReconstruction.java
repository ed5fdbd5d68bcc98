package dev.galerkin.solvers.shallowwater;

import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FaceTreatment;
import dev.galerkin.solvers.finitevolume.NumericalFlux;
import java.util.Arrays;

/**
 * The hydrostatic reconstruction of Audusse, Bouchut, Bristeau, Klein &amp; Perthame ("A fast and
 * stable well-balanced scheme with hydrostatic reconstruction for shallow water flows", SIAM J.
 * Sci. Comput. 25, 2004), second-order version: positive (with a positive flux such as HLL, a TVD
 * limiter and CFL ≤ ½) and well-balanced (a lake at rest, {@code η = h + b} constant and {@code u
 * = v = 0}, wet or partly dry, is kept exactly up to round-off).
 *
 * <p>Per cell it reconstructs {@code w = (h, u, v, η)}, {@code η = h + b}, so at a face the bed is
 * {@code b = η − h} on each side. With {@code b* = max(b_L, b_R)} the interface depths are {@code
 * h*_{L,R} = max(0, η_{L,R} − b*)}, the flux is {@code F = F_num(q*_L, q*_R)}, {@code q* = (h*,
 * h*u, h*v)}, and the low-side cell loses {@code F + (g/2)(h_L² − h*_L²) n} while the high-side
 * cell gains {@code F + (g/2)(h_R² − h*_R²) n} ({@code n} the face's normal momentum). Each cell
 * adds the centred source {@code −g (h_− + h_+)/2 · (b_+ − b_−)/Δ} from its own face values
 * {@code −} (low) and {@code +} (high). Holds the bathymetry of one problem; not thread-safe.
 */
public final class HydrostaticReconstruction implements FaceTreatment {
  private final ShallowWaterEquations law;
  private final NumericalFlux flux;
  private final double[] bed;
  private final double halfG;
  private final double[] left = new double[3];
  private final double[] right = new double[3];

  /**
   * @param law the shallow-water equations (gravity, dry depth)
   * @param flux the numerical flux on the interface states {@code q*}
   * @param grid the grid
   * @param boundaries the sides (the bed's ghost cells are filled with them, unnegated)
   * @param bathymetry {@code b} at the interior cells, {@code [nx, ny]} row-major, not modified
   */
  public HydrostaticReconstruction(ShallowWaterEquations law, NumericalFlux flux, CellGrid grid,
      Boundaries boundaries, double[] bathymetry) {
    this.law = law;
    this.flux = flux;
    this.halfG = 0.5 * law.gravity();
    this.bed = grid.pad(bathymetry, 1);
    boundaries.fill(grid, bed, 1, new int[] {-1, -1});
  }

  @Override
  public int reconstructedVariables() {
    return 4;
  }

  @Override
  public void toReconstructed(double[] q, int cell, double[] w) {
    double h = q[cell * 3];
    w[cell * 4] = h;
    w[cell * 4 + 1] = law.velocity(h, q[cell * 3 + 1]);
    w[cell * 4 + 2] = law.velocity(h, q[cell * 3 + 2]);
    w[cell * 4 + 3] = h + bed[cell];
  }

  @Override
  public void faceFluxes(int axis, double[] l, double[] r, double[] toLeft, double[] toRight) {
    double bStar = Math.max(l[3] - l[0], r[3] - r[0]);
    double hl = Math.max(0, l[3] - bStar);
    double hr = Math.max(0, r[3] - bStar);
    left[0] = hl;
    left[1] = hl * l[1];
    left[2] = hl * l[2];
    right[0] = hr;
    right[1] = hr * r[1];
    right[2] = hr * r[2];
    flux.flux(axis, left, right, toLeft);
    System.arraycopy(toLeft, 0, toRight, 0, 3);
    toLeft[1 + axis] += halfG * (l[0] * l[0] - hl * hl);
    toRight[1 + axis] += halfG * (r[0] * r[0] - hr * hr);
  }

  @Override
  public boolean hasCellSource() {
    return true;
  }

  @Override
  public void cellSource(int axis, double[] low, double[] high, double width, double[] source) {
    Arrays.fill(source, 0);
    double db = (high[3] - high[0]) - (low[3] - low[0]);
    source[1 + axis] = -halfG * (low[0] + high[0]) * db / width;
  }
}
