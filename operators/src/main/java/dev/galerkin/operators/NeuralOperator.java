package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.Device;
import dev.galerkin.operators.tf.TfGraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A trained operator: predicts the output field from the input field in physical units, saves to
 * and loads from one HDF5 model file. Normalisation happens inside: inputs are encoded, outputs
 * decoded, with the normalisers fitted on the training split.
 *
 * <pre>{@code
 * try (NeuralOperator op = NeuralOperator.load(Path.of("fno.h5"))) {
 *   FloatArray u = op.predict(a);   // a: [B, 85, 85] -> u: [B, 85, 85]
 * }
 * }</pre>
 *
 * <p>A {@code NeuralOperator} holds TensorFlow graphs (one per input shape seen); close it.
 */
public final class NeuralOperator implements AutoCloseable {
  private static final int PREDICT_BATCH = 32;
  private final OperatorModel model;
  private final Map<String, float[]> weights;
  private final String inputField;
  private final String outputField;
  private final Normaliser inputNormaliser;
  private final Normaliser outputNormaliser;
  private final Shape inputSample;
  private final Shape outputSample;
  private final Map<String, Object> provenance;
  private final Map<Shape, Predictor> predictors = new HashMap<>();
  private Device device = Device.CPU;

  /**
   * @param model the architecture
   * @param weights every variable's values by name, not copied
   * @param inputField name of the input field, for example {@code a}
   * @param outputField name of the output field, for example {@code u}
   * @param inputNormaliser fitted on the training inputs
   * @param outputNormaliser fitted on the training outputs
   * @param inputSample shape of one training input sample
   * @param outputSample shape of one training output sample
   * @param provenance training provenance stored with the model
   */
  public NeuralOperator(OperatorModel model, Map<String, float[]> weights, String inputField,
      String outputField, Normaliser inputNormaliser, Normaliser outputNormaliser,
      Shape inputSample, Shape outputSample, Map<String, Object> provenance) {
    this.model = model;
    this.weights = weights;
    this.inputField = inputField;
    this.outputField = outputField;
    this.inputNormaliser = inputNormaliser;
    this.outputNormaliser = outputNormaliser;
    this.inputSample = inputSample;
    this.outputSample = outputSample;
    this.provenance = new LinkedHashMap<>(provenance);
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

  /** @return the input field name */
  public String inputField() {
    return inputField;
  }

  /** @return the output field name */
  public String outputField() {
    return outputField;
  }

  /** @return the shape of one training input sample */
  public Shape inputSample() {
    return inputSample;
  }

  /** @return the shape of one training output sample */
  public Shape outputSample() {
    return outputSample;
  }

  /** @return the training provenance */
  public Map<String, Object> provenance() {
    return provenance;
  }

  /** @return the number of trainable parameters */
  public long parameterCount() {
    return weights.values().stream().mapToLong(w -> w.length).sum();
  }

  /**
   * Predicts the output for a batch of inputs.
   *
   * @param input shape {@code [B, ...inputSample]} in physical units; another grid than the
   *     training one only when {@link OperatorModel#resolutionIndependent()}
   * @return shape {@code [B, ...outputSample]} (on the input's grid), physical units
   */
  public FloatArray predict(NdArray input) {
    Shape in = input.shape().sampleShape();
    if (!in.equals(inputSample) && !model.resolutionIndependent()) {
      throw new GalerkinException(model.type() + " was trained on inputs of shape " + inputSample
          + " and cannot evaluate inputs of shape " + in + " (it is not resolution-independent)");
    }
    if (in.rank() != inputSample.rank()) {
      throw new GalerkinException("input samples have shape " + in + " but the model was trained on "
          + inputSample + " (rank " + inputSample.rank() + ")");
    }
    Shape out = outputShapeFor(in);
    Predictor p = predictors.computeIfAbsent(in, s -> new Predictor(s, out));
    FloatArray encoded = Normalisation.encode(inputNormaliser, input);
    long n = input.sampleCount();
    int per = Math.toIntExact(out.size());
    float[] result = new float[Math.toIntExact(n * per)];
    for (long i = 0; i < n; i += PREDICT_BATCH) {
      long j = Math.min(n, i + PREDICT_BATCH);
      FloatArray z = p.graph.eval(p.output, Map.of(p.input, encoded.samples(i, j)));
      System.arraycopy(z.data(), z.offset(), result, Math.toIntExact(i * per), z.size());
    }
    return Normalisation.decode(outputNormaliser, FloatArray.wrap(out.prepend(n), result));
  }

  private Shape outputShapeFor(Shape in) {
    if (in.equals(inputSample)) {
      return outputSample;
    }
    long[] o = outputSample.dims();
    long[] i = in.dims();
    long[] t = inputSample.dims();
    for (int a = 0; a < o.length; a++) {
      for (int b = 0; b < t.length; b++) {
        if (o.length - a == t.length - b && o[a] == t[b]) {
          o[a] = i[b];
        }
      }
    }
    return Shape.of(o);
  }

  /** @return the model as a checkpoint: architecture, weights, normalisers, provenance */
  public ModelCheckpoint checkpoint() {
    Map<String, FloatArray> w = new LinkedHashMap<>();
    weights.forEach((k, v) -> w.put(k, FloatArray.wrap(Shape.of(v.length), v)));
    Map<String, Object> prov = new LinkedHashMap<>(provenance);
    prov.put("input_field", inputField);
    prov.put("output_field", outputField);
    prov.put("input_sample_shape", inputSample.dims());
    prov.put("output_sample_shape", outputSample.dims());
    return new ModelCheckpoint(model.type(), model.architectureJson(), w,
        Map.of(inputField, inputNormaliser, outputField, outputNormaliser), prov, Map.of());
  }

  /** Saves the model to one HDF5 file (atomically). */
  public void save(Path file, boolean overwrite) {
    ModelFile.write(checkpoint(), file, overwrite);
  }

  /** @return the model saved in {@code file} */
  public static NeuralOperator load(Path file) {
    ModelCheckpoint c = ModelFile.read(file);
    Map<String, Object> p = new LinkedHashMap<>(c.provenance());
    String in = (String) p.remove("input_field");
    String out = (String) p.remove("output_field");
    long[] inShape = (long[]) p.remove("input_sample_shape");
    long[] outShape = (long[]) p.remove("output_sample_shape");
    if (in == null || out == null || inShape == null || outShape == null) {
      throw new GalerkinException(file + " lacks the input/output description of a trained operator;"
          + " it was not written by galerkin train");
    }
    Map<String, float[]> w = new LinkedHashMap<>();
    c.weights().forEach((k, v) -> w.put(k, v.toArray()));
    return new NeuralOperator(ModelRegistry.create(c.modelType(), c.architectureJson()), w, in, out,
        c.normalisers().get(in), c.normalisers().get(out), Shape.of(inShape), Shape.of(outShape), p);
  }

  @Override
  public void close() {
    predictors.values().forEach(p -> p.graph.close());
    predictors.clear();
  }

  /** A graph built for one input sample shape, with the weights loaded. */
  private final class Predictor {
    final TfGraph graph;
    final Placeholder<TFloat32> input;
    final Operand<TFloat32> output;

    Predictor(Shape in, Shape out) {
      graph = TfGraph.builder().device(device).build();
      long[] dims = new long[in.rank() + 1];
      dims[0] = -1;
      System.arraycopy(in.dims(), 0, dims, 1, in.rank());
      input = graph.placeholder("input", dims);
      output = model.forward(graph, input, in, out);
      List<String> names = graph.variableNames();
      Map<String, float[]> values = new LinkedHashMap<>();
      for (String name : names) {
        float[] v = weights.get(name);
        if (v == null) {
          throw new GalerkinException("the model file has no weight '" + name + "' that the "
              + model.type() + " architecture needs; the file is damaged or from another version");
        }
        values.put(name, v);
      }
      graph.writeAll(values);
    }
  }
}
