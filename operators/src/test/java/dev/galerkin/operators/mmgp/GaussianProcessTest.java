package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Accuracy, relevance determination, calibration, reproducibility and sampling of {@link GaussianProcess}. */
class GaussianProcessTest {

  /** {@code n × d} inputs uniform in {@code [−1, 1]}. */
  static double[] inputs(int n, int d, SplittableRandom rng) {
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextDouble(-1, 1);
    }
    return x;
  }

  static double[] outputs(double[] x, int n, int d, ToDoubleFunction<double[]> f, double noise, SplittableRandom rng) {
    double[] y = new double[n];
    double[] row = new double[d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * d, row, 0, d);
      y[i] = f.applyAsDouble(row) + noise * rng.nextGaussian();
    }
    return y;
  }

  static final ToDoubleFunction<double[]> SMOOTH = v -> Math.sin(3 * v[0]) + Math.cos(2 * v[1]) + 0.5 * v[2];

  /**
   * A smooth function of three inputs plus one irrelevant input, 80 noise-free samples: the held-out
   * relative RMSE (RMSE over the standard deviation of the test outputs) is small, and the
   * irrelevant input's length scale is far longer than the relevant ones.
   */
  @Test
  void recoversASmoothFunctionAndIgnoresAnIrrelevantInput() {
    int d = 4;
    int n = 80;
    int m = 400;
    SplittableRandom rng = new SplittableRandom(11);
    double[] x = inputs(n, d, rng);
    double[] y = outputs(x, n, d, SMOOTH, 0, rng);
    GaussianProcess gp = GaussianProcess.fit(x, y, n, d, 1, GaussianProcessConfig.defaults());
    double[] xt = inputs(m, d, rng);
    double[] yt = outputs(xt, m, d, SMOOTH, 0, rng);
    Prediction pred = gp.predict(xt, m);
    double se = 0;
    double mean = 0;
    for (double v : yt) {
      mean += v / m;
    }
    double var = 0;
    for (int i = 0; i < m; i++) {
      se += Math.pow(pred.mean(i, 0) - yt[i], 2);
      var += Math.pow(yt[i] - mean, 2);
    }
    double relRmse = Math.sqrt(se / var);
    double[] ls = gp.hyperparameters().lengthScales();
    System.out.printf("smooth 3+1 inputs, n=%d: held-out relative RMSE %.2e, length scales %s, noise %.2e%n", n,
        relRmse, java.util.Arrays.toString(ls), gp.hyperparameters().noiseVariance());
    assertTrue(relRmse < 0.02, "relative RMSE " + relRmse);
    double relevant = Math.max(ls[0], Math.max(ls[1], ls[2]));
    assertTrue(ls[3] > 10 * relevant, "irrelevant input: ℓ_3 = " + ls[3] + ", relevant at most " + relevant);
  }

  /**
   * Known noise {@code σ = 0.1} on a smooth function of two inputs, 100 samples: the empirical
   * coverage of the 95% interval {@code μ ± 1.96 √(latent + noise)} over 1000 fresh noisy
   * observations lies in {@code [0.85, 1]}, and the fitted noise is near the truth.
   */
  @Test
  void predictiveIntervalsAreCalibrated() {
    int d = 2;
    int n = 100;
    int m = 1000;
    double sigma = 0.1;
    ToDoubleFunction<double[]> f = v -> Math.sin(3 * v[0]) * Math.cos(2 * v[1]);
    SplittableRandom rng = new SplittableRandom(12);
    double[] x = inputs(n, d, rng);
    double[] y = outputs(x, n, d, f, sigma, rng);
    GaussianProcess gp = GaussianProcess.fit(x, y, n, d, 1, GaussianProcessConfig.defaults());
    double[] xt = inputs(m, d, rng);
    double[] yt = outputs(xt, m, d, f, sigma, rng);
    Prediction pred = gp.predict(xt, m);
    int inside = 0;
    for (int i = 0; i < m; i++) {
      if (Math.abs(yt[i] - pred.mean(i, 0)) <= 1.96 * Math.sqrt(pred.noisyVariance(i, 0))) {
        inside++;
      }
      assertTrue(pred.noisyVariance(i, 0) > pred.latentVariance(i, 0));
    }
    double coverage = inside / (double) m;
    double noiseSd = Math.sqrt(gp.hyperparameters().noiseVariance()) * gp.state().outputScaling().scale()[0];
    System.out.printf("calibration, σ=%.2f, n=%d: 95%% interval coverage %.3f on %d points, fitted σ_n %.4f%n", sigma,
        n, coverage, m, noiseSd);
    assertTrue(coverage >= 0.85 && coverage <= 1.0, "coverage " + coverage);
    assertEquals(sigma, noiseSd, 0.3 * sigma, "fitted noise standard deviation");
  }

  /** The box holds: noise-free data pushes the noise to a raised floor, and no further. */
  @Test
  void boundsAreEnforced() {
    int d = 2;
    int n = 30;
    SplittableRandom rng = new SplittableRandom(15);
    double[] x = inputs(n, d, rng);
    double[] y = outputs(x, n, d, v -> Math.sin(2 * v[0]) + v[1], 0, rng);
    GaussianProcessConfig cfg = GaussianProcessConfig.builder().restarts(2).noiseVarianceBounds(1e-2, 1)
        .lengthScaleBounds(0.05, 3).build();
    Hyperparameters h = GaussianProcess.fit(x, y, n, d, 1, cfg).hyperparameters();
    assertEquals(1e-2, h.noiseVariance(), 1e-12, "noise at the raised floor");
    for (double l : h.lengthScales()) {
      assertTrue(l >= 0.05 && l <= 3 * (1 + 1e-12), "length scale " + l + " inside [0.05, 3]");
    }
  }

  /** The same seed gives the same fit; the stored state restores the same predictions. */
  @Test
  void fitIsReproducibleAndStateRoundTrips() {
    int d = 3;
    int n = 40;
    int p = 2;
    SplittableRandom rng = new SplittableRandom(13);
    double[] x = inputs(n, d, rng);
    double[] y = new double[n * p];
    for (int i = 0; i < n; i++) {
      y[i * p] = 10 + 5 * Math.sin(2 * x[i * d]) * x[i * d + 1];
      y[i * p + 1] = -3 + 0.01 * Math.exp(x[i * d + 2]);
    }
    GaussianProcessConfig cfg = GaussianProcessConfig.builder().restarts(3).seed(99).build();
    GaussianProcess a = GaussianProcess.fit(x, y, n, d, p, cfg);
    GaussianProcess b = GaussianProcess.fit(x, y, n, d, p, cfg);
    assertArrayEquals(a.hyperparameters().toLog(), b.hyperparameters().toLog(), 0);
    assertEquals(4, a.starts().size(), "1 + 3 restarts");
    for (GaussianProcess.Start st : a.starts()) {
      assertTrue(st.logMarginalLikelihood() <= a.logMarginalLikelihood() + 1e-9, "the best start is kept");
    }
    assertTrue(a.starts().stream().anyMatch(st -> st.logMarginalLikelihood() >= a.logMarginalLikelihood() - 1e-9));
    GaussianProcessState s = a.state();
    GaussianProcess c = GaussianProcess.fromState(new GaussianProcessState(s.n(), s.d(), s.p(), s.x(), s.y(),
        new Standardisation(s.inputScaling().mean(), s.inputScaling().scale()),
        new Standardisation(s.outputScaling().mean(), s.outputScaling().scale()),
        Hyperparameters.fromLog(s.hyperparameters().toLog())));
    double[] xt = inputs(7, d, rng);
    assertArrayEquals(a.predict(xt, 7).mean(), c.predict(xt, 7).mean(), 1e-12);
    assertArrayEquals(a.predict(xt, 7).latentVariance(), c.predict(xt, 7).latentVariance(), 1e-12);
    assertEquals(a.logMarginalLikelihood(), c.logMarginalLikelihood(), 1e-9);
    // At the training inputs a nearly noise-free fit interpolates.
    Prediction atTrain = a.predict(x, n);
    for (int i = 0; i < n * p; i++) {
      assertEquals(y[i], atTrain.mean()[i], 1e-3 * Math.abs(y[i]) + 1e-3);
    }
  }

  /**
   * Joint posterior samples have the predicted mean and variance, are correlated between nearby
   * test points, and, mapped through a POD basis, give the pointwise variance that
   * {@link SnapshotPod#fieldVariance} computes exactly.
   */
  @Test
  void posteriorSamplesPropagateThroughPod() {
    int d = 2;
    int n = 30;
    int p = 3;
    SplittableRandom rng = new SplittableRandom(14);
    double[] x = inputs(n, d, rng);
    double[] y = new double[n * p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        y[i * p + j] = Math.sin((j + 1) * x[i * d]) + x[i * d + 1] * j + 0.05 * rng.nextGaussian();
      }
    }
    GaussianProcess gp = GaussianProcess.fit(x, y, n, d, p, GaussianProcessConfig.builder().restarts(2).build());
    double[] xt = {0.3, -0.4, 0.31, -0.41, 2.5, 2.5};
    int m = 3;
    int count = 20_000;
    double[] s = gp.sample(xt, m, count, false, new SplittableRandom(5));
    Prediction pred = gp.predict(xt, m);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        double mean = 0;
        double var = 0;
        for (int k = 0; k < count; k++) {
          mean += s[k * m * p + i * p + j] / count;
        }
        for (int k = 0; k < count; k++) {
          var += Math.pow(s[k * m * p + i * p + j] - mean, 2) / (count - 1);
        }
        double sd = Math.sqrt(pred.latentVariance(i, j));
        assertEquals(pred.mean(i, j), mean, 0.05 * sd + 1e-9, "sample mean at " + i + ", " + j);
        assertEquals(pred.latentVariance(i, j), var, 0.05 * pred.latentVariance(i, j) + 1e-12,
            "sample variance at " + i + ", " + j);
      }
    }
    double cov = 0;
    for (int k = 0; k < count; k++) {
      cov += (s[k * m * p] - pred.mean(0, 0)) * (s[k * m * p + p] - pred.mean(1, 0)) / count;
    }
    double corr = cov / Math.sqrt(pred.latentVariance(0, 0) * pred.latentVariance(1, 0));
    assertTrue(corr > 0.9, "nearby test points are strongly correlated: " + corr);
    // POD propagation at the far test point (index 2), where the variance is large.
    int dofs = 12;
    SnapshotPod pod = SnapshotPod.fit(SnapshotPodTest.random(6 * dofs, rng), 6, dofs, MassMatrix.identity(),
        PodTruncation.count(p));
    double[] c = new double[count * p];
    for (int k = 0; k < count; k++) {
      System.arraycopy(s, k * m * p + 2 * p, c, k * p, p);
    }
    double[] fields = pod.field(c, count);
    double[] exact = pod.fieldVariance(java.util.Arrays.copyOfRange(pred.latentVariance(), 2 * p, 3 * p), 1);
    for (int a = 0; a < dofs; a++) {
      double mean = 0;
      double var = 0;
      for (int k = 0; k < count; k++) {
        mean += fields[k * dofs + a] / count;
      }
      for (int k = 0; k < count; k++) {
        var += Math.pow(fields[k * dofs + a] - mean, 2) / (count - 1);
      }
      assertEquals(exact[a], var, 0.05 * exact[a], "field variance at dof " + a);
    }
  }
}
