package dev.galerkin.solvers.navierstokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Measured temporal order of the full nonlinear scheme, and conservation when ν → 0, f = 0. */
class NavierStokesConvergenceTest {
  private static final int S = 32;

  private static Trajectory run(double nu, Forcing f, double dt, double[] w0, double t) {
    NavierStokes2DSolver solver =
        new NavierStokes2DSolver(
            NavierStokesConfig.builder()
                .resolution(S)
                .viscosity(nu)
                .forcing(f)
                .cfl(NavierStokesConfig.MAX_CFL)
                .dtMax(dt)
                .build());
    Trajectory tr = solver.solve(w0, new double[] {t});
    assertEquals(Math.round(t / dt), tr.steps(), "fixed steps: dtMax is below the CFL step");
    return tr;
  }

  /**
   * A smooth random vorticity (modes |k| <= 4, amplitude such that advection dominates) with the FNO
   * forcing, fixed steps dt = 0.02 / 2^m against a reference at dt = 0.02 / 64: third order.
   */
  @ParameterizedTest
  @ValueSource(doubles = {1e-2, 1e-4})
  void nonlinearForcedFlowConvergesAtThirdOrderInTime(double nu) {
    double[] w0 = Fields.randomVorticity(S, 4, 2.0, RandomSource.XO_RO_SHI_RO_128_PP.create(11L));
    double t = 1.0;
    double[] reference = run(nu, Forcing.FNO, 0.02 / 64, w0, t).frame(0);
    double[] dts = {0.02, 0.01, 0.005, 0.0025};
    double[] errors = new double[dts.length];
    double maxCfl = 0;
    for (int m = 0; m < dts.length; m++) {
      Trajectory tr = run(nu, Forcing.FNO, dts[m], w0, t);
      errors[m] = Fields.relativeError(tr.frame(0), reference);
      maxCfl = Math.max(maxCfl, tr.diagnostics().maxCfl());
    }
    double[] orders = Convergence.orders(errors, 2.0);
    System.out.println(
        Convergence.describe(
            String.format(
                "forced NS, s=%d nu=%g T=%.0f, dt = 0.02/2^m (max CFL %.2f), relative L2", S, nu, t, maxCfl),
            errors,
            orders));
    assertTrue(maxCfl > 0.4, "the coarsest step is a realistic CFL step: " + maxCfl);
    // the less viscous flow approaches 3 from above (3.4, 3.2, 3.1): the finest pair is asymptotic
    Convergence.assertOrders(orders, 2.7, 3.6);
    Convergence.assertOrders(new double[] {orders[orders.length - 1]}, 2.7, 3.3);
  }

  /**
   * ν = 1e-12 and no forcing, a state inside the 2/3-rule band: the semi-discrete system conserves
   * energy and enstrophy exactly, so the drift is time-stepping error, and falls at the order of
   * the scheme or faster.
   */
  @Test
  void energyAndEnstrophyAreConservedToTheSchemeOrderWithoutViscosityAndForcing() {
    double[] w0 = Fields.randomVorticity(S, 4, 2.0, RandomSource.XO_RO_SHI_RO_128_PP.create(12L));
    double t = 2.0;
    double e0 = Fields.energy(w0, S);
    double z0 = Fields.enstrophy(w0);
    double[] dts = {0.04, 0.02, 0.01, 0.005};
    double[] energyDrift = new double[dts.length];
    double[] enstrophyDrift = new double[dts.length];
    for (int m = 0; m < dts.length; m++) {
      double[] w = run(1e-12, Forcing.NONE, dts[m], w0, t).frame(0);
      energyDrift[m] = Math.abs(Fields.energy(w, S) - e0) / e0;
      enstrophyDrift[m] = Math.abs(Fields.enstrophy(w) - z0) / z0;
      assertEquals(0.0, Fields.mean(w), 1e-14, "mean of w stays zero");
    }
    double[] energyOrders = Convergence.orders(energyDrift, 2.0);
    double[] enstrophyOrders = Convergence.orders(enstrophyDrift, 2.0);
    System.out.println(Convergence.describe("energy drift |E(T)-E0|/E0, T=2", energyDrift, energyOrders));
    System.out.println(
        Convergence.describe("enstrophy drift |Z(T)-Z0|/Z0, T=2", enstrophyDrift, enstrophyOrders));
    Convergence.assertOrders(energyOrders, 2.7, 6.5);
    Convergence.assertOrders(enstrophyOrders, 2.7, 6.5);
    assertTrue(energyDrift[dts.length - 1] < 1e-7 && enstrophyDrift[dts.length - 1] < 1e-7);
  }

