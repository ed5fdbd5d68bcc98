package dev.galerkin.solvers.sorption;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;

/**
 * The 1D diffusion–sorption equation {@code u_t = D/R(u) u_xx + s(x, t)} on {@code x ∈ (0, 1)}
 * (PDEBench, Takamoto et al., NeurIPS 2022 Datasets and Benchmarks; {@link SorptionParameters}
 * gives {@code R}), with the inlet {@code u(0, t) = g(t)} and PDEBench's outlet condition {@code
 * u(1, t) + D u_x(1, t) = r(t)} ({@code s = 0}, {@code g = 1}, {@code r = 0} in PDEBench).
 *
 * <p><b>Space.</b> Cell-centred second-order finite differences on {@code n} cells, {@code x_i = (i
 * + ½)h}, {@code h = 1/n}: {@code (u_{i−1} − 2u_i + u_{i+1})/h²}, the boundary conditions imposed
 * at the end faces through ghost values: {@code u_{−1} = 2g − u_0} and, from {@code (u_{n−1} +
 * u_n)/2 + D (u_n − u_{n−1})/h = r}, {@code u_n = (r + (D/h − ½) u_{n−1})/(D/h + ½)}. (PDEBench's
 * script instead sets the ghost cells themselves to {@code 1} and to {@code D (u_{n−2} −
 * u_{n−1})/h}, i.e. the conditions half a cell outside the domain, a first-order placement; its
 * outlet sign, ghost {@code = −D u_x}, is the one used here; descriptions that write {@code u(1, t)
 * = D ∂_x u(1, t)} have the other sign, which would drive {@code u} negative at an outlet where it
 * falls.) As in PDEBench the equation is kept in the non-conservative form {@code D/R(u_i)}
 * times the discrete Laplacian.
 *
 * <p><b>Time.</b> The system is stiff ({@code D/(R h²)} is about 170 s⁻¹ at {@code u = 1} on
 * 1024 cells with PDEBench's constants, the Laplacian's spectrum reaching {@code 4/h²}), so steps
 * are implicit: variable-step BDF2 (backward Euler for the first step), {@code u_{m+1} −
 * (1+ω)²/(1+2ω) u_m + ω²/(1+2ω) u_{m−1} = (1+ω)/(1+2ω) Δt f(u_{m+1})}, {@code ω = Δt_m/Δt_{m−1}},
 * each solved by Newton's method with the exact tridiagonal Jacobian (Thomas algorithm). A
 * discontinuous start (PDEBench's inlet value 1 against a constant {@code u0 < 1}) has a fast
 * initial layer, so the first step is {@link #START}{@code ·dtMax} and each later one at most
 * {@link #GROWTH} times the one before, up to {@code dtMax} (about 38 extra steps); the steps
 * left in an output interval are made equal so that each output time is hit exactly. Not
 * thread-safe: work arrays.
 */
public final class DiffusionSorptionSolver {
  /** Newton stops when the update's max norm is below this times {@code max(1, |u|_∞)}. */
  public static final double NEWTON_TOLERANCE = 1e-11;
  private static final int NEWTON_ITERATIONS = 30;
  /** The first step, as a fraction of {@code dtMax}. */
  public static final double START = 1e-3;
  /** The largest ratio of a step to the one before it. */
  public static final double GROWTH = 1.2;

  /** Source, inlet and outlet data; {@link #pdebench} is PDEBench's problem. */
  public interface Forcing {
    /** @return {@code s(x, t)}, per second */
    double source(double x, double t);

    /** @return {@code g(t)}, the value at {@code x = 0} */
    double inlet(double t);

    /** @return {@code r(t)} in {@code u(1, t) + D u_x(1, t) = r(t)} */
    double outlet(double t);

    /** @return no source, {@code g = inlet}, {@code r = 0} */
    static Forcing pdebench(double inlet) {
      return new Forcing() {
        @Override
        public double source(double x, double t) {
          return 0;
        }

        @Override
        public double inlet(double t) {
          return inlet;
        }

        @Override
        public double outlet(double t) {
          return 0;
        }
      };
    }
  }

  private final SorptionParameters p;
  private final int n;
  private final double h;
  private final double dtMax;
  private final double[] x;
  private final double[] lower;
  private final double[] diag;
  private final double[] upper;
  private final double[] residual;
  private final double[] w;
  private long steps;
  private long newtonIterations;

