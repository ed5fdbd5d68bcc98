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
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.Trainer;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.ode.Antiderivative;
import dev.galerkin.solvers.ode.InputFunction;
import dev.galerkin.solvers.presets.AntiderivativePreset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DeepONet on its first example, the antiderivative operator (Lu et al., Nature Machine
 * Intelligence 3, 2021): GRF inputs with length scale 0.2 at 100 sensors. One model is trained
 * once; the tests check its held-out error, a save/load round trip, and its evaluation off the
 * training grid against the ODE reference.
 */
@Tag("slow")
class DeepOnetAntiderivativeTest {
  static final int N = 1500;
  static final int TRAIN = 1000;
  static final int VAL = 250;
  static final int EPOCHS = 1200;
  static final int BATCH = 100;
  static final double LR = 3e-3;

  static AntiderivativePreset preset;
  static Dataset ds;
  static Split split;
  static DeepOnetConfig config;
  static Trainer.Result result;
  static double seconds;

  @TempDir Path tmp;

  @BeforeAll
  static void train() {
    preset = AntiderivativePreset.deepOnet();
    long g0 = System.nanoTime();
    ds = RecipeData.make(preset, N, 11);
    double gen = (System.nanoTime() - g0) / 1e9;
    split = Split.contiguous(N, TRAIN, VAL, N - TRAIN - VAL);
    config = DeepOnetConfig.builder().branch(2, 64).trunk(2, 64).latent(64)
        .activation(Activation.GELU).build();
    long steps = (long) EPOCHS * ((TRAIN + BATCH - 1) / BATCH);
    TrainingConfig tc = new TrainingConfig(EPOCHS, BATCH,
        AdamConfig.adam(LearningRateSchedule.cosine(LR, LR / 100, steps)), 0, 0, 2);
    long t0 = System.nanoTime();
    result = Trainer.train(new DeepOnet(config), ds, "u", "s", split, tc, new TrainingListener() {
      @Override
      public void epoch(EpochRecord e, boolean best) {
        if (e.epoch() % 200 == 0) {
          System.out.printf("epoch %d: train %.5f, validation %.5f (%.2f s)%n", e.epoch(),
              e.trainLoss(), e.validationError(), e.seconds());
        }
      }
    });
    seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("antiderivative data: %d samples in %.1f s; DeepONet %s, %d parameters;"
        + " %d epochs, batch %d, Adam lr %.0e cosine; trained in %.1f s%n", N, gen, config,
        result.operator().parameterCount(), EPOCHS, BATCH, LR, seconds);
  }

  @AfterAll
  static void close() {
    result.operator().close();
  }

  @Test
  void heldOutRelativeL2IsBelowOnePercent() {
    long[] test = split.test();
    FloatArray pred = result.operator().predict(ds.gather("u", test));
    FloatArray ref = ds.gather("s", test);
    ErrorSummary s = ErrorSummary.of(ErrorMetrics.relativeL2(pred, ref),
        ErrorMetrics.maxAbs(pred, ref));
    System.out.printf("DeepONet antiderivative: test relative L2 mean %.5f, median %.5f, p95 %.5f"
        + " over %d held-out samples (best epoch %d, validation %.5f), trained in %.1f s%n",
        s.meanRelativeL2(), s.medianRelativeL2(), s.p95RelativeL2(), test.length,
        result.bestEpoch(), result.bestValidationError(), seconds);
    assertTrue(s.meanRelativeL2() < 0.01, "test relative L2 " + s.meanRelativeL2());
  }

  @Test
  void saveAndLoadPredictIdentically() {
    Path file = tmp.resolve("deeponet.h5");
    NeuralOperator op = result.operator();
    op.save(file, false);
    FloatArray u = ds.gather("u", split.test());
    FloatArray points = FloatArray.wrap(Shape.of(3, 1), new float[] {0.013f, 0.5f, 0.987f});
    try (NeuralOperator back = NeuralOperator.load(file)) {
      assertEquals("deeponet", back.model().type());
      assertEquals(config, ((DeepOnet) back.model()).config());
      assertEquals(op.predict(u), back.predict(u), "a saved and loaded model predicts the same");
      assertEquals(DeepOnet.predictAt(op, u, points), DeepOnet.predictAt(back, u, points),
          "and the same at query points");
    }
  }

