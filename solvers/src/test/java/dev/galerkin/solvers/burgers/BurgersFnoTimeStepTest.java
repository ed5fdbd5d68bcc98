package dev.galerkin.solvers.burgers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The FNO Burgers time step is accurate enough for float32 data: one FNO sample (n = 8192, T = 1)
 * at {@link BurgersConfig#FNO_DT_MAX} against a reference at {@code dtMax = 2.5e-4}, for {@code ν =
 * 0.1} and {@code 0.01}. (The time per sample and the FFT share are {@code galerkin bench
 * solvers}.)
 */
@Tag("slow")
class BurgersFnoTimeStepTest {

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
  void fnoTimeStepKeepsTheErrorBelowFloat32Resolution() {
    int n = BurgersConfig.FNO_NODES;
    for (double nu : new double[] {0.1, 0.01}) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2021L);
      double[] u0 = FnoInitialCondition.sample(rng, n);
      double[] times = {1.0};
      double[] reference =
          new BurgersSolver(BurgersConfig.fno(nu, 2.5e-4)).solve(u0, times).frame(0);
      Trajectory tr = new BurgersSolver(BurgersConfig.fno(nu, BurgersConfig.FNO_DT_MAX))
          .solve(u0, times);
      double err = relL2(tr.frame(0), reference);
      System.out.printf("FNO Burgers n = %d, nu = %g, max|u0| = %.3f: %d steps, relative L2 error"
          + " vs dtMax = 2.5e-4: %.2e%n", n, nu, max(u0), tr.diagnostics().steps(), err);
      assertTrue(err < 1e-8, "FNO_DT_MAX must keep the error below float32 resolution: " + err);
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
