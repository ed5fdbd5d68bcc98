package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The size of one MMGP output field's regression: n = 200 samples, d = 6 inputs (POD coefficients
 * of the morphed coordinates), p = 10 outputs (POD coefficients of the field), 5 restarts. Reports
 * the wall time and checks the fit is useful on held-out points: measured worst relative RMSE over
 * the outputs 0.075 (a longer L-BFGS budget reaches the same optimum, log-likelihood 1320.157, so
 * that is the shared-kernel model's accuracy here, not the optimiser's); all six starts reach it,
 * in about 620 likelihood-and-gradient evaluations, 4–5 s on the 2-core machine shared by other
 * builds (load 8–9). Tagged slow since that time depends on the load.
 */
@Tag("slow")
class GaussianProcessTimingTest {

  @Test
  void fitsMmgpSizedProblem() {
    int n = 200;
    int d = 6;
    int p = 10;
    int m = 200;
    SplittableRandom rng = new SplittableRandom(31);
    double[] x = GaussianProcessTest.inputs(n + m, d, rng);
    // Outputs share their smoothness, as the POD coefficients of one field do: each is a random
    // mixture of three smooth functions sin(w_l · x + b_l), plus 1e-3 noise.
    int latent = 3;
    double[] w = new double[latent * d];
    double[] b = new double[latent];
    double[] mix = new double[p * latent];
    for (int l = 0; l < latent; l++) {
      for (int k = 0; k < d; k++) {
        w[l * d + k] = rng.nextGaussian() / Math.sqrt(d);
      }
      b[l] = rng.nextDouble(0, Math.PI);
    }
    for (int i = 0; i < mix.length; i++) {
      mix[i] = rng.nextGaussian();
    }
    double[] y = new double[(n + m) * p];
    for (int i = 0; i < n + m; i++) {
      for (int l = 0; l < latent; l++) {
        double s = b[l];
        for (int k = 0; k < d; k++) {
          s += 1.5 * w[l * d + k] * x[i * d + k];
        }
        double g = Math.sin(s);
        for (int j = 0; j < p; j++) {
          y[i * p + j] += mix[j * latent + l] * g;
        }
      }
      for (int j = 0; j < p; j++) {
        y[i * p + j] += 0.001 * rng.nextGaussian();
      }
    }
    double[] xTrain = java.util.Arrays.copyOfRange(x, 0, n * d);
    double[] yTrain = java.util.Arrays.copyOfRange(y, 0, n * p);
    long t0 = System.nanoTime();
    GaussianProcess gp = GaussianProcess.fit(xTrain, yTrain, n, d, p,
        GaussianProcessConfig.builder().restarts(5).build());
    double seconds = (System.nanoTime() - t0) * 1e-9;
    Prediction pred = gp.predict(java.util.Arrays.copyOfRange(x, n * d, (n + m) * d), m);
    double worst = 0;
    for (int j = 0; j < p; j++) {
      double se = 0;
      double mean = 0;
      double var = 0;
      for (int i = 0; i < m; i++) {
        mean += y[(n + i) * p + j] / m;
      }
      for (int i = 0; i < m; i++) {
        se += Math.pow(pred.mean(i, j) - y[(n + i) * p + j], 2);
        var += Math.pow(y[(n + i) * p + j] - mean, 2);
      }
      worst = Math.max(worst, Math.sqrt(se / var));
    }
    int evaluations = gp.starts().stream().mapToInt(GaussianProcess.Start::evaluations).sum();
    System.out.printf("fit n=%d d=%d p=%d, 6 starts, %d evaluations: %.2f s, worst held-out relative RMSE over "
        + "outputs %.2e, %s%n", n, d, p, evaluations, seconds, worst, gp.hyperparameters());
    for (GaussianProcess.Start st : gp.starts()) {
      System.out.printf("  start: LML %.4f, %d iterations, %d evaluations, stop %s%n", st.logMarginalLikelihood(),
          st.iterations(), st.evaluations(), st.stop());
    }
    assertTrue(worst < 0.1, "worst relative RMSE " + worst);
  }
}
