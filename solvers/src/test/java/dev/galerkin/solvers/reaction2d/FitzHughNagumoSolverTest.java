package dev.galerkin.solvers.reaction2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.generate.SampleRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * {@link FitzHughNagumoSolver}: the spatial and temporal orders against a manufactured solution,
 * the no-flux sides (mass conserved with the reaction off), a PDEBench sample at 128² staying
 * bounded (and its cost), and the one-line failures.
 */
class FitzHughNagumoSolverTest {
  private static final double PI = Math.PI;

  /**
   * The manufactured solution {@code u = e^(−t/2) cos(πx) cos(πy)}, {@code v = ½ cos t cos(2πx)
   * cos(πy)} on {@code (−1, 1)²}: both have zero normal derivative on every side.
   */
  private static double exact(int m, double x, double y, double t) {
    return m == 0 ? Math.exp(-t / 2) * Math.cos(PI * x) * Math.cos(PI * y)
        : 0.5 * Math.cos(t) * Math.cos(2 * PI * x) * Math.cos(PI * y);
  }

  /** The forcing that makes {@link #exact} solve the system with {@code (du, dv, k)}. */
  private static ReactionSource2D source(double du, double dv, double k) {
    return (m, x, y, t) -> {
      double u = exact(0, x, y, t);
      double v = exact(1, x, y, t);
      if (m == 0) {
        double ut = -0.5 * u;
        double lap = -2 * PI * PI * u;
        return ut - du * lap - (u - u * u * u - k - v);
      }
      double vt = -0.5 * Math.sin(t) * Math.cos(2 * PI * x) * Math.cos(PI * y);
      double lap = -5 * PI * PI * v;
      return vt - dv * lap - (u - v);
    };
  }

  private static double[] exactState(CellGrid g, double t) {
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    double[] q = new double[2 * g.interiorCells()];
    for (int i = 0; i < g.nx(); i++) {
      for (int j = 0; j < g.ny(); j++) {
        for (int m = 0; m < 2; m++) {
          q[2 * (i * g.ny() + j) + m] = exact(m, x[i], y[j], t);
        }
      }
    }
    return q;
  }

  private static FitzHughNagumoConfig mms(int n, double dtMax) {
    return new FitzHughNagumoConfig(0.05, 0.1, 5e-3, true,
        CellGrid.rectangle(n, n, -1, 1, -1, 1), dtMax, FitzHughNagumoConfig.DEFAULT_SAFETY);
  }

  private static double maxDiff(double[] a, double[] b) {
    double e = 0;
    for (int c = 0; c < a.length; c++) {
      e = Math.max(e, Math.abs(a[c] - b[c]));
    }
    return e;
  }

  /** The last frame of a solve of the manufactured problem to {@code t}. */
  private static double[] solveMms(FitzHughNagumoConfig c, double t) {
    FitzHughNagumoSolver s = new FitzHughNagumoSolver(c, source(c.du(), c.dv(), c.k()));
    Trajectory tr = s.solve(exactState(c.grid(), 0), new double[] {t}, "mms");
    return tr.values();
  }

  @Test
  void theSpatialOrderIsTwoAgainstAManufacturedSolution() {
    int[] n = {16, 32, 64};
    double[] err = new double[n.length];
    StringBuilder msg = new StringBuilder("max errors at t = 0.5:");
    for (int l = 0; l < n.length; l++) {
      FitzHughNagumoConfig c = mms(n[l], 0.05);
      err[l] = maxDiff(solveMms(c, 0.5), exactState(c.grid(), 0.5));
      msg.append(String.format(" n=%d %.3e", n[l], err[l]));
    }
    for (int l = 1; l < n.length; l++) {
      double order = Math.log(err[l - 1] / err[l]) / Math.log(2);
      msg.append(String.format("; order %d->%d %.3f", n[l - 1], n[l], order));
    }
    System.out.println("FitzHughNagumo spatial: " + msg);
    double last = Math.log(err[1] / err[2]) / Math.log(2);
    assertTrue(last >= 1.8, msg.toString());
  }

  @Test
  void theTemporalOrderIsFour() {
    FitzHughNagumoConfig base = new FitzHughNagumoConfig(0.01, 0.02, 5e-3, true,
        CellGrid.rectangle(16, 16, -1, 1, -1, 1), 1, FitzHughNagumoConfig.DEFAULT_SAFETY);
    double[] dt = {0.1, 0.05, 0.025};
    double[] ref = solveMms(base.withDtMax(dt[2] / 16), 1);
    double[] err = new double[dt.length];
    StringBuilder msg = new StringBuilder("differences to dt = " + dt[2] / 16 + " at t = 1 (16^2):");
    for (int l = 0; l < dt.length; l++) {
      err[l] = maxDiff(solveMms(base.withDtMax(dt[l]), 1), ref);
      msg.append(String.format(" dt=%.3g %.3e", dt[l], err[l]));
    }
    for (int l = 1; l < dt.length; l++) {
      msg.append(String.format("; order %.3f", Math.log(err[l - 1] / err[l]) / Math.log(2)));
    }
    System.out.println("FitzHughNagumo temporal: " + msg);
    double last = Math.log(err[1] / err[2]) / Math.log(2);
    assertTrue(last >= 3.7 && last <= 4.5, msg.toString());
  }

