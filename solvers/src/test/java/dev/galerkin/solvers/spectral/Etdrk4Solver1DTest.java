package dev.galerkin.solvers.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class Etdrk4Solver1DTest {

  /** {@code u_t = ν u_xx + c·pointwise(u)}, a test equation. */
  private record Pde(double nu, int power, double coefficient) implements SemilinearPde1D {
    @Override
    public String name() {
      return "test";
    }

    @Override
    public double linearSymbol(double k) {
      return -nu * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      for (int i = 0; i < u.length; i++) {
        nHat[i] = power == 0 ? 0 : coefficient * Math.pow(u[i], power);
      }
      fourier.forward(nHat);
    }
  }

  private static final SemilinearPde1D HEAT = new Pde(0.3, 0, 0);

  @Test
  void linearProblemFourierModesDecayExactlyEvenInOneHugeStep() {
    // u_t = 0.3 u_xx on [0, 2): u = e^{-0.3 k² t} (cos(k3 x) + 0.5 sin(k5 x) + 2), k_m = π m
    double nu = 0.3;
    for (double dtMax : new double[] {1.0, 1e-2}) {
      Discretisation1D d = Discretisation1D.of(0, 2, 32, dtMax, Dealiasing.TWO_THIRDS);
      Etdrk4Solver1D solver = new Etdrk4Solver1D(HEAT, d);
      double[] x = d.grid().coordinates();
      double[] u0 = new double[32];
      for (int i = 0; i < 32; i++) {
        u0[i] = Math.cos(3 * Math.PI * x[i]) + 0.5 * Math.sin(5 * Math.PI * x[i]) + 2;
      }
      double[] times = {0.05, 0.2, 1.0};
      Trajectory tr = solver.solve(u0, times);
      double err = 0;
      for (int j = 0; j < times.length; j++) {
        double t = times[j];
        for (int i = 0; i < 32; i++) {
          double exact =
              Math.exp(-nu * 9 * Math.PI * Math.PI * t) * Math.cos(3 * Math.PI * x[i])
                  + 0.5 * Math.exp(-nu * 25 * Math.PI * Math.PI * t) * Math.sin(5 * Math.PI * x[i])
                  + 2;
          err = Math.max(err, Math.abs(tr.value(j, i) - exact));
        }
      }
      System.out.printf(
          "Exact decay (N = 0), dtMax = %g, %d steps: max error %.2e%n", dtMax, tr.steps(), err);
      assertTrue(err < 1e-14, "error " + err);
    }
  }

  @Test
  void withoutLinearPartItIsClassicalRk4AndIntegratesACubicInTimeSourceExactly() {
    // u_t = f = (3t² + 2t) cos(2πx): u = (1 + t³ + t²) cos(2πx); RK4 = Simpson, exact for cubics
    Discretisation1D d = Discretisation1D.of(0, 1, 16, 0.5, Dealiasing.NONE);
    Source1D f = (x, t) -> (3 * t * t + 2 * t) * Math.cos(2 * Math.PI * x);
    Etdrk4Solver1D solver = new Etdrk4Solver1D(new Pde(0, 0, 0), d, f);
    double[] x = d.grid().coordinates();
    double[] u0 = new double[16];
    for (int i = 0; i < 16; i++) {
      u0[i] = Math.cos(2 * Math.PI * x[i]);
    }
    Trajectory tr = solver.solve(u0, new double[] {1.0, 2.5});
    assertEquals(5, tr.steps());
    for (int i = 0; i < 16; i++) {
      assertEquals(3 * Math.cos(2 * Math.PI * x[i]), tr.value(0, i), 1e-14);
      assertEquals((1 + 15.625 + 6.25) * Math.cos(2 * Math.PI * x[i]), tr.value(1, i), 1e-13);
    }
  }

  @Test
  void stepsHitTheOutputTimesExactlyAndTimeZeroReturnsTheProjectedInitialField() {
    Discretisation1D d = Discretisation1D.of(0, 1, 16, 0.1, Dealiasing.TWO_THIRDS);
    Etdrk4Solver1D solver = new Etdrk4Solver1D(HEAT, d);
    double[] u0 = new double[16];
    u0[3] = 1; // not band-limited: the t = 0 output is its projection onto |m| <= 5
    Trajectory tr = solver.solve(u0, new double[] {0, 0.3, 1.0});
    assertEquals(3 + 7, tr.steps());
    double[] projected = u0.clone();
    PeriodicFourier1D f = solver.fourier();
    f.forward(projected);
    f.truncate(projected, 5);
    f.inverse(projected);
    assertArrayEquals(projected, tr.frame(0), 1e-15);
    // ten outputs 0.1 j with dtMax 0.01: round-off in 0.1 j - 0.1 (j - 1) must not add steps
    double[] times = new double[10];
    for (int j = 0; j < 10; j++) {
      times[j] = 0.1 * (j + 1);
    }
    Discretisation1D fine = Discretisation1D.of(0, 1, 16, 0.01, Dealiasing.TWO_THIRDS);
    assertEquals(100, new Etdrk4Solver1D(HEAT, fine).solve(u0, times).steps());
  }

  @Test
  void isReusableAndCachesCoefficientsPerStepSize() {
    Discretisation1D d = Discretisation1D.of(0, 1, 32, 0.01, Dealiasing.TWO_THIRDS);
    Etdrk4Solver1D solver = new Etdrk4Solver1D(new Pde(0.1, 2, -1), d);
    double[] u0 = new double[32];
    for (int i = 0; i < 32; i++) {
      u0[i] = Math.sin(2 * Math.PI * i / 32.0);
    }
    Trajectory first = solver.solve(u0, new double[] {0.5, 1});
    double[] other = new double[32];
    solver.solve(other, new double[] {0.05});
    assertEquals(first, solver.solve(u0, new double[] {0.5, 1}));
    Etdrk4Coefficients c = solver.coefficients(0.01);
    assertSame(c, solver.coefficients(0.01 * (1 + 1e-15)));
    assertNotSame(c, solver.coefficients(0.011));
  }

  @Test
  void dealiasingRulesAreExactForTheDegreesTheyClaim() {
    // a random field band-limited to the kept modes; N = u^p pseudo-spectrally and truncated,
    // against the same product on a grid fine enough (4n) to be alias-free
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
    int n = 48;
    for (Dealiasing rule : new Dealiasing[] {Dealiasing.TWO_THIRDS, Dealiasing.ONE_HALF}) {
      for (int p = 2; p <= 3; p++) {
        int k = rule.maxMode(n);
        double[] coarse = new double[n];
        double[] fine = new double[4 * n];
        for (int m = 0; m <= k; m++) {
          double re = rng.nextDouble() - 0.5;
          double im = m == 0 ? 0 : rng.nextDouble() - 0.5;
          for (int i = 0; i < n; i++) {
            coarse[i] += field(re, im, m, i / (double) n);
          }
          for (int i = 0; i < 4 * n; i++) {
            fine[i] += field(re, im, m, i / (4.0 * n));
          }
        }
        double err = productError(coarse, fine, p, k);
        System.out.printf(
            "De-aliasing %s, n = 48, K = %d, u^%d: relative error %.2e%n", rule, k, p, err);
        if (p == 2 || rule == Dealiasing.ONE_HALF) {
          assertTrue(err < 1e-14, rule + " must be exact for u^" + p + ": " + err);
        } else {
          assertTrue(err > 1e-4, "2/3 truncation aliases a cubic: " + err);
        }
      }
    }
  }

  private static double field(double re, double im, int m, double x) {
    double s = m == 0 ? 1 : 2;
    return s * (re * Math.cos(2 * Math.PI * m * x) - im * Math.sin(2 * Math.PI * m * x));
  }

  /**
   * Max nodal difference between the truncated pseudo-spectral u^p on both grids, over max |u^p|.
   */
  private static double productError(double[] coarse, double[] fine, int p, int k) {
    double[] a = truncatedPower(coarse, p, k);
    double[] b = truncatedPower(fine, p, k);
    double err = 0;
    double scale = 0;
    for (int i = 0; i < a.length; i++) {
      err = Math.max(err, Math.abs(a[i] - b[4 * i]));
      scale = Math.max(scale, Math.abs(b[4 * i]));
    }
    return err / scale;
  }

  private static double[] truncatedPower(double[] u, int p, int k) {
    int n = u.length;
    PeriodicFourier1D f = new PeriodicFourier1D(dev.galerkin.meshes.Grid1D.periodic(0, 1, n));
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = Math.pow(u[i], p);
    }
    f.forward(w);
    f.truncate(w, k);
    f.inverse(w);
    return w;
  }

  @Test
  void blowUpThrowsSolverExceptionWithStepTimeAndMaxU() {
    // u_t = u²: blows up at t = 1 from u0 = 1
    Discretisation1D d = Discretisation1D.of(0, 1, 8, 0.01, Dealiasing.NONE);
    Etdrk4Solver1D solver = new Etdrk4Solver1D(new Pde(0, 2, 1), d);
    double[] u0 = new double[8];
    java.util.Arrays.fill(u0, 1);
    SolverException e =
        assertThrows(SolverException.class, () -> solver.solve(u0, new double[] {0.5, 3}));
    String m = e.getMessage();
    System.out.println("Blow-up message: " + m);
    assertTrue(m.contains("not finite after step"), m);
    assertTrue(m.contains("t = "), m);
    assertTrue(m.contains("max |u| = "), m);
    assertTrue(m.contains("last finite max |u| = "), m);
    assertTrue(m.contains("dtMax"), m);
  }

  @Test
  void rejectsBadArgumentsWithOneLineMessages() {
    Discretisation1D d = Discretisation1D.of(0, 1, 8, 0.1, Dealiasing.NONE);
    Etdrk4Solver1D solver = new Etdrk4Solver1D(HEAT, d);
    double[] u0 = new double[8];
    assertMessage("outputTimes[1] = 0.2", () -> solver.solve(u0, new double[] {0.2, 0.2}));
    assertMessage("outputTimes[0] = -1.0", () -> solver.solve(u0, new double[] {-1}));
    assertMessage("outputTimes is null or empty", () -> solver.solve(u0, new double[0]));
    assertMessage("u0.length = 7", () -> solver.solve(new double[7], new double[] {1}));
    double[] nan = new double[8];
    nan[2] = Double.NaN;
    assertMessage("u0[2] = NaN", () -> solver.solve(nan, new double[] {1}));
    assertMessage("Discretisation1D.nodes = 5", () -> Discretisation1D.of(0, 1, 5, 0.1, null));
    assertMessage("Discretisation1D.length = -1.0", () -> Discretisation1D.of(0, -1, 8, 0.1, null));
    assertMessage(
        "Discretisation1D.dtMax = 0.0", () -> Discretisation1D.of(0, 1, 8, 0, Dealiasing.NONE));
    assertMessage(
        "Discretisation1D.dealiasing is null", () -> Discretisation1D.of(0, 1, 8, 1, null));
  }

  private static void assertMessage(String expected, Runnable r) {
    GalerkinException e = assertThrows(GalerkinException.class, r::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }
}
