package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.tf.TfGraph;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A trained time-stepper: rolls trajectories out from their first {@code history} frames, in
 * physical units, and saves to and loads from one HDF5 model file (its provenance says
 * {@code task = time-stepper} with the {@link TrajectoryLayout}).
 *
 * <pre>{@code
 * try (TimeStepper s = TimeStepper.load(Path.of("unet.h5"))) {
 *   Rollout.Result r = s.rollout(Map.of("w", w), Map.of(), 40);   // w: [B, >= history, 64, 64]
 *   FloatArray predicted = r.frames().get("w");                    // [B, 40, 64, 64]
 * }
 * }</pre>
 *
 * <p>Holds one TensorFlow graph once it has predicted; close it.
 */
public final class TimeStepper implements AutoCloseable {
  /** The provenance value of {@code task} that marks a time-stepper's model file. */
  public static final String TASK = "time-stepper";
  private static final int PREDICT_BATCH = 16;
  private final OperatorModel model;
  private final Map<String, float[]> weights;
  private final TrajectoryCodec codec;
  private final StoredSplit split;
  private final Map<String, Object> provenance;
  private TfGraph graph;
  private Placeholder<TFloat32> input;
  private Operand<TFloat32> output;

  /**
   * @param model the architecture
   * @param weights every variable's values by name, not copied
   * @param codec the layout and the fields' normalisers
   * @param split the split it was trained with, or {@code null}
   * @param provenance training provenance
   */
  public TimeStepper(OperatorModel model, Map<String, float[]> weights, TrajectoryCodec codec,
      StoredSplit split, Map<String, Object> provenance) {
    this.model = model;
    this.weights = weights;
    this.codec = codec;
    this.split = split;
    this.provenance = new LinkedHashMap<>(provenance);
  }

  /** @return the architecture */
  public OperatorModel model() {
    return model;
  }

  /** @return the fields, window and horizon */
  public TrajectoryLayout layout() {
    return codec.layout();
  }

