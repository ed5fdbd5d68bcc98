package dev.galerkin.solvers.compressible;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.Limiter;
import org.junit.jupiter.api.Test;

/**
 * The viscous terms of {@link ViscousOperator} against the linearised equations: a small velocity
 * sine {@code v = ε sin(kx)} on {@code ρ = p = 1} has amplitude {@code A'' + μk² A' + c²k² A =
 * 0}, {@code A(0) = ε}, {@code A'(0) = −μk²ε}, so {@code A = ε e^{−αt}(cos ωt − (α/ω) sin ωt)},
 * {@code α = μk²/2}, {@code ω = √(c²k² − α²)}, {@code μ = ζ + 4η/3}; and the one-line failure of
 * a non-positive state.
 */
class ViscousDecayTest {
  private static final double EPS = 1e-4;

  /**
   * @param mu the viscosity of the linear formula compared with
   * @return the largest deviation of the measured amplitude from the linear one, over {@code ε}
   */
  private static double worstDeviation(int n, double eta, double zeta, double mu) {
    double gamma = 5.0 / 3;
    CellGrid grid = CellGrid.line(n, 0, 1);
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(),
        new CompressibleConfig(gamma, eta, zeta, 0.4, Limiter.MONOTONISED_CENTRAL));
    double k = 2 * Math.PI;
    double dx = grid.dx();
    double[] w0 = new double[3 * n];
    for (int i = 0; i < n; i++) {
      w0[3 * i] = 1;   // the cell average of sin(kx): sin(k x_i)·sinc
      w0[3 * i + 1] = EPS * (Math.cos(k * i * dx) - Math.cos(k * (i + 1) * dx)) / (k * dx);
      w0[3 * i + 2] = 1;
    }
    double[] times = new double[10];
    for (int j = 0; j < times.length; j++) {
      times[j] = 0.1 * (j + 1);
    }
    Trajectory traj = s.solve(w0, times, "viscous decay");
    double alpha = 0.5 * mu * k * k;
    double omega = Math.sqrt(gamma * k * k - alpha * alpha);
    double worst = 0;
    double projection = Math.sin(k * dx / 2) / (k * dx / 2);   // the sinc of the cell averages
    for (int j = 0; j < times.length; j++) {
      double[] w = traj.frame(j);
      double a = 0;
      for (int i = 0; i < n; i++) {
        a += 2 * w[3 * i + 1] * Math.sin(k * grid.xCentres()[i]) * dx;
      }
      a /= projection;
      double t = times[j];
      double exact = EPS * Math.exp(-alpha * t) * (Math.cos(omega * t)
          - alpha / omega * Math.sin(omega * t));
      worst = Math.max(worst, Math.abs(a - exact) / EPS);
    }
    return worst;
  }

  @Test
  void aSmallVelocitySineDecaysAtTheViscousRate() {
    double mu = 0.01 + 4 * 0.015 / 3;   // eta = 0.015, zeta = 0.01
    double viscous = worstDeviation(128, 0.015, 0.01, mu);
    double coarse = worstDeviation(64, 0.015, 0.01, mu);
    double bulkOnly = worstDeviation(128, 0, mu, mu);   // only mu = zeta + 4 eta/3 matters
    double inviscid = worstDeviation(128, 0, 0, mu);    // how much the viscosity changes A
    String report = String.format("viscous decay, mu = 0.03, k = 2 pi, t <= 1: max |A -"
        + " A_linear|/eps = %.2e (128 cells), %.2e (64 cells), %.2e (eta = 0, zeta = mu);"
        + " an inviscid run is %.2e off", viscous, coarse, bulkOnly, inviscid);
    System.out.println(report);
    assertTrue(viscous < 5e-3 && bulkOnly < 5e-3, report);
    assertTrue(coarse > viscous, report);
    assertTrue(inviscid > 50 * viscous, report);
  }

  /** A 2D shear wave {@code v = ε sin(2πx)} (across x) decays as {@code e^{−ηk²t}}: η alone. */
  @Test
  void aShearWaveDecaysAtTheShearRateIn2D() {
    double eta = 0.02;
    double zeta = 0.05;   // must not matter
    double k = 2 * Math.PI;
    StringBuilder r = new StringBuilder("2D shear wave v = 1e-4 sin(2 pi x), eta = 0.02, zeta ="
        + " 0.05, t = 1: relative amplitude error");
    double[] errs = new double[2];
    int[] cells = {32, 64};
    for (int c = 0; c < 2; c++) {
      int n = cells[c];
      CellGrid grid = CellGrid.rectangle(n, 4, 0, 1, 0, 4.0 / n);
      CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(),
          new CompressibleConfig(1.4, eta, zeta, 0.4, Limiter.MONOTONISED_CENTRAL));
      double dx = grid.dx();
      double[] w0 = new double[4 * n * 4];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < 4; j++) {
          int o = 4 * (i * 4 + j);
          w0[o] = 1;
          w0[o + 2] = EPS * (Math.cos(k * i * dx) - Math.cos(k * (i + 1) * dx)) / (k * dx);
          w0[o + 3] = 1;
        }
      }
      double[] w = s.solve(w0, new double[] {1}, "shear wave").frame(0);
      double a = 0;
      for (int i = 0; i < n; i++) {
        a += 2 * w[4 * (i * 4) + 2] * (Math.cos(k * i * dx) - Math.cos(k * (i + 1) * dx)) / k;
      }
      double sinc = Math.sin(k * dx / 2) / (k * dx / 2);
      a /= sinc * sinc;
      errs[c] = Math.abs(a / (EPS * Math.exp(-eta * k * k)) - 1);
      r.append(String.format(" %.2e (%d cells)", errs[c], n));
    }
    System.out.println(r);
    assertTrue(errs[1] < 1e-2 && errs[1] < errs[0], r.toString());
  }

  @Test
  void aNegativePressureStopsTheRunInOneLine() {
    int n = 64;
    CellGrid grid = CellGrid.line(n, 0, 1);
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(),
        CompressibleConfig.euler(1.4));
    double[] w0 = new double[3 * n];
    for (int i = 0; i < n; i++) {   // two streams leaving each other at Mach 1000: near vacuum
      w0[3 * i] = 1;
      w0[3 * i + 1] = i < n / 2 ? -1000 : 1000;
      w0[3 * i + 2] = 1;
    }
    String m = assertThrows(SolverException.class, () -> s.solve(w0, new double[] {0.1},
        "test sample 4")).getMessage();
    System.out.println("non-positive state: " + m);
    assertTrue(m.startsWith("test sample 4: ") && m.contains(" is not positive"), m);
    assertFalse(m.contains("\n"), "one line");
    w0[3 * 7 + 2] = -1;
    m = assertThrows(SolverException.class, () -> s.solve(w0, new double[] {0.1},
        "test sample 5")).getMessage();
    assertTrue(m.startsWith("test sample 5: pressure p = ") && m.contains("step 0, t = 0.0, cell"
        + " 7 is not positive"), m);
  }
}
