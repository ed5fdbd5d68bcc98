package dev.galerkin.solvers.advection;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.ConservativeFaces;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.HllFlux;
import dev.galerkin.solvers.finitevolume.Limiter;
import dev.galerkin.solvers.finitevolume.SspRk3;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The periodic 1D linear advection equation {@code u_t + β u_x = 0} on {@code [0, L)}, the PDEBench
 * advection problem (Takamoto et al., NeurIPS 2022 Datasets and Benchmarks), whose solution is
 * {@code u0(x − βt)}.
 *
 * <p>A field is {@code n} values at the cell centres {@code x_i = (i + ½)L/n} (PDEBench's grid).
 * {@link AdvectionScheme#SPECTRAL} moves the discrete Fourier spectrum exactly; {@link
 * AdvectionScheme#MUSCL} treats the values as cell averages of the finite-volume kit ({@link
 * FiniteVolumeScheme} with {@link LinearAdvectionLaw}, {@link HllFlux}, the given {@link Limiter},
 * periodic ghosts) and marches with {@link SspRk3} at steps {@code cfl·Δx/β}; the Courant number is
 * limited to {@code (0, ½]}, the bound under which forward Euler with a TVD MUSCL slope (at most
 * twice a one-sided difference) is TVD, and so SSP-RK3 too. Not thread-safe: one solver per thread.
 */
public final class AdvectionSolver {
  /** The largest Courant number allowed for {@link AdvectionScheme#MUSCL}. */
  public static final double MAX_CFL = 0.5;

  private final int n;
  private final double length;
  private final double beta;
  private final AdvectionScheme scheme;
  private final double cfl;
  private final CellGrid grid;
  private final FiniteVolumeScheme fv;
  private final DoubleFFT_1D fft;

  /**
   * @param cells the number of cells {@code n >= 4}
   * @param length the period {@code L > 0}, in the PDE's length units
   * @param beta the speed {@code β}, finite and {@code > 0}, lengths per time unit
   * @param scheme spectral shift or MUSCL finite volumes
   * @param cfl the Courant number of MUSCL, in {@code (0, ½]} (ignored by the spectral shift)
   * @param limiter the MUSCL slope limiter (ignored by the spectral shift)
   * @throws GalerkinException in one line naming the bad value and the fix
   */
  public AdvectionSolver(int cells, double length, double beta, AdvectionScheme scheme, double cfl,
      Limiter limiter) {
    if (cells < 4) {
      throw new GalerkinException("--resolution = " + cells + " is too small; use at least 4 cells");
    }
    if (!(beta > 0) || !Double.isFinite(beta)) {
      throw new GalerkinException("--beta = " + beta + " is not a finite speed > 0; pass e.g. one"
          + " of PDEBench's 0.1, 0.4, 1, 4");
    }
    if (!(length > 0) || !Double.isFinite(length)) {
      throw new GalerkinException("advection period L = " + length + "; pass a finite L > 0");
    }
    if (scheme == AdvectionScheme.MUSCL && !(cfl > 0 && cfl <= MAX_CFL)) {
      throw new GalerkinException("--cfl = " + cfl + " is outside (0, " + MAX_CFL + "], where MUSCL"
          + " with SSP-RK3 stays TVD; pass e.g. 0.4 (PDEBench's)");
    }
    this.n = cells;
    this.length = length;
    this.beta = beta;
    this.scheme = scheme;
    this.cfl = cfl;
    this.grid = CellGrid.line(cells, 0, length);
    if (scheme == AdvectionScheme.MUSCL) {
      LinearAdvectionLaw law = new LinearAdvectionLaw(beta);
      this.fv = new FiniteVolumeScheme(grid, Boundaries.periodic(), law,
          new ConservativeFaces(law, new HllFlux(law)), limiter);
      this.fft = null;
    } else {
      this.fv = null;
      this.fft = new DoubleFFT_1D(cells);
    }
  }

  /** @return the cell centres {@code (i + ½)L/n}, length {@code n} */
  public double[] centres() {
    return grid.xCentres();
  }

  /** @return the scheme */
  public AdvectionScheme scheme() {
    return scheme;
  }

  /**
   * @param u0 the field at {@code t = 0}, {@code n} values, not modified
   * @param times output times, {@code >= 0} and increasing
   * @return {@code u} at the times, {@code [times.length, n]} row-major
   */
  public double[] solve(double[] u0, double[] times) {
    CellGrid.checkLength(u0, n, "initial field");
    double previous = 0;
    for (double t : times) {
      if (!(t >= previous) || !Double.isFinite(t)) {
        throw new GalerkinException("advection output times must be finite, >= 0 and increasing;"
            + " got " + t + " after " + previous);
      }
      previous = t;
    }
    double[] out = new double[times.length * n];
    if (scheme == AdvectionScheme.SPECTRAL) {
      spectral(u0, times, out);
    } else {
      muscl(u0, times, out);
    }
    return out;
  }

  private void spectral(double[] u0, double[] times, double[] out) {
    double[] hat = new double[2 * n];
    for (int i = 0; i < n; i++) {
      hat[2 * i] = u0[i];
    }
    fft.complexForward(hat);
    double[] a = new double[2 * n];
    for (int k = 0; k < times.length; k++) {
      double shift = beta * times[k] / length;   // in periods
      shift -= Math.floor(shift);                 // keeps the phases accurate at long times
      for (int m = 0; m < n; m++) {
        int mode = m <= n / 2 ? m : m - n;
        double re = hat[2 * m];
        double im = hat[2 * m + 1];
        double angle = -2 * Math.PI * mode * shift;
        if (2 * m == n) {   // Nyquist: the real part of the shift keeps the field real
          a[2 * m] = re * Math.cos(angle);
          a[2 * m + 1] = im * Math.cos(angle);
          continue;
        }
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        a[2 * m] = re * c - im * s;
        a[2 * m + 1] = re * s + im * c;
      }
      fft.complexInverse(a, true);
      for (int i = 0; i < n; i++) {
        out[k * n + i] = a[2 * i];
      }
    }
  }

  private void muscl(double[] u0, double[] times, double[] out) {
    double[] q = grid.pad(u0, 1);
    SspRk3 rk = new SspRk3(fv);
    double t = 0;
    for (int k = 0; k < times.length; k++) {
      rk.advance(q, t, times[k], cfl, Double.POSITIVE_INFINITY, 100_000_000L);
      t = times[k];
      System.arraycopy(grid.interior(q, 1), 0, out, k * n, n);
    }
  }
}
