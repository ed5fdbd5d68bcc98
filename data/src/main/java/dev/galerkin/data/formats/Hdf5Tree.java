package dev.galerkin.data.formats;

import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.Hdf5Values;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable description of any HDF5 file, as {@code h5dump -H} gives but shorter: one line per
 * group and dataset (path, element type, shape, storage), each attribute indented under its node
 * (large arrays abbreviated to their first and last values, long text cut). What
 * {@code galerkin info} prints for every HDF5 file, in a layout Galerkin reads or not.
 *
 * <pre>
 * /                          group
 *     title = made by h5py
 *     weights = float64[1000] [0.0, 1.0, 2.0, 3.0, …, 999.0]
 * /labels                    int32 [7]  contiguous
 * /results/run1/pressure     float32 [3, 4]  chunks [1, 4], deflate(4)
 * </pre>
 */
public final class Hdf5Tree {
  /** Arrays longer than this print their first four and last value. */
  static final int ARRAY_SHOWN = 8;
  /** Text longer than this is cut. */
  static final int TEXT_SHOWN = 72;

  private Hdf5Tree() {}

  /** @return the lines describing {@code path}, an HDF5 file (checked before) */
  public static List<String> describe(Path path) {
    try (HdfFile hdf = new HdfFile(path)) {
      List<String> out = new ArrayList<>();
      if (hdf.getUserBlockSize() > 0) {
        out.add("user block  " + hdf.getUserBlockSize() + " bytes"
            + (Mat73Files.header(hdf).isEmpty() ? "" : ": " + show(Mat73Files.header(hdf))));
      }
      node(hdf, out);
      return out;
    }
  }

  private static void node(Node n, List<String> out) {
    String path = n.getPath();
    if (n instanceof Dataset ds) {
      out.add(String.format("%-28s %s", path, dataset(ds)));
    } else {
      out.add(String.format("%-28s group", path.isEmpty() ? "/" : path));
    }
    Map<String, Attribute> attrs = new TreeMap<>(n.getAttributes());
    for (Map.Entry<String, Attribute> e : attrs.entrySet()) {
      String v;
      try {
        v = show(Hdf5Values.value(e.getValue().getData()));
      } catch (RuntimeException ex) {
        v = "(unreadable: " + ex.getMessage() + ")";
      }
      out.add("    " + e.getKey() + " = " + v);
    }
    if (n instanceof Group g && !(n instanceof Dataset)) {
      for (Node child : g) {
        node(child, out);
      }
    }
  }

  private static String dataset(Dataset ds) {
    String type;
    try {
      type = Hdf5Values.typeName(ds);
    } catch (RuntimeException e) {
      type = "unknown";
    }
    String shape = ds.isScalar() ? "scalar" : Shape.of(ds.getDimensionsAsLong()).toString();
    String storage = ds instanceof ChunkedDataset c
        ? "chunks " + Shape.of(c.getChunkDimensions()) : "contiguous";
    String filters = Hdf5Values.compression(ds);
    return type + " " + shape + "  " + storage + (filters.equals("none") ? "" : ", " + filters);
  }

  /**
   * @param v an attribute value (String, Long, Double, long[], double[])
   * @return it as one short line: arrays longer than {@value #ARRAY_SHOWN} abbreviated to
   *     {@code float64[1000] [0.0, 1.0, 2.0, 3.0, …, 999.0]}, text cut at {@value #TEXT_SHOWN}
   *     characters with line breaks shown as {@code \n}
   */
  public static String show(Object v) {
    if (v != null && v.getClass().isArray()) {
      int n = Array.getLength(v);
      String type = v instanceof double[] ? "float64" : v instanceof long[] ? "int64"
          : v.getClass().getComponentType().getSimpleName();
      StringBuilder sb = new StringBuilder();
      if (n > ARRAY_SHOWN) {
        sb.append(type).append('[').append(n).append("] ");
      }
      sb.append('[');
      for (int i = 0; i < n; i++) {
        if (n > ARRAY_SHOWN && i == 4) {
          sb.append("…, ");
          i = n - 1;
        }
        sb.append(Array.get(v, i));
        if (i < n - 1) {
          sb.append(", ");
        }
      }
      return sb.append(']').toString();
    }
    String s = String.valueOf(v).replace("\n", "\\n");
    return s.length() > TEXT_SHOWN ? s.substring(0, TEXT_SHOWN) + "… (" + s.length() + " chars)"
        : s;
  }
}
