package dev.galerkin.solvers.navierstokes;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;

/**
 * Pseudo-spectral solver of the 2D incompressible Navier–Stokes equations in vorticity form on the
 * unit torus, the setup of the FNO benchmark (Li et al., "Fourier neural operator for parametric
 * partial differential equations", ICLR 2021, §5.3):
 *
 * <pre>{@code
 * ∂_t w + u · ∇w = ν Δw + f(x, y),   (x, y) ∈ [0, 1)², periodic,
 * u = (∂_y ψ, −∂_x ψ),   −Δψ = w   (ψ with mean zero).
 * }</pre>
 *
 * <p><b>Space.</b> Fourier pseudo-spectral on the {@code s × s} grid {@code (i / s, j / s)}
 * (Canuto, Hussaini, Quarteroni &amp; Zang, <i>Spectral Methods: Fundamentals in Single Domains</i>,
 * Springer 2006), real FFTs ({@link HalfComplexFft2D}, any even {@code s}). The
 * advection term uses the four-transform form valid for a divergence-free 2D velocity (Basdevant,
 * J. Comput. Phys. 50, 1983):
 *
 * <pre>{@code u · ∇w = (∂_xx − ∂_yy)(u v) + ∂_x ∂_y (v² − u²)}</pre>
 *
 * — two inverse FFTs for {@code u, v} and two forward FFTs for the products. The products are
 * de-aliased by the 2/3 rule (Orszag, J. Atmos. Sci. 28, 1971): the advection term keeps only the
 * modes {@code |k1|, |k2| < s/3}, so for a state in those modes it is exactly the Galerkin
 * projection and the semi-discrete system conserves energy and enstrophy when {@code ν = 0}, {@code
 * f = 0}. The state itself keeps every mode; the modes above {@code s/3} are only damped by
 * viscosity. First derivatives of the Nyquist modes are set to zero. The mean of
 * {@code w} does not enter {@code u}; it is conserved (it changes only by the mean of {@code f}).
 *
 * <p><b>Time.</b> The IMEX Runge–Kutta scheme ARS(3,4,3) of Ascher, Ruuth &amp; Spiteri
 * ("Implicit-explicit Runge–Kutta methods for time-dependent partial differential equations",
 * Appl. Numer. Math. 25, 1997): third order, the viscous term by an L-stable, stiffly
 * accurate singly diagonally implicit method (diagonal in Fourier space, so each implicit stage is
 * one division per mode), the advection and the forcing by a four-stage explicit method whose
 * stability polynomial is that of classical RK4 (it covers the imaginary axis up to {@code 2√2}).
 * The explicit coefficients are the published ones re-derived to double precision from the order
 * conditions and {@code b₄ a₄₃ a₃₂ a₂₁ = 1/24}. Each step costs four advection evaluations, 16
 * FFTs. The step size is {@code dt = min(dtMax, cfl / (s · max(|u| + |v|)))} from the velocity at
 * the start of the step, shortened to land on each output time (a step that would leave less than
 * one step is split into two equal ones; a step within a relative 1e-10 of an output time is
 * stretched onto it, so a fixed {@code dtMax} that divides the output interval gives equal steps).
 *
 * <p><b>Use.</b> One solver serves any number of samples: FFT plans, wavenumber tables and work
 * arrays are allocated once, and {@link #solve} allocates only its result. A solver is not
 * thread-safe; use one per thread.
 */
public final class NavierStokes2DSolver {
  // ARS(3,4,3): gamma is the root in (1/3, 1/2) of 6 g^3 - 18 g^2 + 9 g - 1 = 0.
  private static final double G = 0.43586652150845899942;
  private static final double B2 = -1.5 * G * G + 4 * G - 0.25;
  private static final double B3 = 1.5 * G * G - 5 * G + 1.25;
  private static final double B4 = G;
  private static final double AI32 = (1 - G) / 2;
  private static final double AE21 = G;
  private static final double AE31 = 0.32127888602862775491;
  private static final double AE32 = 0.39665437472560174480;
  private static final double AE41 = -0.10585829607187964715;
  private static final double AE42 = 0.55292914803593982357;
  private static final double AE43 = AE42;

  /** A step this close (relative) to the next output time lands on it. */
  private static final double LANDING_SLACK = 1e-10;

