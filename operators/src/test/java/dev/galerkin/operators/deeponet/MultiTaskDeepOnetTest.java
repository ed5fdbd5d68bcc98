package dev.galerkin.operators.deeponet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The multi-task DeepONet of Kumar et al. (2024) on two geometries: a CNN-branch DeepONet fed the
 * Darcy coefficient and the binary mask ({@code darcy-geometries}, square and disk, 21² nodes),
 * its prediction masked, trained on both geometries at once; the held-out error inside the mask,
 * per geometry, is below a stated bound and well below that of predicting the training mean. And
 * transfer: fine-tuned on 25 samples of the held-out pentagon (20 epochs), it beats the same network
 * trained from scratch on them for as long.
 */
class MultiTaskDeepOnetTest {
  @Test
  void trainsOnTwoGeometriesAtOnce() {
    int n = 240;
    Dataset ds = RecipeData.make(PresetCatalog.find("darcy-geometries").create(Map.of(
        "resolution", "21", "geometry", "square,disk")), n, 3);
    Split split = Split.contiguous(n, 200, 20, 20);
    DeepOnet model = new DeepOnet(DeepOnetConfig.builder().dimensions(2).branch(1, 128)
        .trunk(2, 64).latent(48).activation(Activation.GELU).branchKind(BranchKind.CNN)
        .filters(8, 16).build());
    int epochs = 80;
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.cosine(1e-3, 0, epochs * 10L), 1e-4);
    SupervisedObjective.Result r = SupervisedObjective.builder(model, ds).inputs("a", "mask")
        .outputs("u").mask("mask").split(StoredSplit.of(split, n)).build()
        .train(new TrainingConfig(epochs, 20, adam, 1, 0, 2), TrainingListener.NONE, null);
    long[] test = split.test();
    try (NeuralOperator op = r.operator()) {
      Map<String, FloatArray> in = Map.of("a", ds.gather("a", test), "mask",
          ds.gather("mask", test));
      FloatArray ref = ds.gather("u", test);
      double[] e = ErrorMetrics.relativeL2(op.predict(in).get("u"), ref);
      double[] base = ErrorMetrics.relativeL2(meanInside(ds, split.train(), in.get("mask")), ref);
      for (int geometry = 0; geometry < 2; geometry++) {
        double mean = 0;
        double meanBase = 0;
        int count = 0;
        for (int i = 0; i < test.length; i++) {
          if (test[i] % 2 == geometry) {
            mean += e[i];
            meanBase += base[i];
            count++;
          }
        }
        mean /= count;
        meanBase /= count;
        System.out.printf("MT-DeepONet, geometry %d: held-out relative L2 %.4f (training mean:"
            + " %.4f)%n", geometry, mean, meanBase);
        // measured 0.098 (square) and 0.103 (disk) against 0.31 and 0.40
        assertTrue(mean < 0.15 && mean < 0.5 * meanBase, "geometry " + geometry + ": " + mean
            + " against the training mean's " + meanBase);
      }
    }
  }

  @Test
  void fineTuningBeatsScratchOnTwentyFiveSamplesOfANewGeometry() {
    int n = 240;
    Dataset three = RecipeData.make(PresetCatalog.find("darcy-geometries").create(Map.of(
        "resolution", "21", "geometry", "square,disk,triangle")), n, 3);
    Dataset pentagon = RecipeData.make(PresetCatalog.find("darcy-geometries").create(Map.of(
        "resolution", "21", "geometry", "pentagon")), 75, 4);
    Split few = Split.contiguous(75, 25, 10, 40);
    try (NeuralOperator mt = train(three, Split.contiguous(n, 210, 30, 0), 80, null);
        NeuralOperator tuned = train(pentagon, few, 20, mt);
        NeuralOperator scratch = train(pentagon, few, 20, null)) {
      double zeroShot = error(mt, pentagon, few.test());
      double t = error(tuned, pentagon, few.test());
      double sc = error(scratch, pentagon, few.test());
      System.out.printf("pentagon, 25 samples: fine-tuned %.4f, from scratch %.4f, the multi-task"
          + " model as it is %.4f%n", t, sc, zeroShot);
      // measured 0.172 against 0.198 (ratio 0.87), zero-shot 0.42; on the L fine-tuning is not
      // ahead (README, bench models --task multitask), so this holds for a shape near a trained one
      assertTrue(t < 0.95 * sc && t < 0.5 * zeroShot, "fine-tuned " + t + " against scratch " + sc
          + " and zero-shot " + zeroShot);
    }
  }

  private static NeuralOperator train(Dataset ds, Split split, int epochs, NeuralOperator init) {
    DeepOnet model = new DeepOnet(DeepOnetConfig.builder().dimensions(2).branch(1, 128)
        .trunk(2, 64).latent(48).activation(Activation.GELU).branchKind(BranchKind.CNN)
        .filters(8, 16).build());
    long steps = (long) epochs * ((split.train().length + 19) / 20);
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.cosine(1e-3, 0, steps), 1e-4);
    SupervisedObjective.Builder b = SupervisedObjective.builder(model, ds).inputs("a", "mask")
        .outputs("u").mask("mask").split(StoredSplit.of(split, ds.sampleCount()));
    if (init != null) {
      b.startFrom(init, "the multi-task model", java.util.List.of());
    }
    return b.build().train(new TrainingConfig(epochs, 20, adam, 1, 0, 2), TrainingListener.NONE,
        null).operator();
  }

  private static double error(NeuralOperator op, Dataset ds, long[] idx) {
    Map<String, FloatArray> in = Map.of("a", ds.gather("a", idx), "mask", ds.gather("mask", idx));
    return Arrays.stream(ErrorMetrics.relativeL2(op.predict(in).get("u"), ds.gather("u", idx)))
        .average().orElseThrow();
  }

  /** The training samples' mean of {@code u}, times each test sample's mask. */
  private static FloatArray meanInside(Dataset ds, long[] train, FloatArray masks) {
    float[] u = ds.gather("u", train).toArray();
    int per = Math.toIntExact(masks.shape().sampleShape().size());
    float[] mean = new float[per];
    for (int k = 0; k < train.length; k++) {
      for (int j = 0; j < per; j++) {
        mean[j] += u[k * per + j] / train.length;
      }
    }
    float[] m = masks.toArray();
    float[] out = new float[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i] * mean[i % per];
    }
    return FloatArray.wrap(masks.shape(), out);
  }
}
