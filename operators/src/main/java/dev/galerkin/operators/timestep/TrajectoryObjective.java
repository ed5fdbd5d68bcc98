package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.Loss;
import dev.galerkin.operators.training.Objective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.operators.training.TrainingLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Autoregressive training of a time-stepper on trajectories, in the shared {@link TrainingLoop}.
 * Each epoch draws, from {@code (seed, epoch)} alone, {@code windows} random window starts per
 * training trajectory (PDEArena draws one), batches them, and trains the model to map the
 * {@code history} frames of a window (plus the static fields) to the next {@code horizon} frames;
 * {@link Unroll} says how the model's own predictions enter (one-step, pushforward, full unroll).
 * Fields are normalised per channel ({@link TrajectoryCodec}); the loss is on the decoded
 * prediction, the mean over every field's channels of that channel's loss. The validation error is
 * the error of a full rollout: from the first {@code history} frames of each validation trajectory
 * to its last frame, the channel-averaged relative L2 over all predicted frames
 * ({@link RolloutMetrics#rollout}), mean over trajectories and fields.
 *
 * <pre>{@code
 * TrajectoryObjective o = TrajectoryObjective.builder(model, data).trajectories("w")
 *     .history(10).horizon(1).unroll(Unroll.pushforward(1))
 *     .split(StoredSplit.random(n, 0.8, 0.1, seed)).build();
 * TimeStepper stepper = o.train(config, listener, null).stepper();
 * }</pre>
 */
public final class TrajectoryObjective implements Objective {
  private final OperatorModel model;
  private final SampleSource data;
  private final TrajectoryLayout layout;
  private final TrajectoryCodec codec;
  private final Unroll unroll;
  private final Loss loss;
  private final StoredSplit stored;
  private final long[] train;
  private final long[] validation;
  private final int windows;
  private TfGraph graph;
  private Placeholder<TFloat32> x;
  private Placeholder<TFloat32> y;
  private Operand<TFloat32> firstStep;

  private TrajectoryObjective(Builder b) {
    this.model = b.model;
    this.data = b.data;
    this.layout = TrajectoryLayout.of(data, b.trajectories, b.statics, b.history, b.horizon,
        b.gridRank);
    this.unroll = b.unroll;
    this.loss = b.loss;
    this.stored = b.split;
    this.windows = b.windows;
    int needed = layout.history() + layout.horizon() * (unroll.extraApplications() + 1);
    if (needed > layout.frames()) {
      throw new GalerkinException("--unroll " + unroll.label() + " with a window of "
          + layout.history() + " frames and horizon " + layout.horizon() + " needs " + needed
          + " frames, but the trajectories have " + layout.frames() + "; unroll fewer steps");
    }
    var split = b.split.resolve(data.sampleCount());
    this.train = split.train();
    this.validation = split.validation();
    if (train.length == 0 || validation.length == 0) {
      throw new GalerkinException("training needs training and validation trajectories; the split"
          + " has " + train.length + " and " + validation.length);
    }
    this.codec = TrajectoryCodec.fit(data, layout, train);
  }

  /** @return a builder for {@code model} trained on the trajectories of {@code data} */
  public static Builder builder(OperatorModel model, SampleSource data) {
    return new Builder(model, data);
  }

  /** @return the channel layout */
  public TrajectoryLayout layout() {
    return layout;
  }

  /** What a training run produced. */
  public record Result(TimeStepper stepper, List<EpochRecord> history, int bestEpoch) {}

  /** Runs the {@link TrainingLoop}; {@code checkpoint} may be {@code null}. */
  public Result train(TrainingConfig config, TrainingListener listener, java.nio.file.Path checkpoint) {
    TrainingLoop.Result r = TrainingLoop.run(this, config, listener, checkpoint);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("epochs", (long) r.history().size());
    p.put("best_epoch", (long) r.bestEpoch());
    p.put("best_validation_rollout_relative_l2", r.history().get(r.bestEpoch() - 1).validationError());
    p.put("batch_size", (long) config.batchSize());
    p.put("seed", config.seed());
    p.put("loss", loss.label());
    p.put("unroll", unroll.label());
    p.put("windows_per_trajectory", (long) windows);
    p.put("train_samples", (long) train.length);
    p.put("validation_samples", (long) validation.length);
    return new Result(new TimeStepper(model, r.best(), codec, stored, p), r.history(), r.bestEpoch());
  }

  @Override
  public Operand<TFloat32> build(TfGraph g) {
    this.graph = g;
    Ops tf = g.ops();
    Shape in = layout.inputSample();
    Shape out = layout.outputSample(layout.horizon());
    int steps = unroll.mode() == Unroll.Mode.FULL ? unroll.steps() : 1;
    int per = layout.horizon() * layout.frameChannels();
    x = g.placeholder("input", dev.galerkin.operators.tf.Shapes.batched(in));
    y = g.placeholder("target", dev.galerkin.operators.tf.Shapes.batched(layout.outputSample(steps * layout.horizon())));
    firstStep = model.forward(g, x, in, out);
    Operand<TFloat32> total = stepLoss(tf, firstStep, lastAxis(tf, y, 0, per));
    Operand<TFloat32> window = x;
    Operand<TFloat32> z = firstStep;
    for (int i = 1; i < steps; i++) {
      Operand<TFloat32> next = nextWindow(tf, window, z);
      window = next;
      z = g.sharingVariables(() -> model.forward(g, next, in, out));
      total = tf.math.add(total, stepLoss(tf, z, lastAxis(tf, y, i * per, per)));
    }
    return steps == 1 ? total : tf.math.div(total, tf.constant((float) steps));
  }

  /** The window after one model step: the oldest {@code horizon} frames out, {@code z} in. */
  private Operand<TFloat32> nextWindow(Ops tf, Operand<TFloat32> window, Operand<TFloat32> z) {
    int fc = layout.frameChannels();
    int h = layout.history();
    int k = layout.horizon();
    // the axis as a non-negative int32: the C++ gradient of ConcatV2 mixes int32 and int64 for -1
    Operand<org.tensorflow.types.TInt32> axis = tf.constant(layout.grid().length + 1);
    Operand<TFloat32> frames = k >= h ? lastAxis(tf, z, (k - h) * fc, h * fc)
        : tf.concat(List.of(lastAxis(tf, window, k * fc, (h - k) * fc), z), axis);
    if (layout.staticChannels() == 0) {
      return frames;
    }
    return tf.concat(List.of(frames, lastAxis(tf, window, h * fc, layout.staticChannels())), axis);
  }

  /** The loss of one step's normalised output against its physical target, mean over channels. */
  private Operand<TFloat32> stepLoss(Ops tf, Operand<TFloat32> z, Operand<TFloat32> target) {
    int fc = layout.frameChannels();
    int k = layout.horizon();
    float[][] affine = codec.affine(k);
    org.tensorflow.ndarray.Shape s = org.tensorflow.ndarray.Shape.of(k * fc);
    Operand<TFloat32> decoded = tf.math.add(tf.math.mul(z, tf.constant(s, DataBuffers.of(affine[0],
        true, false))), tf.constant(s, DataBuffers.of(affine[1], true, false)));
    long[] split = new long[layout.grid().length + 3];
    split[0] = -1;
    System.arraycopy(layout.grid(), 0, split, 1, layout.grid().length);
    split[split.length - 2] = k;
    split[split.length - 1] = fc;
    Operand<TFloat32> p = tf.reshape(decoded, tf.constant(split));
    Operand<TFloat32> t = tf.reshape(target, tf.constant(split));
    Operand<TFloat32> sum = null;
    for (int c = 0; c < fc; c++) {
      Operand<TFloat32> l = loss.build(tf, lastAxis(tf, p, c, 1), lastAxis(tf, t, c, 1),
          layout.grid().length);
      sum = sum == null ? l : tf.math.add(sum, l);
    }
    return fc == 1 ? sum : tf.math.div(sum, tf.constant((float) fc));
  }

  /** Entries {@code [at, at + n)} of the last axis. */
  static Operand<TFloat32> lastAxis(Ops tf, Operand<TFloat32> v, int at, int n) {
    int rank = v.shape().numDimensions();
    int[] begin = new int[rank];          // int32: Slice's gradient needs int32 begin and size
    int[] size = new int[rank];
    Arrays.fill(size, -1);
    begin[rank - 1] = at;
    size[rank - 1] = n;
    return tf.slice(v, tf.constant(begin), tf.constant(size));
  }

  @Override
  public long stepsPerEpoch(int batchSize) {
    return ((long) train.length * windows + batchSize - 1) / batchSize;
  }

  @Override
  public Steps steps(int epoch, int batchSize, long seed) {
    SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    long[] order = new long[train.length * windows];
    for (int i = 0; i < order.length; i++) {
      order[i] = train[i % train.length];
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      long t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return new Steps() {
      private int at;

      @Override
      public boolean hasNext() {
        return at < order.length;
      }

      @Override
      public Step next() {
        long[] idx = Arrays.copyOfRange(order, at, Math.min(order.length, at + batchSize));
        at += idx.length;
        return step(idx, rng);
      }

      @Override
      public void close() {}
    };
  }

  private Step step(long[] idx, SplittableRandom rng) {
    int h = layout.history();
    int k = layout.horizon();
    boolean full = unroll.mode() == Unroll.Mode.FULL;
    int extra = unroll.mode() == Unroll.Mode.PUSHFORWARD ? rng.nextInt(unroll.steps() + 1) : 0;
    int targetFrames = full ? unroll.steps() * k : k;
    int latest = layout.frames() - h - extra * k - targetFrames;
    int[] start = new int[idx.length];
    for (int i = 0; i < start.length; i++) {
      start[i] = rng.nextInt(latest + 1);
    }
    Map<String, FloatArray> raw = gather(layout.trajectories(), idx);
    Map<String, FloatArray> enc = codec.encode(raw, layout.trajectories());
    Map<String, FloatArray> statics = layout.statics().isEmpty() ? null
        : codec.encode(gather(layout.statics(), idx), layout.statics());
    FloatArray window = layout.window(enc, statics, start, h);
    if (extra > 0) {
      Map<String, FloatArray> initial = layout.unstack(layout.window(enc, null, start, h), h);
      Rollout.Result r = Rollout.run(layout, initial, statics, extra * k, this::predictEncoded);
      if (r.divergence().isPresent()) {
        throw new GalerkinException("pushforward training: " + r.divergence().get()
            + "; lower the learning rate or train one-step first");
      }
      int[] last = new int[idx.length];
      Arrays.fill(last, extra * k);
      window = layout.window(TrajectoryLayout.concatFrames(initial, r.frames()), statics, last, h);
    }
    int[] targetStart = start.clone();
    for (int i = 0; i < targetStart.length; i++) {
      targetStart[i] += h + extra * k;
    }
    FloatArray target = layout.window(raw, null, targetStart, targetFrames);
    return new Step(Map.of(x, window, y, target), idx.length);
  }

  private FloatArray predictEncoded(FloatArray window) {
    return graph.eval(firstStep, Map.of(x, window));
  }

  private Map<String, FloatArray> gather(List<String> fields, long[] idx) {
    Map<String, FloatArray> m = new LinkedHashMap<>();
    for (String f : fields) {
      m.put(f, data.gather(f, idx));
    }
    return m;
  }

  @Override
  public double validate(int batchSize) {
    int h = layout.history();
    int frames = layout.frames() - h;
    double sum = 0;
    for (int i = 0; i < validation.length; i += batchSize) {
      long[] idx = Arrays.copyOfRange(validation, i, Math.min(validation.length, i + batchSize));
      Map<String, FloatArray> raw = gather(layout.trajectories(), idx);
      Map<String, FloatArray> enc = codec.encode(raw, layout.trajectories());
      Map<String, FloatArray> initial = new LinkedHashMap<>();
      enc.forEach((f, a) -> initial.put(f, Rollout.frames(a, 0, h)));
      Map<String, FloatArray> statics = layout.statics().isEmpty() ? null
          : codec.encode(gather(layout.statics(), idx), layout.statics());
      Rollout.Result r = Rollout.run(layout, initial, statics, frames, this::predictEncoded);
      if (r.divergence().isPresent()) {
        return Double.POSITIVE_INFINITY;
      }
      Map<String, FloatArray> pred = codec.decode(r.frames());
      for (int f = 0; f < layout.trajectories().size(); f++) {
        String name = layout.trajectories().get(f);
        for (double e : RolloutMetrics.rollout(pred.get(name), Rollout.frames(raw.get(name), h,
            frames), layout.channels()[f])) {
          sum += e;
        }
      }
    }
    return sum / validation.length / layout.trajectories().size();
  }

  @Override
  public String lossName() {
    return loss.label();
  }

  @Override
  public String modelType() {
    return model.type();
  }

  @Override
  public String architectureJson() {
    return model.architectureJson();
  }

  @Override
  public Map<String, Normaliser> normalisers() {
    return codec.normalisers();
  }

  /** Collects the fields, window, unrolling, split and loss of a {@link TrajectoryObjective}. */
  public static final class Builder {
    private final OperatorModel model;
    private final SampleSource data;
    private List<String> trajectories = List.of();
    private List<String> statics = List.of();
    private int history = 1;
    private int horizon = 1;
    private int gridRank = 2;
    private int windows = 1;
    private Unroll unroll = Unroll.oneStep();
    private Loss loss = Loss.RELATIVE_L2;
    private StoredSplit split;

    private Builder(OperatorModel model, SampleSource data) {
      if (model == null || data == null) {
        throw new GalerkinException("training: model and data must not be null");
      }
      this.model = model;
      this.data = data;
    }

    /** @param fields trajectory fields {@code [T, ...grid(, C)]}, in channel order @return this */
    public Builder trajectories(String... fields) {
      this.trajectories = List.of(fields);
      return this;
    }

    /** @param fields trajectory fields, in channel order @return this */
    public Builder trajectories(List<String> fields) {
      this.trajectories = List.copyOf(fields);
      return this;
    }

    /** @param fields static fields {@code [...grid(, C)]} appended to every window @return this */
    public Builder statics(List<String> fields) {
      this.statics = List.copyOf(fields);
      return this;
    }

    /** @param frames frames in the input window (default 1) @return this */
    public Builder history(int frames) {
      this.history = frames;
      return this;
    }

    /** @param frames frames predicted per model application (default 1) @return this */
    public Builder horizon(int frames) {
      this.horizon = frames;
      return this;
    }

    /** @param d spatial dimensions of the grid (default 2) @return this */
    public Builder gridRank(int d) {
      this.gridRank = d;
      return this;
    }

    /** @param n random windows per training trajectory and epoch (default 1) @return this */
    public Builder windows(int n) {
      if (n < 1) {
        throw new GalerkinException("--windows must be >= 1, got " + n);
      }
      this.windows = n;
      return this;
    }

    /** @param u how predictions enter training (default one-step) @return this */
    public Builder unroll(Unroll u) {
      this.unroll = u;
      return this;
    }

    /** @param l the per-step loss (default relative L2) @return this */
    public Builder loss(Loss l) {
      this.loss = l;
      return this;
    }

    /** @param s which trajectories train and validate @return this */
    public Builder split(StoredSplit s) {
      this.split = s;
      return this;
    }

    /** @return the objective, normalisers fitted on the training trajectories */
    public TrajectoryObjective build() {
      if (split == null) {
        throw new GalerkinException("training: a split is required");
      }
      return new TrajectoryObjective(this);
    }
  }
}
