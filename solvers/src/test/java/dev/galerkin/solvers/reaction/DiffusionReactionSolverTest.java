package dev.galerkin.solvers.reaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.spectral.Source1D;
import dev.galerkin.solvers.Trajectory;
import org.junit.jupiter.api.Test;

class DiffusionReactionSolverTest {

  /**
   * Manufactured solution u = 0.5 + 0.3 e^{-t} sin 2πx + c sin 3t cos 6πx of u_t = ν u_xx + ρ u(1 -
   * u) + s; the source s = u_t - ν u_xx - ρ u (1 - u).
   */
  private record Manufactured(double nu, double rho, double c) {
    double u(double x, double t) {
      return 0.5
          + 0.3 * Math.exp(-t) * Math.sin(2 * Math.PI * x)
          + c * Math.sin(3 * t) * Math.cos(6 * Math.PI * x);
    }

    double source(double x, double t) {
      double w1 = 2 * Math.PI;
      double w3 = 6 * Math.PI;
      double ut =
          -0.3 * Math.exp(-t) * Math.sin(w1 * x) + 3 * c * Math.cos(3 * t) * Math.cos(w3 * x);
      double uxx =
          -w1 * w1 * 0.3 * Math.exp(-t) * Math.sin(w1 * x)
              - w3 * w3 * c * Math.sin(3 * t) * Math.cos(w3 * x);
      double u = u(x, t);
      return ut - nu * uxx - rho * u * (1 - u);
    }

    double error(int n, double dtMax) {
      DiffusionReactionConfig config =
          DiffusionReactionConfig.builder().diffusivity(nu).rate(rho).nodes(n).dtMax(dtMax).build();
      Source1D s = this::source;
      DiffusionReactionSolver solver = new DiffusionReactionSolver(config, s);
      double[] x = config.grid().coordinates();
      double[] u0 = new double[n];
      for (int i = 0; i < n; i++) {
        u0[i] = u(x[i], 0);
      }
      Trajectory tr = solver.solve(u0, new double[] {0.5, 1.0});
      double err = 0;
      for (int j = 0; j < 2; j++) {
        for (int i = 0; i < n; i++) {
          err = Math.max(err, Math.abs(tr.value(j, i) - u(x[i], tr.time(j))));
        }
      }
      return err;
    }
  }

  @Test
  void manufacturedSolutionFourthOrderInTime() {
    // u = 0.5 + 0.3 e^{-t} sin 2πx, PDEBench-like ν = 0.5, ρ = 10: hλ = -ν (2π)² dt <= 1
    Manufactured m = new Manufactured(0.5, 10, 0);
    Orders.assertFourthOrder(
        "Diffusion-reaction manufactured u = 0.5 + 0.3 e^-t sin 2 pi x (nu = 0.5, rho = 10, n = 32,"
            + " T = 1): max error",
        dt -> m.error(32, dt),
        0.05,
        6);
  }

  @Test
  void stiffForcedModesShowCoxMatthewsOrderReductionThenFourthOrder() {
    // add 0.1 sin 3t cos 6πx at ν = 5: the source drives mode 3, λ = -5 (6π)² = -1777; while
    // |hλ| >> 1 ETDRK4 (Cox–Matthews) loses order (Hochbruck & Ostermann 2005); order 4 returns
    // once |hλ| < 1 (dt < 5.6e-4)
    Manufactured m = new Manufactured(5, 1, 0.1);
    Orders.assertFourthOrder(
        "Diffusion-reaction manufactured, forced stiff mode (+ 0.1 sin 3t cos 6 pi x, nu = 5, rho ="
            + " 1, n = 32, T = 1): max error",
        dt -> m.error(32, dt),
        0.05,
        10,
        8);
  }

  @Test
  void spatiallyConstantDataFollowTheExactLogisticCurve() {
    // u(t) = u0 e^{ρt} / (1 - u0 + u0 e^{ρt}); ρ = 10, u0 = 0.05: a sigmoid in t, no source
    double rho = 10;
    double u0 = 0.05;
    double exact = u0 * Math.exp(rho) / (1 - u0 + u0 * Math.exp(rho));
    Orders.assertFourthOrder(
        "Diffusion-reaction, constant data vs exact logistic (rho = 10, T = 1): error",
        dt -> {
          DiffusionReactionConfig c =
              DiffusionReactionConfig.builder().diffusivity(1).rate(rho).nodes(8).dtMax(dt).build();
          double[] init = new double[8];
          java.util.Arrays.fill(init, u0);
          Trajectory tr = new DiffusionReactionSolver(c).solve(init, new double[] {1});
          double err = 0;
          for (int i = 0; i < 8; i++) {
            err = Math.max(err, Math.abs(tr.value(0, i) - exact));
          }
          return err;
        },
        0.025,
        5);
  }

  @Test
  void configValidatesEachField() {
    assertMessage(
        "DiffusionReactionConfig.diffusivity = -1.0",
        () -> DiffusionReactionConfig.pdebench(-1, 1, 1e-3));
    assertMessage(
        "DiffusionReactionConfig.rate = NaN",
        () -> new DiffusionReactionConfig(1, Double.NaN, null));
    assertMessage(
        "DiffusionReactionConfig.rate is not set",
        () -> DiffusionReactionConfig.builder().diffusivity(1).nodes(8).dtMax(1).build());
    assertMessage(
        "DiffusionReactionConfig.nodes is not set",
        () -> DiffusionReactionConfig.builder().diffusivity(1).rate(1).dtMax(1).build());
    DiffusionReactionConfig c = DiffusionReactionConfig.pdebench(0.5, 10, 1e-3);
    assertEquals(1024, c.nodes());
    assertEquals(1.0, c.length());
    assertEquals(1e-3, c.dtMax());
  }

  private static void assertMessage(String expected, Runnable r) {
    GalerkinException e = assertThrows(GalerkinException.class, r::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
