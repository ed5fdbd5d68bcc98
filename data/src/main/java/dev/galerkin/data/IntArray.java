package dev.galerkin.data;

import java.util.Arrays;

/**
 * An n-dimensional {@code int} (int32) array, for integer data such as the token ids of
 * equations (PROSE), stored in HDF5 as int32: {@code data[offset + flat]}, where {@code flat} is the row-major
 * index of {@link NdArray} ({@code Σ i_j · Π_{m>j} d_m}).
 *
 * <p>For hot kernels, {@link #data()} and {@link #offset()} give the storage itself (not a copy):
 * elements {@code [offset, offset + size())} of it belong to this array. Write to it only when you
 * made the array. {@link #toArray()} gives a copy.
 */
public final class IntArray implements NdArray {
  private final Shape shape;
  private final int[] data;
  private final int offset;

  private IntArray(Shape shape, int[] data, int offset) {
    this.shape = shape;
    this.data = data;
    this.offset = offset;
  }

  /**
   * Wraps {@code data} without copying it.
   *
   * @param shape the dimensions; their product must equal {@code data.length}
   * @param data the row-major elements, not copied (the array keeps a reference)
   * @return the array
   */
  public static IntArray wrap(Shape shape, int[] data) {
    NdArray.checkLength(shape, data.length);
    return new IntArray(shape, data, 0);
  }

  /** @return a copy of {@code data}, viewed with {@code shape} */
  public static IntArray copyOf(Shape shape, int[] data) {
    return wrap(shape, data.clone());
  }

  /** @return a zero-filled array of the given shape */
  public static IntArray zeros(Shape shape) {
    return new IntArray(shape, new int[Math.toIntExact(shape.size())], 0);
  }

  @Override
  public Shape shape() {
    return shape;
  }

  @Override
  public DType dtype() {
    return DType.INT32;
  }

  /** @return the backing storage, not copied; this array's elements start at {@link #offset()} */
  public int[] data() {
    return data;
  }

  /** @return the index in {@link #data()} of this array's first element */
  public int offset() {
    return offset;
  }

  /** @return the element at a row-major flat index */
  public int at(int flatIndex) {
    return data[offset + flatIndex];
  }

  @Override
  public double getDouble(int flatIndex) {
    return data[offset + flatIndex];
  }

  /** @return a copy of the elements, row-major */
  public int[] toArray() {
    return Arrays.copyOfRange(data, offset, offset + size());
  }

  @Override
  public IntArray samples(long from, long to) {
    NdArray.checkSampleRange(shape, from, to);
    int per = Math.toIntExact(shape.sampleShape().size());
    return new IntArray(shape.withSamples(to - from), data, offset + Math.toIntExact(from * per));
  }

  @Override
  public IntArray copySamples(long from, long to) {
    IntArray view = samples(from, to);
    return wrap(view.shape, view.toArray());
  }

  /** @return a float copy (exact for {@code |v| <= 2^24}) */
  @Override
  public FloatArray toFloat() {
    float[] f = new float[size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = data[offset + i];
    }
    return FloatArray.wrap(shape, f);
  }

  @Override
  public DoubleArray toDouble() {
    double[] d = new double[size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = data[offset + i];
    }
    return DoubleArray.wrap(shape, d);
  }

  /** @return {@code true} for an array of the same type, shape and elements */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IntArray other) || !shape.equals(other.shape)) {
      return false;
    }
    return Arrays.equals(data, offset, offset + size(), other.data, other.offset, other.offset + size());
  }

  @Override
  public int hashCode() {
    int h = shape.hashCode();
    for (int i = 0; i < size(); i++) {
      h = 31 * h + Integer.hashCode(data[offset + i]);
    }
    return h;
  }

  @Override
  public String toString() {
    return "IntArray" + shape;
  }
}
