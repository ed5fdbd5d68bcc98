package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Conversions between Galerkin arrays ({@link FloatArray}, {@link Shape}) and TensorFlow tensors
 * and shapes. Both are row-major, so a conversion is one copy.
 *
 * <p>A tensor made here belongs to the caller, who must close it (try-with-resources).
 */
public final class Tensors {
  static {
    NativeMemory.configure(); // before the first TensorFlow object
  }

  private Tensors() {}

  /**
   * @param array the elements, not modified
   * @return a new tensor with the same shape and elements; the caller closes it
   */
  public static TFloat32 toTensor(FloatArray array) {
    return TFloat32.tensorOf(
        toTf(array.shape()),
        DataBuffers.of(array.data(), true, false).slice(array.offset(), array.size()));
  }

  /**
   * @param tensor a tensor of known shape, not modified (and not closed)
   * @return a copy of its elements as a Galerkin array
   */
  public static FloatArray toFloatArray(TFloat32 tensor) {
    Shape shape = toGalerkin(tensor.shape());
    float[] data = new float[Math.toIntExact(shape.size())];
    tensor.copyTo(DataBuffers.of(data, false, false));
    return FloatArray.wrap(shape, data);
  }

  /** @return the TensorFlow shape with the same dimensions */
  public static org.tensorflow.ndarray.Shape toTf(Shape shape) {
    return org.tensorflow.ndarray.Shape.of(shape.dims());
  }

  /** @return the Galerkin shape of a fully known TensorFlow shape */
  public static Shape toGalerkin(org.tensorflow.ndarray.Shape shape) {
    if (shape.isUnknown() || shape.hasUnknownDimension()) {
      throw new GalerkinException("tensor shape " + format(shape) + " has unknown dimensions");
    }
    return Shape.of(shape.asArray());
  }

  /** @return a shape as {@code [?, 85, 85, 32]}, {@code ?} for unknown dimensions */
  public static String format(org.tensorflow.ndarray.Shape shape) {
    if (shape.isUnknown()) {
      return "[unknown rank]";
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < shape.numDimensions(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      long d = shape.get(i);
      b.append(d < 0 ? "?" : Long.toString(d));
    }
    return b.append(']').toString();
  }
}