  private static double[] noise(long seed, CellGrid g) {
    UniformRandomProvider rng = SampleRandom.forSample(seed, 0);
    ZigguratSampler.NormalizedGaussian n = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] q = new double[2 * g.interiorCells()];
    for (int c = 0; c < q.length; c++) {
      q[c] = n.sample();
    }
    return q;
  }

  @Test
  void withoutReactionTheNoFluxSidesConserveEachFieldsMass() {
    FitzHughNagumoConfig c = FitzHughNagumoConfig.pdebench(32).withReaction(false);
    double[] q0 = noise(3, c.grid());
    double[] times = {0.5, 1, 2};
    Trajectory tr = new FitzHughNagumoSolver(c).solve(q0, times, "mass");
    double area = c.grid().cellVolume();
    int frame = q0.length;
    double worst = 0;
    double scale = 0;
    double[] all = tr.values();
    for (int m = 0; m < 2; m++) {
      double m0 = 0;
      for (int cell = 0; cell < frame / 2; cell++) {
        m0 += area * q0[2 * cell + m];
        scale += area * Math.abs(q0[2 * cell + m]);
      }
      for (int k = 0; k < times.length; k++) {
        double mk = 0;
        for (int cell = 0; cell < frame / 2; cell++) {
          mk += area * all[k * frame + 2 * cell + m];
        }
        worst = Math.max(worst, Math.abs(mk - m0));
      }
    }
    String msg = String.format("largest mass change %.2e against sum |q0| dA = %.3f (32^2, t <= 2,"
        + " %d steps)", worst, scale, tr.diagnostics().steps());
    System.out.println("FitzHughNagumo mass: " + msg);
    assertTrue(worst <= 1e-13 * scale, msg);
    assertTrue(maxDiff(java.util.Arrays.copyOfRange(all, 2 * frame, 3 * frame), q0) > 0.1,
        "the fields diffused");
  }

  @Test
  void aPdebenchSampleAt128SquaredStaysBounded() {
    FitzHughNagumoConfig c = FitzHughNagumoConfig.pdebench(128);
    double[] q0 = noise(11, c.grid());
    double start = 0;
    for (double q : q0) {
      start = Math.max(start, Math.abs(q));
    }
    double[] times = new double[100];
    for (int k = 0; k < times.length; k++) {
      times[k] = 5.0 * (k + 1) / 100;
    }
    FitzHughNagumoSolver s = new FitzHughNagumoSolver(c);
    long t0 = System.nanoTime();
    Trajectory tr = s.solve(q0, times, "pdebench sample");
    double seconds = (System.nanoTime() - t0) * 1e-9;
    double worst = 0;
    double last = 0;
    int frame = q0.length;
    double[] all = tr.values();
    for (int j = 0; j < all.length; j++) {
      worst = Math.max(worst, Math.abs(all[j]));
      if (j >= (times.length - 1) * frame) {
        last = Math.max(last, Math.abs(all[j]));
      }
    }
    double bound = Math.max(start, 2);
    String msg = String.format("128^2, t in (0, 5], 100 outputs: max|q0| = %.3f, max|q(t>0)| ="
        + " %.3f (bound %.3f), max|q(5)| = %.3f; %d RK4 steps, dt in [%.4g, 0.05], %.2f s one"
        + " thread", start, worst, bound, last, tr.diagnostics().steps(), tr.diagnostics().minDt(),
        seconds);
    System.out.println("FitzHughNagumo PDEBench sample: " + msg);
    assertTrue(worst <= bound, msg);
    assertTrue(last < 2, msg);
  }

  @Test
  void aNanFailsInOneLineNamingTheSampleStepAndTime() {
    FitzHughNagumoConfig c = FitzHughNagumoConfig.pdebench(8);
    ReactionSource2D poison = (m, x, y, t) -> t > 0.3 ? Double.NaN : 0;
    FitzHughNagumoSolver s = new FitzHughNagumoSolver(c, poison);
    String m = assertThrows(SolverException.class,
        () -> s.solve(new double[2 * 64], new double[] {1}, "diffusion-reaction-2d sample 4"))
        .getMessage();
    System.out.println("FitzHughNagumo NaN message: " + m);
    assertTrue(m.startsWith("diffusion-reaction-2d sample 4: u = NaN") && m.contains("after step")
        && m.contains("t = "), m);
    assertFalse(m.contains("\n"), m);
  }

  @Test
  void badConfigurationsAreRefusedInOneLine() {
    CellGrid g = CellGrid.rectangle(8, 8, -1, 1, -1, 1);
    String m = assertThrows(GalerkinException.class,
        () -> new FitzHughNagumoConfig(-1e-3, 5e-3, 5e-3, true, g, 0.05, 2)).getMessage();
    assertTrue(m.contains("--du = -0.001") && m.contains(">= 0"), m);
    m = assertThrows(GalerkinException.class,
        () -> new FitzHughNagumoConfig(1e-3, 5e-3, Double.NaN, true, g, 0.05, 2)).getMessage();
    assertTrue(m.contains("--k = NaN is not finite"), m);
    m = assertThrows(GalerkinException.class, () -> FitzHughNagumoConfig.pdebench(3)).getMessage();
    assertTrue(m.contains("at least 4 x 4"), m);
    m = assertThrows(GalerkinException.class,
        () -> new FitzHughNagumoConfig(1e-3, 5e-3, 5e-3, true, g, 0.05, 3)).getMessage();
    assertTrue(m.contains("safety = 3.0"), m);
    FitzHughNagumoSolver s = new FitzHughNagumoSolver(FitzHughNagumoConfig.pdebench(8));
    double[] bad = new double[128];
    bad[5] = Double.POSITIVE_INFINITY;
    m = assertThrows(GalerkinException.class, () -> s.solve(bad, new double[] {1}, "x"))
        .getMessage();
    assertTrue(m.contains("initial v = Infinity at cell 2"), m);
    assertEquals(2, s.config().safety());
  }
}
