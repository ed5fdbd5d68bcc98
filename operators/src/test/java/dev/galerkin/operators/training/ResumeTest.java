package dev.galerkin.operators.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.presets.BurgersPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping after some epochs and resuming from the checkpoint gives the uninterrupted run, bit for bit. */
class ResumeTest {
  @TempDir Path tmp;

  @Test
  void resumedRunEqualsUninterruptedRun() {
    BurgersConfig c = BurgersConfig.builder().viscosity(0.1).nodes(64).dtMax(5e-3).build();
    Dataset ds = RecipeData.make(new BurgersPreset(c, BurgersPreset.FNO_INITIAL, 2,
        new OutputTimes(1, 1)), 40, 3);
    Split split = Split.contiguous(40, 30, 10, 0);
    Fno model = new Fno(new FnoConfig(1, 8, 4, 2, 16, Activation.GELU));
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.stepDecay(3e-3, 0.5, 4), 1e-4);
    Path whole = tmp.resolve("whole.h5");
    Trainer.train(model, ds, "a", "u", split, new TrainingConfig(4, 8, adam, 5, 0, 2),
        TrainingListener.NONE, whole);
    Path parts = tmp.resolve("parts.h5");
    Trainer.train(model, ds, "a", "u", split, new TrainingConfig(2, 8, adam, 5, 0, 2),
        TrainingListener.NONE, parts);
    Trainer.Result resumed = Trainer.train(model, ds, "a", "u", split,
        new TrainingConfig(4, 8, adam, 5, 0, 2), TrainingListener.NONE, parts);
    assertEquals(4, resumed.history().size());
    ModelCheckpoint a = ModelFile.read(whole);
    ModelCheckpoint b = ModelFile.read(parts);
    assertEquals(a.weights().keySet(), b.weights().keySet());
    a.weights().forEach((k, v) -> assertArrayEquals(v.toArray(), b.weights().get(k).toArray(), k));
    a.trainingState().forEach((k, v) ->
        assertArrayEquals(v.toArray(), b.trainingState().get(k).toArray(), k));
    assertArrayEquals((double[]) a.provenance().get("history_validation"),
        (double[]) b.provenance().get("history_validation"));
  }
}
