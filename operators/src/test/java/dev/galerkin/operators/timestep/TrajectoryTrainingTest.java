package dev.galerkin.operators.timestep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.presets.NavierStokesPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FNO as a time-stepper on small Navier–Stokes trajectories (ν = 1e-3, 32², 20 frames to t = 10):
 * one-step training rolls out below a stated error, full unrolling shares one set of weights across
 * the unrolled steps (FNO and MgNO), pushforward trains, and a saved stepper rolled out in a fresh JVM gives the
 * same frames.
 */
@Tag("slow")
class TrajectoryTrainingTest {
  private static final int N = 56;
  @TempDir Path tmp;

  private static Dataset navierStokes() {
    NavierStokesPreset p = new NavierStokesPreset(
        NavierStokesConfig.fno(1e-3).toBuilder().resolution(32).build(),
        NavierStokesPreset.FNO_INITIAL, 1, new OutputTimes(10, 20));
    return RecipeData.make(p, N, 11);
  }

  private static Fno fno() {
    return new Fno(new FnoConfig(2, 16, 8, 3, 64, Activation.GELU, 0));
  }

  private static TrainingConfig config(int epochs, int batch, int steps) {
    return new TrainingConfig(epochs, batch, AdamConfig.adamW(
        LearningRateSchedule.cosine(3e-3, 0, (long) steps * epochs), 1e-4), 0, 0, 2);
  }

  @Test
  void oneStepFnoRollsOutNavierStokesAndReloadsInAFreshJvm() throws Exception {
    Dataset ds = navierStokes();
    StoredSplit split = StoredSplit.of(Split.contiguous(N, 40, 8, 8), N);
    List<Double> validation = new ArrayList<>();
    TrajectoryObjective o = TrajectoryObjective.builder(fno(), ds).trajectories("w").history(4)
        .horizon(1).windows(8).split(split).build();
    int epochs = 12;
    long t0 = System.nanoTime();
    TrajectoryObjective.Result r = o.train(config(epochs, 16, (int) o.stepsPerEpoch(16)),
        new TrainingListener() {
          @Override
          public void epoch(EpochRecord e, boolean best) {
            validation.add(e.validationError());
          }
        }, null);
    long[] test = split.resolve(N).test();
    FloatArray w = ds.gather("w", test);
    try (TimeStepper s = r.stepper()) {
      Rollout.Result roll = s.rollout(Map.of("w", w), Map.of(), 16);
      assertTrue(roll.divergence().isEmpty(), roll.divergence().toString());
      FloatArray reference = Rollout.frames(w, 4, 16);
      double[] perStep = RolloutMetrics.perStep(roll.frames().get("w"), reference, 1);
      double mean = java.util.Arrays.stream(RolloutMetrics.rollout(roll.frames().get("w"),
          reference, 1)).average().orElseThrow();
      int corr = RolloutMetrics.correlationTime(RolloutMetrics.correlation(roll.frames().get("w"),
          reference, 1));
      System.out.printf("FNO time-stepper NS 32^2 (40 trajectories, %d epochs, %d parameters, %.0f s):"
          + " rollout rel. L2 %.4f (step 1 %.4f, step 16 %.4f), correlation time %d of 16,"
          + " validation %s%n", epochs, s.parameterCount(), (System.nanoTime() - t0) / 1e9, mean,
          perStep[0], perStep[15], corr, validation);
      assertTrue(mean < 0.10, "16-frame rollout relative L2 " + mean);
      assertTrue(perStep[0] < perStep[15], "errors grow along the rollout");
      Path model = tmp.resolve("stepper.h5");
      s.save(model, false);
      Path dataFile = tmp.resolve("w.bin");
      RolloutMain.writeArray(w, dataFile);
      Path frames = tmp.resolve("frames.bin");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"),
          RolloutMain.class.getName(), model.toString(), dataFile.toString(), frames.toString())
          .redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), log);
      float[] again = RolloutMain.readFloats(frames);
      float[] here = roll.frames().get("w").toArray();
      assertEquals(here.length, again.length);
      for (int i = 0; i < here.length; i++) {
        assertEquals(here[i], again[i], 0f, "frame value " + i + " in a fresh JVM");
      }
    }
  }

  @Test
  void fullUnrollSharesWeightsAndPushforwardTrains() {
    Dataset ds = navierStokes().samples(0, 24);
    StoredSplit split = StoredSplit.of(Split.contiguous(24, 16, 8, 0), 24);
    TrajectoryObjective full = TrajectoryObjective.builder(fno(), ds).trajectories("w").history(4)
        .unroll(Unroll.full(6)).split(split).build();
    TrajectoryObjective.Result f = full.train(config(4, 8, 2), TrainingListener.NONE, null);
    TrajectoryObjective single = TrajectoryObjective.builder(fno(), ds).trajectories("w")
        .history(4).split(split).build();
    TrajectoryObjective.Result one = single.train(config(1, 8, 2), TrainingListener.NONE, null);
    assertEquals(one.stepper().parameterCount(), f.stepper().parameterCount(),
        "six unrolled steps use one set of weights");
    List<EpochRecord> h = f.history();
    assertTrue(h.get(h.size() - 1).trainLoss() < h.get(0).trainLoss(),
        "full-unroll training lowers its loss: " + h);
    TrajectoryObjective push = TrajectoryObjective.builder(fno(), ds).trajectories("w").history(4)
        .unroll(Unroll.pushforward(2)).windows(4).split(split).build();
    List<EpochRecord> ph = push.train(config(4, 8, 8), TrainingListener.NONE, null).history();
    assertTrue(ph.get(ph.size() - 1).trainLoss() < ph.get(0).trainLoss(),
        "pushforward training lowers its loss: " + ph);
    var mgno = new dev.galerkin.operators.mgno.Mgno(new dev.galerkin.operators.mgno.MgnoConfig(2,
        8, 2, 3, 1, 2, 0, dev.galerkin.operators.layers.Padding.CIRCULAR, Activation.GELU, false));
    List<EpochRecord> mh = TrajectoryObjective.builder(mgno, ds).trajectories("w").history(4)
        .unroll(Unroll.full(3)).split(split).build().train(config(3, 8, 2), TrainingListener.NONE,
            null).history();
    assertTrue(mh.get(mh.size() - 1).trainLoss() < mh.get(0).trainLoss(),
        "MgNO unrolled through three steps lowers its loss: " + mh);
  }
}
