package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent NumPy/SciPy recomputation ({@code src/test/python/matern_gp.py}: {@code cdist},
 * {@code cho_factor}) of the log marginal likelihood, predictive mean and latent variance at fixed
 * hyperparameters, agreeing to {@code 1e−10} relative. Needs {@code /usr/bin/python3} with NumPy and
 * SciPy (Debian's python3-scipy, installed by {@code .ci/run}); fails without them.
 */
class GaussianProcessPythonTest {

  @Test
  void matchesNumpyScipyAtFixedHyperparameters(@TempDir Path dir) throws IOException, InterruptedException {
    int n = 25;
    int d = 3;
    int p = 2;
    int m = 4;
    SplittableRandom rng = new SplittableRandom(21);
    double[] x = new double[n * d];
    double[] y = new double[n * p];
    double[] xt = new double[m * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = 3 * rng.nextDouble() - 1 + (i % d);
    }
    for (int i = 0; i < n; i++) {
      y[i * p] = 100 + 20 * Math.sin(x[i * d]) * x[i * d + 2] + rng.nextGaussian();
      y[i * p + 1] = 1e-3 * Math.cos(x[i * d + 1]);
    }
    for (int i = 0; i < xt.length; i++) {
      xt[i] = 3 * rng.nextDouble() - 1 + (i % d);
    }
    double[] theta = {0.4, -0.3, 0.2, 0.7, Math.log(0.02)};
    StringBuilder sb = new StringBuilder();
    sb.append(n).append(' ').append(d).append(' ').append(p).append(' ').append(m).append('\n');
    for (double[] a : new double[][] {x, y, xt, theta}) {
      for (double v : a) {
        sb.append(String.format(Locale.ROOT, "%.17g%n", v));
      }
    }
    Path file = dir.resolve("gp.txt");
    Files.writeString(file, sb.toString());
    Process proc = new ProcessBuilder("/usr/bin/python3", "src/test/python/matern_gp.py", file.toString())
        .redirectErrorStream(true).start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, proc.waitFor(), "python3 with numpy and scipy (python3-scipy) needed:\n" + out);
    String[] lines = out.strip().split("\\s+");
    assertEquals(1 + 2 * m * p, lines.length, out);

    Standardisation sx = Standardisation.fit(x, n, d);
    Standardisation sy = Standardisation.fit(y, n, p);
    double lml = new MarginalLikelihood(sx.apply(x), sy.apply(y), n, d, p).evaluate(theta, false).value();
    double want = Double.parseDouble(lines[0]);
    assertEquals(want, lml, 1e-10 * Math.abs(want), "log marginal likelihood");
    GaussianProcess gp = GaussianProcess.fromState(new GaussianProcessState(n, d, p, x, y, sx, sy,
        Hyperparameters.fromLog(theta)));
    assertEquals(want, gp.logMarginalLikelihood(), 1e-10 * Math.abs(want));
    Prediction pred = gp.predict(xt, m);
    double worst = Math.abs(lml - want) / Math.abs(want);
    for (int k = 0; k < m * p; k++) {
      double mu = Double.parseDouble(lines[1 + k]);
      double var = Double.parseDouble(lines[1 + m * p + k]);
      assertEquals(mu, pred.mean()[k], 1e-10 * Math.abs(mu), "mean " + k);
      assertEquals(var, pred.latentVariance()[k], 1e-10 * Math.abs(var), "latent variance " + k);
      worst = Math.max(worst, Math.max(Math.abs(mu - pred.mean()[k]) / Math.abs(mu),
          Math.abs(var - pred.latentVariance()[k]) / Math.abs(var)));
    }
    System.out.printf("NumPy/SciPy recomputation: LML %.12f, worst relative difference %.2e%n", want, worst);
  }
}
