package dev.galerkin.operators.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L-BFGS on the Rosenbrock function and on a convex quadratic. */
class LbfgsTest {

  /** Rosenbrock in 10 dimensions, {@code Σ 100(x_{i+1} − x_i²)² + (1 − x_i)²}, from {@code (−1.2, 1, −1.2, 1 …)}. */
  @Test
  void rosenbrockConvergesToOnesWithMonotoneDecrease() {
    int n = 10;
    double[] x0 = new double[n];
    for (int i = 0; i < n; i++) {
      x0[i] = i % 2 == 0 ? -1.2 : 1;
    }
    List<Double> values = new ArrayList<>();
    Lbfgs.Result r = Lbfgs.minimize(LbfgsTest::rosenbrock, x0, new LbfgsConfig(10, 500, 2000, 1e-10, 0),
        (k, e) -> values.add(e.value()));
    for (int i = 0; i < n; i++) {
      assertEquals(1, r.x()[i], 1e-7, "x_" + i);
    }
    assertTrue(r.value() < 1e-14, "f = " + r.value());
    assertTrue(r.iterations() < 200, "iterations " + r.iterations());
    double prev = rosenbrock(x0).value();
    for (double v : values) {
      assertTrue(v < prev, "monotone decrease: " + v + " after " + prev);
      prev = v;
    }
  }

  @Test
  void quadraticStopsOnGradientToleranceAndBudgetsAreKept() {
    Lbfgs.Function q = x -> {
      double f = 0;
      double[] g = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double c = i + 1;
        f += 0.5 * c * x[i] * x[i];
        g[i] = c * x[i];
      }
      return new Lbfgs.Evaluation(f, g, null);
    };
    Lbfgs.Result r = Lbfgs.minimize(q, new double[] {1, 1, 1, 1, 1}, new LbfgsConfig(10, 100, 200, 1e-9, 0), null);
    assertEquals(Lbfgs.Stop.GRADIENT, r.stop());
    for (double v : r.x()) {
      assertEquals(0, v, 1e-9);
    }
    Lbfgs.Result loose = Lbfgs.minimize(q, new double[] {1, 1, 1, 1, 1}, LbfgsConfig.of(100), null);
    assertEquals(Lbfgs.Stop.FUNCTION, loose.stop(), "ftol 1e-15 relative to max(|f|, 1) stops once f is at round-off");
    Lbfgs.Result r2 = Lbfgs.minimize(LbfgsTest::rosenbrock, new double[] {-1.2, 1}, new LbfgsConfig(5, 3, 100, 0, 0), null);
    assertEquals(Lbfgs.Stop.ITERATIONS, r2.stop());
    assertEquals(3, r2.iterations());
    assertThrows(GalerkinException.class, () -> new LbfgsConfig(0, 1, 1, 0, 0));
  }

  static Lbfgs.Evaluation rosenbrock(double[] x) {
    double f = 0;
    double[] g = new double[x.length];
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1 - x[i];
      f += 100 * a * a + b * b;
      g[i] += -400 * a * x[i] - 2 * b;
      g[i + 1] += 200 * a;
    }
    return new Lbfgs.Evaluation(f, g, null);
  }
}
