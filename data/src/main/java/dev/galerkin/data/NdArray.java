package dev.galerkin.data;

import dev.galerkin.GalerkinException;

/**
 * An n-dimensional array: a flat primitive array plus a {@link Shape}, row-major.
 *
 * <p>Element {@code (i0, i1, …, i_{k-1})} of an array of shape {@code [d0, d1, …, d_{k-1}]} sits at
 * flat index {@code ((i0·d1 + i1)·d2 + i2)·… + i_{k-1}}, that is {@code Σ i_j · Π_{m>j} d_m}. The
 * leading axis holds samples: {@code [N, ...spatial, channels]}, channels last.
 *
 * <p>Two implementations: {@link FloatArray} (what files store and models train on) and
 * {@link DoubleArray} (what solvers compute in), and {@link IntArray} for integer data (token ids). {@link #samples(long, long)} is a view that shares
 * storage; {@link #copySamples(long, long)} is a copy.
 */
public sealed interface NdArray permits FloatArray, DoubleArray, IntArray {

  /** @return the dimensions */
  Shape shape();

  /** @return the element type */
  DType dtype();

  /** @return the number of elements */
  default int size() {
    return Math.toIntExact(shape().size());
  }

  /** @return the extent of the leading (sample) axis */
  default long sampleCount() {
    return shape().samples();
  }

  /**
   * @param flatIndex a row-major index in {@code [0, size())}
   * @return the element, widened to double
   */
  double getDouble(int flatIndex);

  /**
   * @param index one index per axis
   * @return the element, widened to double
   */
  default double get(long... index) {
    return getDouble(flatIndex(shape(), index));
  }

  /**
   * A view of samples {@code [from, to)} along the leading axis, sharing this array's storage.
   *
   * @param from first sample, inclusive
   * @param to last sample, exclusive
   * @return a view of shape {@code [to - from, ...]}
   */
  NdArray samples(long from, long to);

  /** @return a copy of samples {@code [from, to)}, with its own storage */
  NdArray copySamples(long from, long to);

  /** @return this array in single precision (a copy unless it already is one) */
  FloatArray toFloat();

  /** @return this array in double precision (a copy unless it already is one) */
  DoubleArray toDouble();

  /**
   * The row-major flat index of a multi-index.
   *
   * @param shape the array's shape, not modified
   * @param index one index per axis, each within its extent, not modified
   * @return the flat index
   */
  static int flatIndex(Shape shape, long... index) {
    if (index.length != shape.rank()) {
      throw new GalerkinException(
          "index of rank " + index.length + " into an array of shape " + shape + " (rank " + shape.rank() + ")");
    }
    long flat = 0;
    for (int a = 0; a < index.length; a++) {
      long d = shape.dim(a);
      if (index[a] < 0 || index[a] >= d) {
        throw new GalerkinException(
            "index " + index[a] + " on axis " + a + " of shape " + shape + " is outside [0, " + d + ")");
      }
      flat = flat * d + index[a];
    }
    return Math.toIntExact(flat);
  }

  /** Checks a sample range against a sample count; used by the implementations. */
  static void checkSampleRange(Shape shape, long from, long to) {
    long n = shape.samples();
    if (from < 0 || to > n || from > to) {
      throw new GalerkinException(
          "sample range [" + from + ", " + to + ") is outside [0, " + n + ") of shape " + shape);
    }
  }

  /** Checks that {@code length} elements fit {@code shape}; used by the implementations. */
  static void checkLength(Shape shape, long length) {
    if (shape.size() != length) {
      throw new GalerkinException(
          "shape " + shape + " holds " + shape.size() + " elements but the data has " + length);
    }
  }
}
