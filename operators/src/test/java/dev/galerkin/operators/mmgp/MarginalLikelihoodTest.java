package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The analytic gradient of the log marginal likelihood (R&W eq. 5.9) against central differences. */
class MarginalLikelihoodTest {

  /** Random standardised data, d = 3 inputs, p = 2 outputs, at three random hyperparameter points. */
  @Test
  void gradientMatchesCentralDifferences() {
    int n = 30;
    int d = 3;
    int p = 2;
    SplittableRandom rng = new SplittableRandom(7);
    double[] x = new double[n * d];
    double[] y = new double[n * p];
    for (int i = 0; i < n * d; i++) {
      x[i] = rng.nextDouble(-2, 2);
    }
    for (int i = 0; i < n; i++) {
      y[i * p] = Math.sin(x[i * d]) + 0.3 * x[i * d + 1] + 0.1 * rng.nextGaussian();
      y[i * p + 1] = Math.cos(x[i * d + 2]) * x[i * d] + 0.1 * rng.nextGaussian();
    }
    MarginalLikelihood ml = new MarginalLikelihood(x, y, n, d, p);
    double[][] thetas = {
      {0.3, -0.2, 0.5, 1.1, Math.log(0.05)},
      {-0.7, 0.9, -0.4, 0.2, Math.log(1e-3)},
      {1.2, 0.1, 1.5, -0.8, Math.log(0.4)},
    };
    double h = 1e-5;
    double worst = 0;
    for (double[] theta : thetas) {
      MarginalLikelihood.Value v = ml.evaluate(theta, true);
      assertNotNull(v);
      assertEquals(0, v.jitter(), "no jitter, so the gradient is exact");
      double[] g = v.gradient();
      double gmax = 0;
      double[] fd = new double[theta.length];
      for (int m = 0; m < theta.length; m++) {
        double[] tp = theta.clone();
        double[] tm = theta.clone();
        tp[m] += h;
        tm[m] -= h;
        fd[m] = (ml.evaluate(tp, false).value() - ml.evaluate(tm, false).value()) / (2 * h);
        gmax = Math.max(gmax, Math.abs(fd[m]));
      }
      for (int m = 0; m < theta.length; m++) {
        double rel = Math.abs(g[m] - fd[m]) / Math.max(Math.abs(fd[m]), 1e-3 * gmax);
        worst = Math.max(worst, rel);
        assertTrue(rel < 1e-5, "θ_" + m + ": analytic " + g[m] + ", central difference " + fd[m]
            + ", relative error " + rel);
      }
    }
    System.out.printf("LML gradient vs central differences: worst relative error %.2e%n", worst);
  }
}
