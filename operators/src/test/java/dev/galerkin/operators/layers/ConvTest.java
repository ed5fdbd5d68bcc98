package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** {@link Conv} in 1D, 2D and 3D, every padding and strides 1 and 2, against a direct Java loop. */
class ConvTest {

  /** @return the largest error over every padding at strides 1 and 2 */
  static double check(int[] grid, int[] kernel, int cin, int cout, long seed) {
    int d = grid.length;
    double worst = 0;
    for (Padding p : Padding.values()) {
      for (int stride = 1; stride <= 2; stride++) {
        try (TfGraph g = TfGraph.builder().seed(seed).threads(1).build()) {
          long[] dims = ConvReference.dims(-1, grid, cin);
          Placeholder<TFloat32> x = g.placeholder("x", dims);
          Conv c = Conv.create(g, "c", kernel, cin, cout, stride, p);
          float[] bias = new float[cout];
          for (int o = 0; o < cout; o++) {
            bias[o] = 0.1f * (o + 1) * (o % 2 == 0 ? 1 : -1);
          }
          g.write("c/b", bias);
          dims[0] = 2;
          FloatArray in = TfGraphTest.random(new SplittableRandom(seed + stride), dims);
          FloatArray got = g.eval(c.apply(x), Map.of(x, in));
          FloatArray want = ConvReference.conv(in, g.read("c/w"), bias, kernel, stride, p);
          if (p != Padding.VALID) {
            for (int a = 0; a < d; a++) {
              assertEquals((grid[a] + stride - 1) / stride, got.shape().dim(a + 1), p + " extent");
            }
          }
          double e = ConvReference.maxAbsDiff(want, got);
          assertTrue(e < 1e-5, p + " stride " + stride + ": error " + e);
          worst = Math.max(worst, e);
        }
      }
    }
    return worst;
  }

  @Test
  void conv1dMatchesJava() {
    double e = check(new int[] {9}, new int[] {3}, 2, 3, 5);
    double e4 = check(new int[] {7}, new int[] {4}, 3, 2, 6);
    System.out.printf("conv 1D vs direct loop (all paddings, strides 1 and 2): max abs error %.2e (k=3), %.2e (k=4)%n", e, e4);
  }

  @Test
  void conv2dMatchesJava() {
    double e = check(new int[] {6, 5}, new int[] {3, 2}, 3, 4, 4);
    double e5 = check(new int[] {7, 6}, new int[] {5, 3}, 2, 2, 7);
    System.out.printf("conv 2D vs direct loop (all paddings, strides 1 and 2): max abs error %.2e (3x2), %.2e (5x3)%n", e, e5);
  }

  @Test
  void conv3dMatchesJava() {
    double e = check(new int[] {5, 4, 6}, new int[] {3, 3, 2}, 2, 3, 8);
    System.out.printf("conv 3D vs direct loop (all paddings, strides 1 and 2): max abs error %.2e%n", e);
  }

  /** Circular padding is a periodic wrap: shifting the input periodically shifts the output. */
  @Test
  void circularConvolutionCommutesWithPeriodicShifts() {
    int nx = 6, ny = 5, c = 2;
    try (TfGraph g = TfGraph.builder().seed(3).threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, c);
      Conv conv = Conv.create(g, "c", new int[] {3, 4}, c, c, 1, Padding.CIRCULAR);
      FloatArray in = TfGraphTest.random(new SplittableRandom(2), 1, nx, ny, c);
      float[] shifted = new float[in.size()];
      for (int i = 0; i < nx; i++) {
        for (int j = 0; j < ny; j++) {
          for (int ch = 0; ch < c; ch++) {
            shifted[(((i + 2) % nx) * ny + (j + 3) % ny) * c + ch] = in.at((i * ny + j) * c + ch);
          }
        }
      }
      FloatArray y = g.eval(conv.apply(x), Map.of(x, in));
      FloatArray ys = g.eval(conv.apply(x), Map.of(x, FloatArray.wrap(in.shape(), shifted)));
      for (int i = 0; i < nx; i++) {
        for (int j = 0; j < ny; j++) {
          for (int ch = 0; ch < c; ch++) {
            assertEquals(y.at((i * ny + j) * c + ch), ys.at((((i + 2) % nx) * ny + (j + 3) % ny) * c + ch), 1e-5);
          }
        }
      }
    }
  }

  @Test
  void paddingsThatDoNotFitAreRefused() {
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Conv r = Conv.create(g, "r", new int[] {5}, 1, 1, 1, Padding.REFLECT);
      GalerkinException e = assertThrows(GalerkinException.class, () -> r.apply(g.placeholder("a", -1, 2, 1)));
      assertEquals("layer 'r': reflect padding of 2 points needs a grid extent > 2 along axis 1, got 2", e.getMessage());
      Conv v = Conv.create(g, "v", new int[] {3, 3}, 1, 1, 1, Padding.VALID);
      e = assertThrows(GalerkinException.class, () -> v.apply(g.placeholder("b", -1, 4, 2, 1)));
      assertEquals("layer 'v': a kernel of extent 3 along axis 2 does not fit the grid extent 2", e.getMessage());
      e = assertThrows(GalerkinException.class, () -> Conv.create(g, "w", new int[4], 1, 1, 1, Padding.ZERO));
      assertEquals("layer 'w': 4 kernel extents given; a convolution has 1 to 3 spatial axes, one extent each",
          e.getMessage());
      assertEquals(Shape.of(3, 3, 1, 1), v.kernel().shape());
    }
  }
}
