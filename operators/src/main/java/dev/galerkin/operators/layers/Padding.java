package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Shapes;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * How a convolution treats the ends of the grid. Every padding but {@link #VALID} adds
 * {@code ⌊(k−1)/2⌋} points before and {@code k−1−⌊(k−1)/2⌋} after each spatial axis (the same
 * split as TensorFlow's {@code SAME} at stride 1, and PyTorch's {@code padding=k//2} for odd
 * {@code k}) and is applied explicitly before a {@code VALID} convolution, so at stride 1 the output
 * keeps the grid extent and at stride {@code s} it has {@code ⌈n/s⌉} points.
 *
 * <p>Which padding follows the boundary condition: {@link #CIRCULAR} for periodic axes,
 * {@link #REFLECT} or {@link #ZERO} for the others.
 */
public enum Padding {
  /** Zeros outside the grid ({@code PadV2}). */
  ZERO,
  /** A periodic wrap: point {@code −1} is point {@code n−1} ({@code Slice} and {@code Concat}); pads {@code <= n}. */
  CIRCULAR,
  /** The mirror image without the edge point: point {@code −1} is point {@code 1} ({@code MirrorPad}); pads {@code < n}. */
  REFLECT,
  /** No padding: the output has {@code ⌊(n − k)/s⌋ + 1} points. */
  VALID;

  /**
   * Pads the spatial axes {@code 1 … d} of a channel-last tensor.
   *
   * @param tf the op factory
   * @param layer the layer name, for messages
   * @param x {@code [batch, n_1, …, n_d, channels]}, static grid extents
   * @param before points added before each spatial axis, {@code d} of them; not modified
   * @param after points added after each spatial axis; not modified
   * @return {@code [batch, n_1 + before_1 + after_1, …, channels]}; {@code x} itself for {@link #VALID}
   */
  public Operand<TFloat32> pad(Ops tf, String layer, Operand<TFloat32> x, int[] before, int[] after) {
    int rank = x.shape().numDimensions();
    int d = before.length;
    boolean none = true;
    for (int a = 0; a < d; a++) {
      none &= before[a] == 0 && after[a] == 0;
    }
    if (this == VALID || none) {
      return x;
    }
    int[][] pads = new int[rank][2];
    for (int a = 0; a < d; a++) {
      int n = Shapes.staticDim(layer, x, a + 1, "grid extent");
      int most = Math.max(before[a], after[a]);
      if (this == CIRCULAR && most > n || this == REFLECT && most >= n) {
        throw new GalerkinException("layer '" + layer + "': " + name().toLowerCase() + " padding of "
            + most + " points needs a grid extent " + (this == CIRCULAR ? ">= " + most : "> " + most)
            + " along axis " + (a + 1) + ", got " + n);
      }
      pads[a + 1][0] = before[a];
      pads[a + 1][1] = after[a];
    }
    return switch (this) {
      case ZERO -> tf.pad(x, tf.constant(pads), tf.constant(0f));
      case REFLECT -> tf.mirrorPad(x, tf.constant(pads), "REFLECT");
      default -> wrap(tf, x, pads);
    };
  }

  /**
   * The padding a dataset's {@code boundary} attribute asks for.
   *
   * @param boundary the boundary condition per spatial axis, empty when unknown
   * @return {@link #CIRCULAR} when every axis is periodic, {@link #ZERO} otherwise (also when
   *     unknown)
   */
  public static Padding forBoundary(List<dev.galerkin.meshes.BoundaryCondition> boundary) {
    return !boundary.isEmpty()
        && boundary.stream().allMatch(b -> b == dev.galerkin.meshes.BoundaryCondition.PERIODIC)
        ? CIRCULAR : ZERO;
  }

  /** @return the symmetric {@code (before, after)} split of a kernel of extent {@code k} */
  static int[][] split(int[] kernel, Padding padding) {
    int[][] s = new int[2][kernel.length];
    if (padding != VALID) {
      for (int a = 0; a < kernel.length; a++) {
        s[0][a] = (kernel[a] - 1) / 2;
        s[1][a] = kernel[a] - 1 - s[0][a];
      }
    }
    return s;
  }

  /** Periodic padding, one axis at a time: {@code [x[n−b:], x, x[:a]]}. */
  private static Operand<TFloat32> wrap(Ops tf, Operand<TFloat32> x, int[][] pads) {
    int rank = pads.length;
    Operand<TFloat32> y = x;
    for (int axis = 1; axis < rank - 1; axis++) {
      int b = pads[axis][0];
      int a = pads[axis][1];
      if (b == 0 && a == 0) {
        continue;
      }
      long n = y.shape().get(axis);
      List<Operand<TFloat32>> parts = new ArrayList<>(3);
      if (b > 0) {
        parts.add(slab(tf, y, axis, n - b, b));
      }
      parts.add(y);
      if (a > 0) {
        parts.add(slab(tf, y, axis, 0, a));
      }
      y = tf.concat(parts, tf.constant(axis));
    }
    return y;
  }

  /** A slice with {@code int32} bounds: the gradient of {@code Slice} subtracts them from an {@code int32} shape. */
  private static Operand<TFloat32> slab(Ops tf, Operand<TFloat32> y, int axis, long from, long count) {
    int rank = y.shape().numDimensions();
    int[] begin = new int[rank];
    int[] size = new int[rank];
    java.util.Arrays.fill(size, -1);
    begin[axis] = Math.toIntExact(from);
    size[axis] = Math.toIntExact(count);
    return tf.slice(y, tf.constant(begin), tf.constant(size));
  }
}
