package dev.galerkin.solvers.shallowwater;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.Limiter;
import org.junit.jupiter.api.Test;

/**
 * Second order on a smooth solution. On the periodic unit square, g = 1, over the smooth bed
 * {@code b = 0.2 sin(2πx + 1) sin(4πy)}, from {@code η0 = 1 + 0.05 sin(2πx) cos(2πy)}, {@code u0
 * = 0.1 sin(2πy)}, {@code v0 = 0} (amplitudes 0.05 and 0.1 against a wave speed of about 1: far from
 * any shock at t = 0.1), the solutions at t = 0.1 on 16², 32²,
 * 64² and 128² cells are compared in L1 (all of h, hu, hv) with the next finer one restricted
 * to the coarser cells (the mean of each 2 × 2 block, exact for cell averages): the self-
 * convergence rate {@code log2(e_n / e_2n)} is the order of the scheme.
 */
class ShallowWaterOrderTest {
  private static final int[] CELLS = {16, 32, 64, 128};
  private static final double T = 0.1;

  private static double[] solve(int n, Limiter limiter) {
    CellGrid g = CellGrid.unitSquare(n);
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    double[] b = new double[n * n];
    double[] q0 = new double[3 * n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int c = i * n + j;
        b[c] = cellAverage(g, i, j, (px, py) -> 0.2 * Math.sin(2 * Math.PI * px + 1)
            * Math.sin(4 * Math.PI * py));
        double eta = cellAverage(g, i, j, (px, py) -> 1 + 0.05 * Math.sin(2 * Math.PI * px)
            * Math.cos(2 * Math.PI * py));
        q0[3 * c] = eta - b[c];
        q0[3 * c + 1] = q0[3 * c] * 0.1 * Math.sin(2 * Math.PI * y[j]);
      }
    }
    ShallowWaterSolver s = new ShallowWaterSolver(g, Boundaries.periodic(),
        ShallowWaterConfig.defaults().withLimiter(limiter));
    return s.solve(b, q0, new double[] {T}).frame(0);
  }

  /** Cell average by the 3 × 3 Gauss–Legendre rule (sixth order: exact enough for these tests). */
  private static double cellAverage(CellGrid g, int i, int j,
      java.util.function.DoubleBinaryOperator f) {
    double[] nodes = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
    double[] weights = {5.0 / 18, 8.0 / 18, 5.0 / 18};
    double cx = g.xCentres()[i];
    double cy = g.yCentres()[j];
    double s = 0;
    for (int a = 0; a < 3; a++) {
      for (int c = 0; c < 3; c++) {
        s += weights[a] * weights[c] * f.applyAsDouble(cx + 0.5 * g.dx() * nodes[a],
            cy + 0.5 * g.dy() * nodes[c]);
      }
    }
    return s;
  }

  /** L1 distance (per unit area, summed over the 3 variables) of coarse from the restricted fine. */
  private static double distance(double[] coarse, int n, double[] fine) {
    double[] restricted = CellGrid.unitSquare(2 * n).coarsen(fine, 3, 2);
    double e = 0;
    for (int c = 0; c < coarse.length; c++) {
      e += Math.abs(coarse[c] - restricted[c]);
    }
    return e / (n * n);
  }

  private static double[] rates(Limiter limiter) {
    double[][] q = new double[CELLS.length][];
    for (int k = 0; k < CELLS.length; k++) {
      q[k] = solve(CELLS[k], limiter);
    }
    double[] e = new double[CELLS.length - 1];
    for (int k = 0; k < e.length; k++) {
      e[k] = distance(q[k], CELLS[k], q[k + 1]);
    }
    double[] p = new double[e.length - 1];
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.log(e[k] / e[k + 1]) / Math.log(2);
    }
    System.out.printf("smooth shallow water (%s), t = %.1f: L1 differences 16|32 %.2e, 32|64"
        + " %.2e, 64|128 %.2e; orders %.2f %.2f%n", limiter, T, e[0], e[1], e[2], p[0], p[1]);
    return p;
  }

  @Test
  void isSecondOrderOnASmoothFlowWithTheMcLimiter() {
    double[] p = rates(Limiter.MONOTONISED_CENTRAL);
    assertTrue(p[0] > 1.8 && p[0] < 2.6 && p[1] > 1.8 && p[1] < 2.6, "orders " + p[0] + ", " + p[1]);
  }
}
