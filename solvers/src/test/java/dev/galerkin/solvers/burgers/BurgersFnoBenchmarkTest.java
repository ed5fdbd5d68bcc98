package dev.galerkin.solvers.burgers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.spectral.PeriodicFourier1D;
import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Timing and accuracy of one FNO Burgers sample (n = 8192, T = 1). Timings printed, not asserted.
 */
@Tag("slow")
class BurgersFnoBenchmarkTest {

  @BeforeAll
  static void singleThreadedTransforms() {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  private static double relL2(double[] a, double[] ref) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < a.length; i++) {
      num += (a[i] - ref[i]) * (a[i] - ref[i]);
      den += ref[i] * ref[i];
    }
    return Math.sqrt(num / den);
  }

  @Test
  void fnoSampleTimingAccuracyAndFftShare() {
    int n = BurgersConfig.FNO_NODES;
    for (double nu : new double[] {0.1, 0.01}) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2021L);
      double[] u0 = FnoInitialCondition.sample(rng, n);
      double[] times = {1.0};
      // the reference run also warms up the JIT
      double[] reference =
          new BurgersSolver(BurgersConfig.fno(nu, 2.5e-4)).solve(u0, times).frame(0);
      System.out.printf(
          "FNO Burgers sample: n = %d, nu = %g, T = 1, max|u0| = %.3f; reference dtMax = 2.5e-4%n",
          n, nu, max(u0));
      for (double dtMax : new double[] {1e-2, 5e-3, BurgersConfig.FNO_DT_MAX, 1e-3}) {
        BurgersSolver solver = new BurgersSolver(BurgersConfig.fno(nu, dtMax));
        PeriodicFourier1D fourier = solver.etdrk4().fourier();
        fourier.resetCounters();
        fourier.setTiming(true);
        long start = System.nanoTime();
        Trajectory tr = solver.solve(u0, times);
        double seconds = (System.nanoTime() - start) * 1e-9;
        fourier.setTiming(false);
        double err = relL2(tr.frame(0), reference);
        System.out.printf(
            "  dtMax = %.0e: %5d steps, %.3f s/sample, rel. L2 error vs reference %.2e,"
                + " FFTs %d taking %.0f%% of the time%n",
            dtMax,
            tr.steps(),
            seconds,
            err,
            fourier.transformCount(),
            100 * fourier.transformSeconds() / seconds);
        if (dtMax == BurgersConfig.FNO_DT_MAX) {
          assertTrue(err < 1e-8, "FNO_DT_MAX must keep the error below float32 resolution: " + err);
        }
      }
    }
  }

  private static double max(double[] u) {
    double m = 0;
    for (double v : u) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
