package dev.galerkin.operators.sinenet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.GridModelChecks;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A small circular SineNet-2 learns a linear time-stepper, one explicit heat step followed by a
 * periodic shift ({@link GridModelChecks#heatStepAndShift}), from 48 samples at 32² to a stated
 * held-out relative L2, through the shared training loop.
 */
@Tag("slow")
class SineNetTrainingTest {
  @Test
  void aSmallSineNetLearnsAHeatStepAndShift() {
    SineNet m = new SineNet(new SineNetConfig(8, 2, 2, 1.5, 1, 1, Padding.CIRCULAR,
        Activation.GELU));
    int epochs = 20;
    double[] r = GridModelChecks.fitHeatStepAndShift(m, 32, epochs, 1e-2);
    System.out.printf("SineNet-2 (width 8, 2 levels, multiplier 1.5, circular; %.0f parameters),"
        + " heat step + shift at 32^2, 48 train, %d epochs: held-out relative L2 %.4f in %.1f s%n",
        r[2], epochs, r[0], r[1]);
    assertTrue(r[0] < 0.06, "held-out relative L2 " + r[0]);
  }
}