  /** @return the split it was trained with, when recorded */
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
   * Rolls out {@code frames} frames after the first {@code history} frames of each trajectory.
   *
   * @param trajectories trajectory field → {@code [B, T', ...grid(, C)]}, {@code T' >= history};
   *     only the first {@code history} frames are read
   * @param statics static field → {@code [B, ...grid(, C)]} (empty map when the model has none)
   * @param frames frames to predict, {@code >= 1}
   * @return the predicted frames {@code [B, frames, ...]} in physical units, or fewer with the
   *     sample and step where the rollout diverged
   */
  public Rollout.Result rollout(Map<String, ? extends NdArray> trajectories,
      Map<String, ? extends NdArray> statics, int frames) {
    TrajectoryLayout l = layout();
    if (frames < 1) {
      throw new GalerkinException("a rollout needs at least one frame, got " + frames);
    }
    Map<String, FloatArray> initial = new LinkedHashMap<>();
    for (String f : l.trajectories()) {
      NdArray a = trajectories.get(f);
      if (a == null) {
        throw new GalerkinException("field '" + f + "' is missing; the time-stepper rolls out "
            + l.trajectories() + (l.statics().isEmpty() ? "" : " with " + l.statics()));
      }
      long[] want = l.trajectorySample(l.trajectories().indexOf(f), l.history());
      long[] got = a.shape().sampleShape().dims();
      if (got.length != want.length || got[0] < l.history()
          || !Arrays.equals(Arrays.copyOfRange(got, 1, got.length),
              Arrays.copyOfRange(want, 1, want.length))) {
        throw new GalerkinException("field '" + f + "' has samples " + a.shape().sampleShape()
            + "; the time-stepper needs [" + l.history() + "+ frames, " + Arrays.toString(
                Arrays.copyOfRange(want, 1, want.length)).replaceAll("[\\[\\]]", "") + "]");
      }
      initial.put(f, Rollout.frames(a.toFloat(), 0, l.history()));
    }
    Map<String, FloatArray> enc = codec.encode(initial, l.trajectories());
    Map<String, FloatArray> st = l.statics().isEmpty() ? null : codec.encode(statics, l.statics());
    ensureGraph();
    Rollout.Result r = Rollout.run(l, enc, st, frames, this::predictEncoded);
    return new Rollout.Result(codec.decode(r.frames()), r.divergence());
  }

  private FloatArray predictEncoded(FloatArray window) {
    long n = window.sampleCount();
    FloatArray first = null;
    float[] all = null;
    int per = 0;
    for (long i = 0; i < n; i += PREDICT_BATCH) {
      FloatArray z = graph.eval(output, Map.of(input, window.samples(i, Math.min(n, i + PREDICT_BATCH))));
      if (first == null) {
        first = z;
        per = (int) (z.size() / z.sampleCount());
        all = new float[(int) n * per];
      }
      System.arraycopy(z.data(), z.offset(), all, (int) i * per, z.size());
    }
    return FloatArray.wrap(first.shape().withSamples(n), all);
  }

  private void ensureGraph() {
    if (graph != null) {
      return;
    }
    TrajectoryLayout l = layout();
    graph = TfGraph.builder().frozen(weights).build(); // weights as constants: inference only
    Shape in = l.inputSample();
    long[] dims = new long[in.rank() + 1];
    dims[0] = -1;
    System.arraycopy(in.dims(), 0, dims, 1, in.rank());
    input = graph.placeholder("input", dims);
    output = model.forward(graph, input, in, l.outputSample(l.horizon()));
  }

  /** Saves to one HDF5 file, atomically. */
  public void save(Path file, boolean overwrite) {
    TrajectoryLayout l = layout();
    Map<String, FloatArray> w = new LinkedHashMap<>();
    weights.forEach((k, v) -> w.put(k, FloatArray.wrap(Shape.of(v.length), v)));
    Map<String, Object> p = new LinkedHashMap<>(provenance);
    p.put("task", TASK);
    p.put("trajectory_fields", String.join(",", l.trajectories()));
    p.put("static_fields", String.join(",", l.statics()));
    p.put("history", (long) l.history());
    p.put("horizon", (long) l.horizon());
    p.put("frames", (long) l.frames());
    p.put("grid_shape", l.grid());
    p.put("field_channels", Arrays.stream(l.channels()).asLongStream().toArray());
    if (split != null) {
      split.putInto(p);
    }
    ModelFile.write(new ModelCheckpoint(model.type(), model.architectureJson(), w,
        codec.normalisers(), p, Map.of()), file, overwrite);
  }

  /** @return whether {@code file} holds a time-stepper rather than a field-to-field operator */
  public static boolean isTimeStepper(ModelCheckpoint c) {
    return TASK.equals(c.provenance().get("task"));
  }

  /** @return the time-stepper saved in {@code file} */
  public static TimeStepper load(Path file) {
    ModelCheckpoint c = ModelFile.read(file);
    if (!isTimeStepper(c)) {
      throw new GalerkinException(file + " holds a field-to-field operator, not a time-stepper;"
          + " load it with NeuralOperator.load");
    }
    Map<String, Object> p = new LinkedHashMap<>(c.provenance());
    p.remove("task");
    try {
      TrajectoryLayout l = new TrajectoryLayout(names(p.remove("trajectory_fields")),
          names(p.remove("static_fields")), Math.toIntExact((Long) p.remove("history")),
          Math.toIntExact((Long) p.remove("horizon")), Math.toIntExact((Long) p.remove("frames")),
          (long[]) p.remove("grid_shape"),
          Arrays.stream((long[]) p.remove("field_channels")).mapToInt(Math::toIntExact).toArray());
      StoredSplit split = StoredSplit.takeFrom(p).orElse(null);
      Map<String, float[]> w = new LinkedHashMap<>();
      c.weights().forEach((k, v) -> w.put(k, v.toArray()));
      return new TimeStepper(ModelFamilies.create(c.modelType(), c.architectureJson()), w,
          new TrajectoryCodec(l, c.normalisers()), split, p);
    } catch (ClassCastException | NullPointerException e) {
      throw new GalerkinException(file + " lacks the trajectory layout of a time-stepper; the file"
          + " is damaged or was not written by galerkin train", e);
    }
  }

  private static List<String> names(Object joined) {
    String s = (String) joined;
    return s.isEmpty() ? List.of() : List.of(s.split(","));
  }

  @Override
  public void close() {
    if (graph != null) {
      graph.close();
      graph = null;
    }
  }
}