  @Test
  void atTheGridPointsQueryEvaluationEqualsPredict() {
    NeuralOperator op = result.operator();
    FloatArray u = ds.gather("u", split.test());
    FloatArray grid = ((DeepOnet) op.model()).queryGrid(op.outputSample());
    FloatArray atGrid = DeepOnet.predictAt(op, u, grid);
    FloatArray predicted = op.predict(u);
    assertEquals(predicted.shape(), atGrid.shape());
    double worst = 0;
    for (int i = 0; i < predicted.size(); i++) {
      worst = Math.max(worst, Math.abs(predicted.at(i) - atGrid.at(i)));
    }
    System.out.printf("query evaluation at the 100 grid points vs predict(): max |difference| %.2e%n",
        worst);
    assertTrue(worst < 1e-5, "max difference " + worst);
  }

  @Test
  void atMidpointsQueryEvaluationMatchesTheReferenceAntiderivative() {
    NeuralOperator op = result.operator();
    long[] test = split.test();
    FloatArray u = ds.gather("u", test);
    int m = preset.sensors();
    double[] x = new double[m];
    for (int j = 0; j < m; j++) {
      x[j] = (double) j / (m - 1);
    }
    double[] at = new double[m];                 // 0, then the m - 1 midpoints
    float[] mid = new float[m - 1];
    for (int j = 0; j < m - 1; j++) {
      at[j + 1] = (j + 0.5) / (m - 1);
      mid[j] = (float) at[j + 1];
    }
    FloatArray pred = DeepOnet.predictAt(op, u, FloatArray.wrap(Shape.of(m - 1, 1), mid));
    assertEquals(Shape.of(test.length, m - 1), pred.shape());
    Antiderivative solver = new Antiderivative(preset.tolerance());
    float[] ref = new float[test.length * (m - 1)];
    for (int i = 0; i < test.length; i++) {
      double[] ui = new double[m];
      for (int j = 0; j < m; j++) {
        ui[j] = u.at(i * m + j);
      }
      double[] s = solver.solve(InputFunction.spline(x, ui), at);
      for (int j = 0; j < m - 1; j++) {
        ref[i * (m - 1) + j] = (float) s[j + 1];
      }
    }
    double err = ErrorSummary.of(ErrorMetrics.relativeL2(pred,
        FloatArray.wrap(pred.shape(), ref)), new double[test.length]).meanRelativeL2();
    System.out.printf("DeepONet antiderivative at the 99 midpoints between sensors: relative L2 vs"
        + " the ODE reference %.5f (%d held-out samples)%n", err, test.length);
    assertTrue(err < 0.02, "midpoint relative L2 " + err);
  }

  @Test
  void badInputsAndQueryPointsGiveOneLineErrorsNamingTheShapes() {
    NeuralOperator op = result.operator();
    FloatArray u = ds.gather("u", new long[] {0, 1});
    FloatArray twoD = FloatArray.wrap(Shape.of(2, 2), new float[] {0.1f, 0.2f, 0.3f, 0.4f});
    DeepOnetShapeTest.assertMessage(() -> DeepOnet.predictAt(op, u, twoD), "[2, 2]");
    FloatArray outside = FloatArray.wrap(Shape.of(2, 1), new float[] {0.5f, 1.5f});
    DeepOnetShapeTest.assertMessage(() -> DeepOnet.predictAt(op, u, outside), "1.5");
    FloatArray coarse = FloatArray.wrap(Shape.of(2, 50), new float[100]);
    FloatArray one = FloatArray.wrap(Shape.of(1, 1), new float[] {0.5f});
    DeepOnetShapeTest.assertMessage(() -> DeepOnet.predictAt(op, coarse, one), "[2, 50]");
    DeepOnetShapeTest.assertMessage(() -> DeepOnet.predictAt(op, coarse, one), "[100]");
    DeepOnetShapeTest.assertMessage(() -> op.predict(coarse), "[50]");
  }
}