  /**
   * @param parameters the constants
   * @param cells the cells {@code n >= 3}
   * @param dtMax the longest time step, s, {@code > 0}
   * @throws GalerkinException in one line naming the bad value
   */
  public DiffusionSorptionSolver(SorptionParameters parameters, int cells, double dtMax) {
    if (cells < 3) {
      throw new GalerkinException("--resolution = " + cells + " is too small; use at least 3 cells");
    }
    if (!(dtMax > 0) || !Double.isFinite(dtMax)) {
      throw new GalerkinException("--dt-max = " + dtMax + " is not a step; pass a finite dt > 0 s");
    }
    this.p = parameters;
    this.n = cells;
    this.h = 1.0 / cells;
    this.dtMax = dtMax;
    this.x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i + 0.5) * h;
    }
    this.lower = new double[n];
    this.diag = new double[n];
    this.upper = new double[n];
    this.residual = new double[n];
    this.w = new double[n];
  }

  /** @return the cell centres {@code (i + ½)/n} */
  public double[] centres() {
    return x.clone();
  }

  /** @return the time steps taken so far */
  public long steps() {
    return steps;
  }

  /** @return the Newton iterations taken so far */
  public long newtonIterations() {
    return newtonIterations;
  }

  /** @return {@code u} at {@code times} for PDEBench's data ({@code s = 0}, inlet, {@code r = 0}) */
  public double[] solve(double[] u0, double[] times) {
    return solve(u0, times, Forcing.pdebench(p.inlet()));
  }

  /**
   * @param u0 {@code u} at {@code t = 0} at the cell centres, {@code n} values, not modified
   * @param times output times, s, {@code > 0} and increasing
   * @param forcing source and boundary data
   * @return {@code u} at the times, {@code [times.length, n]} row-major
   * @throws SolverException if Newton's method fails or the state stops being finite
   */
  public double[] solve(double[] u0, double[] times, Forcing forcing) {
    if (u0.length != n) {
      throw new GalerkinException("the initial field has " + u0.length + " values where the grid"
          + " has " + n + " cells; pass one per cell");
    }
    double[] out = new double[times.length * n];
    double[] now = u0.clone();
    double[] old = u0.clone();
    double[] next = new double[n];
    double[] rhs = new double[n];
    double t = 0;
    double hPrev = 0;
    for (int k = 0; k < times.length; k++) {
      double interval = times[k] - t;
      if (!(interval > 0) || !Double.isFinite(times[k])) {
        throw new GalerkinException("diffusion-sorption output times must be finite, > 0 and"
            + " increasing; got " + times[k] + " after " + t);
      }
      while (t < times[k]) {
        double target = hPrev == 0 ? START * dtMax : Math.min(dtMax, GROWTH * hPrev);
        double remaining = times[k] - t;
        long m = (long) Math.ceil(remaining / target - 1e-9);
        double dt = remaining / m;
        double tNext = m == 1 ? times[k] : t + dt;
        double gamma;
        if (hPrev == 0) {   // backward Euler
          gamma = 1;
          System.arraycopy(now, 0, rhs, 0, n);
        } else {
          double om = dt / hPrev;
          double den = 1 + 2 * om;
          gamma = (1 + om) / den;
          for (int i = 0; i < n; i++) {
            rhs[i] = ((1 + om) * (1 + om) * now[i] - om * om * old[i]) / den;
          }
        }
        System.arraycopy(now, 0, next, 0, n);
        newton(next, rhs, gamma * dt, tNext, forcing);
        double[] swap = old;
        old = now;
        now = next;
        next = swap;
        hPrev = dt;
        t = tNext;
        steps++;
      }
      System.arraycopy(now, 0, out, k * n, n);
    }
    return out;
  }

  /** Solves {@code v − a f(v, t) = rhs} for {@code v} (initial guess in {@code v}). */
  private void newton(double[] v, double[] rhs, double a, double t, Forcing forcing) {
    double d = p.diffusivity();
    double inv = 1 / (h * h);
    double g = forcing.inlet(t);
    double r = forcing.outlet(t);
    double robin = (d / h - 0.5) / (d / h + 0.5);
    double robinData = r / (d / h + 0.5);
    for (int it = 0; it < NEWTON_ITERATIONS; it++) {
      newtonIterations++;
      for (int i = 0; i < n; i++) {
        double left = i == 0 ? 2 * g - v[0] : v[i - 1];
        double right = i == n - 1 ? robin * v[n - 1] + robinData : v[i + 1];
        w[i] = (left - 2 * v[i] + right) * inv;
      }
      double norm = 0;
      for (int i = 0; i < n; i++) {
        double rt = p.retardation(v[i]);
        double c = d / rt;
        double dc = -d * p.retardationSlope(v[i]) / (rt * rt);
        residual[i] = v[i] - a * (c * w[i] + forcing.source(x[i], t)) - rhs[i];
        double lii = i == 0 ? -3 : i == n - 1 ? robin - 2 : -2;
        diag[i] = 1 - a * (c * lii * inv + dc * w[i]);
        lower[i] = -a * c * inv;
        upper[i] = -a * c * inv;
        norm = Math.max(norm, Math.abs(v[i]));
      }
      thomas(residual);
      double step = 0;
      for (int i = 0; i < n; i++) {
        v[i] -= residual[i];
        step = Math.max(step, Math.abs(residual[i]));
      }
      if (!Double.isFinite(step)) {
        break;
      }
      if (step <= NEWTON_TOLERANCE * Math.max(1, norm)) {
        return;
      }
    }
    throw new SolverException("diffusion-sorption: Newton's method did not converge in "
        + NEWTON_ITERATIONS + " iterations at t = " + t + " s (step " + steps + "); lower --dt-max");
  }

  /** Solves the tridiagonal system (lower, diag, upper) in place on {@code b}. */
  private void thomas(double[] b) {
    double[] c = w;   // w is no longer needed in this iteration
    double beta = diag[0];
    b[0] /= beta;
    for (int i = 1; i < n; i++) {
      c[i - 1] = upper[i - 1] / beta;
      beta = diag[i] - lower[i] * c[i - 1];
      b[i] = (b[i] - lower[i] * b[i - 1]) / beta;
    }
    for (int i = n - 2; i >= 0; i--) {
      b[i] -= c[i] * b[i + 1];
    }
  }
}
