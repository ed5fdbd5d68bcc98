package dev.galerkin.solvers.advection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.Limiter;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link AdvectionSolver} against the exact solution {@code u0(x − βt)}: the spectral shift to
 * round-off, MUSCL at its measured second order.
 */
class AdvectionSolverTest {

  /** A PDEBench-like field: two sines, a constant, and the tanh window of their init_multi. */
  private static final DoubleUnaryOperator WINDOWED = x -> (0.5 + 0.8 * Math.sin(2 * Math.PI * 3 * x
      + 0.7) + 0.3 * Math.sin(2 * Math.PI * 8 * x + 2.1)) * 0.5 * (Math.tanh((x - 0.3) / 0.01)
      - Math.tanh((x - 0.7) / 0.01));

  private static double[] at(DoubleUnaryOperator f, double[] x, double shift) {
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double y = x[i] - shift;
      v[i] = f.applyAsDouble(y - Math.floor(y));
    }
    return v;
  }

  @Test
  void theSpectralShiftIsExactToRoundOff() {
    double beta = 0.4;
    AdvectionSolver s = new AdvectionSolver(1024, 1, beta, AdvectionScheme.SPECTRAL, 0.4,
        Limiter.MONOTONISED_CENTRAL);
    double[] x = s.centres();
    double[] t = {0.01, 0.5, 1.37, 2};
    double[] u = s.solve(at(WINDOWED, x, 0), t);
    double worst = 0;
    for (int k = 0; k < t.length; k++) {
      double[] exact = at(WINDOWED, x, beta * t[k]);
      for (int i = 0; i < x.length; i++) {
        worst = Math.max(worst, Math.abs(u[k * x.length + i] - exact[i]));
      }
    }
    System.out.printf("advection spectral shift, 1024 cells, windowed sines, beta 0.4, t <= 2:"
        + " max error %.2e%n", worst);
    assertTrue(worst < 1e-9, "max error " + worst);
  }

  @Test
  void musclIsSecondOrderAgainstTheExactSolution() {
    DoubleUnaryOperator f = x -> Math.sin(2 * Math.PI * x) + 0.5 * Math.cos(4 * Math.PI * x + 1);
    double beta = 1;
    double tEnd = 0.5;
    int[] sizes = {128, 256, 512};
    double[] l1 = new double[sizes.length];
    double[] max = new double[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      AdvectionSolver s = new AdvectionSolver(sizes[k], 1, beta, AdvectionScheme.MUSCL, 0.4,
          Limiter.MONOTONISED_CENTRAL);
      double[] x = s.centres();
      double[] u = s.solve(at(f, x, 0), new double[] {tEnd});
      double[] exact = at(f, x, beta * tEnd);
      for (int i = 0; i < x.length; i++) {
        double e = Math.abs(u[i] - exact[i]);
        l1[k] += e / x.length;
        max[k] = Math.max(max[k], e);
      }
    }
    double p1 = Math.log(l1[0] / l1[1]) / Math.log(2);
    double p2 = Math.log(l1[1] / l1[2]) / Math.log(2);
    double q1 = Math.log(max[0] / max[1]) / Math.log(2);
    double q2 = Math.log(max[1] / max[2]) / Math.log(2);
    String msg = String.format("advection MUSCL-MC + upwind + SSP-RK3, cfl 0.4, t = 0.5: L1"
        + " 128:%.2e 256:%.2e 512:%.2e, orders %.2f %.2f; max-norm orders %.2f %.2f", l1[0], l1[1],
        l1[2], p1, p2, q1, q2);
    System.out.println(msg);
    assertTrue(p1 > 1.8 && p2 > 1.8 && p1 < 2.3 && p2 < 2.3, msg);
    assertTrue(q1 > 1.0 && q2 > 1.0, msg);   // the limiter clips extrema: lower in max norm
  }

  @Test
  void badSpeedsAndCourantNumbersAreNamedInOneLine() {
    for (double beta : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      String m = assertThrows(GalerkinException.class, () -> new AdvectionSolver(64, 1, beta,
          AdvectionScheme.SPECTRAL, 0.4, Limiter.MONOTONISED_CENTRAL)).getMessage();
      assertTrue(m.contains("--beta = " + beta) && m.contains("0.1, 0.4, 1, 4"), m);
      assertFalse(m.contains("\n"), m);
    }
    String m = assertThrows(GalerkinException.class, () -> new AdvectionSolver(64, 1, 1,
        AdvectionScheme.MUSCL, 0.6, Limiter.MONOTONISED_CENTRAL)).getMessage();
    assertTrue(m.contains("--cfl = 0.6") && m.contains("pass e.g. 0.4"), m);
    assertFalse(m.contains("\n"), m);
  }
}
