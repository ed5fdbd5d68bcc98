package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.tf.TfGraph;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A trained operator: predicts output fields from input fields in physical units, saves to and
 * loads from one HDF5 model file. Normalisation happens inside: each input field is encoded and
 * each output field decoded with the normaliser fitted on the training split, and several fields
 * are stacked as channels ({@link FieldStack}).
 *
 * <pre>{@code
 * try (NeuralOperator op = NeuralOperator.load(Path.of("fno.h5"))) {
 *   FloatArray u = op.predict(a);                         // a: [B, 85, 85] -> u: [B, 85, 85]
 *   Map<String, FloatArray> out = op.predict(Map.of("a", a, "mask", m));   // several fields
 * }
 * }</pre>
 *
 * <p>The operator also carries the split it was trained with ({@link #split()}), so evaluation
 * uses the same held-out samples whether training ran from Java or from the command line. A
 * {@code NeuralOperator} holds TensorFlow graphs (one per input shape seen); close it.
 */
public final class NeuralOperator implements AutoCloseable {
  private static final int PREDICT_BATCH = 32;
  private final OperatorModel model;
  private final Map<String, float[]> weights;
  private final FieldCodec inputs;
  private final FieldCodec outputs;
  private final Map<String, Object> provenance;
  private final StoredSplit split;
  private final Map<Shape, Predictor> predictors = new HashMap<>();
  private Device device = Device.CPU;

  /**
   * @param model the architecture
   * @param weights every variable's values by name, not copied
   * @param inputs the input fields with their normalisers
   * @param outputs the output fields with their normalisers
   * @param split the split it was trained with, or {@code null} when unknown
   * @param provenance training provenance stored with the model
   */
  public NeuralOperator(OperatorModel model, Map<String, float[]> weights, FieldCodec inputs,
      FieldCodec outputs, StoredSplit split, Map<String, Object> provenance) {
    this.model = model;
    this.weights = weights;
    this.inputs = inputs;
    this.outputs = outputs;
    this.split = split;
    this.provenance = new LinkedHashMap<>(provenance);
  }

  /** One input field to one output field, without a stored split. */
  public NeuralOperator(OperatorModel model, Map<String, float[]> weights, String inputField,
      String outputField, Normaliser inputNormaliser, Normaliser outputNormaliser,
      Shape inputSample, Shape outputSample, Map<String, Object> provenance) {
    this(model, weights,
        new FieldCodec(FieldStack.of(Map.of(inputField, inputSample)),
            Map.of(inputField, inputNormaliser)),
        new FieldCodec(FieldStack.of(Map.of(outputField, outputSample)),
            Map.of(outputField, outputNormaliser)), null, provenance);
  }

  /**
   * @param d where predictions run from now on (CPU by default; GPU needs the {@code -Pgpu} build)
   * @return this operator
   */
  public NeuralOperator onDevice(Device d) {
    if (d != device) {
      close();
      device = d;
    }
    return this;
  }

  /** @return the architecture */
  public OperatorModel model() {
    return model;
  }

  /** @return the input fields and their normalisers */
  public FieldCodec inputs() {
    return inputs;
  }

  /** @return the output fields and their normalisers */
  public FieldCodec outputs() {
    return outputs;
  }

  /** @return the input field names, in channel order */
  public List<String> inputFields() {
    return inputs.names();
  }

  /** @return the output field names, in channel order */
  public List<String> outputFields() {
    return outputs.names();
  }

  /** @return the one input field; fails for an operator of several input fields */
  public String inputField() {
    return only(inputs, "input");
  }

  /** @return the one output field; fails for an operator of several output fields */
  public String outputField() {
    return only(outputs, "output");
  }

  private static String only(FieldCodec c, String side) {
    if (!c.stack().single()) {
      throw new GalerkinException("the operator has several " + side + " fields " + c.names()
          + "; use " + side + "Fields()");
    }
    return c.names().get(0);
  }

  /** @return the shape of one training input sample (the fields stacked) */
  public Shape inputSample() {
    return inputs.stack().sample();
  }

  /** @return the shape of one training output sample (the fields stacked) */
  public Shape outputSample() {
    return outputs.stack().sample();
  }

  /** @return the split the operator was trained with, when recorded */
  public Optional<StoredSplit> split() {
    return Optional.ofNullable(split);
  }

  /** @return the training provenance (modifiable: add to it before saving) */
  public Map<String, Object> provenance() {
    return provenance;
  }

  /** @return the number of trainable parameters */
  public long parameterCount() {
    return weights.values().stream().mapToLong(w -> w.length).sum();
  }

  /**
   * Predicts the output for a batch of inputs, for an operator of one input and one output field.
   *
   * @param input shape {@code [B, ...inputSample]} in physical units; another grid than the
   *     training one only when {@link OperatorModel#resolutionIndependent()} and the normalisation
   *     is global
   * @return shape {@code [B, ...outputSample]} (on the input's grid), physical units
   */
  public FloatArray predict(NdArray input) {
    return predict(Map.of(inputField(), input)).get(outputField());
  }

  /**
   * @return samples per prediction batch: {@link #predict} runs the graph on samples
   *     {@code [0, b)}, {@code [b, 2b)}, … of its input, so two runs whose inputs start at the same
   *     multiple of {@code b} predict the same batches (a distributed evaluation splits on it)
   */
  public static int predictBatch() {
    return PREDICT_BATCH;
  }

  /**
   * Predicts every output field from the input fields.
   *
   * @param fields input field name → {@code [B, ...fieldSample]}, physical units
   * @return output field name → {@code [B, ...fieldSample]}, physical units, in channel order
   */
  public Map<String, FloatArray> predict(Map<String, ? extends NdArray> fields) {
    FloatArray encoded = encodeChecked(fields);
    Shape in = encoded.shape().sampleShape();
    Shape out = outputShapeFor(in);
    Predictor p = predictors.computeIfAbsent(in, s -> new Predictor(s, out));
    long n = encoded.sampleCount();
    int per = Math.toIntExact(out.size());
    float[] result = new float[Math.toIntExact(n * per)];
    for (long i = 0; i < n; i += PREDICT_BATCH) {
      long j = Math.min(n, i + PREDICT_BATCH);
      FloatArray z = p.graph.eval(p.output, Map.of(p.input, encoded.samples(i, j)));
      System.arraycopy(z.data(), z.offset(), result, Math.toIntExact(i * per), z.size());
    }
    return masked(fields, outputs.decode(FloatArray.wrap(out.prepend(n), result)));
  }

  /**
   * @return the input field that masks the outputs ({@link OutputMask}, the model was trained with
   *     {@code --mask}), or empty
   */
  public Optional<String> maskField() {
    return Optional.ofNullable((String) provenance.get(OutputMask.PROVENANCE_KEY));
  }

  /**
   * Multiplies each field by the operator's mask, as its predictions are: what a reference field
   * is compared with, so errors are taken inside the mask. Without a mask the fields come back as
   * they are.
   *
   * @param inputs the input fields (the mask among them), {@code [B, ...]}
   * @param fields output field name → {@code [B, ...fieldSample]}
   * @return the fields times the mask, in the same order
   */
  public Map<String, FloatArray> masked(Map<String, ? extends NdArray> inputs,
      Map<String, FloatArray> fields) {
    Optional<String> m = maskField();
    if (m.isEmpty()) {
      return fields;
    }
    NdArray mask = inputs.get(m.get());
    if (mask == null) {
      throw new GalerkinException("the operator masks its outputs with the input field '" + m.get()
          + "', which is missing; give it with the other inputs " + inputFields());
    }
    Map<String, FloatArray> out = new LinkedHashMap<>();
    fields.forEach((name, v) -> out.put(name, new OutputMask(m.get(),
        v.shape().rank() == mask.shape().rank() + 1).apply(v, mask)));
    return out;
  }

  private FloatArray encodeChecked(Map<String, ? extends NdArray> fields) {
    Shape trained = inputSample();
    for (int i = 0; i < inputs.names().size(); i++) {
      String f = inputs.names().get(i);
      NdArray x = fields.get(f);
      if (x == null) {
        throw new GalerkinException("field '" + f + "' is missing; the operator needs "
            + inputs.names());
      }
      Shape s = x.shape().sampleShape();
      Shape t = inputs.stack().shapes().get(i);
      if (s.rank() != t.rank()) {
        throw new GalerkinException("input '" + f + "' has samples of shape " + s + " but the model"
            + " was trained on " + t + " (rank " + t.rank() + ")");
      }
      if (!s.equals(t)) {
        if (!model.resolutionIndependent()) {
          throw new GalerkinException(model.type() + " was trained on inputs of shape " + trained
              + " and cannot evaluate '" + f + "' of shape " + s + " (it is not"
              + " resolution-independent)");
        }
        if (inputs.kind() == Normalisation.Kind.POINTWISE) {
          throw new GalerkinException("the model was trained with point-wise normalisation on "
              + t + " and cannot evaluate '" + f + "' of shape " + s + "; evaluate on the training"
              + " grid or retrain with --normalise global");
        }
      }
    }
    if (outputs.kind() == Normalisation.Kind.POINTWISE) {
      Shape s = fields.get(inputs.names().get(0)).shape().sampleShape();
      if (!s.equals(inputs.stack().shapes().get(0))) {
        throw new GalerkinException("the model's outputs were normalised point-wise on "
            + outputSample() + "; evaluate on the training grid or retrain with --normalise global");
      }
    }
    FieldStack onGrid = restacked(fields);
    List<FloatArray> parts = new java.util.ArrayList<>();
    for (String f : inputs.names()) {
      parts.add(Normalisation.encode(inputs.normalisers().get(f), fields.get(f)));
    }
    return onGrid.stack(parts);
  }

  private FieldStack restacked(Map<String, ? extends NdArray> fields) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (String f : inputs.names()) {
      shapes.put(f, fields.get(f).shape().sampleShape());
    }
    return inputs.stack().flat() ? FieldStack.flattened(shapes) : FieldStack.of(shapes);
  }

  private Shape outputShapeFor(Shape in) {
    if (in.equals(inputSample())) {
      return outputSample();
    }
    long[] o = outputSample().dims();
    long[] i = in.dims();
    long[] t = inputSample().dims();
    boolean channelsLast = !inputs.stack().single() || !outputs.stack().single();
    for (int a = 0; a < o.length; a++) {
      for (int b = 0; b < t.length; b++) {
        boolean channelAxis = channelsLast && (a == o.length - 1 || b == t.length - 1);
        if (!channelAxis && o.length - a == t.length - b && o[a] == t[b]) {
          o[a] = i[b];
        }
      }
    }
    return Shape.of(o);
  }

  /** @return the model as a checkpoint: architecture, weights, normalisers, fields, split, provenance */
  public ModelCheckpoint checkpoint() {
    Map<String, FloatArray> w = new LinkedHashMap<>();
    weights.forEach((k, v) -> w.put(k, FloatArray.wrap(Shape.of(v.length), v)));
    Map<String, Object> prov = new LinkedHashMap<>(provenance);
    prov.put("input_field", inputs.stack().joinedNames());
    prov.put("output_field", outputs.stack().joinedNames());
    prov.put("input_sample_shape", inputSample().dims());
    prov.put("output_sample_shape", outputSample().dims());
    putFieldShapes(prov, inputs);
    putFieldShapes(prov, outputs);
    if (split != null) {
      split.putInto(prov);
    }
    Map<String, Normaliser> norms = new LinkedHashMap<>(inputs.normalisers());
    norms.putAll(outputs.normalisers());
    return new ModelCheckpoint(model.type(), model.architectureJson(), w, norms, prov, Map.of());
  }

  private static void putFieldShapes(Map<String, Object> prov, FieldCodec c) {
    if (!c.stack().single()) {
      for (int i = 0; i < c.names().size(); i++) {
        prov.put("field_shape." + c.names().get(i), c.stack().shapes().get(i).dims());
      }
    }
  }

  /** Saves the model to one HDF5 file (atomically). */
  public void save(Path file, boolean overwrite) {
    ModelFile.write(checkpoint(), file, overwrite);
  }

  /** @return the model saved in {@code file} (any layout version this Galerkin reads) */
  public static NeuralOperator load(Path file) {
    ModelCheckpoint c = ModelFile.read(file);
    Map<String, Object> p = new LinkedHashMap<>(c.provenance());
    if ("time-stepper".equals(p.get("task"))) {
      throw new GalerkinException(file + " holds a time-stepper trained on trajectories; load it"
          + " with TimeStepper.load (galerkin evaluate takes both kinds)");
    }
    String in = (String) p.remove("input_field");
    String out = (String) p.remove("output_field");
    long[] inShape = (long[]) p.remove("input_sample_shape");
    long[] outShape = (long[]) p.remove("output_sample_shape");
    if (in == null || out == null || inShape == null || outShape == null) {
      throw new GalerkinException(file + " lacks the input/output description of a trained operator;"
          + " it was not written by galerkin train");
    }
    FieldCodec inputs = codec(file, c, p, in, Shape.of(inShape));
    FieldCodec outputs = codec(file, c, p, out, Shape.of(outShape));
    StoredSplit split = StoredSplit.takeFrom(p).orElse(null);
    Map<String, float[]> w = new LinkedHashMap<>();
    c.weights().forEach((k, v) -> w.put(k, v.toArray()));
    return new NeuralOperator(ModelFamilies.create(c.modelType(), c.architectureJson()), w, inputs,
        outputs, split, p);
  }

  private static FieldCodec codec(Path file, ModelCheckpoint c, Map<String, Object> p,
      String joined, Shape sample) {
    List<String> names = Arrays.asList(joined.split(","));
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Map<String, Normaliser> norms = new LinkedHashMap<>();
    for (String n : names) {
      Object s = p.remove("field_shape." + n);
      shapes.put(n, names.size() == 1 ? sample : Shape.of((long[]) s));
      Normaliser norm = c.normalisers().get(n);
      if (norm == null || (names.size() > 1 && s == null)) {
        throw new GalerkinException(file + " lacks the normaliser or shape of field '" + n
            + "'; the file is damaged or was not written by galerkin train");
      }
      norms.put(n, norm);
    }
    return new FieldCodec(new FieldStack(names, new java.util.ArrayList<>(shapes.values()), sample),
        norms);
  }

  @Override
  public void close() {
    predictors.values().forEach(p -> p.graph.close());
    predictors.clear();
  }

  /**
   * A graph built for one input sample shape, its weights frozen as constants ({@link
   * dev.galerkin.operators.tf.TfGraphBuilder#frozen}).
   */
  private final class Predictor {
    final TfGraph graph;
    final Placeholder<TFloat32> input;
    final Operand<TFloat32> output;

    Predictor(Shape in, Shape out) {
      graph = TfGraph.builder().device(device).frozen(weights).build();
      long[] dims = new long[in.rank() + 1];
      dims[0] = -1;
      System.arraycopy(in.dims(), 0, dims, 1, in.rank());
      input = graph.placeholder("input", dims);
      output = model.forward(graph, input, in, out);
    }
  }
}
