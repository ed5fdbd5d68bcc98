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
 * <p>Fields that share no grid, such as a DeepONet branch's initial condition {@code [64]} and the
 * reaction coefficients {@code [4]} of the multi-task DeepONet (Kumar et al. 2024), can instead be
 * stacked <em>flat</em> ({@link #flattened}): each sample's fields flattened and concatenated in
 * the stated order, {@code [Σ size_i]}. Only a model whose input is flattened anyway (a DeepONet
 * with the MLP branch, {@link OperatorModel#flattensInput()}) takes such a stack; a flat stack is
 * recognised by its rank 1 with several fields (a grid stack of several fields has rank >= 2).
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
    boolean flatShape = names.size() > 1 && sample.equals(flatShape(shapes));
    if (!flatShape && !sample.equals(stackShape(names, shapes))) {
      throw new GalerkinException("fields " + names + " of shapes " + shapes + " stack to "
          + stackShape(names, shapes) + ", not " + sample);
    }
  }

  /**
   * @param fields field name → one sample's shape, in order
   * @return the flat stack of those fields, {@code [Σ size_i]} per sample (one field stays as it is)
   */
  public static FieldStack flattened(Map<String, Shape> fields) {
    List<String> n = new ArrayList<>(fields.keySet());
    List<Shape> s = new ArrayList<>(fields.values());
    return new FieldStack(n, s, n.size() == 1 ? s.get(0) : flatShape(s));
  }

  /**
   * @param fields field name → one sample's shape, in channel order
   * @return the stack on the fields' shared grid when they have one, else the flat stack
   */
  public static FieldStack gridOrFlat(Map<String, Shape> fields) {
    return gridProblem(fields).isEmpty() ? of(fields) : flattened(fields);
  }

  /**
   * @param fields field name → one sample's shape, in channel order
   * @return why the fields do not stack on one grid, or empty when they do
   */
  public static java.util.Optional<String> gridProblem(Map<String, Shape> fields) {
    try {
      stackShape(new ArrayList<>(fields.keySet()), new ArrayList<>(fields.values()));
      return java.util.Optional.empty();
    } catch (GalerkinException e) {
      return java.util.Optional.of(e.getMessage());
    }
  }

  /** @return whether the fields are stacked flat ({@link #flattened}) rather than on a grid */
  public boolean flat() {
    return names.size() > 1 && sample.rank() == 1;
  }

  private static Shape flatShape(List<Shape> shapes) {
    return Shape.of(shapes.stream().mapToLong(Shape::size).sum());
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

  /** @return the channels of field {@code i} in the stack (its size in a flat stack) */
  public int channels(int i) {
    Shape s = shapes.get(i);
    return single() ? 1 : flat() ? Math.toIntExact(s.size()) : s.rank() == gridRank() ? 1 : Math.toIntExact(s.dim(s.rank() - 1));
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
    if (flat()) {
      return stackFlat(perField, b);
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
    if (flat()) {
      return unstackFlat(stacked);
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

  private FloatArray stackFlat(List<? extends NdArray> perField, long b) {
    int total = Math.toIntExact(sample.dim(0));
    float[] out = new float[Math.toIntExact(b * total)];
    int at = 0;
    for (int i = 0; i < perField.size(); i++) {
      FloatArray f = perField.get(i).toFloat();
      if (!f.shape().sampleShape().equals(shapes.get(i))) {
        throw new GalerkinException("field '" + names.get(i) + "' has samples of shape "
            + f.shape().sampleShape() + "; the flat stack " + names + " was built for "
            + shapes.get(i));
      }
      int m = Math.toIntExact(shapes.get(i).size());
      for (long k = 0; k < b; k++) {
        System.arraycopy(f.data(), Math.toIntExact(f.offset() + k * m), out,
            Math.toIntExact(k * total + at), m);
      }
      at += m;
    }
    return FloatArray.wrap(sample.prepend(b), out);
  }

  private Map<String, FloatArray> unstackFlat(FloatArray stacked) {
    if (!stacked.shape().sampleShape().equals(sample)) {
      throw new GalerkinException("a flat stack of " + names + " has samples of shape " + sample
          + ", not " + stacked.shape().sampleShape());
    }
    long b = stacked.sampleCount();
    int total = Math.toIntExact(sample.dim(0));
    Map<String, FloatArray> out = new LinkedHashMap<>();
    int at = 0;
    for (int i = 0; i < names.size(); i++) {
      int m = Math.toIntExact(shapes.get(i).size());
      float[] d = new float[Math.toIntExact(b * m)];
      for (long k = 0; k < b; k++) {
        System.arraycopy(stacked.data(), Math.toIntExact(stacked.offset() + k * total + at), d,
            Math.toIntExact(k * m), m);
      }
      at += m;
      out.put(names.get(i), FloatArray.wrap(shapes.get(i).prepend(b), d));
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
