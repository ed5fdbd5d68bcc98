package dev.galerkin.operators.mgno;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.tf.TfGraph;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The V-cycle of {@link MultigridConv} is a multigrid method: in the residual-correction form with
 * hand-set weights ({@code A} the 5-point Laplacian of each level, {@code S} damped Jacobi,
 * {@code R} full weighting, {@code P} bilinear interpolation) one cycle reduces the residual of a
 * Poisson problem ({@code −Δu = f}, zero Dirichlet values, 33² nodes, an exact solution with all
 * frequencies) and its error far more than the same smoothing steps on the finest grid alone, which
 * leave the smooth part of the error almost untouched.
 */
class MultigridStructureTest {
  private static final int N = 32;
  private static final double OMEGA = 0.8;

  @Test
  void oneCycleWithHandSetWeightsReducesThePoissonErrorLikeMultigrid() {
    double[] exact = new double[N * N];
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {   // a smooth part that smoothing cannot remove, plus noise
        exact[i * N + j] = Math.sin(2 * Math.PI * i / N) * Math.cos(2 * Math.PI * j / N)
            + 0.5 * r.nextGaussian();
      }
    }
    double[] fd = apply(exact);
    float[] f = new float[fd.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) fd[i];
    }
    double[] multigrid = factors(5, f, exact);
    double[] smoothingOnly = factors(1, f, exact);
    System.out.printf("one periodic V-cycle (5 levels, 2 pre-, 2 post-smoothing steps, 30 on the coarsest):"
        + " error x %.3f, residual x %.3f; the same finest-level smoothing alone: error x %.3f,"
        + " residual x %.3f%n", multigrid[0], multigrid[1], smoothingOnly[0], smoothingOnly[1]);
    assertTrue(multigrid[0] < 0.3 && multigrid[1] < 0.3, "V-cycle factors " + multigrid[0] + ", "
        + multigrid[1]);
    assertTrue(multigrid[0] < smoothingOnly[0] / 3, multigrid[0] + " vs smoothing alone "
        + smoothingOnly[0]);
  }

  /** {@code {‖u − u*‖/‖u*‖, ‖f − A u‖/‖f‖}} after one cycle from u = 0. */
  private static double[] factors(int levels, float[] f, double[] exact) {
    int pre = 2;
    int post = 2;
    int coarsest = levels == 1 ? pre + post : 30;
    MgnoConfig c = new MgnoConfig(2, 1, 1, levels, pre, coarsest, post, Padding.CIRCULAR,
        Activation.IDENTITY, true);
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("f", -1, N, N, 1);
      Operand<TFloat32> u = new MultigridConv(g, "mg", c, 1, 1).apply(x);
      long n = N;
      for (int l = 0; l < levels; l++) {
        double h = (1 << l) / (double) N;
        float[] lap = {0, (float) (-1 / (h * h)), 0, (float) (-1 / (h * h)),
            (float) (4 / (h * h) + 1), (float) (-1 / (h * h)), 0, (float) (-1 / (h * h)), 0};
        float[] jacobi = {0, 0, 0, 0, (float) (OMEGA / (4 / (h * h) + 1)), 0, 0, 0, 0};
        for (String name : g.variableNames()) {
          String level = "mg_L" + l + "_";
          if (name.startsWith(level + "S")) {
            g.write(name, jacobi);
          } else if (name.startsWith(level + "A")) {
            g.write(name, lap);
          } else if (name.equals(level + "R/w")) {
            g.write(name, new float[] {1 / 16f, 1 / 8f, 1 / 16f, 1 / 8f, 1 / 4f, 1 / 8f, 1 / 16f,
                1 / 8f, 1 / 16f});
          } else if (name.equals(level + "P/w")) {
            float[] p1 = {0.5f, 1, 0.5f, 0};
            float[] p = new float[16];
            for (int i = 0; i < 4; i++) {
              for (int j = 0; j < 4; j++) {
                p[i * 4 + j] = p1[i] * p1[j];
              }
            }
            g.write(name, p);
          }
        }
        n = (n + 1) / 2;
      }
      float[] sol = g.eval(u, Map.of(x, FloatArray.wrap(Shape.of(1, N, N, 1), f))).toArray();
      double[] au = apply(toDouble(sol));
      double[] res = new double[f.length];
      double[] err = new double[f.length];
      for (int i = 0; i < f.length; i++) {
        res[i] = f[i] - au[i];
        err[i] = sol[i] - exact[i];
      }
      return new double[] {norm(err) / norm(exact), norm(res) / norm(toDouble(f))};
    }
  }

  /** The 5-point {@code (−Δ_h + 1) u} on the periodic grid. */
  private static double[] apply(double[] u) {
    double h = 1.0 / N;
    double[] out = new double[u.length];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        out[i * N + j] = (4 * at(u, i, j) - at(u, i - 1, j) - at(u, i + 1, j) - at(u, i, j - 1)
            - at(u, i, j + 1)) / (h * h) + at(u, i, j);
      }
    }
    return out;
  }

  private static double at(double[] u, int i, int j) {
    return u[Math.floorMod(i, N) * N + Math.floorMod(j, N)];
  }

  private static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

}
