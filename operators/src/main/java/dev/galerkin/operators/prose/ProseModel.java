package dev.galerkin.operators.prose;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.tf.TfGraph;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A trained PROSE network (Liu, Zhang, Schaeffer, Neural Networks 2024) ready for use: give it the
 * first {@code p} points of trajectories ({@code [B, p, d]}, state units, at the dataset's input
 * times) and a symbolic guess of each equation (token ids {@code [B, L]}), and it
 * {@link #predict predicts} the trajectories at any query times within the trained horizon and
 * {@link #writeEquations writes} the equations it believes in, as token ids (the dataset's
 * vocabulary, {@code solvers.ode.symbolic.EquationTokens}, decodes them).
 *
 * <p>Query times outside {@code [t_0, T]} (the trained horizon) are refused: the time encoding
 * was never trained there, and a transformer's extrapolation in time is not a prediction.
 *
 * <p>Stored as a Galerkin model file ({@link ModelFile}, {@code model_type = prose}, the
 * architecture JSON holding the network's sizes and the dataset's times).
 */
public final class ProseModel implements AutoCloseable {
  /** The model type in model files. */
  public static final String TYPE = "prose";
  private static final int CHUNK = 32;

  /**
   * What a model file stores as its architecture.
   *
   * @param network the sizes
   * @param times the dataset's time coordinate: {@code p} input times, then the continuation's
   */
  public record Architecture(ProseConfig network, double[] times) {}

  private final Architecture architecture;
  private final Map<String, float[]> weights;
  private final Map<String, Object> provenance;
  private final TfGraph graph;
  private final ProseNetwork network;

  /**
   * @param architecture sizes and times
   * @param weights every variable by name, as training left them
   * @param provenance what a model file records of the training
   */
  public ProseModel(Architecture architecture, Map<String, float[]> weights,
      Map<String, Object> provenance) {
    this.architecture = architecture;
    this.weights = Map.copyOf(weights);
    this.provenance = new LinkedHashMap<>(provenance);
    this.graph = TfGraph.builder().seed(0).threads(Runtime.getRuntime().availableProcessors())
        .frozen(this.weights).build(); // weights as constants: inference only
    try {
      this.network = ProseNetwork.build(graph, architecture.network(), pointUnits(
          java.util.Arrays.copyOf(architecture.times(), architecture.network().inputPoints())));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** @return times in point units: {@code (t − t_0)(P − 1)/(T − t_0)} of the stored times */
  double[] pointUnits(double[] t) {
    double[] all = architecture.times();
    double unit = (all.length - 1) / (all[all.length - 1] - all[0]);
    double[] s = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      s[i] = (t[i] - all[0]) * unit;
    }
    return s;
  }

  /** @return the sizes */
  public ProseConfig config() {
    return architecture.network();
  }

  /** @return the input times ({@code p} of them) */
  public double[] inputTimes() {
    return java.util.Arrays.copyOf(architecture.times(), config().inputPoints());
  }

  /** @return the continuation's times the model was trained on */
  public double[] outputTimes() {
    double[] t = architecture.times();
    return java.util.Arrays.copyOfRange(t, config().inputPoints(), t.length);
  }

  /** @return the training provenance (mutable, saved with the model) */
  public Map<String, Object> provenance() {
    return provenance;
  }

  /**
   * @param inputs input trajectories {@code [B, p, d]} in state units, row-major
   * @param symbols symbol guesses {@code [B, L]} as token ids (any ids for a data-only model)
   * @param queryTimes the times to predict at, within the trained horizon
   * @return the predicted states {@code [B, Q, d]} in state units
   */
  public FloatArray predict(float[] inputs, int[] symbols, double[] queryTimes) {
    int b = batch(inputs, symbols);
    double[] all = architecture.times();
    double lo = all[0];
    double hi = all[all.length - 1];
    float[] s = new float[queryTimes.length];
    double[] units = pointUnits(queryTimes);
    for (int i = 0; i < queryTimes.length; i++) {
      double t = queryTimes[i];
      if (!(t >= lo - 1e-9 * (hi - lo) && t <= hi + 1e-9 * (hi - lo))) {
        throw new GalerkinException("PROSE: query time " + t + " (number " + i + ") is outside"
            + " the trained horizon [" + lo + ", " + hi + "]; ask for times within it (the model"
            + " does not extrapolate in time)");
      }
      s[i] = (float) units[i];
    }
    int p = config().inputPoints();
    int d = config().dimension();
    int l = config().tokens();
    int q = queryTimes.length;
    float[] out = new float[b * q * d];
    for (int from = 0; from < b; from += CHUNK) {
      int n = Math.min(CHUNK, b - from);
      float[] in = java.util.Arrays.copyOfRange(inputs, from * p * d, (from + n) * p * d);
      TrajectoryScale scale = TrajectoryScale.of(in, p, d);
      Map<Placeholder<TFloat32>, FloatArray> feed = new LinkedHashMap<>();
      feed.put(network.data, FloatArray.wrap(Shape.of(n, p, d), scale.normalise(in)));
      feed.put(network.symbols, FloatArray.wrap(Shape.of(n, l), ProseData.floats(
          java.util.Arrays.copyOfRange(symbols, from * l, (from + n) * l))));
      feed.put(network.queryTimes, FloatArray.wrap(Shape.of(q), s));
      float[] y = scale.restore(graph.eval(network.trajectory, feed).toArray());
      System.arraycopy(y, 0, out, from * q * d, y.length);
    }
    return FloatArray.wrap(Shape.of(b, q, d), out);
  }

  /**
   * Writes the equations greedily ({@link ProseNetwork#decode}).
   *
   * @param inputs input trajectories {@code [B, p, d]} in state units
   * @param symbols symbol guesses {@code [B, L]}
   * @return the written token ids {@code [B][L]}, from {@code <bos>}, zero after {@code <eos>}
   */
  public int[][] writeEquations(float[] inputs, int[] symbols) {
    int b = batch(inputs, symbols);
    int p = config().inputPoints();
    int d = config().dimension();
    int l = config().tokens();
    int[][] out = new int[b][];
    for (int from = 0; from < b; from += CHUNK) {
      int n = Math.min(CHUNK, b - from);
      float[] in = java.util.Arrays.copyOfRange(inputs, from * p * d, (from + n) * p * d);
      int[][] w = network.decode(FloatArray.wrap(Shape.of(n, p, d),
          TrajectoryScale.of(in, p, d).normalise(in)),
          FloatArray.wrap(Shape.of(n, l), ProseData.floats(
              java.util.Arrays.copyOfRange(symbols, from * l, (from + n) * l))));
      System.arraycopy(w, 0, out, from, n);
    }
    return out;
  }

  private int batch(float[] inputs, int[] symbols) {
    int p = config().inputPoints();
    int d = config().dimension();
    int l = config().tokens();
    if (inputs.length == 0 || inputs.length % (p * d) != 0) {
      throw new GalerkinException("PROSE: the input holds " + inputs.length + " values, not a"
          + " multiple of p·d = " + p + "·" + d + "; give [B, " + p + ", " + d + "] trajectories"
          + " (" + d + " state variables, zero-padded)");
    }
    int b = inputs.length / (p * d);
    if (symbols.length != b * l) {
      throw new GalerkinException("PROSE: " + symbols.length + " symbol ids for " + b
          + " trajectories; give [B, " + l + "] token ids");
    }
    for (int i = 0; i < inputs.length; i++) {
      if (!Float.isFinite(inputs[i])) {
        throw new GalerkinException("PROSE: input value " + inputs[i] + " at trajectory "
            + i / (p * d) + ", point " + (i / d) % p + ", state " + i % d + "; give finite values");
      }
    }
    for (int i = 0; i < symbols.length; i++) {
      if (symbols[i] < 0 || symbols[i] >= config().vocabulary()) {
        throw new GalerkinException("PROSE: symbol token id " + symbols[i] + " at trajectory "
            + i / l + ", position " + i % l + " is outside the vocabulary [0, "
            + config().vocabulary() + ")");
      }
    }
    return b;
  }

  /** Writes the model file (temporary file, then rename). */
  public void save(Path file, boolean overwrite) {
    Map<String, FloatArray> w = new LinkedHashMap<>();
    for (String name : graph.variableNames()) {
      float[] v = weights.get(name);
      w.put(name, FloatArray.wrap(graph.variable(name).shape(), v));
    }
    ModelFile.write(new ModelCheckpoint(TYPE, ConfigJson.write(architecture), w, Map.of(),
        provenance, Map.of()), file, overwrite);
  }

  /** @return the model in {@code file}; fails in one line when it is not a PROSE model */
  public static ProseModel load(Path file) {
    ModelCheckpoint c = ModelFile.read(file);
    if (!TYPE.equals(c.modelType())) {
      throw new GalerkinException(file + " holds a " + c.modelType() + " model, not a PROSE one");
    }
    Architecture a = ConfigJson.read(c.architectureJson(), Architecture.class, TYPE);
    if (a.network() == null || a.times() == null) {
      throw new GalerkinException(file + ": the PROSE architecture lacks its sizes or times");
    }
    Map<String, float[]> w = new LinkedHashMap<>();
    c.weights().forEach((k, v) -> w.put(k, v.toArray()));
    return new ProseModel(a, w, c.provenance());
  }

  @Override
  public void close() {
    graph.close();
  }
}
