package dev.galerkin.solvers.reaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.spectral.Dealiasing;
import dev.galerkin.solvers.Trajectory;
import org.junit.jupiter.api.Test;

class AllenCahnSolverTest {

  private static final double EPS = 0.01;

  /** u = 0.5 e^{-t} sin πx + 0.4 cos t cos 2πx on [-1, 1) (Kassam–Trefethen's interval). */
  private static double u(double x, double t) {
    return 0.5 * Math.exp(-t) * Math.sin(Math.PI * x)
        + 0.4 * Math.cos(t) * Math.cos(2 * Math.PI * x);
  }

  /** s = u_t - ε u_xx - u + u³. */
  private static double source(double x, double t) {
    double a = 0.5 * Math.exp(-t) * Math.sin(Math.PI * x);
    double b = 0.4 * Math.cos(t) * Math.cos(2 * Math.PI * x);
    double ut = -a - 0.4 * Math.sin(t) * Math.cos(2 * Math.PI * x);
    double uxx = -Math.PI * Math.PI * a - 4 * Math.PI * Math.PI * b;
    double u = a + b;
    return ut - EPS * uxx - u + u * u * u;
  }

  private static double manufacturedError(Dealiasing rule, double dtMax) {
    int n = 32;
    AllenCahnConfig config =
        AllenCahnConfig.builder()
            .epsilon(EPS)
            .domain(-1, 2)
            .nodes(n)
            .dtMax(dtMax)
            .dealiasing(rule)
            .build();
    AllenCahnSolver solver = new AllenCahnSolver(config, AllenCahnSolverTest::source);
    double[] x = config.grid().coordinates();
    double[] u0 = new double[n];
    for (int i = 0; i < n; i++) {
      u0[i] = u(x[i], 0);
    }
    Trajectory tr = solver.solve(u0, new double[] {1, 2});
    double err = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < n; i++) {
        err = Math.max(err, Math.abs(tr.value(j, i) - u(x[i], tr.time(j))));
      }
    }
    return err;
  }

  @Test
  void manufacturedSolutionFourthOrderInTimeWithAndWithoutDealiasing() {
    for (Dealiasing rule : new Dealiasing[] {Dealiasing.ONE_HALF, Dealiasing.NONE}) {
      Orders.assertFourthOrder(
          "Allen-Cahn manufactured (eps = 0.01, [-1,1), n = 32, T = 2, " + rule + "): max error",
          dt -> manufacturedError(rule, dt),
          0.2,
          5);
    }
  }

  @Test
  void spatiallyConstantDataFollowTheExactBistableCurve() {
    // u' = u - u³: u(t) = u0 e^t / sqrt(1 + u0² (e^{2t} - 1)); u0 = -0.1 -> -1
    double u0 = -0.1;
    double t = 4;
    double exact = u0 * Math.exp(t) / Math.sqrt(1 + u0 * u0 * (Math.exp(2 * t) - 1));
    Orders.assertFourthOrder(
        "Allen-Cahn, constant data vs exact solution (T = 4): error",
        dt -> {
          AllenCahnConfig c = AllenCahnConfig.builder().epsilon(EPS).nodes(8).dtMax(dt).build();
          double[] init = new double[8];
          java.util.Arrays.fill(init, u0);
          Trajectory tr = new AllenCahnSolver(c).solve(init, new double[] {t});
          double err = 0;
          for (int i = 0; i < 8; i++) {
            err = Math.max(err, Math.abs(tr.value(0, i) - exact));
          }
          return err;
        },
        0.2,
        5);
  }

  @Test
  void configValidatesEachField() {
    GalerkinException e =
        assertThrows(
            GalerkinException.class,
            () -> AllenCahnConfig.builder().epsilon(-1).nodes(8).dtMax(1).build());
    assertTrue(e.getMessage().contains("AllenCahnConfig.epsilon = -1.0"), e.getMessage());
    e =
        assertThrows(
            GalerkinException.class, () -> AllenCahnConfig.builder().nodes(8).dtMax(1).build());
    assertTrue(e.getMessage().contains("AllenCahnConfig.epsilon is not set"), e.getMessage());
    AllenCahnConfig c =
        AllenCahnConfig.builder().epsilon(EPS).domain(-1, 2).nodes(64).dtMax(0.1).build();
    assertEquals(Dealiasing.ONE_HALF, c.discretisation().dealiasing());
    assertEquals(15, c.discretisation().maxMode());
    assertEquals(-1.0, c.grid().x0());
    assertEquals(2.0, c.length());
  }
}
