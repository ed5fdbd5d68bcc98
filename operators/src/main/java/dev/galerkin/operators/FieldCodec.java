package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one side of an operator (its inputs, or its outputs) with a normaliser each: encodes
 * physical fields into the stacked, normalised model operand and decodes it back. Each field has
 * its own statistics, fitted on the training split ({@link Normalisation#fit}).
 *
 * @param stack the fields and their shapes
 * @param normalisers field name → its normaliser
 */
public record FieldCodec(FieldStack stack, Map<String, Normaliser> normalisers) {

  /** Checks there is one normaliser per field. */
  public FieldCodec {
    normalisers = Map.copyOf(normalisers);
    for (String n : stack.names()) {
      if (!normalisers.containsKey(n)) {
        throw new GalerkinException("field '" + n + "' has no normaliser; the model file is"
            + " damaged or from another version");
      }
    }
  }

  /**
   * Fits one normaliser per field on the training samples.
   *
   * @param data the dataset
   * @param fields the fields, in channel order
   * @param train training sample indices
   * @param kind one mean and deviation per field, or per point
   */
  public static FieldCodec fit(SampleSource data, List<String> fields, long[] train,
      Normalisation.Kind kind) {
    return fit(data, fields, train, kind, false);
  }

  /**
   * Fits one normaliser per field on the training samples.
   *
   * @param data the dataset
   * @param fields the fields, in channel order
   * @param train training sample indices
   * @param kind one mean and deviation per field, or per point
   * @param flatAllowed stack the fields flat ({@link FieldStack#flattened}) when they share no
   *     grid; otherwise such fields fail with one line naming the field
   */
  public static FieldCodec fit(SampleSource data, List<String> fields, long[] train,
      Normalisation.Kind kind, boolean flatAllowed) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Map<String, Normaliser> norms = new LinkedHashMap<>();
    for (String f : fields) {
      if (!data.sampleFieldNames().contains(f)) {
        throw new GalerkinException("the dataset has no field '" + f + "'; it has "
            + data.sampleFieldNames());
      }
      if (shapes.put(f, data.shape(f).sampleShape()) != null) {
        throw new GalerkinException("field '" + f + "' is named twice in " + fields);
      }
      norms.put(f, Normalisation.fit(data, f, train, kind == Normalisation.Kind.GLOBAL));
    }
    if (!flatAllowed) {
      FieldStack.gridProblem(shapes).ifPresent(p -> {
        throw new GalerkinException(p + "; a model that flattens its input (deeponet with --branch"
            + " mlp) takes such fields as one flat stack");
      });
    }
    return new FieldCodec(flatAllowed ? FieldStack.gridOrFlat(shapes) : FieldStack.of(shapes),
        norms);
  }

  /**
   * @param field one of the fields
   * @return this codec with {@code field} left unnormalised ({@link Normalisation#identity()}), as
   *     a binary mask is
   */
  public FieldCodec withIdentity(String field) {
    if (!normalisers.containsKey(field)) {
      throw new GalerkinException("field '" + field + "' is not one of " + names());
    }
    Map<String, Normaliser> n = new LinkedHashMap<>(normalisers);
    n.put(field, Normalisation.identity());
    return new FieldCodec(stack, n);
  }

  /** @return the field names, in channel order */
  public List<String> names() {
    return stack.names();
  }

  /** @return the normalisation of the fields (all fields share one kind) */
  public Normalisation.Kind kind() {
    return Normalisation.isGlobal(normalisers.get(stack.names().get(0)))
        ? Normalisation.Kind.GLOBAL : Normalisation.Kind.POINTWISE;
  }

  /** @return the samples at {@code indices}, encoded and stacked: {@code [B, ...sample]} */
  public FloatArray gatherEncoded(SampleSource data, long[] indices) {
    List<FloatArray> parts = new ArrayList<>();
    for (String f : stack.names()) {
      parts.add(Normalisation.encode(normalisers.get(f), data.gather(f, indices)));
    }
    return stack.stack(parts);
  }

  /** @return the samples at {@code indices} stacked, in physical units */
  public FloatArray gather(SampleSource data, long[] indices) {
    List<FloatArray> parts = new ArrayList<>();
    for (String f : stack.names()) {
      parts.add(data.gather(f, indices));
    }
    return stack.stack(parts);
  }

  /** @return the fields encoded and stacked, in channel order */
  public FloatArray encode(Map<String, ? extends NdArray> fields) {
    List<FloatArray> parts = new ArrayList<>();
    for (String f : stack.names()) {
      NdArray x = fields.get(f);
      if (x == null) {
        throw new GalerkinException("field '" + f + "' is missing; the operator needs " + names());
      }
      parts.add(Normalisation.encode(normalisers.get(f), x));
    }
    return stack.stack(parts);
  }

  /** @return the stacked normalised operand decoded into its fields, physical units */
  public Map<String, FloatArray> decode(FloatArray stacked) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    stack.unstack(stacked).forEach((f, z) -> out.put(f, Normalisation.decode(normalisers.get(f), z)));
    return out;
  }

  /**
   * The decoding as an affine map, for a graph: every normaliser is affine per point, so
   * {@code decode(z) = z·scale + offset}.
   *
   * @return {@code {scale, offset}}, each of one stacked sample's size (row-major)
   */
  public float[][] affine() {
    List<FloatArray> zeros = new ArrayList<>();
    List<FloatArray> ones = new ArrayList<>();
    for (int i = 0; i < stack.names().size(); i++) {
      Shape one = stack.shapes().get(i).prepend(1);
      Normaliser n = normalisers.get(stack.names().get(i));
      float[] o = new float[Math.toIntExact(one.size())];
      Arrays.fill(o, 1f);
      zeros.add(Normalisation.decode(n, FloatArray.zeros(one)));
      ones.add(Normalisation.decode(n, FloatArray.wrap(one, o)));
    }
    float[] offset = stack.stack(zeros).toArray();
    float[] scale = stack.stack(ones).toArray();
    for (int i = 0; i < scale.length; i++) {
      scale[i] -= offset[i];
    }
    return new float[][] {scale, offset};
  }
}