  /**
   * Spatial accuracy of the whole solver: a smooth, not band-limited initial field (the vorticity
   * of ψ = 0.01 exp(sin 2πx + cos 2πy)) with forcing, the same fixed steps on every grid, compared
   * at T = 0.5 with s = 96 at the common nodes: the error falls faster than any power of 1/s.
   */
  @Test
  void wholeSolverConvergesSpectrallyInSpace() {
    double nu = 1e-2;
    double dt = 0.005;
    double t = 0.5;
    int[] sizes = {12, 16, 24, 32, 48};
    int fineSize = 96;
    double[] reference = solveSmooth(fineSize, nu, dt, t);
    double[] errors = new double[sizes.length];
    for (int m = 0; m < sizes.length; m++) {
      int s = sizes[m];
      double[] w = solveSmooth(s, nu, dt, t);
      double[] ref = new double[s * s];
      int stride = fineSize / s;
      for (int i = 0; i < s; i++) {
        for (int j = 0; j < s; j++) {
          ref[i * s + j] = reference[(i * stride) * fineSize + j * stride];
        }
      }
      errors[m] = Fields.maxAbsDiff(w, ref) / Fields.maxAbs(ref);
    }
    StringBuilder line = new StringBuilder("whole solver vs s=96, nu=1e-2 T=0.5, fixed dt:");
    for (int m = 0; m < sizes.length; m++) {
      line.append(String.format(" s=%d err=%.2e", sizes[m], errors[m]));
      if (m > 0) {
        line.append(String.format(" (order %.1f)",
            Math.log(errors[m - 1] / errors[m]) / Math.log((double) sizes[m] / sizes[m - 1])));
      }
    }
    System.out.println(line);
    for (int m = 1; m < sizes.length; m++) {
      assertTrue(errors[m] < errors[m - 1], line.toString());
    }
    double orderCoarse = Math.log(errors[0] / errors[2]) / Math.log(2); // 12 -> 24
    double orderFine = Math.log(errors[2] / errors[4]) / Math.log(2); // 24 -> 48
    assertTrue(orderFine > orderCoarse + 4 && orderFine > 12, line.toString());
    assertTrue(errors[sizes.length - 1] < 1e-10, line.toString());
  }

  private static double[] solveSmooth(int s, double nu, double dt, double t) {
    double twoPi = 2 * Math.PI;
    double[] w0 =
        Fields.sample(
            s,
            (x, y) -> {
              double a = twoPi * x;
              double b = twoPi * y;
              double psi = 0.01 * Math.exp(Math.sin(a) + Math.cos(b));
              double g = Math.cos(a) * Math.cos(a) - Math.sin(a) + Math.sin(b) * Math.sin(b) - Math.cos(b);
              return -twoPi * twoPi * psi * g;
            });
    NavierStokes2DSolver solver =
        new NavierStokes2DSolver(
            NavierStokesConfig.builder()
                .resolution(s)
                .viscosity(nu)
                .cfl(NavierStokesConfig.MAX_CFL)
                .dtMax(dt)
                .build());
    Trajectory tr = solver.solve(w0, new double[] {t});
    assertEquals(Math.round(t / dt), tr.steps(), "the same fixed steps on every grid");
    return tr.frame(0);
  }
}
