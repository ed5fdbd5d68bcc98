package dev.galerkin.solvers.shallowwater;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.BoundaryKind;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;
import dev.galerkin.solvers.finitevolume.SspRk3;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Mass is conserved to round-off on a periodic domain, and a lake at rest stays at rest to
 * round-off over smooth, discontinuous and emerging beds (the well-balanced property of the
 * hydrostatic reconstruction).
 */
class ShallowWaterBalanceTest {
  private static final int N = 48;

  private static double[] cells(CellGrid g, DoubleBinaryOperator f) {
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    double[] v = new double[g.interiorCells()];
    for (int i = 0; i < g.nx(); i++) {
      for (int j = 0; j < g.ny(); j++) {
        v[i * g.ny() + j] = f.applyAsDouble(x[i], y[j]);
      }
    }
    return v;
  }

  private static double bump(double x, double y, double cx, double cy, double w) {
    double dx = x - cx;
    double dy = y - cy;
    return Math.exp(-(dx * dx + dy * dy) / (w * w));
  }

  @Test
  void massIsConservedToRoundOffOnAPeriodicDomain() {
    CellGrid g = CellGrid.unitSquare(N);
    double[] b = cells(g, (x, y) -> 0.3 * bump(x, y, 0.3, 0.6, 0.15));
    double[] h = cells(g, (x, y) -> 1 + 0.2 * bump(x, y, 0.6, 0.4, 0.1) - 0.3 * bump(x, y, 0.3,
        0.6, 0.15));
    double[] q0 = new double[3 * h.length];
    for (int c = 0; c < h.length; c++) {
      q0[3 * c] = h[c];
      q0[3 * c + 1] = 0.05 * Math.sin(2 * Math.PI * g.xCentres()[c / N]);
    }
    ShallowWaterSolver s = new ShallowWaterSolver(g, Boundaries.periodic(),
        ShallowWaterConfig.defaults());
    Trajectory t = s.solve(b, q0, new double[] {0.5, 1.0, 1.5});
    double m0 = s.mass(q0);
    double worst = 0;
    for (int k = 0; k < t.count(); k++) {
      worst = Math.max(worst, Math.abs(s.mass(t.frame(k)) - m0) / m0);
    }
    System.out.printf("shallow water, periodic %d^2, t = 1.5 (%d steps): relative mass drift %.1e%n",
        N, t.steps(), worst);
    assertTrue(t.steps() > 200, "many steps: " + t.steps());
    assertTrue(worst < 1e-13, "relative mass drift " + worst);
  }

  @Test
  void wavesRunningUpAnIslandKeepTheMassAndAPositiveDepth() {
    CellGrid g = CellGrid.unitSquare(N);
    double[] b = cells(g, (x, y) -> 1.5 * bump(x, y, 0.5, 0.5, 0.2));
    double[] eta = cells(g, (x, y) -> 1 + 0.3 * bump(x, y, 0.15, 0.5, 0.08));
    double[] q0 = new double[3 * b.length];
    int dry = 0;
    for (int c = 0; c < b.length; c++) {
      q0[3 * c] = Math.max(0, eta[c] - b[c]);
      dry += q0[3 * c] == 0 ? 1 : 0;
    }
    ShallowWaterSolver s = new ShallowWaterSolver(g, Boundaries.periodic(),
        ShallowWaterConfig.defaults());
    FiniteVolumeScheme scheme = s.scheme(b);
    double[] minBeforeFix = {Double.POSITIVE_INFINITY};
    SemiDiscreteOperator watched = new SemiDiscreteOperator() {   // sees each stage unclamped
      @Override
      public int size() {
        return scheme.size();
      }

      @Override
      public void rhs(double[] q, double[] dq) {
        scheme.rhs(q, dq);
      }

      @Override
      public double maxTimeStep(double[] q, double cfl) {
        return scheme.maxTimeStep(q, cfl);
      }

      @Override
      public void enforceAdmissible(double[] q) {
        double[] inside = g.interior(q, 3);
        for (int c = 0; c < inside.length; c += 3) {
          minBeforeFix[0] = Math.min(minBeforeFix[0], inside[c]);
        }
        scheme.enforceAdmissible(q);
      }
    };
    SspRk3 rk = new SspRk3(watched);
    double[] q = g.pad(q0, 3);
    double m0 = s.mass(q0);
    double worst = 0;
    int changed = 0;
    for (int k = 1; k <= 4; k++) {
      rk.advance(q, 0.25 * (k - 1), 0.25 * k, 0.4, Double.POSITIVE_INFINITY, 100_000);
      double[] frame = g.interior(q, 3);
      worst = Math.max(worst, Math.abs(s.mass(frame) - m0) / m0);
      for (int c = 0; c < b.length; c++) {
        changed += (frame[3 * c] > 1e-6) != (q0[3 * c] > 1e-6) ? 1 : 0;
      }
    }
    System.out.printf("waves on an island, periodic %d^2, %d dry cells at t = 0, t = 1 (%d steps):"
        + " relative mass drift %.1e, min h of any stage before the dry fix %.1e, %d cell-frames"
        + " wetted or dried%n", N, dry, rk.steps(), worst, minBeforeFix[0], changed);
    assertTrue(dry > 50 && changed > 0, "the test must wet and dry cells: " + dry + ", " + changed);
    assertTrue(worst < 1e-13, "relative mass drift " + worst);
    assertTrue(minBeforeFix[0] >= -1e-15, "positivity: min depth " + minBeforeFix[0]);
  }

