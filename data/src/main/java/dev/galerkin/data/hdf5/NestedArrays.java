package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.IntArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import java.lang.reflect.Array;

/**
 * Conversion between Galerkin's flat row-major arrays and the nested Java arrays
 * ({@code float[][][]}) that jhdf reads and writes. Only used at the HDF5 boundary.
 */
public final class NestedArrays {
  private NestedArrays() {}

  /**
   * @param a a flat array, not modified
   * @return a nested {@code float[]…[]}, {@code double[]…[]} or {@code int[]…[]} of {@code a}'s
   *     shape (a copy)
   */
  public static Object toNested(NdArray a) {
    int[] dims = a.shape().toIntArray();
    if (dims.length == 0) {
      throw new GalerkinException("cannot store a rank-0 array as an HDF5 dataset; give it shape [1]");
    }
    Class<?> leaf;
    int[] pos;
    Object src;
    if (a instanceof FloatArray f) {
      leaf = float.class;
      pos = new int[] {f.offset()};
      src = f.data();
    } else if (a instanceof IntArray i) {
      leaf = int.class;
      pos = new int[] {i.offset()};
      src = i.data();
    } else {
      DoubleArray d = (DoubleArray) a;
      leaf = double.class;
      pos = new int[] {d.offset()};
      src = d.data();
    }
    Object out = Array.newInstance(leaf, dims);
    fill(out, src, pos);
    return out;
  }

  private static void fill(Object nested, Object src, int[] pos) {
    Class<?> component = nested.getClass().getComponentType();
    if (component.isPrimitive()) {
      int n = Array.getLength(nested);
      System.arraycopy(src, pos[0], nested, 0, n);
      pos[0] += n;
      return;
    }
    Object[] rows = (Object[]) nested;
    for (Object row : rows) {
      fill(row, src, pos);
    }
  }

  /**
   * @param nested a nested primitive array as jhdf returns it (float, double or integer elements)
   * @param shape its shape
   * @return a flat array: float data as {@link FloatArray}, 32-bit integers as {@link IntArray},
   *     everything else as {@link DoubleArray}
   */
  public static NdArray toFlat(Object nested, Shape shape) {
    int n = Math.toIntExact(shape.size());
    Class<?> leaf = nested.getClass();
    while (leaf.isArray()) {
      leaf = leaf.getComponentType();
    }
    if (leaf == float.class) {
      float[] out = new float[n];
      collect(nested, out, new int[1]);
      return FloatArray.wrap(shape, out);
    }
    if (leaf == int.class) {
      int[] out = new int[n];
      collect(nested, out, new int[1]);
      return IntArray.wrap(shape, out);
    }
    if (leaf == double.class) {
      double[] out = new double[n];
      collect(nested, out, new int[1]);
      return DoubleArray.wrap(shape, out);
    }
    double[] out = new double[n];
    collectWidening(nested, out, new int[1]);
    return DoubleArray.wrap(shape, out);
  }

  private static void collect(Object nested, Object out, int[] pos) {
    if (nested.getClass().getComponentType().isPrimitive()) {
      int n = Array.getLength(nested);
      System.arraycopy(nested, 0, out, pos[0], n);
      pos[0] += n;
      return;
    }
    for (Object row : (Object[]) nested) {
      collect(row, out, pos);
    }
  }

  private static void collectWidening(Object nested, double[] out, int[] pos) {
    Class<?> c = nested.getClass().getComponentType();
    if (c.isPrimitive()) {
      if (c == boolean.class || c == char.class) {
        throw new GalerkinException("HDF5 dataset of " + c + " elements is not numeric");
      }
      int n = Array.getLength(nested);
      for (int i = 0; i < n; i++) {
        out[pos[0]++] = ((Number) Array.get(nested, i)).doubleValue();
      }
      return;
    }
    for (Object row : (Object[]) nested) {
      collectWidening(row, out, pos);
    }
  }
}