  private final NavierStokesConfig config;
  private final int s;
  private final int modes;
  private final HalfComplexFft2D fft;
  /** 2π k1 and 2π k2 per mode, zero on the Nyquist modes (first derivatives). */
  private final double[] kx;
  private final double[] ky;
  /** |2π k|² per mode, and its inverse (zero for k = 0). */
  private final double[] lap;
  private final double[] invLap;
  /** De-aliased multipliers of the products: N^ = cUV (uv)^ + cVV (v² − u²)^. */
  private final double[] cUV;
  private final double[] cVV;
  private final double[] forcingHat;
  // work arrays (spectra have length 2 * modes, physical fields s * s)
  private double[] wn;
  private double[] wNext;
  private final double[] y2;
  private final double[] y3;
  private final double[] y4;
  private final double[] e1;
  private final double[] e2;
  private final double[] e3;
  private final double[] e4;
  private final double[] specA;
  private final double[] specB;
  private final double[] physU;
  private final double[] physV;

  /**
   * Builds the FFT plan, the wavenumber tables, the transformed forcing and the work arrays.
   *
   * @param config the validated settings, not null
   */
  public NavierStokes2DSolver(NavierStokesConfig config) {
    if (config == null) {
      throw new GalerkinException("NavierStokes2DSolver config is null; pass a NavierStokesConfig");
    }
    this.config = config;
    this.s = config.resolution();
    int half = s / 2;
    this.modes = s * (half + 1);
    this.fft = new HalfComplexFft2D(s);
    this.kx = new double[modes];
    this.ky = new double[modes];
    this.lap = new double[modes];
    this.invLap = new double[modes];
    this.cUV = new double[modes];
    this.cVV = new double[modes];
    double twoPi = 2 * Math.PI;
    for (int k2 = 0; k2 <= half; k2++) {
      for (int r = 0; r < s; r++) {
        int q = k2 * s + r;
        int k1 = r <= half ? r : r - s;
        double a = twoPi * k1;
        double b = twoPi * k2;
        kx[q] = Math.abs(k1) == half ? 0.0 : a;
        ky[q] = k2 == half ? 0.0 : b;
        lap[q] = a * a + b * b;
        invLap[q] = q == 0 ? 0.0 : 1.0 / lap[q];
        boolean kept = 3 * Math.abs(k1) < s && 3 * k2 < s;
        cUV[q] = kept ? b * b - a * a : 0.0;
        cVV[q] = kept ? -a * b : 0.0;
      }
    }
    int specLength = fft.spectrumLength();
    this.physU = new double[s * s];
    this.physV = new double[s * s];
    this.forcingHat = new double[specLength];
    for (int i = 0; i < s; i++) {
      for (int j = 0; j < s; j++) {
        double f = config.forcing().field().applyAsDouble((double) i / s, (double) j / s);
        if (!Double.isFinite(f)) {
          throw new GalerkinException(
              String.format(
                  "Forcing '%s' is not finite at (x, y) = (%s, %s): f = %s",
                  config.forcing().name(), (double) i / s, (double) j / s, f));
        }
        physU[i * s + j] = f;
      }
    }
    fft.forward(physU, 0, forcingHat);
    this.wn = new double[specLength];
    this.wNext = new double[specLength];
    this.y2 = new double[specLength];
    this.y3 = new double[specLength];
    this.y4 = new double[specLength];
    this.e1 = new double[specLength];
    this.e2 = new double[specLength];
    this.e3 = new double[specLength];
    this.e4 = new double[specLength];
    this.specA = new double[specLength];
    this.specB = new double[specLength];
  }

  /** @return the settings of this solver */
  public NavierStokesConfig config() {
    return config;
  }

