package dev.galerkin.operators.deeponet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.Trainer;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.presets.PendulumPreset;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * DeepONet's forced pendulum (Lu et al., Nature Machine Intelligence 3, 2021): output
 * {@code s [m, 2]}, angle and angular velocity, channels last. A short run: both channels are
 * learnt, each in its own place.
 */
@Tag("slow")
class DeepOnetPendulumTest {

  @Test
  void learnsBothChannelsInTheRightOrder() {
    int n = 600;
    PendulumPreset preset = PendulumPreset.deepOnet();
    Dataset ds = RecipeData.make(preset, n, 21);
    Split split = Split.contiguous(n, 400, 100, 100);
    DeepOnetConfig config = DeepOnetConfig.builder().branch(2, 64).trunk(2, 64).latent(32)
        .activation(Activation.GELU).build();
    int epochs = 300;
    int batch = 50;
    long steps = (long) epochs * (400 / batch);
    TrainingConfig tc = new TrainingConfig(epochs, batch,
        AdamConfig.adam(LearningRateSchedule.cosine(3e-3, 3e-5, steps)), 0, 0, 2);
    long t0 = System.nanoTime();
    Trainer.Result r = Trainer.train(new DeepOnet(config), ds, "u", "s", split, tc,
        TrainingListener.NONE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (NeuralOperator op = r.operator()) {
      long[] test = split.test();
      FloatArray pred = op.predict(ds.gather("u", test));
      FloatArray ref = ds.gather("s", test);
      assertEquals(Shape.of(test.length, 100, 2), pred.shape());
      double both = mean(ErrorMetrics.relativeL2(pred, ref));
      double angle = mean(ErrorMetrics.relativeL2(channel(pred, 0), channel(ref, 0)));
      double velocity = mean(ErrorMetrics.relativeL2(channel(pred, 1), channel(ref, 1)));
      double swapped = mean(ErrorMetrics.relativeL2(channel(pred, 1), channel(ref, 0)));
      System.out.printf("DeepONet pendulum (%s, %d epochs, batch %d, 400 train, %.1f s): test"
          + " relative L2 %.4f; angle s %.4f, velocity v %.4f; velocity against angle %.3f%n",
          config, epochs, batch, seconds, both, angle, velocity, swapped);
      assertTrue(both < 0.10, "relative L2 " + both);
      assertTrue(angle < 0.10, "angle channel " + angle);
      assertTrue(velocity < 0.10, "velocity channel " + velocity);
      assertTrue(swapped > 0.3, "the channels differ: " + swapped);

      // at query points the channels keep their order: [B, P, 2]
      FloatArray points = FloatArray.wrap(Shape.of(2, 1), new float[] {0f, 1f});
      FloatArray at = DeepOnet.predictAt(op, ds.gather("u", test), points);
      assertEquals(Shape.of(test.length, 2, 2), at.shape());
      for (int i = 0; i < test.length; i++) {
        for (int c = 0; c < 2; c++) {
          assertEquals(pred.at(i * 200 + c), at.at(i * 4 + c), 1e-5);
          assertEquals(pred.at(i * 200 + 99 * 2 + c), at.at(i * 4 + 2 + c), 1e-5);
        }
      }
    }
  }

  private static FloatArray channel(FloatArray a, int c) {
    long b = a.shape().dim(0);
    int p = Math.toIntExact(a.shape().dim(1));
    float[] v = new float[Math.toIntExact(b * p)];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.at(i * 2 + c);
    }
    return FloatArray.wrap(Shape.of(b, p), v);
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }
}
