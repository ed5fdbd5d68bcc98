package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default step of {@link FisherMultiformPreset} against a step eight times smaller. */
class FisherMultiformTimeStepTest {
  @Test
  void defaultStepIsBelowFloat32Rounding() {
    FisherMultiformPreset p = FisherMultiformPreset.defaults();
    // measured: dt-max 1e-2 1.8e-6, 5e-3 2.5e-7, 2e-3 (the default) 1.3e-8
    double dt = p.dtMax();
    {
      FisherMultiformPreset coarse = new FisherMultiformPreset(p.diffusivity(), p.nodes(),
          p.stride(), dt, p.times(), p.forms());
      FisherMultiformPreset fine = new FisherMultiformPreset(p.diffusivity(), p.nodes(),
          p.stride(), dt / 8, p.times(), p.forms());
      double worst = 0;
      long start = System.nanoTime();
      for (long i = 0; i < 6; i++) {
        double[] a = PresetsTest.sample(coarse, i)[3];
        double[] b = PresetsTest.sample(fine, i)[3];
        double num = 0;
        double den = 0;
        for (int k = 0; k < a.length; k++) {
          num += (a[k] - b[k]) * (a[k] - b[k]);
          den += b[k] * b[k];
        }
        worst = Math.max(worst, Math.sqrt(num / den));
      }
      System.out.printf("fisher-multiform dt-max %.0e vs %.2e: worst relative L2 %.2e over 6"
          + " samples (%.0f ms)%n", dt, dt / 8, worst, (System.nanoTime() - start) * 1e-6);
      assertTrue(worst < 6e-8, "relative L2 " + worst + " at dt-max " + dt);
    }
  }
}
