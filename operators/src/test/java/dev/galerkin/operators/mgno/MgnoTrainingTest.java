package dev.galerkin.operators.mgno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.Loss;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.presets.BurgersPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import dev.galerkin.solvers.presets.DarcyPreset;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MgNO learns Darcy flow (the FNO preset's 12/3 coefficient) on 240 samples at 33² with the
 * reference recipe (relative H1 loss, one-cycle schedule) to a stated held-out error, a saved model
 * predicts the same after loading, and with circular padding it learns a periodic problem (Burgers,
 * 1D).
 */
@Tag("slow")
class MgnoTrainingTest {
  @TempDir Path tmp;

  @Test
  void mgnoLearnsDarcyAt33BelowFivePercent() {
    int n = 270;
    Dataset ds = RecipeData.make(new DarcyPreset(65, 2, 1, 12, 3, DarcyConfig.defaults()), n, 4);
    Split split = Split.contiguous(n, 240, 10, 20);
    MgnoConfig config = new MgnoConfig(2, 12, 3, 5, 1, 2, 0, Padding.ZERO, Activation.GELU, false);
    int epochs = 60;
    int batch = 10;
    long steps = (240 + batch - 1) / batch;
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.oneCycle(2e-3, steps * epochs), 1e-5);
    long t0 = System.nanoTime();
    SupervisedObjective.Result r = SupervisedObjective.builder(new Mgno(config), ds).inputs("a")
        .outputs("u").split(StoredSplit.of(split, n)).loss(Loss.H1).build()
        .train(new TrainingConfig(epochs, batch, adam, 0, 0, 2), new TrainingListener() {
          @Override
          public void epoch(EpochRecord e, boolean best) {
            if (e.epoch() % 10 == 0) {
              System.out.printf("MgNO epoch %d: train H1 %.4f, validation L2 %.4f%n", e.epoch(),
                  e.trainLoss(), e.validationError());
            }
          }
        }, null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (NeuralOperator op = r.operator()) {
      FloatArray pred = op.predict(ds.gather("a", split.test()));
      double mean = Arrays.stream(ErrorMetrics.relativeL2(pred, ds.gather("u", split.test())))
          .average().orElseThrow();
      System.out.printf("MgNO Darcy 33^2 (240 train, %d epochs, %d parameters): held-out relative"
          + " L2 %.4f in %.0f s%n", epochs, op.parameterCount(), mean, seconds);
      assertTrue(mean < 0.05, "held-out relative L2 " + mean);
      Path file = tmp.resolve("mgno.h5");
      op.save(file, false);
      try (NeuralOperator back = NeuralOperator.load(file)) {
        assertArrayEquals(pred.toArray(), back.predict(ds.gather("a", split.test())).toArray());
      }
    }
  }

  @Test
  void mgno1dWithCircularPaddingLearnsPeriodicBurgers() {
    BurgersConfig c = BurgersConfig.builder().viscosity(0.1).nodes(64).dtMax(5e-3).build();
    int n = 200;
    Dataset burgers = RecipeData.make(new BurgersPreset(c, BurgersPreset.FNO_INITIAL, 1,
        new OutputTimes(1, 1)), n, 3);
    long[] all = java.util.stream.LongStream.range(0, n).toArray();
    Dataset ds = Dataset.builder().input("a", burgers.gather("a", all))   // u [N, 1, 64] -> [N, 64]
        .output("u", FloatArray.wrap(dev.galerkin.data.Shape.of(n, 64),
            burgers.gather("u", all).toArray())).build();
    Split split = Split.contiguous(n, 160, 20, 20);
    MgnoConfig config = new MgnoConfig(1, 16, 3, 5, 1, 2, 0, Padding.CIRCULAR, Activation.GELU,
        false);
    int epochs = 40;
    int batch = 10;
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.oneCycle(3e-3, 16L * epochs), 1e-5);
    SupervisedObjective.Result r = SupervisedObjective.builder(new Mgno(config), ds).inputs("a")
        .outputs("u").split(StoredSplit.of(split, n)).build()
        .train(new TrainingConfig(epochs, batch, adam, 0, 0, 2), TrainingListener.NONE, null);
    try (NeuralOperator op = r.operator()) {
      double mean = Arrays.stream(ErrorMetrics.relativeL2(op.predict(ds.gather("a", split.test())),
          ds.gather("u", split.test()))).average().orElseThrow();
      System.out.printf("MgNO-1D periodic Burgers (64 points, 160 train, %d epochs, circular"
          + " padding): held-out relative L2 %.4f%n", epochs, mean);
      assertTrue(mean < 0.05, "held-out relative L2 " + mean);
    }
  }
}
