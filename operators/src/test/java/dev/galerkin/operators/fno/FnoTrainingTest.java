package dev.galerkin.operators.fno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.training.Trainer;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.presets.DarcyPreset;
import dev.galerkin.solvers.presets.BurgersPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FNO trained on small reference datasets reaches a stated held-out error. */
@Tag("slow")
class FnoTrainingTest {
  @TempDir Path tmp;

  @Test
  void fno1dLearnsBurgersBelowThreePercent() {
    BurgersConfig c = BurgersConfig.builder().viscosity(0.1).nodes(256).dtMax(2e-3).build();
    Dataset ds = RecipeData.make(new BurgersPreset(c, BurgersPreset.FNO_INITIAL, 4,
        new OutputTimes(1, 1)), 300, 1);
    Split split = Split.contiguous(300, 200, 50, 50);
    long t0 = System.nanoTime();
    Fno model = new Fno(new FnoConfig(1, 32, 12, 4, 64, Activation.GELU));
    Trainer.Result r = Trainer.train(model, ds, "a", "u", split,
        TrainingConfig.fnoRecipe(60, 20, 3e-3, 0, 10), new TrainingListener() {
          @Override
          public void epoch(dev.galerkin.operators.training.EpochRecord e, boolean best) {
            if (e.epoch() % 10 == 0) {
              System.out.printf("epoch %d: train %.4f, validation %.4f%n", e.epoch(), e.trainLoss(),
                  e.validationError());
            }
          }
        });
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (NeuralOperator op = r.operator()) {
      long[] test = split.test();
      FloatArray pred = op.predict(ds.gather("a", test));
      ErrorSummary s = ErrorSummary.of(ErrorMetrics.relativeL2(pred, ds.gather("u", test)),
          ErrorMetrics.maxAbs(pred, ds.gather("u", test)));
      System.out.printf("FNO-1D Burgers (nu = 0.1, 64 points, 200 train): test relative L2 mean %.4f,"
          + " p95 %.4f, in %.0f s%n", s.meanRelativeL2(), s.p95RelativeL2(), seconds);
      assertTrue(s.meanRelativeL2() < 0.03, "test relative L2 " + s.meanRelativeL2());

      Path file = tmp.resolve("fno.h5");
      op.save(file, false);
      try (NeuralOperator back = NeuralOperator.load(file)) {
        FloatArray again = back.predict(ds.gather("a", test));
        assertEquals(pred, again, "a saved and loaded model predicts the same");
      }
    }
  }

  @Test
  void fno2dLearnsDarcyBelowFivePercentAndKeepsItAtTwiceTheResolution() {
    int n = 260;
    // the same samples (same seeds) stored at 31 x 31 (train) and 61 x 61 (super-resolution)
    Dataset coarse = RecipeData.make(new DarcyPreset(121, 4, 1, 12, 3, DarcyConfig.defaults()), n, 2);
    Split split = Split.contiguous(n, 200, 30, 30);
    long t0 = System.nanoTime();
    Fno model = new Fno(new FnoConfig(2, 24, 8, 4, 64, Activation.GELU));
    Trainer.Result r = Trainer.train(model, coarse, "a", "u", split,
        TrainingConfig.fnoRecipe(60, 20, 3e-3, 0, 10), TrainingListener.NONE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] test = split.test();
    try (NeuralOperator op = r.operator()) {
      double err = ErrorSummary.of(
          ErrorMetrics.relativeL2(op.predict(coarse.gather("a", test)), coarse.gather("u", test)),
          new double[test.length]).meanRelativeL2();
      Dataset fineTest = RecipeData.make(new DarcyPreset(121, 2, 1, 12, 3, DarcyConfig.defaults()),
          n, 2);
      double fine = ErrorSummary.of(ErrorMetrics.relativeL2(op.predict(fineTest.gather("a", test)),
          fineTest.gather("u", test)), new double[test.length]).meanRelativeL2();
      System.out.printf("FNO-2D Darcy, 200 train at 31x31: test relative L2 %.4f; the same model at"
          + " 61x61: %.4f (trained in %.0f s, best epoch %d)%n", err, fine, seconds, r.bestEpoch());
      assertTrue(err < 0.05, "test relative L2 at the training resolution: " + err);
      assertTrue(fine < 2 * err, "at twice the resolution: " + fine + " vs " + err);
    }
  }
}
