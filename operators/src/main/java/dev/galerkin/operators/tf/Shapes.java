package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import org.tensorflow.Operand;

/** Static-shape checks made while a graph is built, so errors name the layer and the shapes. */
public final class Shapes {
  private Shapes() {}

  /** @return {@code [-1, ...sample]}: a placeholder shape with a dynamic batch axis */
  public static long[] batched(dev.galerkin.data.Shape sample) {
    long[] d = new long[sample.rank() + 1];
    d[0] = -1;
    System.arraycopy(sample.dims(), 0, d, 1, sample.rank());
    return d;
  }

  /** Throws unless {@code x} has static rank {@code rank}; {@code layout} describes the axes. */
  public static void requireRank(String layer, Operand<?> x, int rank, String layout) {
    org.tensorflow.ndarray.Shape s = x.shape();
    if (s.isUnknown() || s.numDimensions() != rank) {
      throw new GalerkinException("layer '" + layer + "': expects a rank-" + rank + " input " + layout
          + " but got shape " + Tensors.format(s));
    }
  }

  /** Throws unless {@code x} has rank at least {@code min}. */
  public static void requireMinRank(String layer, Operand<?> x, int min, String layout) {
    org.tensorflow.ndarray.Shape s = x.shape();
    if (s.isUnknown() || s.numDimensions() < min) {
      throw new GalerkinException("layer '" + layer + "': expects an input " + layout
          + " of rank >= " + min + " but got shape " + Tensors.format(s));
    }
  }

  /** Throws unless the last axis of {@code x} is statically {@code expected}. */
  public static void requireChannels(String layer, Operand<?> x, long expected) {
    org.tensorflow.ndarray.Shape s = x.shape();
    long c = s.get(s.numDimensions() - 1);
    if (c < 0) {
      throw new GalerkinException("layer '" + layer + "': input shape " + Tensors.format(s)
          + " has an unknown channel count but the weight expects " + expected);
    }
    if (c != expected) {
      throw new GalerkinException("layer '" + layer + "': input has " + c
          + " channels but the weight expects " + expected + " (input shape " + Tensors.format(s) + ")");
    }
  }

  /** @return the static extent of {@code axis}; throws when it is unknown */
  public static int staticDim(String layer, Operand<?> x, int axis, String what) {
    long d = x.shape().get(axis);
    if (d < 0) {
      throw new GalerkinException("layer '" + layer + "': needs a static " + what + " (axis " + axis
          + ") but the input shape is " + Tensors.format(x.shape()));
    }
    return Math.toIntExact(d);
  }

  /** Throws unless {@code n >= 1}. */
  public static int positive(String layer, String field, int n) {
    if (n < 1) {
      throw new GalerkinException("layer '" + layer + "': " + field + " must be >= 1, got " + n);
    }
    return n;
  }
}
