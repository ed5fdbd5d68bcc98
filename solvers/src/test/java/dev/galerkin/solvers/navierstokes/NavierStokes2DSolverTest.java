package dev.galerkin.solvers.navierstokes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Exact solutions, the advection term against closed forms, and the solve loop's contract. */
class NavierStokes2DSolverTest {
  private static final double TWO_PI = 2 * Math.PI;

  private static NavierStokes2DSolver solver(int s, double nu, Forcing f) {
    return new NavierStokes2DSolver(
        NavierStokesConfig.builder().viscosity(nu).resolution(s).forcing(f).build());
  }

  /** w = Σ a cos θ + b sin θ, θ = 2π(k1 x + k2 y): u · ∇w in closed form. */
  @Test
  void advectionIsExactForBandLimitedFieldsWithTheStatedSigns() {
    int s = 32;
    int[][] k = {{1, 0}, {0, 2}, {1, -2}, {3, 1}};
    double[] a = {0.7, -0.4, 0.9, 0.3};
    double[] b = {0.2, 0.5, -0.6, 0.8};
    double[] w = new double[s * s];
    double[] exact = new double[s * s];
    for (int i = 0; i < s; i++) {
      for (int j = 0; j < s; j++) {
        double x = (double) i / s;
        double y = (double) j / s;
        double wv = 0;
        double wx = 0;
        double wy = 0;
        double px = 0;
        double py = 0;
        for (int m = 0; m < k.length; m++) {
          double th = TWO_PI * (k[m][0] * x + k[m][1] * y);
          double c = a[m] * Math.cos(th) + b[m] * Math.sin(th);
          double d = -a[m] * Math.sin(th) + b[m] * Math.cos(th); // dc/dθ
          double k2 = TWO_PI * TWO_PI * (k[m][0] * k[m][0] + k[m][1] * k[m][1]);
          wv += c;
          wx += TWO_PI * k[m][0] * d;
          wy += TWO_PI * k[m][1] * d;
          px += TWO_PI * k[m][0] * d / k2; // ψ = Σ c / |2πk|²
          py += TWO_PI * k[m][1] * d / k2;
        }
        w[i * s + j] = wv;
        exact[i * s + j] = py * wx - px * wy; // u = ψ_y, v = −ψ_x
      }
    }
    double[] n = solver(s, 1e-3, Forcing.NONE).advection(w);
    double err = Fields.maxAbsDiff(n, exact) / Fields.maxAbs(exact);
    System.out.printf("advection of a 4-mode field at s=%d: relative max error %.2e%n", s, err);
    assertTrue(err < 1e-13, "advection term of a band-limited field is exact, error " + err);
  }

  /**
   * ψ = exp(sin 2πx + cos 2πy) is smooth but not band-limited: the de-aliased advection term
   * converges faster than any power of 1/s.
   */
  @Test
  void advectionConvergesSpectrallyForASmoothField() {
    int[] sizes = {12, 16, 24, 32, 48, 64};
    double[] errors = new double[sizes.length];
    for (int m = 0; m < sizes.length; m++) {
      int s = sizes[m];
      double[] w = new double[s * s];
      double[] exact = new double[s * s];
      for (int i = 0; i < s; i++) {
        for (int j = 0; j < s; j++) {
          double ax = TWO_PI * i / s;
          double by = TWO_PI * j / s;
          double psi = Math.exp(Math.sin(ax) + Math.cos(by));
          double px = TWO_PI * Math.cos(ax) * psi;
          double py = -TWO_PI * Math.sin(by) * psi;
          double g = Math.cos(ax) * Math.cos(ax) - Math.sin(ax)
              + Math.sin(by) * Math.sin(by) - Math.cos(by);
          double gx = TWO_PI * (-2 * Math.cos(ax) * Math.sin(ax) - Math.cos(ax));
          double gy = TWO_PI * (2 * Math.sin(by) * Math.cos(by) + Math.sin(by));
          double c = -TWO_PI * TWO_PI; // w = −Δψ = c ψ g
          w[i * s + j] = c * psi * g;
          double wx = c * (px * g + psi * gx);
          double wy = c * (py * g + psi * gy);
          exact[i * s + j] = py * wx - px * wy;
        }
      }
      double[] n = solver(s, 1e-3, Forcing.NONE).advection(w);
      errors[m] = Fields.maxAbsDiff(n, exact) / Fields.maxAbs(exact);
    }
    StringBuilder line = new StringBuilder("advection, smooth non-band-limited field:");
    for (int m = 0; m < sizes.length; m++) {
      line.append(String.format(" s=%d err=%.2e", sizes[m], errors[m]));
      if (m > 0) {
        double order = Math.log(errors[m - 1] / errors[m]) / Math.log((double) sizes[m] / sizes[m - 1]);
        line.append(String.format(" (order %.1f)", order));
      }
    }
    System.out.println(line);
    for (int m = 1; m < sizes.length; m++) {
      assertTrue(errors[m] < errors[m - 1], "error falls with s: " + line);
    }
    // spectral: the observed algebraic order keeps growing, far above any fixed-order scheme
    double order12to24 = Math.log(errors[0] / errors[2]) / Math.log(2);
    double order24to48 = Math.log(errors[2] / errors[4]) / Math.log(2);
    assertTrue(order24to48 > order12to24 + 4, line.toString());
    assertTrue(order24to48 > 12, line.toString());
    assertTrue(errors[sizes.length - 1] < 1e-11, line.toString());
  }

