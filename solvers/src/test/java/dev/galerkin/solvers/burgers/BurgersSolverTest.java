package dev.galerkin.solvers.burgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.spectral.Dealiasing;
import dev.galerkin.solvers.Trajectory;
import org.junit.jupiter.api.Test;

class BurgersSolverTest {

  /** φ = 1 + 0.5 cos 2πx + 0.3 cos 4πx: u up to about 1.5, a steepening front at ν = 0.05. */
  private static final ColeHopf EXACT = new ColeHopf(0.05, 1.0, new double[] {0.85, 0.1});

  private static final double[] TIMES = {0.25, 0.5};

  /** Max error over the output times against the Cole–Hopf solution. */
  private static double error(int n, double dtMax, Dealiasing rule) {
    BurgersConfig config =
        BurgersConfig.builder()
            .viscosity(EXACT.nu())
            .nodes(n)
            .dtMax(dtMax)
            .dealiasing(rule)
            .build();
    BurgersSolver solver = new BurgersSolver(config);
    double[] x = config.grid().coordinates();
    Trajectory tr = solver.solve(EXACT.field(x, 0), TIMES);
    double err = 0;
    for (int j = 0; j < TIMES.length; j++) {
      double[] exact = EXACT.field(x, TIMES[j]);
      for (int i = 0; i < n; i++) {
        err = Math.max(err, Math.abs(tr.value(j, i) - exact[i]));
      }
    }
    return err;
  }

  @Test
  void spectralConvergenceInSpaceAgainstColeHopf() {
    System.out.println(
        "Burgers vs Cole-Hopf (nu = 0.05, T = 0.5), dt = 1/4000, 2/3 rule: max error");
    int[] ns = {16, 32, 64, 128};
    double[] err = new double[ns.length];
    for (int j = 0; j < ns.length; j++) {
      err[j] = error(ns[j], 2.5e-4, Dealiasing.TWO_THIRDS);
      System.out.printf(
          "  n = %4d  K = %3d  error = %.3e%s%n",
          ns[j],
          Dealiasing.TWO_THIRDS.maxMode(ns[j]),
          err[j],
          j == 0 ? "" : String.format("  log2 ratio = %.1f", log2(err[j - 1] / err[j])));
    }
    // exponential convergence: the gain per doubling itself (roughly) doubles, unlike an
    // algebraic order p whose gain is a constant 2^p; then the error sits at round-off
    double gain1 = log2(err[0] / err[1]);
    double gain2 = log2(err[1] / err[2]);
    assertTrue(gain1 > 8, "16 -> 32 gains " + gain1 + " bits");
    assertTrue(gain2 > 1.8 * gain1, "32 -> 64 gains " + gain2 + " bits, not ~2x " + gain1);
    assertTrue(err[2] < 1e-12 && err[3] < 1e-12, "n >= 64 at round-off: " + err[2] + ", " + err[3]);
  }

  private static double log2(double r) {
    return Math.log(r) / Math.log(2);
  }

  @Test
  void fourthOrderInTimeAgainstColeHopf() {
    System.out.println(
        "Burgers vs Cole-Hopf (nu = 0.05, T = 0.5), n = 128, 2/3 rule: ETDRK4 in time");
    double previous = Double.NaN;
    for (int steps = 10; steps <= 320; steps *= 2) {
      double dt = 0.25 / steps;
      double err = error(128, dt, Dealiasing.TWO_THIRDS);
      double order = log2(previous / err);
      System.out.printf(
          "  dt = %.3e  error = %.3e%s%n",
          dt, err, Double.isNaN(previous) ? "" : String.format("  order = %.2f", order));
      if (!Double.isNaN(previous)) {
        assertTrue(order >= 3.7 && order <= 4.3, "order " + order + " at dt = " + dt);
      }
      previous = err;
    }
  }

  @Test
  void withoutDealiasingItConvergesToo() {
    double err = error(64, 2.5e-4, Dealiasing.NONE);
    System.out.printf("Burgers vs Cole-Hopf, n = 64, no de-aliasing: max error %.3e%n", err);
    assertTrue(err < 1e-12, "error " + err);
  }

  @Test
  void configValidatesEachFieldWithOneLineMessages() {
    assertMessage("BurgersConfig.viscosity = 0.0", () -> BurgersConfig.fno(0, 1e-3));
    assertMessage(
        "BurgersConfig.viscosity is not set",
        () -> BurgersConfig.builder().nodes(8).dtMax(1).build());
    assertMessage(
        "BurgersConfig.nodes is not set",
        () -> BurgersConfig.builder().viscosity(1).dtMax(1).build());
    assertMessage(
        "BurgersConfig.dtMax is not set",
        () -> BurgersConfig.builder().viscosity(1).nodes(8).build());
    assertMessage(
        "nodes = 9", () -> BurgersConfig.builder().viscosity(1).nodes(9).dtMax(1).build());
    assertMessage(
        "dtMax = -1.0", () -> BurgersConfig.builder().viscosity(1).nodes(10).dtMax(-1).build());
    BurgersConfig c = BurgersConfig.fno(0.1, BurgersConfig.FNO_DT_MAX);
    assertEquals(8192, c.nodes());
    assertEquals(1.0, c.length());
    assertEquals(Dealiasing.TWO_THIRDS, c.discretisation().dealiasing());
    assertEquals(2730, c.discretisation().maxMode());
  }

  private static void assertMessage(String expected, Runnable r) {
    GalerkinException e = assertThrows(GalerkinException.class, r::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
