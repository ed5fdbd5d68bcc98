package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import org.junit.jupiter.api.Test;

/** Bad data and bad settings fail with messages that name the culprit. */
class GaussianProcessInputTest {
  private static final GaussianProcessConfig CFG = GaussianProcessConfig.builder().restarts(0).build();

  private static String fails(Runnable r) {
    return assertThrows(GalerkinException.class, r::run).getMessage();
  }

  @Test
  void nanIsNamedBySampleAndColumn() {
    double[] x = {0, 1, 2, 3, 4, Double.NaN};
    double[] y = {1, 2, 3};
    String m = fails(() -> GaussianProcess.fit(x, y, 3, 2, 1, CFG));
    assertTrue(m.contains("x of sample 2, column 1 is NaN"), m);
    double[] x2 = {0, 1, 2, 3, 4, 5};
    double[] y2 = {1, 2, 3, 4, Double.POSITIVE_INFINITY, 6};
    String m2 = fails(() -> GaussianProcess.fit(x2, y2, 3, 2, 2, CFG));
    assertTrue(m2.contains("y of sample 2, column 0 is Infinity"), m2);
  }

  @Test
  void shapesAndSampleCountAreChecked() {
    String m = fails(() -> GaussianProcess.fit(new double[5], new double[3], 3, 2, 1, CFG));
    assertTrue(m.contains("x has 5 entries, expected n·d = 3·2 = 6"), m);
    String m2 = fails(() -> GaussianProcess.fit(new double[6], new double[4], 3, 2, 1, CFG));
    assertTrue(m2.contains("y has 4 entries, expected n·p = 3·1 = 3"), m2);
    String m3 = fails(() -> GaussianProcess.fit(new double[2], new double[1], 1, 2, 1, CFG));
    assertTrue(m3.contains("at least 2 training samples, got n = 1"), m3);
    GaussianProcess gp = GaussianProcess.fit(new double[] {0, 1, 2, 3}, new double[] {0, 1, 0, 1}, 4, 1, 1, CFG);
    String m4 = fails(() -> gp.predict(new double[] {0.5, 1.5}, 3));
    assertTrue(m4.contains("test inputs have 2 entries, expected m·d = 3·1"), m4);
    String m5 = fails(() -> gp.predict(new double[] {Double.NaN}, 1));
    assertTrue(m5.contains("test x of sample 0, column 0 is NaN"), m5);
  }

  @Test
  void configIsValidated() {
    String m = fails(() -> GaussianProcessConfig.builder().restarts(-1).build());
    assertTrue(m.contains("restarts must be >= 0, got -1"), m);
    String m2 = fails(() -> GaussianProcessConfig.builder().noiseVarianceBounds(0, 1).build());
    assertTrue(m2.contains("noiseVarianceMin must be finite and > 0, got 0.0"), m2);
    String m3 = fails(() -> GaussianProcessConfig.builder().lengthScaleBounds(1, 0.5).build());
    assertTrue(m3.contains("lengthScaleMax must be finite and > lengthScaleMin = 1.0, got 0.5"), m3);
    String m4 = fails(() -> new Hyperparameters(1, new double[] {1, -2}, 0.1));
    assertTrue(m4.contains("lengthScales[1] must be finite and > 0, got -2.0"), m4);
  }

  /** Duplicate inputs without noise: the jitter rescues the factorisation, and predictions stay finite. */
  @Test
  void duplicateInputsWithoutNoiseGetJitter() {
    double[] x = {0.1, 0.5, 0.5, 0.9};
    double[] y = {1, 2, 2, 3};
    GaussianProcess gp = GaussianProcess.fromState(new GaussianProcessState(4, 1, 1, x, y,
        Standardisation.fit(x, 4, 1), Standardisation.fit(y, 4, 1), new Hyperparameters(1, new double[] {1}, 0)));
    assertTrue(gp.jitter() > 0, "jitter " + gp.jitter());
    Prediction pred = gp.predict(new double[] {0.5, 0.7}, 2);
    assertEquals(2, pred.mean(0, 0), 1e-4);
    assertTrue(Double.isFinite(pred.mean(1, 0)) && pred.latentVariance(1, 0) >= 0);
  }

  /** A constant output column standardises to zero and is predicted as that constant. */
  @Test
  void constantOutputIsPredictedExactly() {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {0.1, 7, 0.1, 8, 0.1, 6.5, 0.1, 9, 0.1, 7.5};
    GaussianProcess gp = GaussianProcess.fit(x, y, 5, 1, 2, CFG);
    assertEquals(1, gp.state().outputScaling().scale()[0]);
    assertEquals(0.1, gp.predict(new double[] {2.5}, 1).mean(0, 0), 1e-15);
  }

  /**
   * Duplicate inputs without noise and a signal variance at the edge of double range: the kernel
   * matrix cannot be factored at any jitter, and the message gives the sample count, the largest
   * jitter and the fix.
   */
  @Test
  void indefiniteKernelNamesSamplesJitterAndFix() {
    double[] x = {0.5, 0.5, 0.5};
    double[] y = {1, 2, 3};
    GaussianProcessState s = new GaussianProcessState(3, 1, 1, x, y, Standardisation.fit(x, 3, 1),
        Standardisation.fit(y, 3, 1), new Hyperparameters(Double.MAX_VALUE, new double[] {1}, 0));
    String m = fails(() -> GaussianProcess.fromState(s));
    assertTrue(m.contains("kernel matrix of the 3 training samples is not positive definite even with a jitter of "
        + "1.0E-4 × its mean diagonal"), m);
    assertTrue(m.contains("remove duplicate or near-duplicate input rows, or raise the noise floor"), m);
  }
}
