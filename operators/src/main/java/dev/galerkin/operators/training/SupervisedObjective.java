package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Batch;
import dev.galerkin.data.batch.BatchIterator;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.FieldCodec;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Field-to-field supervised learning, the recipe of the FNO reference code (Li et al. 2021):
 * input and output fields normalised with statistics of the training split (each field on its
 * own), the loss ({@link Loss}, relative L2 by default) taken on the <em>decoded</em> output
 * against the raw target, batches reshuffled every epoch from {@code (seed, epoch)}, and the
 * validation error the mean per-sample relative L2 error in physical units. With several output
 * fields, loss and validation error are the mean over the fields of each field's own error, so a
 * field of large magnitude does not drown a small one. With a {@linkplain Builder#mask mask}, both
 * are taken inside it (the multi-task DeepONet on several geometries, Kumar et al. 2024).
 *
 * <pre>{@code
 * SupervisedObjective o = SupervisedObjective.builder(model, data).inputs("a").outputs("u")
 *     .split(StoredSplit.random(n, 0.8, 0.1, seed)).loss(Loss.RELATIVE_L2).build();
 * NeuralOperator op = o.train(config, listener, checkpointOrNull).operator();
 * }</pre>
 */
public final class SupervisedObjective implements Objective {
  private final OperatorModel model;
  private final SampleSource data;
  private final FieldCodec inputs;
  private final FieldCodec outputs;
  private final StoredSplit stored;
  private final long[] train;
  private final long[] validation;
  private final Loss loss;
  private final WarmStart start;
  private final dev.galerkin.operators.OutputMask mask;
  private TfGraph graph;
  private Placeholder<TFloat32> maskInput;
  private Placeholder<TFloat32> x;
  private Placeholder<TFloat32> y;
  private Operand<TFloat32> prediction;

  private SupervisedObjective(Builder b) {
    this.model = b.model;
    this.mask = checkedMask(b);
    this.data = mask == null ? b.data : mask.view(b.data, b.outputs);
    this.stored = b.split;
    this.loss = b.loss;
    if (b.inputs.isEmpty() || b.outputs.isEmpty()) {
      throw new GalerkinException("training needs at least one input and one output field");
    }
    var split = b.split.resolve(data.sampleCount());
    this.train = split.train();
    this.validation = split.validation();
    if (train.length == 0 || validation.length == 0) {
      throw new GalerkinException("training needs training and validation samples; the split has "
          + train.length + " and " + validation.length);
    }
    this.start = b.start;
    if (b.init != null) {
      this.inputs = initialCodec(b.init.inputs(), b.inputs, "input", b.start.source());
      this.outputs = initialCodec(b.init.outputs(), b.outputs, "output", b.start.source());
      return;
    }
    Normalisation.Kind kind = b.normalisation != null ? b.normalisation
        : model.resolutionIndependent() ? Normalisation.Kind.GLOBAL : Normalisation.Kind.POINTWISE;
    FieldCodec in = FieldCodec.fit(data, b.inputs, train, kind, model.flattensInput());
    this.inputs = mask == null ? in : in.withIdentity(mask.field());   // a mask stays 0/1
    this.outputs = FieldCodec.fit(data, b.outputs, train, kind);
  }

  /** The mask checked on the training and validation samples, or {@code null}. */
  private static dev.galerkin.operators.OutputMask checkedMask(Builder b) {
    if (b.mask == null) {
      return null;
    }
    var split = b.split.resolve(b.data.sampleCount());
    long[] all = java.util.stream.LongStream.concat(Arrays.stream(split.train()),
        Arrays.stream(split.validation())).toArray();
    Map<String, Shape> out = new LinkedHashMap<>();
    b.outputs.forEach(f -> out.put(f, b.data.shape(f).sampleShape()));
    return dev.galerkin.operators.OutputMask.check(b.data, b.mask, b.inputs,
        dev.galerkin.operators.FieldStack.of(out).sample(), all);
  }

  /**
   * The initial model's fields and normalisers, kept when fine-tuning (a few samples would give
   * poor statistics), after checking that the data has the same fields with the same shapes.
   */
  private FieldCodec initialCodec(FieldCodec c, List<String> fields, String side, String source) {
    if (!c.names().equals(fields)) {
      throw new GalerkinException(source + " was trained with " + side + " fields " + c.names()
          + "; fine-tuning it needs the same " + side + " fields, not " + fields);
    }
    for (int i = 0; i < fields.size(); i++) {
      Shape have = data.shape(fields.get(i)).sampleShape();
      Shape want = c.stack().shapes().get(i);
      if (!have.equals(want)) {
        throw new GalerkinException(side + " field '" + fields.get(i) + "' has sample shape "
            + have + " here but " + want + " in " + source + "; fine-tune on data of the same"
            + " resolution as the model you start from");
      }
    }
    return c;
  }

  /** @return a builder for {@code model} trained on {@code data} */
  public static Builder builder(OperatorModel model, SampleSource data) {
    return new Builder(model, data);
  }

  /** What a supervised training run produced. */
  public record Result(NeuralOperator operator, List<EpochRecord> history, int bestEpoch) {
    /** @return the validation error of the kept weights */
    public double bestValidationError() {
      return history.get(bestEpoch - 1).validationError();
    }
  }

  /**
   * Runs the {@link TrainingLoop} on this objective.
   *
   * @param checkpoint written after every epoch and resumed from when it exists; {@code null} none
   * @return the operator with the best epoch's weights, its split and provenance, and the history
   */
  public Result train(TrainingConfig config, TrainingListener listener, java.nio.file.Path checkpoint) {
    TrainingLoop.Result r = TrainingLoop.run(this, config, listener, checkpoint, start);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("epochs", (long) r.history().size());
    provenance.put("best_epoch", (long) r.bestEpoch());
    provenance.put("best_validation_relative_l2", r.bestValidationError());
    provenance.put("batch_size", (long) config.batchSize());
    provenance.put("seed", config.seed());
    provenance.put("loss", loss.label());
    provenance.put("normalisation", inputs.kind().name().toLowerCase(java.util.Locale.ROOT));
    provenance.put("train_samples", (long) train.length);
    provenance.put("validation_samples", (long) validation.length);
    if (mask != null) {
      provenance.put(dev.galerkin.operators.OutputMask.PROVENANCE_KEY, mask.field());
    }
    NeuralOperator op = new NeuralOperator(model, r.best(), inputs, outputs, stored, provenance);
    return new Result(op, r.history(), r.bestEpoch());
  }

  @Override
  public Operand<TFloat32> build(TfGraph g) {
    this.graph = g;
    Shape inS = inputs.stack().sample();
    Shape outS = outputs.stack().sample();
    x = g.placeholder("input", dev.galerkin.operators.tf.Shapes.batched(inS));
    y = g.placeholder("target", dev.galerkin.operators.tf.Shapes.batched(outS));
    Operand<TFloat32> z = model.forward(g, x, inS, outS);
    prediction = decodeInGraph(g.ops(), z, outS);
    if (mask != null) {                            // the targets are masked by the data's view
      maskInput = g.placeholder("mask", dev.galerkin.operators.tf.Shapes.batched(
          data.shape(mask.field()).sampleShape()));
      prediction = mask.apply(g.ops(), prediction, maskInput);
    }
    if (outputs.stack().single()) {
      return loss.build(g.ops(), prediction, y, outS.rank());
    }
    Ops tf = g.ops();
    Operand<TFloat32> sum = null;
    int at = 0;
    for (int f = 0; f < outputs.names().size(); f++) {
      int c = outputs.stack().channels(f);
      Operand<TFloat32> l = loss.build(tf, channels(tf, prediction, at, c, outS.rank()),
          channels(tf, y, at, c, outS.rank()), outS.rank() - 1);
      sum = sum == null ? l : tf.math.add(sum, l);
      at += c;
    }
    return tf.math.div(sum, tf.constant((float) outputs.names().size()));
  }

  /** Channels {@code [at, at + c)} of the trailing axis of {@code [B, ...grid, C]}. */
  private static Operand<TFloat32> channels(Ops tf, Operand<TFloat32> x, int at, int c, int rank) {
    int[] begin = new int[rank + 1];      // int32: Slice's gradient needs int32 begin and size
    int[] size = new int[rank + 1];
    java.util.Arrays.fill(size, -1);
    begin[rank] = at;
    size[rank] = c;
    return tf.slice(x, tf.constant(begin), tf.constant(size));
  }

  @Override
  public long stepsPerEpoch(int batchSize) {
    return (train.length + batchSize - 1) / batchSize;
  }

  @Override
  public Steps steps(int epoch, int batchSize, long seed) {
    List<String> fields = new ArrayList<>(inputs.names());
    for (String f : outputs.names()) {
      if (!fields.contains(f)) {
        fields.add(f);
      }
    }
    BatchIterator it = BatchIterator.builder(data).indices(train)
        .fields(fields.toArray(String[]::new)).batchSize(batchSize).dropLast(false)
        .shuffle(seed, epoch).build();
    return new Steps() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Step next() {
        Batch b = it.next();
        Map<String, FloatArray> in = new LinkedHashMap<>();
        inputs.names().forEach(f -> in.put(f, b.field(f)));
        List<FloatArray> out = new ArrayList<>();
        outputs.names().forEach(f -> out.add(b.field(f)));
        Map<Placeholder<TFloat32>, FloatArray> feed = new LinkedHashMap<>();
        feed.put(x, inputs.encode(in));
        feed.put(y, outputs.stack().stack(out));
        if (mask != null) {
          feed.put(maskInput, b.field(mask.field()));
        }
        return new Step(feed, b.size());
      }

      @Override
      public void close() {
        it.close();
      }
    };
  }

  @Override
  public double validate(int batchSize) {
    double sum = 0;
    for (int i = 0; i < validation.length; i += batchSize) {
      long[] idx = Arrays.copyOfRange(validation, i, Math.min(validation.length, i + batchSize));
      Map<Placeholder<TFloat32>, FloatArray> feed = new LinkedHashMap<>();
      feed.put(x, inputs.gatherEncoded(data, idx));
      if (mask != null) {
        feed.put(maskInput, data.gather(mask.field(), idx));
      }
      FloatArray pred = graph.eval(prediction, feed);
      Map<String, FloatArray> p = outputs.stack().unstack(pred);
      for (String f : outputs.names()) {
        for (double e : ErrorMetrics.relativeL2(p.get(f), data.gather(f, idx))) {
          sum += e;
        }
      }
    }
    return sum / validation.length / outputs.names().size();
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
    Map<String, Normaliser> n = new LinkedHashMap<>(inputs.normalisers());
    n.putAll(outputs.normalisers());
    return n;
  }

  /** {@code decode(z)} as graph ops: {@code z·scale + offset} per point. */
  private Operand<TFloat32> decodeInGraph(Ops tf, Operand<TFloat32> z, Shape sample) {
    float[][] affine = outputs.affine();
    org.tensorflow.ndarray.Shape s = org.tensorflow.ndarray.Shape.of(sample.prepend(1).dims());
    return tf.math.add(tf.math.mul(z, tf.constant(s, DataBuffers.of(affine[0], true, false))),
        tf.constant(s, DataBuffers.of(affine[1], true, false)));
  }

  /** Collects the fields, split, loss and normalisation of a {@link SupervisedObjective}. */
  public static final class Builder {
    private final OperatorModel model;
    private final SampleSource data;
    private List<String> inputs = List.of("a");
    private List<String> outputs = List.of("u");
    private StoredSplit split;
    private Loss loss = Loss.RELATIVE_L2;
    private Normalisation.Kind normalisation;
    private NeuralOperator init;
    private WarmStart start;
    private String mask;

    private Builder(OperatorModel model, SampleSource data) {
      if (model == null || data == null) {
        throw new GalerkinException("training: model and data must not be null");
      }
      this.model = model;
      this.data = data;
    }

    /** @param fields input fields, stacked as channels in this order @return this */
    public Builder inputs(String... fields) {
      return inputs(List.of(fields));
    }

    /**
     * @param field a binary input field ({@link dev.galerkin.operators.OutputMask}): prediction and
     *     target are multiplied by it, so loss and validation error are taken inside it; {@code
     *     null} none
     * @return this
     */
    public Builder mask(String field) {
      this.mask = field;
      return this;
    }

    /** @param fields input fields, stacked as channels in this order @return this */
    public Builder inputs(List<String> fields) {
      this.inputs = List.copyOf(fields);
      return this;
    }

    /** @param fields output fields, stacked as channels in this order @return this */
    public Builder outputs(String... fields) {
      return outputs(List.of(fields));
    }

    /** @param fields output fields, stacked as channels in this order @return this */
    public Builder outputs(List<String> fields) {
      this.outputs = List.copyOf(fields);
      return this;
    }

    /** @param s which samples train and validate (the test part is not touched) @return this */
    public Builder split(StoredSplit s) {
      this.split = s;
      return this;
    }

    /** @param l the training loss (default relative L2) @return this */
    public Builder loss(Loss l) {
      this.loss = l;
      return this;
    }

    /**
     * @param k global or point-wise statistics; default global for resolution-independent models
     *     (FNO), point-wise otherwise
     * @return this
     */
    public Builder normalisation(Normalisation.Kind k) {
      this.normalisation = k;
      return this;
    }

    /**
     * Starts from a trained operator instead of random weights: its weights and its normalisers
     * (not re-estimated from the new data), with the variables whose names start with one of
     * {@code frozenPrefixes} left unchanged by the optimiser. The data must have the operator's
     * fields at its resolution, and the model its architecture.
     *
     * @param op the trained operator; not modified, and not needed once built
     * @param source where it came from (its file), for messages
     * @param frozenPrefixes variable-name prefixes to freeze; may be empty
     * @return this
     */
    public Builder startFrom(NeuralOperator op, String source, List<String> frozenPrefixes) {
      this.init = op;
      this.start = WarmStart.of(op, source, frozenPrefixes);
      return this;
    }

    /** @return the objective, its normalisers fitted on the training split */
    public SupervisedObjective build() {
      if (split == null) {
        throw new GalerkinException("training: a split is required");
      }
      if (loss == null) {
        throw new GalerkinException("training: loss must not be null");
      }
      return new SupervisedObjective(this);
    }
  }
}