  /**
   * A single Taylor–Green mode has u · ∇w ≡ 0, so w(t) = w0 exp(−8π²k²νt) exactly; the numerical
   * error is the time-stepping error of the implicit part alone.
   */
  @Test
  void taylorGreenVortexDecaysAtTheExactRate() {
    int s = 32;
    int k = 2;
    double nu = 1e-3;
    double amplitude = 10; // strong enough that the CFL condition sets the step
    double[] w0 = Fields.sample(s, (x, y) -> amplitude * Math.sin(TWO_PI * k * x) * Math.sin(TWO_PI * k * y));
    double[] times = {0.5, 1.0, 2.0};
    Trajectory tr = solver(s, nu, Forcing.NONE).solve(w0, times);
    double rate = 8 * Math.PI * Math.PI * k * k * nu;
    for (int m = 0; m < times.length; m++) {
      double err = taylorGreenError(tr.frame(m), w0, rate * times[m]) / amplitude;
      System.out.printf(
          "Taylor-Green k=%d nu=%g A=%g t=%.1f: max|w - exact|/A = %.2e (steps %d, max CFL %.2f)%n",
          k, nu, amplitude, times[m], err, tr.steps(), tr.diagnostics().maxCfl());
      assertTrue(err < 1e-7, "Taylor-Green error " + err + " at t = " + times[m]);
    }
    assertTrue(tr.diagnostics().maxCfl() > 0.45, "the CFL condition set the step: " + tr.diagnostics().maxCfl());
  }

  /** The same decay at fixed steps and a stiffer rate: the error falls as dt³. */
  @Test
  void taylorGreenErrorIsThirdOrderInTime() {
    int s = 16;
    int k = 1;
    double nu = 5e-2; // rate 8π²ν ≈ 3.9, ν|k|²dt up to 1 on the resolved modes
    double[] w0 = Fields.sample(s, (x, y) -> Math.sin(TWO_PI * k * x) * Math.sin(TWO_PI * k * y));
    double rate = 8 * Math.PI * Math.PI * k * k * nu;
    double[] dts = {0.1, 0.05, 0.025, 0.0125};
    double[] errors = new double[dts.length];
    for (int m = 0; m < dts.length; m++) {
      NavierStokes2DSolver solver =
          new NavierStokes2DSolver(
              NavierStokesConfig.builder()
                  .resolution(s)
                  .viscosity(nu)
                  .forcing(Forcing.NONE)
                  .cfl(NavierStokesConfig.MAX_CFL)
                  .dtMax(dts[m])
                  .build());
      Trajectory tr = solver.solve(w0, new double[] {1.0});
      assertEquals(Math.round(1.0 / dts[m]), tr.steps(), "fixed steps");
      errors[m] = taylorGreenError(tr.frame(0), w0, rate);
    }
    double[] orders = Convergence.orders(errors, 2.0);
    System.out.println(Convergence.describe("Taylor-Green (implicit part), dt = 0.1/2^m", errors, orders));
    Convergence.assertOrders(orders, 2.7, 3.3);
  }

  private static double taylorGreenError(double[] w, double[] w0, double decayExponent) {
    double decay = Math.exp(-decayExponent);
    double err = 0;
    for (int p = 0; p < w0.length; p++) {
      err = Math.max(err, Math.abs(w[p] - w0[p] * decay));
    }
    return err;
  }