  /**
   * Integrates from {@code w(·, 0) = w0} and returns {@code w} at each output time.
   *
   * @param w0 the initial vorticity, length {@code s²}, layout {@code w0[i * s + j] = w(i/s, j/s)},
   *     finite; not modified
   * @param outputTimes the output times, {@code 0 <= t_0 < t_1 < …}, finite, at least one; not
   *     modified (a time 0 returns {@code w0} itself)
   * @return the trajectory: frames {@code [T, s, s]}, steps, largest CFL, FFT time
   * @throws GalerkinException if an argument has the wrong length or a bad value
   * @throws SolverException if the state becomes NaN or infinite, or the step budget runs out
   */
  public Trajectory solve(double[] w0, double[] outputTimes) {
    long start = System.nanoTime();
    long fftStart = fft.nanos();
    checkArguments(w0, outputTimes);
    int n = s * s;
    double[] values = new double[outputTimes.length * n];
    fft.forward(w0, 0, wn);
    double nu = config.viscosity();
    double t = 0.0;
    long steps = 0;
    double maxCfl = 0.0;
    double minDt = Double.POSITIVE_INFINITY;
    int k = 0;
    while (k < outputTimes.length) {
      double tOut = outputTimes[k];
      if (t == tOut) {
        if (steps == 0) {
          System.arraycopy(w0, 0, values, k * n, n);
        } else {
          System.arraycopy(wn, 0, specA, 0, specA.length);
          fft.inverseInPlace(specA, values, k * n);
          checkFrame(values, k * n, steps, t, maxCfl);
        }
        k++;
        continue;
      }
      if (steps >= config.maxSteps()) {
        throw new SolverException(
            String.format(
                "NavierStokes2DSolver ran out of steps: maxSteps = %d reached at t = %.6g of %.6g"
                    + " (max CFL %.3g, shortest dt %.3g); the solution may be blowing up, or"
                    + " raise maxSteps or dtMax",
                config.maxSteps(), t, outputTimes[outputTimes.length - 1], maxCfl, minDt));
      }
      double umax = explicitTerm(wn, e1);
      checkStage(umax, steps, t, true);
      double h = umax > 0 ? Math.min(config.dtMax(), config.cfl() / (s * umax)) : config.dtMax();
      double remaining = tOut - t;
      boolean lands = false;
      if (h >= remaining * (1 - LANDING_SLACK)) {
        h = remaining;
        lands = true;
      } else if (2 * h > remaining) {
        h = 0.5 * remaining;
      }
      step(h, nu, steps, t);
      double[] swap = wn;
      wn = wNext;
      wNext = swap;
      t = lands ? tOut : t + h;
      steps++;
      maxCfl = Math.max(maxCfl, h * umax * s);
      minDt = Math.min(minDt, h);
    }
    double fftSeconds = (fft.nanos() - fftStart) * 1e-9;
    double elapsed = (System.nanoTime() - start) * 1e-9;
    return new Trajectory(outputTimes, values, new int[] {s, s},
        new Trajectory.Diagnostics(steps, maxCfl, minDt, fftSeconds, elapsed));
  }

  /** One ARS(3,4,3) step of size h from wn (with e1 = E(wn) computed) into wNext. */
  private void step(double h, double nu, long steps, double t) {
    double hn = h * nu;
    for (int q = 0; q < modes; q++) {
      double d = 1.0 / (1.0 + G * hn * lap[q]);
      for (int c = 2 * q; c < 2 * q + 2; c++) {
        y2[c] = (wn[c] + h * AE21 * e1[c]) * d;
      }
    }
    checkStage(explicitTerm(y2, e2), steps, t, false);
    for (int q = 0; q < modes; q++) {
      double l = hn * lap[q];
      double d = 1.0 / (1.0 + G * l);
      for (int c = 2 * q; c < 2 * q + 2; c++) {
        y3[c] = (wn[c] + h * (AE31 * e1[c] + AE32 * e2[c]) - AI32 * l * y2[c]) * d;
      }
    }
    checkStage(explicitTerm(y3, e3), steps, t, false);
    for (int q = 0; q < modes; q++) {
      double l = hn * lap[q];
      double d = 1.0 / (1.0 + G * l);
      for (int c = 2 * q; c < 2 * q + 2; c++) {
        y4[c] =
            (wn[c]
                    + h * (AE41 * e1[c] + AE42 * e2[c] + AE43 * e3[c])
                    - l * (B2 * y2[c] + B3 * y3[c]))
                * d;
      }
    }
    checkStage(explicitTerm(y4, e4), steps, t, false);
    for (int q = 0; q < modes; q++) {
      double l = hn * lap[q];
      for (int c = 2 * q; c < 2 * q + 2; c++) {
        wNext[c] =
            wn[c]
                + h * (B2 * e2[c] + B3 * e3[c] + B4 * e4[c])
                - l * (B2 * y2[c] + B3 * y3[c] + B4 * y4[c]);
      }
    }
  }

