package dev.galerkin.solvers.reaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.spectral.Dealiasing;
import dev.galerkin.solvers.spectral.Etdrk4Solver1D;
import dev.galerkin.solvers.spectral.PeriodicFourier1D;
import dev.galerkin.solvers.spectral.SemilinearPde1D;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The polynomial reaction {@code R(u) = Σ c_k u^k} of {@link DiffusionReactionSolver}. */
class DiffusionReactionPolynomialTest {

  /** The logistic right-hand side exactly as the solver computed it before the generalisation. */
  private record FormerLogistic(double nu, double rho) implements SemilinearPde1D {
    @Override
    public String name() {
      return "former logistic";
    }

    @Override
    public double linearSymbol(double k) {
      return -nu * k * k;
    }

    @Override
    public void nonlinear(double t, double[] u, double[] nHat, PeriodicFourier1D fourier) {
      for (int i = 0; i < u.length; i++) {
        nHat[i] = rho * u[i] * (1 - u[i]);
      }
      fourier.forward(nHat);
    }
  }

  @Test
  void logisticCoefficientsReproduceTheFormerLogisticSolverTo1e12() {
    double[][] params = {{0.5, 1}, {0.5, 10}, {2, 5}, {0.01, 10}};
    for (double[] p : params) {
      DiffusionReactionConfig byRate = DiffusionReactionConfig.builder().diffusivity(p[0])
          .rate(p[1]).nodes(256).dtMax(1e-3).build();
      DiffusionReactionConfig byCoefficients = DiffusionReactionConfig.builder()
          .diffusivity(p[0]).reaction(0, p[1], -p[1]).nodes(256).dtMax(1e-3).build();
      assertEquals(byRate, byCoefficients);
      assertEquals(Dealiasing.TWO_THIRDS, byCoefficients.discretisation().dealiasing());
      double[] x = byRate.grid().coordinates();
      double[] u0 = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        u0[i] = Math.abs(0.7 * Math.sin(2 * Math.PI * 3 * x[i] + 0.4)
            + 0.3 * Math.sin(2 * Math.PI * 7 * x[i] + 2.1));
      }
      double[] times = {0.25, 0.5, 1};
      double[] former = new Etdrk4Solver1D(new FormerLogistic(p[0], p[1]),
          byRate.discretisation()).solve(u0, times).values();
      double[] now = new DiffusionReactionSolver(byCoefficients).solve(u0, times).values();
      double diff = 0;
      for (int i = 0; i < now.length; i++) {
        diff = Math.max(diff, Math.abs(now[i] - former[i]));
      }
      System.out.printf("logistic nu = %s rho = %s: max |polynomial - former| = %.2e%n", p[0],
          p[1], diff);
      assertTrue(diff <= 1e-12, "nu = " + p[0] + ", rho = " + p[1] + ": " + diff);
      assertEquals(p[1], byCoefficients.rate());
    }
  }

  @Test
  void cubicManufacturedSolutionIsFourthOrderInTime() {
    // u = 0.5 + 0.3 e^{-t} sin 2πx + 0.2 sin 3t cos 4πx solves u_t = ν u_xx + 4(u - u³) + s
    double nu = 0.1;
    double g = 4;
    Orders.assertFourthOrder("Cubic reaction 4(u - u^3), manufactured (nu = 0.1, n = 32, T = 1):"
        + " max error", dt -> {
          DiffusionReactionConfig c = DiffusionReactionConfig.builder().diffusivity(nu)
              .reaction(0, g, 0, -g).nodes(32).dtMax(dt).build();
          assertEquals(Dealiasing.ONE_HALF, c.discretisation().dealiasing());
          DiffusionReactionSolver s = new DiffusionReactionSolver(c, (x, t) -> {
            double u = cubicU(x, t);
            double ut = -0.3 * Math.exp(-t) * Math.sin(2 * Math.PI * x)
                + 0.6 * Math.cos(3 * t) * Math.cos(4 * Math.PI * x);
            double uxx = -Math.pow(2 * Math.PI, 2) * 0.3 * Math.exp(-t) * Math.sin(2 * Math.PI * x)
                - Math.pow(4 * Math.PI, 2) * 0.2 * Math.sin(3 * t) * Math.cos(4 * Math.PI * x);
            return ut - nu * uxx - g * (u - u * u * u);
          });
          double[] x = c.grid().coordinates();
          double[] u0 = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            u0[i] = cubicU(x[i], 0);
          }
          Trajectory tr = s.solve(u0, new double[] {0.5, 1});
          double err = 0;
          for (int j = 0; j < 2; j++) {
            for (int i = 0; i < x.length; i++) {
              err = Math.max(err, Math.abs(tr.value(j, i) - cubicU(x[i], tr.time(j))));
            }
          }
          return err;
        }, 0.05, 7, 2);
  }

  private static double cubicU(double x, double t) {
    return 0.5 + 0.3 * Math.exp(-t) * Math.sin(2 * Math.PI * x)
        + 0.2 * Math.sin(3 * t) * Math.cos(4 * Math.PI * x);
  }

  @Test
  void spatiallyUniformDataFollowTheExactCubicCurve() {
    // u' = g(u - u³): u(t) = u0 e^{gt} / sqrt(1 + u0² (e^{2gt} - 1)); g = 5, u0 = 0.05, T = 1
    double g = 5;
    double u0 = 0.05;
    double e = Math.exp(g);
    double exact = u0 * e / Math.sqrt(1 + u0 * u0 * (e * e - 1));
    Orders.assertFourthOrder("Cubic reaction 5(u - u^3), uniform data vs the exact curve (T = 1):"
        + " error", dt -> {
          DiffusionReactionConfig c = DiffusionReactionConfig.builder().diffusivity(1)
              .reaction(0, g, 0, -g).nodes(8).dtMax(dt).build();
          double[] init = new double[8];
          Arrays.fill(init, u0);
          Trajectory tr = new DiffusionReactionSolver(c).solve(init, new double[] {1});
          double err = 0;
          for (int i = 0; i < 8; i++) {
            err = Math.max(err, Math.abs(tr.value(0, i) - exact));
          }
          return err;
        }, 0.05, 5);
  }

  @Test
  void cubicReactionAgreesWithTheAllenCahnSolver() {
    // u_t = ε u_xx + u - u³ is Allen–Cahn; both default to the 1/2 rule
    double eps = 0.01;
    DiffusionReactionConfig dr = DiffusionReactionConfig.builder().diffusivity(eps)
        .reaction(0, 1, 0, -1).domain(-1, 2).nodes(128).dtMax(1e-2).build();
    AllenCahnConfig ac = AllenCahnConfig.builder().epsilon(eps).domain(-1, 2).nodes(128)
        .dtMax(1e-2).build();
    double[] x = dr.grid().coordinates();
    double[] u0 = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      u0[i] = 0.53 * x[i] + 0.47 * Math.sin(-1.5 * Math.PI * x[i]);
    }
    double[] times = {1, 5, 10};
    double[] a = new DiffusionReactionSolver(dr).solve(u0, times).values();
    double[] b = new AllenCahnSolver(ac).solve(u0, times).values();
    double diff = 0;
    for (int i = 0; i < a.length; i++) {
      diff = Math.max(diff, Math.abs(a[i] - b[i]));
    }
    System.out.printf("u - u^3 vs Allen-Cahn: max difference %.2e%n", diff);
    assertTrue(diff <= 1e-12, "difference " + diff);
  }

  @Test
  void reactionValuesDegreeAndDefaultDealiasing() {
    PolynomialReaction r = PolynomialReaction.of(0.5, 1, -2, -0.5);
    assertEquals(3, r.degree());
    assertEquals(0.5 + 0.3 - 2 * 0.09 - 0.5 * 0.027, r.value(0.3), 1e-15);
    assertEquals("0.5 + u - 2.0 u^2 - 0.5 u^3", r.formula());
    assertTrue(PolynomialReaction.logistic(2).isLogistic());
    assertTrue(!r.isLogistic());
    assertEquals(2, PolynomialReaction.of(0, 1, -1, 0).degree());
    assertEquals(Dealiasing.TWO_FIFTHS, DiffusionReactionConfig.builder().diffusivity(1)
        .reaction(0, 1, 0, 0, -1).nodes(64).dtMax(1).build().discretisation().dealiasing());
    assertEquals(Dealiasing.NONE, DiffusionReactionConfig.builder().diffusivity(1)
        .reaction(0, 1, 0, -1).dealiasing(Dealiasing.NONE).nodes(64).dtMax(1).build()
        .discretisation().dealiasing());
    assertEquals(12, Dealiasing.ONE_THIRD.maxMode(73));
  }

  @Test
  void badReactionsAreRejectedWithWhatWouldWork() {
    assertMessage("allowed 1 to 6 coefficients", () -> PolynomialReaction.of());
    assertMessage("allowed 1 to 6 coefficients", () -> PolynomialReaction.of(0, 1, 0, 0, 0, 0, 1));
    assertMessage("coefficients[2] = NaN is not finite", () -> PolynomialReaction.of(0, 1,
        Double.NaN));
    assertMessage("is not logistic", () -> DiffusionReactionConfig.builder().diffusivity(1)
        .reaction(0, 1, 0, -1).nodes(8).dtMax(1).build().rate());
    assertMessage("both rate(1.0) and reaction(u - u^3)", () -> DiffusionReactionConfig.builder()
        .diffusivity(1).rate(1).reaction(0, 1, 0, -1).nodes(8).dtMax(1).build());
    assertMessage("DiffusionReactionConfig.reaction is null", () -> new DiffusionReactionConfig(1,
        (PolynomialReaction) null, null));
  }

  private static void assertMessage(String expected, Runnable r) {
    GalerkinException e = assertThrows(GalerkinException.class, r::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
