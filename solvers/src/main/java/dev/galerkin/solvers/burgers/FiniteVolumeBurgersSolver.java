package dev.galerkin.solvers.burgers;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.ConservativeFaces;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.Limiter;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;
import dev.galerkin.solvers.finitevolume.SspRk3;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The periodic 1D viscous Burgers equation {@code u_t + (u²/2)_x = μ u_xx} on {@code [0, L)} by
 * finite volumes, for PDEBench's Burgers data (Takamoto et al., "PDEBench", NeurIPS 2022 Datasets
 * and Benchmarks, whose {@code μ} is their {@code ν/π}). {@code μ >= 0}; {@code μ = 0} is the
 * inviscid equation, whose shocks the scheme captures.
 *
 * <p><b>Scheme</b> (one for every {@code μ}). The values are cell averages on {@code n} cells with
 * centres {@code (i + ½)L/n}. Convection: the kit's {@link FiniteVolumeScheme} with {@link
 * BurgersLaw}, MUSCL reconstruction with the monotonised-central {@link Limiter} and the exact
 * {@link GodunovBurgersFlux}. Viscosity: the central second-order difference {@code μ(u_{i+1} −
 * 2u_i + u_{i−1})/Δx²} of the cell values (the conservative face flux {@code −μ(u_{i+1} −
 * u_i)/Δx}). Time: {@link SspRk3} with {@code Δt = cfl / (max|u|/Δx + 2μ/Δx²)}, which bounds
 * both the Courant number {@code max|u| Δt/Δx} and the diffusion number {@code 2μΔt/Δx²} by
 * {@code cfl}, and for {@code cfl <= ½} makes each forward-Euler stage a convex combination of a
 * TVD MUSCL step at Courant number {@code <= ½} and a monotone diffusion step; so SSP-RK3 is TVD
 * and adds no new extrema, for shocks at small {@code μ} as for smooth viscous fields. Second
 * order on smooth solutions, between first and second order in L1 once a shock moves across the
 * cells ({@code FiniteVolumeBurgersSolverTest} measures both). The sum of the cell values is conserved to round-off (telescoping fluxes).
 * This is {@link BurgersViscousStep#EXPLICIT}.
 *
 * <p>Cost: the diffusive limit makes the explicit step {@code O(Δx²/μ)}, so large {@code μ} on
 * fine grids takes many steps (the same explicit limit as PDEBench's own solver). {@link
 * BurgersViscousStep#SPLIT} removes it: the same viscous difference is integrated exactly (by FFT)
 * in Strang half steps around each convective SSP-RK3 step, which then obeys only the Courant
 * limit; it stays TVD and conservative and is second order too (also measured by the test). Not
 * thread-safe: one solver per thread.
 */
public final class FiniteVolumeBurgersSolver implements SemiDiscreteOperator {
  /** The largest Courant number allowed, under which the scheme is TVD. */
  public static final double MAX_CFL = 0.5;

  private final int n;
  private final double viscosity;
  private final double cfl;
  private final CellGrid grid;
  private final FiniteVolumeScheme convection;
  private final double invDx2;
  private final BurgersViscousStep viscous;
  private final DoubleFFT_1D fft;
  private final double[] modes;

  /**
   * @param cells the number of cells {@code n >= 4}
   * @param length the period {@code L > 0}
   * @param viscosity {@code μ >= 0}, the coefficient of {@code u_xx} (lengths² per time unit)
   * @param cfl the bound on the Courant and diffusion numbers, in {@code (0, ½]}
   * @throws GalerkinException in one line naming the bad value and the fix
   */
  public FiniteVolumeBurgersSolver(int cells, double length, double viscosity, double cfl) {
    this(cells, length, viscosity, cfl, BurgersViscousStep.EXPLICIT);
  }

  /**
   * @param cells the number of cells {@code n >= 4}, even for {@link BurgersViscousStep#SPLIT}
   * @param length the period {@code L > 0}
   * @param viscosity {@code μ >= 0}, the coefficient of {@code u_xx} (lengths² per time unit)
   * @param cfl the bound on the Courant (and, explicit, diffusion) number, in {@code (0, ½]}
   * @param viscous how the viscous term is stepped
   * @throws GalerkinException in one line naming the bad value and the fix
   */
  public FiniteVolumeBurgersSolver(int cells, double length, double viscosity, double cfl,
      BurgersViscousStep viscous) {
    if (cells < 4) {
      throw new GalerkinException("--resolution = " + cells + " is too small; use at least 4"
          + " cells");
    }
    if (!(length > 0) || !Double.isFinite(length)) {
      throw new GalerkinException("Burgers period L = " + length + "; pass a finite L > 0");
    }
    if (!(viscosity >= 0) || !Double.isFinite(viscosity)) {
      throw new GalerkinException("Burgers viscosity = " + viscosity + " is not finite and >= 0;"
          + " pass e.g. --nu 0.01 (PDEBench's)");
    }
    if (!(cfl > 0 && cfl <= MAX_CFL)) {
      throw new GalerkinException("--cfl = " + cfl + " is outside (0, " + MAX_CFL + "], where MUSCL"
          + " with SSP-RK3 stays TVD; pass e.g. 0.4");
    }
    this.n = cells;
    this.viscosity = viscosity;
    this.cfl = cfl;
    this.grid = CellGrid.line(cells, 0, length);
    BurgersLaw law = new BurgersLaw();
    this.convection = new FiniteVolumeScheme(grid, Boundaries.periodic(), law,
        new ConservativeFaces(law, new GodunovBurgersFlux()), Limiter.MONOTONISED_CENTRAL);
    this.invDx2 = 1 / (grid.dx() * grid.dx());
    this.viscous = viscous;
    if (viscous == BurgersViscousStep.SPLIT) {
      if (cells % 2 != 0) {
        throw new GalerkinException("--viscous split needs an even number of cells; got"
            + " --resolution = " + cells);
      }
      this.fft = new DoubleFFT_1D(cells);
      this.modes = new double[cells];
    } else {
      this.fft = null;
      this.modes = null;
    }
  }

  /** @return the cell centres {@code (i + ½)L/n}, length {@code n} */
  public double[] centres() {
    return grid.xCentres();
  }

  /** @return the grid */
  public CellGrid grid() {
    return grid;
  }

  @Override
  public int size() {
    return convection.size();
  }

  /** Convection by the kit, then the viscous difference on the ghosts it filled. */
  @Override
  public void rhs(double[] q, double[] dq) {
    convection.rhs(q, dq);
    if (viscosity == 0 || viscous == BurgersViscousStep.SPLIT) {
      return;
    }
    double c = viscosity * invDx2;
    for (int i = 0; i < n; i++) {
      int k = grid.cell(i, 0);
      dq[k] += c * (q[k + 1] - 2 * q[k] + q[k - 1]);
    }
  }

  /** @return {@code cfl / (max|u|/Δx + 2μ/Δx²)}, split: {@code cfl·Δx/max|u|} */
  @Override
  public double maxTimeStep(double[] q, double cfl) {
    double convective = convection.maxTimeStep(q, 1);   // Δx / max|u|
    double diffusive = viscous == BurgersViscousStep.SPLIT ? 0 : 2 * viscosity * invDx2;
    double rate = 1 / convective + diffusive;
    return rate > 0 ? cfl / rate : Double.POSITIVE_INFINITY;
  }

  /**
   * @param u0 the field at {@code t = 0}, {@code n} values, not modified
   * @param times output times, finite, {@code >= 0} and increasing
   * @return {@code u} at the times, {@code [times.length, n]} row-major
   */
  public double[] solve(double[] u0, double[] times) {
    CellGrid.checkLength(u0, n, "initial field");
    double[] q = grid.pad(u0, 1);
    SspRk3 rk = new SspRk3(this);
    double[] out = new double[times.length * n];
    double t = 0;
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= t) || !Double.isFinite(times[k])) {
        throw new GalerkinException("Burgers output times must be finite, >= 0 and increasing;"
            + " got " + times[k] + " after " + t);
      }
      if (viscous == BurgersViscousStep.SPLIT && viscosity > 0) {
        split(rk, q, t, times[k]);
      } else {
        rk.advance(q, t, times[k], cfl, Double.POSITIVE_INFINITY, 1_000_000_000L);
      }
      t = times[k];
      System.arraycopy(grid.interior(q, 1), 0, out, k * n, n);
    }
    return out;
  }

  /** Strang steps heat(½Δt), convection(Δt), heat(½Δt) from {@code t} to {@code tEnd}. */
  private void split(SspRk3 rk, double[] q, double t, double tEnd) {
    while (t < tEnd) {
      double dt = maxTimeStep(q, cfl);
      if (!(dt > 0) || Double.isNaN(dt)) {
        throw new dev.galerkin.solvers.SolverException("the CFL step at t = " + t + " is " + dt
            + " (the state is not finite); lower --cfl");
      }
      boolean last = t + dt * (1 + 1e-9) >= tEnd;   // no round-off sliver of a last step
      if (last) {
        dt = tEnd - t;
      }
      heat(q, 0.5 * dt);
      rk.step(q, dt);
      heat(q, 0.5 * dt);
      t = last ? tEnd : t + dt;
    }
  }

  /** {@code q ← exp(τD) q}, D the periodic central difference operator times {@code μ}. */
  private void heat(double[] q, double tau) {
    int first = grid.cell(0, 0);
    System.arraycopy(q, first, modes, 0, n);
    fft.realForward(modes);   // [Re 0, Re n/2, Re 1, Im 1, …]
    double c = 4 * viscosity * tau * invDx2;
    modes[1] *= Math.exp(-c);
    for (int k = 1; k < n / 2; k++) {
      double s = Math.sin(Math.PI * k / n);
      double f = Math.exp(-c * s * s);
      modes[2 * k] *= f;
      modes[2 * k + 1] *= f;
    }
    fft.realInverse(modes, true);
    System.arraycopy(modes, 0, q, first, n);
  }
}