  @Test
  void meanIsConservedAndDoesNotEnterTheVelocity() {
    int s = 32;
    double[] w0 = Fields.randomVorticity(s, 4, 2.0, RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
    double[] shifted = w0.clone();
    for (int p = 0; p < shifted.length; p++) {
      shifted[p] += 0.3;
    }
    NavierStokes2DSolver solver = solver(s, 1e-3, Forcing.FNO);
    double[] times = {1, 2};
    Trajectory plain = solver.solve(w0, times);
    Trajectory withMean = solver.solve(shifted, times);
    for (int m = 0; m < times.length; m++) {
      double[] a = plain.frame(m);
      double[] b = withMean.frame(m);
      System.out.printf(
          "t=%.0f: mean w = %.1e (w0 mean 0), %.15f (w0 mean 0.3)%n",
          times[m], Fields.mean(a), Fields.mean(b));
      assertEquals(0.0, Fields.mean(a), 1e-14);
      assertEquals(0.3, Fields.mean(b), 1e-14);
      for (int p = 0; p < a.length; p++) {
        b[p] -= 0.3;
      }
      assertTrue(Fields.maxAbsDiff(a, b) < 1e-12, "w − mean evolves as without the mean");
    }
    assertEquals(plain.steps(), withMean.steps(), "same velocity, same steps");
  }

  @Test
  void outputsLandOnTheRequestedTimesAndTimeZeroIsTheInitialField() {
    int s = 16;
    double[] w0 = Fields.randomVorticity(s, 3, 3.0, RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
    double[] times = {0, 0.013, 0.5, 0.51, 1.7};
    NavierStokes2DSolver solver =
        new NavierStokes2DSolver(
            NavierStokesConfig.builder().resolution(s).viscosity(1e-3).cfl(0.4).build());
    Trajectory tr = solver.solve(w0, times);
    assertArrayEquals(times, tr.times());
    assertArrayEquals(w0, tr.frame(0));
    assertArrayEquals(new long[] {5, s, s}, tr.shape());
    assertTrue(tr.diagnostics().maxCfl() <= 0.4 * (1 + 1e-9), "max CFL " + tr.diagnostics().maxCfl());
    assertTrue(tr.diagnostics().minDt() <= 0.013 + 1e-15);
    assertTrue(tr.diagnostics().fftSeconds() > 0 && tr.diagnostics().fftSeconds() <= tr.diagnostics().elapsedSeconds());
    // without the intermediate outputs the steps differ, the result only at time-stepping level
    Trajectory direct = solver.solve(w0, new double[] {1.7});
    double[] fine =
        new NavierStokes2DSolver(solver.config().toBuilder().dtMax(1e-3).build())
            .solve(w0, new double[] {1.7})
            .frame(0);
    double errWith = Fields.relativeError(tr.frame(4), fine);
    double errWithout = Fields.relativeError(direct.frame(0), fine);
    System.out.printf(
        "outputs at 5 times: %d steps, rel. error %.1e; only the final time: %d steps, %.1e%n",
        tr.steps(), errWith, direct.steps(), errWithout);
    assertTrue(errWith < 1e-4 && errWithout < 1e-4, errWith + " " + errWithout);
  }

  @Test
  void aSolverIsReusableAcrossSamples() {
    int s = 16;
    NavierStokes2DSolver solver = solver(s, 1e-4, Forcing.FNO);
    double[] a = Fields.randomVorticity(s, 3, 3.0, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
    double[] b = Fields.randomVorticity(s, 3, 3.0, RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
    double[] times = {0.5, 1};
    double[] first = solver.solve(a, times).values();
    solver.solve(b, times);
    assertArrayEquals(first, solver.solve(a, times).values());
    assertArrayEquals(first, solver(s, 1e-4, Forcing.FNO).solve(a, times).values());
  }

  @Test
  void anOverflowingStateThrowsNamingStepTimeAndMaxVorticity() {
    int s = 16;
    double[] w0 = Fields.sample(s, (x, y) -> 1e300 * Math.sin(TWO_PI * x) * Math.cos(TWO_PI * 2 * y));
    SolverException e =
        assertThrows(SolverException.class, () -> solver(s, 1e-3, Forcing.NONE).solve(w0, new double[] {1}));
    System.out.println("overflow: " + e.getMessage());
    assertTrue(e.getMessage().contains("step 0"), e.getMessage());
    assertTrue(e.getMessage().contains("t = 0"), e.getMessage());
    assertTrue(e.getMessage().contains("max|w| = 1.00000e+300"), e.getMessage());
  }

  @Test
  void runningOutOfStepsThrows() {
    int s = 16;
    NavierStokes2DSolver solver =
        new NavierStokes2DSolver(
            NavierStokesConfig.builder().resolution(s).dtMax(1e-3).maxSteps(10).build());
    double[] w0 = Fields.randomVorticity(s, 3, 1.0, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
    SolverException e = assertThrows(SolverException.class, () -> solver.solve(w0, new double[] {1}));
    System.out.println("step budget: " + e.getMessage());
    assertTrue(e.getMessage().contains("maxSteps = 10"), e.getMessage());
  }
}