  /** Max |u|, |v| and |η − η0| after a solve from rest at level {@code eta0}. */
  private static double[] atRest(CellGrid g, Boundaries bc, double[] b, double eta0, double t) {
    double[] q0 = new double[3 * b.length];
    for (int c = 0; c < b.length; c++) {
      q0[3 * c] = Math.max(0, eta0 - b[c]);
    }
    ShallowWaterSolver s = new ShallowWaterSolver(g, bc, ShallowWaterConfig.defaults());
    Trajectory tr = s.solve(b, q0, new double[] {t});
    double[] q = tr.frame(0);
    double u = 0;
    double eta = 0;
    for (int c = 0; c < b.length; c++) {
      u = Math.max(u, Math.max(Math.abs(q[3 * c + 1]), Math.abs(q[3 * c + 2])));
      if (q0[3 * c] > 0) {
        eta = Math.max(eta, Math.abs(q[3 * c] + b[c] - eta0));
      } else {
        eta = Math.max(eta, Math.abs(q[3 * c]));
      }
    }
    return new double[] {u, eta, tr.steps()};
  }

  private static void check(String what, double[] r) {
    System.out.printf("lake at rest, %s (%d steps): max |hu|, |hv| %.1e, max |eta - eta0| %.1e%n",
        what, (long) r[2], r[0], r[1]);
    assertTrue(r[0] < 1e-13 && r[1] < 1e-13, what + ": |hu| " + r[0] + ", |eta - eta0| " + r[1]);
  }

  @Test
  void aLakeAtRestOverASmoothBumpStaysAtRest() {
    CellGrid g = CellGrid.unitSquare(N);
    double[] b = cells(g, (x, y) -> 0.5 * bump(x, y, 0.5, 0.5, 0.2) + 0.2 * bump(x, y, 0.2, 0.7,
        0.1));
    check("smooth bumps, periodic", atRest(g, Boundaries.periodic(), b, 1.0, 0.5));
  }

  @Test
  void aLakeAtRestOverADiscontinuousBedStaysAtRest() {
    CellGrid g = CellGrid.unitSquare(N);
    double[] b = cells(g, (x, y) -> (Math.abs(x - 0.5) < 0.2 && Math.abs(y - 0.4) < 0.25 ? 0.6 : 0)
        + 0.3 * Math.max(0, 1 - 8 * Math.hypot(x - 0.25, y - 0.75)));
    check("step and cone, walls", atRest(g, Boundaries.all(BoundaryKind.REFLECTIVE), b, 1.0, 0.5));
  }

  @Test
  void aLakeAtRestAroundAnEmergedIslandStaysAtRest() {
    CellGrid g = CellGrid.unitSquare(N);
    double[] b = cells(g, (x, y) -> 1.5 * bump(x, y, 0.5, 0.5, 0.2));
    check("emerged island (dry cells), transmissive",
        atRest(g, Boundaries.all(BoundaryKind.TRANSMISSIVE), b, 1.0, 0.5));
  }
}
