package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several fields of a dataset seen as one model operand: {@code --input a,mask} or
 * {@code --output u,v}. The fields' channels are concatenated in the stated order along a trailing
 * channel axis; each field is normalised on its own before that.
 *
 * <p>Shapes, per sample: one field is taken as it is (a trajectory {@code [T, X]} stays
 * {@code [T, X]}). Several fields must share one grid: each is {@code [...grid]} (one channel) or
 * {@code [...grid, c]} ({@code c} channels), and the stack is {@code [...grid, Σ c]}. The grid is
 * the shape of the lowest-rank field; any other shape fails with one line naming the field.
 *
 * @param names the fields, in channel order
 * @param shapes one sample's shape of each field
 * @param sample one sample's shape of the stack
 */
public record FieldStack(List<String> names, List<Shape> shapes, Shape sample) {

  /** Checks that the shapes stack. */
  public FieldStack {
    names = List.copyOf(names);
    shapes = List.copyOf(shapes);
    if (names.isEmpty() || names.size() != shapes.size()) {
      throw new GalerkinException("a field stack needs one shape per field; got " + names + " and "
          + shapes);
    }
    if (!sample.equals(stackShape(names, shapes))) {
      throw new GalerkinException("fields " + names + " of shapes " + shapes + " stack to "
          + stackShape(names, shapes) + ", not " + sample);
    }
  }

  /**
   * @param fields field name → one sample's shape, in channel order
   * @return the stack of those fields
   */
  public static FieldStack of(Map<String, Shape> fields) {
    List<String> n = new ArrayList<>(fields.keySet());
    List<Shape> s = new ArrayList<>(fields.values());
    return new FieldStack(n, s, stackShape(n, s));
  }

  /** @return whether the stack is one field taken as it is */
  public boolean single() {
    return names.size() == 1;
  }

  /** @return the names joined by commas, as the command line and model files write them */
  public String joinedNames() {
    return String.join(",", names);
  }

  /** @return the channels of field {@code i} in the stack */
  public int channels(int i) {
    Shape s = shapes.get(i);
    return single() ? 1 : s.rank() == gridRank() ? 1 : Math.toIntExact(s.dim(s.rank() - 1));
  }

  private int gridRank() {
    return shapes.stream().mapToInt(Shape::rank).min().orElseThrow();
  }

  /**
   * Concatenates per-field batches into the stack.
   *
   * @param perField one array per field, in order, each {@code [B, ...fieldSample]}
   * @return {@code [B, ...sample]}
   */
  public FloatArray stack(List<? extends NdArray> perField) {
    if (perField.size() != names.size()) {
      throw new GalerkinException("expected " + names.size() + " fields " + names + ", got "
          + perField.size());
    }
    long b = perField.get(0).sampleCount();
    for (int i = 0; i < perField.size(); i++) {
      NdArray f = perField.get(i);
      if (f.sampleCount() != b) {
        throw new GalerkinException("field '" + names.get(i) + "' has " + f.sampleCount()
            + " samples but '" + names.get(0) + "' has " + b);
      }
    }
    if (single()) {
      return perField.get(0).toFloat();
    }
    int total = Math.toIntExact(sample.dim(sample.rank() - 1));
    long points = b * Shape.of(Arrays.copyOf(sample.dims(), sample.rank() - 1)).size();
    float[] out = new float[Math.toIntExact(points * total)];
    int at = 0;
    for (int i = 0; i < perField.size(); i++) {
      FloatArray f = perField.get(i).toFloat();
      int c = channels(i);
      float[] d = f.data();
      int off = f.offset();
      for (long p = 0; p < points; p++) {
        System.arraycopy(d, Math.toIntExact(off + p * c), out, Math.toIntExact(p * total + at), c);
      }
      at += c;
    }
    return FloatArray.wrap(sample.prepend(b), out);
  }

  /**
   * Splits a stacked batch back into its fields.
   *
   * @param stacked {@code [B, ...sample]}, or on another grid of the same rank
   * @return field name → {@code [B, ...fieldSample]} on the stacked array's grid, in order
   */
  public Map<String, FloatArray> unstack(FloatArray stacked) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    if (single()) {
      out.put(names.get(0), stacked);
      return out;
    }
    Shape s = stacked.shape();
    int total = Math.toIntExact(s.dim(s.rank() - 1));
    long[] grid = Arrays.copyOfRange(s.dims(), 0, s.rank() - 1);
    long points = Shape.of(grid).size();
    int at = 0;
    for (int i = 0; i < names.size(); i++) {
      int c = channels(i);
      float[] d = new float[Math.toIntExact(points * c)];
      for (long p = 0; p < points; p++) {
        System.arraycopy(stacked.data(), Math.toIntExact(stacked.offset() + p * total + at), d,
            Math.toIntExact(p * c), c);
      }
      at += c;
      long[] dims = shapes.get(i).rank() == gridRank() ? grid
          : concat(grid, new long[] {c});
      out.put(names.get(i), FloatArray.wrap(Shape.of(dims), d));
    }
    return out;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static Shape stackShape(List<String> names, List<Shape> shapes) {
    if (shapes.size() == 1) {
      return shapes.get(0);
    }
    int rank = shapes.stream().mapToInt(Shape::rank).min().orElseThrow();
    Shape grid = shapes.stream().filter(s -> s.rank() == rank).findFirst().orElseThrow();
    long channels = 0;
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      boolean plain = s.equals(grid);
      boolean withChannels = s.rank() == rank + 1
          && Arrays.equals(Arrays.copyOf(s.dims(), rank), grid.dims());
      if (!plain && !withChannels) {
        throw new GalerkinException("field '" + names.get(i) + "' has samples of shape " + s
            + ", which do not stack with " + names + " on the grid " + grid + "; stacked fields"
            + " must be " + grid + " or " + grid + " plus a trailing channel axis");
      }
      channels += plain ? 1 : s.dim(rank);
    }
    return Shape.of(concat(grid.dims(), new long[] {channels}));
  }
}
