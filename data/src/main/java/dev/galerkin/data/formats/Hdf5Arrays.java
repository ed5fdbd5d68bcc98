package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.FieldInfo;
import dev.galerkin.data.hdf5.Hdf5Values;
import dev.galerkin.data.hdf5.NestedArrays;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small reads from foreign HDF5 files with jhdf: a dataset by path (or a one-line error listing the
 * paths the file has), hyperslabs of leading-axis ranges, reshapes and axis reversal of flat arrays.
 */
final class Hdf5Arrays {
  private Hdf5Arrays() {}

  /** @return the dataset at {@code name}; throws naming the datasets the file has when absent */
  static Dataset dataset(Path path, HdfFile hdf, String name, Layout layout) {
    Node n = null;
    try {
      n = hdf.getByPath(name);
    } catch (RuntimeException e) {
      // absent: reported below
    }
    if (n instanceof Dataset ds) {
      return ds;
    }
    throw new GalerkinException(path + ": no dataset '" + name + "', which the " + layout.title()
        + " layout needs; the file has " + datasetPaths(hdf));
  }

  /** @return {@code /a [N, 85, 85]}, … for every dataset in the file, depth first */
  static List<String> datasetPaths(Group g) {
    List<String> out = new ArrayList<>();
    for (Node n : g) {
      if (n instanceof Dataset ds) {
        out.add(ds.getPath() + " " + Shape.of(ds.getDimensionsAsLong()));
      } else if (n instanceof Group sub) {
        out.addAll(datasetPaths(sub));
      }
    }
    return out;
  }

  /** @return the storage of {@code ds} as field {@code name} of shape {@code shape} */
  static FieldInfo info(String name, FieldRole role, Shape shape, Dataset ds) {
    Shape chunk = ds instanceof ChunkedDataset c ? Shape.of(c.getChunkDimensions()) : null;
    return new FieldInfo(name, role, shape, Hdf5Values.typeName(ds), chunk,
        Hdf5Values.compression(ds), ds.getStorageInBytes());
  }

  /**
   * Reads a hyperslab.
   *
   * @param offset the first index on each axis, not modified
   * @param count the extent on each axis, not modified
   * @return the block, float32 or float64 as stored (integers as float64), shape {@code count}
   */
  static NdArray slab(Dataset ds, long[] offset, long[] count) {
    Shape shape = Shape.of(count);
    if (shape.size() == 0) {
      return ds.getJavaType() == float.class ? FloatArray.zeros(shape) : DoubleArray.wrap(shape,
          new double[0]);
    }
    int[] dims = new int[count.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = Math.toIntExact(count[i]);
    }
    return NestedArrays.toFlat(ds.getData(offset, dims), shape);
  }

  /** @return entries {@code [from, to)} of the leading axis of {@code ds} */
  static NdArray rows(Dataset ds, long from, long to) {
    long[] dims = ds.getDimensionsAsLong();
    long[] offset = new long[dims.length];
    offset[0] = from;
    long[] count = dims.clone();
    count[0] = to - from;
    return slab(ds, offset, count);
  }

  /** @return the whole dataset, flat */
  static NdArray whole(Dataset ds) {
    Shape shape = Shape.of(ds.getDimensionsAsLong());
    return ds.isScalar() ? NestedArrays.toFlat(new double[] {((Number) ds.getData()).doubleValue()},
        Shape.of(1)) : NestedArrays.toFlat(ds.getData(), shape);
  }

  /** @return the same elements viewed with another shape of equal size (a copy when a view) */
  static NdArray reshape(NdArray a, Shape shape) {
    if (a instanceof FloatArray f) {
      return FloatArray.wrap(shape, f.offset() == 0 && f.data().length == f.size() ? f.data()
          : f.toArray());
    }
    DoubleArray d = (DoubleArray) a;
    return DoubleArray.wrap(shape, d.offset() == 0 && d.data().length == d.size() ? d.data()
        : d.toArray());
  }

  /**
   * Reverses the order of the axes: element {@code (i0, …, ik)} of the result is element
   * {@code (ik, …, i0)} of {@code a}. MATLAB writes its column-major arrays this way into HDF5.
   *
   * @param a an array of shape {@code [d0, …, dk]}, not modified
   * @return a new array of shape {@code [dk, …, d0]}, of the same element type
   */
  static NdArray reverseAxes(NdArray a) {
    long[] in = a.shape().dims();
    int rank = in.length;
    long[] out = new long[rank];
    for (int i = 0; i < rank; i++) {
      out[i] = in[rank - 1 - i];
    }
    int n = a.size();
    // strides of the input, read in the reversed order: output axis i walks input axis rank-1-i
    long[] stride = new long[rank];
    long s = 1;
    for (int i = rank - 1; i >= 0; i--) {
      stride[i] = s;
      s *= in[i];
    }
    int[] idx = new int[rank];
    boolean single = a instanceof FloatArray;
    float[] f = single ? new float[n] : null;
    double[] d = single ? null : new double[n];
    for (int flat = 0; flat < n; flat++) {
      long src = 0;
      for (int i = 0; i < rank; i++) {
        src += idx[i] * stride[rank - 1 - i];
      }
      if (single) {
        f[flat] = ((FloatArray) a).at((int) src);
      } else {
        d[flat] = a.getDouble((int) src);
      }
      for (int i = rank - 1; i >= 0; i--) {
        if (++idx[i] < out[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
    Shape shape = Shape.of(out);
    return single ? FloatArray.wrap(shape, f) : DoubleArray.wrap(shape, d);
  }
}
