package dev.galerkin.operators.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.RecipeData;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.presets.BurgersPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two input fields to two output fields, each normalised on its own: an FNO-1D learns Burgers'
 * {@code (u0, 10·u0) → (u(1), −100·u(1))} (fields of very different magnitudes) to a stated
 * held-out error, and the operator saved to a file predicts the same after loading, split included.
 */
@Tag("slow")
class MultiFieldTrainingTest {
  @TempDir Path tmp;

  @Test
  void twoFieldsInTwoFieldsOutTrainSaveAndLoad() {
    BurgersConfig c = BurgersConfig.builder().viscosity(0.1).nodes(64).dtMax(5e-3).build();
    int n = 160;
    Dataset burgers = RecipeData.make(new BurgersPreset(c, BurgersPreset.FNO_INITIAL, 1,
        new OutputTimes(1, 1)), n, 2);
    float[] a = burgers.gather("a", all(n)).toArray();
    float[] u = burgers.gather("u", all(n)).toArray();
    int x = a.length / n;
    Dataset ds = Dataset.builder()
        .input("a", FloatArray.wrap(Shape.of(n, x), a))
        .input("b", FloatArray.wrap(Shape.of(n, x), scaled(a, 10)))
        .output("u", FloatArray.wrap(Shape.of(n, x), u))
        .output("v", FloatArray.wrap(Shape.of(n, x), scaled(u, -100)))
        .build();
    StoredSplit split = StoredSplit.of(Split.contiguous(n, 120, 20, 20), n);
    Fno model = new Fno(new FnoConfig(1, 16, 8, 3, 32, Activation.GELU));
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.cosine(3e-3, 0, 40 * 12), 1e-4);
    SupervisedObjective.Result r = SupervisedObjective.builder(model, ds).inputs("a", "b")
        .outputs("u", "v").split(split).build()
        .train(new TrainingConfig(40, 10, adam, 1, 0, 2), TrainingListener.NONE, null);
    long[] test = split.split().test();
    try (NeuralOperator op = r.operator()) {
      assertEquals(Shape.of(x, 2), op.inputSample());
      Map<String, FloatArray> pred = op.predict(Map.of("a", ds.gather("a", test), "b",
          ds.gather("b", test)));
      double eu = mean(ErrorMetrics.relativeL2(pred.get("u"), ds.gather("u", test)));
      double ev = mean(ErrorMetrics.relativeL2(pred.get("v"), ds.gather("v", test)));
      System.out.printf("two-field FNO-1D Burgers: held-out relative L2 u %.4f, v %.4f%n", eu, ev);
      assertTrue(eu < 0.02 && ev < 0.02, "held-out relative L2 u " + eu + ", v " + ev); // 0.52%, 0.55%
      Path file = tmp.resolve("two.h5");
      op.save(file, false);
      try (NeuralOperator back = NeuralOperator.load(file)) {
        assertEquals(java.util.List.of("a", "b"), back.inputFields());
        assertEquals(java.util.List.of("u", "v"), back.outputFields());
        assertArrayEquals(test, back.split().orElseThrow().resolve(n).test());
        Map<String, FloatArray> again = back.predict(Map.of("a", ds.gather("a", test), "b",
            ds.gather("b", test)));
        assertArrayEquals(pred.get("v").toArray(), again.get("v").toArray());
      }
    }
  }

  private static long[] all(int n) {
    return java.util.stream.LongStream.range(0, n).toArray();
  }

  private static float[] scaled(float[] v, float s) {
    float[] o = Arrays.copyOf(v, v.length);
    for (int i = 0; i < o.length; i++) {
      o[i] *= s;
    }
    return o;
  }

  private static double mean(double[] e) {
    return Arrays.stream(e).average().orElseThrow();
  }
}
