package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.formats.ForeignDatasetFile.MappedField;
import dev.galerkin.data.hdf5.FieldInfo;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any HDF5 file ({@link Layout#PLAIN_HDF5}) as a lazy dataset: the datasets that
 * {@link ReadOptions#inputs()} and {@link ReadOptions#outputs()} name become input and output
 * fields named by their last path component ({@code /results/coeff} → {@code coeff}; a bare name
 * finds the one dataset of that name anywhere in the file), samples along
 * {@link ReadOptions#sampleAxis()}, moved to the front; coordinates {@code x}, {@code y},
 * {@code z} uniform on [0, 1] (both ends) for the first input's axes after the samples, unless
 * {@link ReadOptions#coordinates()} names 1-D datasets for them (in axis order; finite,
 * increasing, one value per grid point).
 */
final class PlainHdf5Files {
  private static final String[] AXES = {"x", "y", "z"};

  private PlainHdf5Files() {}

  static ForeignDatasetFile open(Path path, HdfFile hdf, ReadOptions o, AutoCloseable closer) {
    if (o.inputs().isEmpty() && o.outputs().isEmpty()) {
      throw new GalerkinException(path + " is a plain HDF5 file: name its datasets with --input"
          + " PATH --output PATH and its sample axis with --sample-axis K; it has "
          + Hdf5Arrays.datasetPaths(hdf));
    }
    List<MappedField> fields = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    long[] firstSpatial = null;
    for (int k = 0; k < o.inputs().size() + o.outputs().size(); k++) {
      boolean input = k < o.inputs().size();
      String asked = input ? o.inputs().get(k) : o.outputs().get(k - o.inputs().size());
      Dataset ds = find(path, hdf, asked);
      String name = ReadOptions.fieldName(ds.getPath());
      dev.galerkin.data.Field.checkName(name);
      if (seen.containsKey(name)) {
        if (seen.get(name).equals(ds.getPath())) {
          continue;   // the same dataset as input and output
        }
        throw new GalerkinException(path + ": " + seen.get(name) + " and " + ds.getPath()
            + " would both be field '" + name + "'; rename one of them in the file");
      }
      seen.put(name, ds.getPath());
      long[] d = ds.getDimensionsAsLong();
      int axis = o.sampleAxis();
      if (axis < 0) {
        throw new GalerkinException(path + " is a plain HDF5 file: state which axis of "
            + ds.getPath() + " " + Shape.of(d) + " indexes the samples with --sample-axis K"
            + " (0 for the first)");
      }
      if (axis >= d.length) {
        throw new GalerkinException(path + ": --sample-axis " + axis + " is beyond "
            + ds.getPath() + " " + Shape.of(d) + " of rank " + d.length + "; give 0 to "
            + (d.length - 1));
      }
      long[] shape = front(d, axis);
      if (firstSpatial == null && input) {
        firstSpatial = java.util.Arrays.copyOfRange(shape, 1, shape.length);
      }
      FieldRole role = input ? FieldRole.INPUT : FieldRole.OUTPUT;
      fields.add(new MappedField(Hdf5Arrays.info(name, role, Shape.of(shape), ds),
          (from, to) -> samples(ds, axis, from, to)));
    }
    if (firstSpatial == null && !o.coordinates().isEmpty()) {
      throw new GalerkinException(path + ": --coordinates needs an --input dataset, whose grid"
          + " axes they describe; name one with --input PATH");
    }
    if (firstSpatial != null) {
      List<String> given = new ArrayList<>(o.coordinates().keySet());
      if (given.size() > firstSpatial.length) {
        throw new GalerkinException(path + ": --coordinates gives " + given.size() + " axes ("
            + String.join(", ", given) + ") but " + seen.values().iterator().next() + " has "
            + firstSpatial.length + " after the samples " + Shape.of(firstSpatial) + "; give at"
            + " most " + firstSpatial.length + ", in axis order");
      }
      for (int a = 0; a < Math.max(given.size(), Math.min(AXES.length, firstSpatial.length));
          a++) {
        int n = Math.toIntExact(firstSpatial[a]);
        String name = a < given.size() ? given.get(a) : AXES[a];
        if (seen.containsKey(name)) {
          if (a < given.size()) {
            throw new GalerkinException(path + ": --coordinates " + name + "=... would be a"
                + " second field '" + name + "' beside " + seen.get(name) + "; name the"
                + " coordinate differently");
          }
          continue;
        }
        dev.galerkin.data.Field.checkName(name);
        double[] c = a < given.size()
            ? coordinate(path, hdf, name, o.coordinates().get(name), a, n)
            : uniform(n);
        seen.put(name, a < given.size() ? o.coordinates().get(name) : "(uniform)");
        DoubleArray values = DoubleArray.wrap(Shape.of(n), c);
        fields.add(new MappedField(new FieldInfo(name, FieldRole.COORDINATE, Shape.of(n),
            "float64", null, "none", 0), (from, to) -> values));
      }
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("sample_axis", (long) o.sampleAxis());
    if (!o.coordinates().isEmpty()) {
      StringBuilder c = new StringBuilder();
      o.coordinates().forEach((k, v) -> c.append(c.length() == 0 ? "" : ",").append(k)
          .append('=').append(v));
      attributes.put("coordinates", c.toString());
    }
    attributes.putAll(dev.galerkin.data.hdf5.Hdf5Values.attributes(hdf.getAttributes()));
    return new ForeignDatasetFile(path, Layout.PLAIN_HDF5, fields, attributes, closer);
  }

  /** @return {@code n} points uniform on [0, 1], both ends */
  private static double[] uniform(int n) {
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = n == 1 ? 0 : i / (double) (n - 1);
    }
    return c;
  }

  /**
   * @return the values of the 1-D dataset {@code asked} for grid axis {@code axis} of {@code n}
   *     points, checked to be finite and increasing
   */
  private static double[] coordinate(Path path, HdfFile hdf, String name, String asked, int axis,
      int n) {
    String what = path + ": --coordinates " + name + "=" + asked;
    String fix = "; give the path of a 1-D dataset of " + n + " increasing finite values for grid"
        + " axis " + axis + " (" + n + " points), or leave " + name + " out for a uniform grid on"
        + " [0, 1]";
    Dataset ds;
    try {
      ds = find(path, hdf, asked);
    } catch (GalerkinException e) {
      throw new GalerkinException(what + ": no such dataset" + fix + "; the file has "
          + Hdf5Arrays.datasetPaths(hdf));
    }
    long[] d = ds.getDimensionsAsLong();
    if (d.length != 1 || d[0] != n) {
      throw new GalerkinException(what + " is " + Shape.of(d) + ", not [" + n + "]" + fix);
    }
    NdArray a = Hdf5Arrays.slab(ds, new long[1], d.clone());
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = a.getDouble(i);
      if (!Double.isFinite(c[i])) {
        throw new GalerkinException(what + " has " + c[i] + " at index " + i + fix);
      }
      if (i > 0 && !(c[i] > c[i - 1])) {
        throw new GalerkinException(what + " is not increasing at index " + i + " (" + c[i]
            + " after " + c[i - 1] + ")" + fix);
      }
    }
    return c;
  }

  /** @return the dataset at {@code asked}, or the one dataset anywhere of that name */
  private static Dataset find(Path path, HdfFile hdf, String asked) {
    String p = asked.strip();
    try {
      Node n = hdf.getByPath(p.startsWith("/") ? p.substring(1) : p);
      if (n instanceof Dataset ds) {
        return ds;
      }
    } catch (RuntimeException e) {
      // not at that path: look for the name below
    }
    List<Dataset> named = new ArrayList<>();
    collect(hdf, ReadOptions.fieldName(p), named);
    if (named.size() == 1 && !p.contains("/")) {
      return named.get(0);
    }
    throw new GalerkinException(path + ": " + (named.size() > 1 ? "several datasets are named '"
        + p + "'" : "no dataset '" + p + "'") + "; give its path, one of "
        + Hdf5Arrays.datasetPaths(hdf));
  }

  private static void collect(Group g, String name, List<Dataset> out) {
    for (Node n : g) {
      if (n instanceof Dataset ds && ds.getName().equals(name)) {
        out.add(ds);
      } else if (n instanceof Group sub) {
        collect(sub, name, out);
      }
    }
  }

  /** @return {@code d} with axis {@code axis} moved to the front */
  private static long[] front(long[] d, int axis) {
    long[] out = new long[d.length];
    out[0] = d[axis];
    for (int i = 0, j = 1; i < d.length; i++) {
      if (i != axis) {
        out[j++] = d[i];
      }
    }
    return out;
  }

  /** @return samples {@code [from, to)} along {@code axis}, that axis moved to the front */
  static NdArray samples(Dataset ds, int axis, long from, long to) {
    long[] d = ds.getDimensionsAsLong();
    long[] offset = new long[d.length];
    long[] count = d.clone();
    offset[axis] = from;
    count[axis] = to - from;
    NdArray slab = Hdf5Arrays.slab(ds, offset, count);
    return axis == 0 ? slab : moveToFront(slab, axis);
  }

  /**
   * @param a an array, not modified
   * @return a new array whose element {@code (i_axis, i_0, …)} is element {@code (i_0, …, i_axis,
   *     …)} of {@code a}
   */
  static NdArray moveToFront(NdArray a, int axis) {
    long[] in = a.shape().dims();
    long[] out = front(in, axis);
    long[] stride = new long[in.length];
    long s = 1;
    for (int i = in.length - 1; i >= 0; i--) {
      stride[i] = s;
      s *= in[i];
    }
    long[] outStride = front(stride, axis);   // output axis j walks input axis with this stride
    int n = a.size();
    boolean single = a instanceof FloatArray;
    float[] f = single ? new float[n] : null;
    double[] v = single ? null : new double[n];
    int[] idx = new int[in.length];
    for (int flat = 0; flat < n; flat++) {
      long src = 0;
      for (int j = 0; j < out.length; j++) {
        src += idx[j] * outStride[j];
      }
      if (single) {
        f[flat] = ((FloatArray) a).at((int) src);
      } else {
        v[flat] = a.getDouble((int) src);
      }
      for (int j = out.length - 1; j >= 0; j--) {
        if (++idx[j] < out[j]) {
          break;
        }
        idx[j] = 0;
      }
    }
    Shape shape = Shape.of(out);
    return single ? FloatArray.wrap(shape, f) : DoubleArray.wrap(shape, v);
  }
}
