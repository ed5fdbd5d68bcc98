package dev.galerkin.solvers.shallowwater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.BoundaryKind;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.Limiter;
import org.junit.jupiter.api.Test;

/**
 * The 1D dam break on [0, 1], dam at 0.5, g = 1, hl = 1, t = 0.2, transmissive ends: the solver
 * converges in L1 to Stoker's exact solution (wet bed, hr = 0.1) and to Ritter's (dry bed, hr = 0)
 * on 100 … 800 cells, at the measured rate stated below.
 */
class ShallowWaterDamBreakTest {
  private static final int[] CELLS = {100, 200, 400, 800};
  private static final double T = 0.2;

  /** @return the L1 errors of the depth against the exact cell averages, one per grid */
  private static double[] errors(DamBreakSolution exact, Limiter limiter) {
    double[] err = new double[CELLS.length];
    for (int k = 0; k < CELLS.length; k++) {
      int n = CELLS[k];
      CellGrid g = CellGrid.line(n, 0, 1);
      double[] x = g.xCentres();
      double[] q0 = new double[3 * n];
      for (int i = 0; i < n; i++) {
        q0[3 * i] = x[i] < 0.5 ? exact.leftDepth() : exact.rightDepth();
      }
      ShallowWaterSolver s = new ShallowWaterSolver(g, Boundaries.all(BoundaryKind.TRANSMISSIVE),
          ShallowWaterConfig.defaults().withLimiter(limiter));
      double[] q = s.solve(new double[n], q0, new double[] {T}).frame(0);
      double[] ref = exact.averageDepths(x, g.dx(), T);
      double e = 0;
      for (int i = 0; i < n; i++) {
        e += Math.abs(q[3 * i] - ref[i]) * g.dx();
      }
      err[k] = e;
    }
    return err;
  }

  /** @return the least-squares slope of log(error) against log(1/n) */
  static double rate(int[] cells, double[] err) {
    double mx = 0;
    double my = 0;
    for (int k = 0; k < cells.length; k++) {
      mx += Math.log(cells[k]);
      my += Math.log(err[k]);
    }
    mx /= cells.length;
    my /= cells.length;
    double sxy = 0;
    double sxx = 0;
    for (int k = 0; k < cells.length; k++) {
      double dx = Math.log(cells[k]) - mx;
      sxy += dx * (Math.log(err[k]) - my);
      sxx += dx * dx;
    }
    return -sxy / sxx;
  }

  private static double report(String what, double[] err) {
    double p = rate(CELLS, err);
    StringBuilder s = new StringBuilder(what + ": L1 errors");
    for (int k = 0; k < err.length; k++) {
      s.append(String.format(" %d:%.2e", CELLS[k], err[k]));
    }
    System.out.println(s.append(String.format(", fitted rate %.2f", p)));
    return p;
  }

  @Test
  void stokerMiddleStateSolvesTheShockAndRarefactionRelations() {
    DamBreakSolution s = new DamBreakSolution(1, 0.1, 1, 0.5);
    double hm = s.middleDepth();
    double um = s.middleVelocity();
    assertEquals(um, (hm - 0.1) * Math.sqrt((hm + 0.1) / (2 * hm * 0.1)), 1e-13);
    // mass and momentum across the shock (Rankine–Hugoniot)
    double shock = s.frontSpeed();
    assertEquals(shock * (hm - 0.1), hm * um, 1e-13);
    assertEquals(shock * hm * um, hm * um * um + 0.5 * (hm * hm - 0.01), 1e-13);
    System.out.printf("Stoker hl = 1, hr = 0.1, g = 1: h_m = %.12f, u_m = %.12f, S = %.12f%n",
        hm, um, shock);
  }

  @Test
  void convergesToStokersWetDamBreak() {
    double mc = report("Stoker (hr = 0.1), MC limiter", errors(new DamBreakSolution(1, 0.1, 1,
        0.5), Limiter.MONOTONISED_CENTRAL));
    double minmod = report("Stoker (hr = 0.1), minmod", errors(new DamBreakSolution(1, 0.1, 1,
        0.5), Limiter.MINMOD));
    assertTrue(mc > 0.85 && mc < 1.3, "rate " + mc);
    assertTrue(minmod > 0.85 && minmod < 1.3, "rate " + minmod);
  }

  @Test
  void convergesToRittersDryDamBreak() {
    double mc = report("Ritter (hr = 0), MC limiter", errors(new DamBreakSolution(1, 0, 1, 0.5),
        Limiter.MONOTONISED_CENTRAL));
    assertTrue(mc > 0.85 && mc < 1.3, "rate " + mc);
  }
}
