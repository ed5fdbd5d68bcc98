package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.TfGraphTest;
import dev.galerkin.operators.tf.TfGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Conv1d and Conv2d against direct Java cross-correlations. */
class ConvTest {

  @Test
  void conv2dSameAndValidMatchJava() {
    for (Padding p : Padding.values()) {
      try (TfGraph g = TfGraph.builder().seed(4).threads(1).build()) {
        int b = 2, nx = 6, ny = 5, cin = 3, cout = 4, kx = 3, ky = 2;
        Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, cin);
        Conv2d c = Conv2d.create(g, "c", kx, ky, cin, cout, 1, p);
        g.write("c/b", new float[] {0.1f, -0.2f, 0.3f, 0.4f});
        FloatArray in = TfGraphTest.random(new SplittableRandom(9), b, nx, ny, cin);
        FloatArray out = g.eval(c.apply(x), Map.of(x, in));
        float[] w = g.read("c/w");
        float[] bias = g.read("c/b");
        // TF SAME padding: pad_before = (k - 1) / 2
        int ox = p == Padding.SAME ? nx : nx - kx + 1;
        int oy = p == Padding.SAME ? ny : ny - ky + 1;
        int px = p == Padding.SAME ? (kx - 1) / 2 : 0;
        int py = p == Padding.SAME ? (ky - 1) / 2 : 0;
        assertEquals(Shape.of(b, ox, oy, cout), out.shape());
        for (int s = 0; s < b; s++) {
          for (int i = 0; i < ox; i++) {
            for (int j = 0; j < oy; j++) {
              for (int o = 0; o < cout; o++) {
                double acc = bias[o];
                for (int di = 0; di < kx; di++) {
                  for (int dj = 0; dj < ky; dj++) {
                    int xi = i + di - px;
                    int yj = j + dj - py;
                    if (xi < 0 || xi >= nx || yj < 0 || yj >= ny) {
                      continue;
                    }
                    for (int ci = 0; ci < cin; ci++) {
                      acc += in.at(((s * nx + xi) * ny + yj) * cin + ci) * w[((di * ky + dj) * cin + ci) * cout + o];
                    }
                  }
                }
                assertEquals(acc, out.at(((s * ox + i) * oy + j) * cout + o), 1e-5, p + " at " + i + "," + j);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void conv1dStridedMatchesJava() {
    try (TfGraph g = TfGraph.builder().seed(5).threads(1).build()) {
      int b = 2, n = 9, cin = 2, cout = 3, k = 3, stride = 2;
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, cin);
      Conv1d c = Conv1d.create(g, "c", k, cin, cout, stride, Padding.VALID);
      FloatArray in = TfGraphTest.random(new SplittableRandom(3), b, n, cin);
      FloatArray out = g.eval(c.apply(x), Map.of(x, in));
      float[] w = g.read("c/w");
      int on = (n - k) / stride + 1;
      assertEquals(Shape.of(b, on, cout), out.shape());
      for (int s = 0; s < b; s++) {
        for (int i = 0; i < on; i++) {
          for (int o = 0; o < cout; o++) {
            double acc = 0;
            for (int d = 0; d < k; d++) {
              for (int ci = 0; ci < cin; ci++) {
                acc += in.at((s * n + i * stride + d) * cin + ci) * w[(d * cin + ci) * cout + o];
              }
            }
            assertEquals(acc, out.at((s * on + i) * cout + o), 1e-5);
          }
        }
      }
    }
  }
}