  /**
   * The explicit part {@code E = f^ − (u · ∇w)^} of the spectral state {@code y}.
   *
   * @param y the vorticity spectrum; not modified
   * @param e receives {@code E}; modified
   * @return {@code max(|u| + |v|)} over the grid (NaN or infinite if the state is)
   */
  private double explicitTerm(double[] y, double[] e) {
    for (int q = 0; q < modes; q++) {
      double re = y[2 * q];
      double im = y[2 * q + 1];
      double a = ky[q] * invLap[q];
      double b = kx[q] * invLap[q];
      // u^ = i ky psi^, v^ = -i kx psi^, psi^ = w^ / |k|²
      specA[2 * q] = -a * im;
      specA[2 * q + 1] = a * re;
      specB[2 * q] = b * im;
      specB[2 * q + 1] = -b * re;
    }
    fft.inverseInPlace(specA, physU, 0);
    fft.inverseInPlace(specB, physV, 0);
    double umax = 0.0;
    for (int p = 0; p < physU.length; p++) {
      double u = physU[p];
      double v = physV[p];
      umax = Math.max(umax, Math.abs(u) + Math.abs(v));
      physU[p] = u * v;
      physV[p] = (v - u) * (v + u);
    }
    fft.forward(physU, 0, specA);
    fft.forward(physV, 0, specB);
    for (int q = 0; q < modes; q++) {
      int c = 2 * q;
      e[c] = forcingHat[c] - (cUV[q] * specA[c] + cVV[q] * specB[c]);
      e[c + 1] = forcingHat[c + 1] - (cUV[q] * specA[c + 1] + cVV[q] * specB[c + 1]);
    }
    return umax;
  }

  /**
   * The advection term {@code u · ∇w} of a field, de-aliased as in the time stepping (for tests
   * and diagnostics; allocates).
   *
   * @param w the vorticity, length {@code s²}; not modified
   * @return {@code u · ∇w} on the grid, length {@code s²}
   */
  double[] advection(double[] w) {
    double[] spec = new double[fft.spectrumLength()];
    double[] e = new double[spec.length];
    fft.forward(w, 0, spec);
    explicitTerm(spec, e);
    for (int c = 0; c < e.length; c++) {
      e[c] = forcingHat[c] - e[c];
    }
    double[] out = new double[s * s];
    fft.inverseInPlace(e, out, 0);
    return out;
  }

  private void checkStage(double umax, long steps, double t, boolean firstStage) {
    if (Double.isFinite(umax)) {
      return;
    }
    // wn is the state at t unless the first stage found it already broken; then wNext still
    // holds the state one step earlier.
    boolean previous = firstStage && steps > 0;
    double[] last = previous ? wNext : wn;
    System.arraycopy(last, 0, specA, 0, specA.length);
    fft.inverseInPlace(specA, physU, 0);
    double wmax = maxAbs(physU, 0, physU.length);
    throw new SolverException(
        String.format(
            "NavierStokes2DSolver state is not finite (max(|u|+|v|) = %s) at step %d, t = %.6g;"
                + " max|w| = %.6g at the %s; lower cfl or dtMax, or raise the resolution",
            umax,
            steps,
            t,
            wmax,
            previous ? "step before" : "start of the step"));
  }

  private void checkFrame(double[] values, int offset, long steps, double t, double maxCfl) {
    double wmax = maxAbs(values, offset, s * s);
    if (!Double.isFinite(wmax)) {
      throw new SolverException(
          String.format(
              "NavierStokes2DSolver output at t = %.6g (step %d) is not finite: max|w| = %s"
                  + " (max CFL %.3g); lower cfl or dtMax, or raise the resolution",
              t, steps, wmax, maxCfl));
    }
  }

  private static double maxAbs(double[] a, int offset, int length) {
    double m = 0.0;
    for (int p = offset; p < offset + length; p++) {
      double v = Math.abs(a[p]);
      if (!(v <= m)) {
        m = v; // also takes NaN, which then stays
        if (Double.isNaN(v)) {
          return v;
        }
      }
    }
    return m;
  }

  private void checkArguments(double[] w0, double[] outputTimes) {
    if (w0 == null || w0.length != s * s) {
      throw new GalerkinException(
          "NavierStokes2DSolver w0 has length "
              + (w0 == null ? "null" : w0.length)
              + "; expected s * s = "
              + s
              + " * "
              + s
              + " = "
              + s * s);
    }
    for (int p = 0; p < w0.length; p++) {
      if (!Double.isFinite(w0[p])) {
        throw new GalerkinException(
            "NavierStokes2DSolver w0[" + p + "] = " + w0[p] + " is not finite");
      }
    }
    if (outputTimes == null || outputTimes.length == 0) {
      throw new GalerkinException(
          "NavierStokes2DSolver outputTimes is null or empty; give at least one time >= 0");
    }
    double previous = -1.0;
    for (int k = 0; k < outputTimes.length; k++) {
      double t = outputTimes[k];
      if (!(Double.isFinite(t) && t >= 0 && t > previous)) {
        throw new GalerkinException(
            "NavierStokes2DSolver outputTimes["
                + k
                + "] = "
                + t
                + " is out of range; allowed finite, >= 0 and > outputTimes["
                + (k - 1)
                + "] = "
                + (k == 0 ? "none" : previous));
      }
      previous = t;
    }
  }
}
