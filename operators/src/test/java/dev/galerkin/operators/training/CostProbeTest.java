package dev.galerkin.operators.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;

/**
 * The cost probe times real work: steps cost positive wall and CPU time (timed for at least
 * {@link CostProbe#MIN_TIMED_NANOS}, beyond the CPU clock's 10 ms tick), a validation pass positive
 * wall time, a
 * probe without validation reports none for it, an epoch's cost adds its steps and its validation,
 * and the process CPU clock advances with busy work.
 */
class CostProbeTest {

  @Test
  void measuresStepsAndValidationInWallAndCpuTime() {
    int n = 24;
    int x = 32;
    float[] a = new float[n * x];
    float[] u = new float[n * x];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) Math.sin(0.37 * i);
      u[i] = 2 * a[i];
    }
    Dataset ds = Dataset.builder().input("a", FloatArray.wrap(Shape.of(n, x), a))
        .output("u", FloatArray.wrap(Shape.of(n, x), u)).build();
    Objective o = SupervisedObjective.builder(new Fno(new FnoConfig(1, 8, 4, 2, 16,
        Activation.GELU)), ds).split(StoredSplit.of(Split.contiguous(n, 16, 4, 4), n)).build();
    TrainingConfig c = new TrainingConfig(1, 4, AdamConfig.adamW(LearningRateSchedule.cosine(1e-3,
        0, 10), 1e-4), 0, 0, 1);
    CostProbe with = CostProbe.measure(o, c, 1, 3, true);
    assertTrue(with.stepWallMs() > 0 && with.stepCpuMs() > 0, with.toString());
    // one validation pass may be shorter than the 10 ms tick of the process CPU clock
    assertTrue(with.validationWallMs() > 0 && with.validationCpuMs() >= 0, with.toString());
    assertEquals((4 * with.stepCpuMs() + with.validationCpuMs()) / 1000, with.epochCpuSeconds(4),
        1e-12);
    CostProbe without = CostProbe.measure(o, c, 0, 1, false);
    assertEquals(0, without.validationCpuMs());
    assertThrows(GalerkinException.class, () -> CostProbe.measure(o, c, 0, 0, false));
  }

  @Test
  void processCpuClockAdvancesWithWork() {
    long t0 = CostProbe.processCpuNanos();
    double s = 0;
    for (int i = 0; i < 20_000_000; i++) {
      s += Math.sqrt(i);
    }
    assertTrue(s > 0);
    assertTrue(CostProbe.processCpuNanos() - t0 > 1_000_000, "at least 1 ms of CPU for 2e7 roots");
  }
}
