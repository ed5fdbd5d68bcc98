package dev.galerkin.operators.tf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.training.Loss;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The spectral relative H1 error against closed forms and against a full two-dimensional DFT
 * written out here, independently of the per-axis Parseval form the class uses.
 */
class SpectralH1Test {
  @Test
  void singleModesHaveTheirClosedForm() {
    int n = 64;
    int b = 2;
    float[] y = new float[b * n];
    float[] p = new float[b * n];
    for (int x = 0; x < n; x++) {
      double y0 = Math.cos(2 * Math.PI * 2 * x / n);          // |y|²_H1 = (1 + 2²)|y|²
      y[x] = (float) y0;
      p[x] = (float) (y0 + 0.1 * Math.sin(2 * Math.PI * 3 * x / n));   // weight 1 + 3²
      y[n + x] = (float) y0;
      p[n + x] = (float) (y0 + 0.1 * Math.sin(2 * Math.PI * 25 * x / n)); // above the cutoff: 1
    }
    double[] expected = {Math.sqrt(0.01 * 10 / 5), Math.sqrt(0.01 / 5)};
    double[] got = SpectralH1.perSample(FloatArray.wrap(Shape.of(b, n), p),
        FloatArray.wrap(Shape.of(b, n), y));
    assertEquals(expected[0], got[0], 1e-6);
    assertEquals(expected[1], got[1], 1e-6);
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> pp = g.placeholder("p", -1, n);
      Placeholder<TFloat32> yy = g.placeholder("y", -1, n);
      float loss = g.eval(Loss.H1.build(g.ops(), pp, yy, 1),
          Map.of(pp, FloatArray.wrap(Shape.of(b, n), p), yy, FloatArray.wrap(Shape.of(b, n), y))).at(0);
      assertEquals((expected[0] + expected[1]) / 2, loss, 1e-5);
    }
  }

  @Test
  void matchesAFullTwoDimensionalDftOnAnOddGridWithChannels() {
    int b = 2, nx = 45, ny = 6, c = 2;    // 45 points: wavenumbers 20…22 lie above the cutoff
    int per = nx * ny * c;
    float[] p = new float[b * per];
    float[] y = new float[b * per];
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < p.length; i++) {
      y[i] = (float) r.nextGaussian();
      p[i] = y[i] + 0.3f * (float) r.nextGaussian();
    }
    double expected = 0;
    for (int s = 0; s < b; s++) {
      double num = 0;
      double den = 0;
      for (int ch = 0; ch < c; ch++) {
        num += weightedFullDft(p, y, s, ch, nx, ny, c, true);
        den += weightedFullDft(p, y, s, ch, nx, ny, c, false);
      }
      expected += Math.sqrt(num / den) / b;
    }
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> pp = g.placeholder("p", -1, nx, ny, c);
      Placeholder<TFloat32> yy = g.placeholder("y", -1, nx, ny, c);
      float loss = g.eval(Loss.H1.build(g.ops(), pp, yy, 2), Map.of(
          pp, FloatArray.wrap(Shape.of(b, nx, ny, c), p),
          yy, FloatArray.wrap(Shape.of(b, nx, ny, c), y))).at(0);
      assertEquals(expected, loss, 1e-5 * expected);
    }
  }

  /** {@code Σ_k (1 + t(kx)² + t(ky)²)|ê_k|²} by the orthonormal 2-D DFT of one channel. */
  private static double weightedFullDft(float[] p, float[] y, int s, int ch, int nx, int ny, int c,
      boolean error) {
    double sum = 0;
    for (int kx = 0; kx < nx; kx++) {
      for (int ky = 0; ky < ny; ky++) {
        double re = 0;
        double im = 0;
        for (int x = 0; x < nx; x++) {
          for (int yIdx = 0; yIdx < ny; yIdx++) {
            int i = ((s * nx + x) * ny + yIdx) * c + ch;
            double v = error ? p[i] - y[i] : y[i];
            double a = 2 * Math.PI * ((double) kx * x / nx + (double) ky * yIdx / ny);
            re += v * Math.cos(a);
            im -= v * Math.sin(a);
          }
        }
        double tx = truncated(Math.min(kx, nx - kx));
        double ty = truncated(Math.min(ky, ny - ky));
        sum += (1 + tx * tx + ty * ty) * (re * re + im * im) / (nx * ny);
      }
    }
    return sum;
  }

  private static double truncated(int k) {
    return k < 20 ? k : 0;
  }
}
