package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NotAKnotSpline}'s column-batched solve: a bicubic polynomial is reproduced exactly by
 * {@link NotAKnotSpline#apply2d}, one line ({@link NotAKnotSpline#apply}) equals its column of a
 * batch, and random data match SciPy's {@code CubicSpline(bc_type="not-a-knot")} applied along both
 * axes (extrapolated ends included) to 1e−12. Needs {@code /usr/bin/python3} with SciPy (Debian's
 * python3-scipy, installed by {@code .ci/run}); fails without it.
 */
class NotAKnotSplineTest {
  private static final int N = 13;
  private static final double H = 1.0 / N;
  private static final double X0 = 0.5 / N;

  /** Nodes {@code i / (N − 1)}: the two ends lie half a cell outside the centres, extrapolated. */
  private static double[] nodes() {
    double[] t = new double[N];
    for (int i = 0; i < N; i++) {
      t[i] = i / (N - 1.0);
    }
    return t;
  }

  @Test
  void reproducesBicubicPolynomials() {
    double[] in = new double[N * N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        in[i * N + j] = f(X0 + i * H, X0 + j * H);
      }
    }
    double[] t = nodes();
    double[] out = new double[N * N];
    NotAKnotSpline.apply2d(new NotAKnotSpline(X0, H, N, t), in, new double[N * N], out);
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        assertEquals(f(t[i], t[j]), out[i * N + j], 1e-12, "at node " + i + ", " + j);
      }
    }
  }

  private static double f(double x, double y) {
    return (x * x * x - 2 * x + 0.3) * (y * y * y + y * y - 1);
  }

  @Test
  void oneLineIsItsColumnOfABatch() {
    SplittableRandom r = new SplittableRandom(4);
    int cols = 5;
    double[] y = new double[N * cols];
    for (int k = 0; k < y.length; k++) {
      y[k] = r.nextDouble();
    }
    NotAKnotSpline s = new NotAKnotSpline(X0, H, N, nodes());
    double[] batch = new double[N * cols];
    s.applyColumns(y, cols, batch);
    double[] line = new double[N];
    for (int j = 0; j < cols; j++) {
      s.apply(y, j, cols, line, 0, 1);
      for (int t = 0; t < N; t++) {
        assertEquals(batch[t * cols + j], line[t], 0.0, "line " + j + ", target " + t);
      }
    }
  }

  @Test
  void matchesScipyCubicSplineAlongBothAxes() throws IOException, InterruptedException {
    SplittableRandom r = new SplittableRandom(17);
    double[] in = new double[N * N];
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < in.length; k++) {
      in[k] = r.nextGaussian();
      sb.append(String.format(Locale.ROOT, "%.17g%n", in[k]));
    }
    String script = String.join("\n",
        "import sys, numpy as np",
        "from scipy.interpolate import CubicSpline",
        "n = " + N,
        "a = np.array(sys.stdin.read().split(), dtype=float).reshape(n, n)",
        "x = (np.arange(n) + 0.5) / n",
        "t = np.arange(n) / (n - 1.0)",
        "b = CubicSpline(x, a, axis=0, bc_type='not-a-knot')(t)",
        "c = CubicSpline(x, b, axis=1, bc_type='not-a-knot')(t)",
        "print('\\n'.join('%.17g' % v for v in c.ravel()))");
    Process proc = new ProcessBuilder("/usr/bin/python3", "-c", script).start();
    proc.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    proc.getOutputStream().close();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, proc.waitFor(), "python3 with scipy (python3-scipy) needed:\n" + err);
    String[] want = out.strip().split("\\s+");
    assertEquals(N * N, want.length, out);
    double[] got = new double[N * N];
    NotAKnotSpline.apply2d(new NotAKnotSpline(X0, H, N, nodes()), in, new double[N * N], got);
    double worst = 0;
    for (int k = 0; k < got.length; k++) {
      double w = Double.parseDouble(want[k]);
      assertEquals(w, got[k], 1e-12 * Math.max(1, Math.abs(w)), "value " + k);
      worst = Math.max(worst, Math.abs(w - got[k]));
    }
    System.out.printf("SciPy CubicSpline not-a-knot, %d x %d: largest difference %.2e%n", N, N,
        worst);
  }
}
