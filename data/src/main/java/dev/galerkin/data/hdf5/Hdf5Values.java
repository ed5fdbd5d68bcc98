package dev.galerkin.data.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.filter.PipelineFilterWithData;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What jhdf reads, brought to Galerkin's terms: attribute values as the types a dataset's
 * attributes have ({@code String}, {@code Long}, {@code Double}, {@code long[]}, {@code double[]}),
 * element types NumPy style, filter pipelines as text. Used by Galerkin's own files and by the
 * readers of other layouts ({@code dev.galerkin.data.formats}).
 */
public final class Hdf5Values {
  private Hdf5Values() {}

  /**
   * @param raw a node's attributes as jhdf reads them, not modified
   * @return them as Galerkin values, in order; values of other types become text
   */
  public static Map<String, Object> attributes(Map<String, Attribute> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(k, value(v.getData())));
    return out;
  }

  /** @return one attribute value as a Galerkin value (integers widen to long, floats to double) */
  public static Object value(Object v) {
    if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof long[]
        || v instanceof double[]) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v != null && v.getClass().isArray() && v.getClass().getComponentType().isPrimitive()) {
      int n = Array.getLength(v);
      boolean integral = v instanceof int[] || v instanceof short[] || v instanceof byte[];
      if (integral) {
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
          l[i] = ((Number) Array.get(v, i)).longValue();
        }
        return l;
      }
      if (v instanceof float[]) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = Array.getFloat(v, i);
        }
        return d;
      }
    }
    if (v instanceof Object[] arr) {
      return Arrays.deepToString(arr);
    }
    return String.valueOf(v);
  }

  /** @return the element type NumPy style: {@code float32}, {@code int64}, else the Java type */
  public static String typeName(Dataset ds) {
    Class<?> t = ds.getJavaType();
    int bits = ds.getDataType().getSize() * 8;
    if (t == float.class || t == double.class) {
      return "float" + bits;
    }
    if (t == byte.class || t == short.class || t == int.class || t == long.class) {
      return "int" + bits;
    }
    return t.getSimpleName();
  }

  /** @return the filter pipeline, for example {@code shuffle+deflate(4)}, or {@code none} */
  public static String compression(Dataset ds) {
    List<String> filters = new ArrayList<>();
    for (PipelineFilterWithData f : ds.getFilters()) {
      String name = f.getName();
      filters.add(f.getFilterData().length > 0 && name.equals("deflate")
          ? name + "(" + f.getFilterData()[0] + ")" : name);
    }
    return filters.isEmpty() ? "none" : String.join("+", filters);
  }
}
