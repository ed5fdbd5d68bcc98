package dev.galerkin.operators.prose;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.Objective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.operators.training.TrainingLoop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Trains a {@link ProseNetwork} in the shared {@link TrainingLoop} on an {@code ode-systems}
 * dataset ({@link ProseData}): each batch's trajectories normalised per sample from their input
 * window ({@link TrajectoryScale}), the continuation queried at the dataset's output times, the
 * symbol input and the true equation as token ids. The loss is the normalised trajectory's
 * relative L2 plus {@code symbolWeight} times the tokens' cross-entropy; the validation error is
 * the trajectory's mean relative L2 in state units on the validation samples.
 */
public final class ProseObjective implements Objective {
  private final ProseConfig config;
  private final ProseData data;
  private final long[] train;
  private final long[] validation;
  private final double[] inputTimes;
  private final float[] queryTimes;
  private ProseNetwork network;
  private TfGraph graph;

  /**
   * @param config the network; its sizes must match the data
   * @param data the dataset's arrays
   * @param train training sample indices
   * @param validation validation sample indices
   */
  public ProseObjective(ProseConfig config, ProseData data, long[] train, long[] validation) {
    if (data.inputPoints() != config.inputPoints() || data.outputPoints() != config.outputPoints()
        || data.dimension() != config.dimension() || data.tokens() != config.tokens()) {
      throw new GalerkinException("PROSE: the data has p = " + data.inputPoints() + ", Q = "
          + data.outputPoints() + ", d = " + data.dimension() + ", L = " + data.tokens()
          + " but the network was sized for p = " + config.inputPoints() + ", Q = "
          + config.outputPoints() + ", d = " + config.dimension() + ", L = " + config.tokens());
    }
    if (train.length == 0 || validation.length == 0) {
      throw new GalerkinException("PROSE: need training and validation samples (have "
          + train.length + " and " + validation.length + "); generate more samples");
    }
    this.config = config;
    this.data = data;
    this.train = train.clone();
    this.validation = validation.clone();
    double[] t = data.times();
    double unit = (t.length - 1) / (t[t.length - 1] - t[0]);
    int p = config.inputPoints();
    inputTimes = new double[p];
    queryTimes = new float[config.outputPoints()];
    for (int k = 0; k < t.length; k++) {
      double s = (t[k] - t[0]) * unit;
      if (k < p) {
        inputTimes[k] = s;
      } else {
        queryTimes[k - p] = (float) s;
      }
    }
  }

  /**
   * What {@link #train} produced.
   *
   * @param model the best epoch's model (close it)
   * @param history one record per epoch
   * @param bestEpoch the kept epoch, from 1
   */
  public record Result(ProseModel model, List<EpochRecord> history, int bestEpoch) {}

  /** Runs the {@link TrainingLoop}; {@code checkpoint} may be {@code null}. */
  public Result train(TrainingConfig training, TrainingListener listener, Path checkpoint) {
    TrainingLoop.Result r = TrainingLoop.run(this, training, listener, checkpoint);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("epochs", (long) r.history().size());
    p.put("best_epoch", (long) r.bestEpoch());
    p.put("best_validation_relative_l2", r.bestValidationError());
    p.put("batch_size", (long) training.batchSize());
    p.put("seed", training.seed());
    p.put("loss", lossName());
    p.put("train_samples", (long) train.length);
    p.put("validation_samples", (long) validation.length);
    ProseModel m = new ProseModel(new ProseModel.Architecture(config, data.times()), r.best(), p);
    return new Result(m, r.history(), r.bestEpoch());
  }

  @Override
  public Operand<TFloat32> build(TfGraph g) {
    this.graph = g;
    this.network = ProseNetwork.build(g, config, inputTimes);
    return network.loss;
  }

  @Override
  public long stepsPerEpoch(int batchSize) {
    return (train.length + batchSize - 1) / batchSize;
  }

  @Override
  public Steps steps(int epoch, int batchSize, long seed) {
    List<Long> order = new ArrayList<>();
    for (long i : train) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed * 1_000_003L + epoch));
    return new Steps() {
      int at;

      @Override
      public boolean hasNext() {
        return at < order.size();
      }

      @Override
      public Step next() {
        int end = Math.min(order.size(), at + batchSize);
        long[] idx = order.subList(at, end).stream().mapToLong(Long::longValue).toArray();
        at = end;
        return new Step(feeds(idx, null), idx.length);
      }

      @Override
      public void close() {}
    };
  }

  /**
   * @param idx samples
   * @param scaleOut receives the batch's scale when not {@code null}
   * @return the feeds: normalised input and target, query times, symbol input, equation
   */
  Map<Placeholder<TFloat32>, FloatArray> feeds(long[] idx, TrajectoryScale[] scaleOut) {
    int b = idx.length;
    int d = config.dimension();
    int p = config.inputPoints();
    int q = config.outputPoints();
    int l = config.tokens();
    float[] in = ProseData.rows(data.a(), idx, p * d);
    TrajectoryScale scale = TrajectoryScale.of(in, p, d);
    if (scaleOut != null) {
      scaleOut[0] = scale;
    }
    Map<Placeholder<TFloat32>, FloatArray> f = new LinkedHashMap<>();
    f.put(network.data, FloatArray.wrap(Shape.of(b, p, d), scale.normalise(in)));
    f.put(network.target, FloatArray.wrap(Shape.of(b, q, d),
        scale.normalise(ProseData.rows(data.u(), idx, q * d))));
    f.put(network.queryTimes, FloatArray.wrap(Shape.of(q), queryTimes.clone()));
    f.put(network.symbols, FloatArray.wrap(Shape.of(b, l),
        ProseData.floats(ProseData.rows(data.symbols(), idx, l))));
    f.put(network.equation, FloatArray.wrap(Shape.of(b, l),
        ProseData.floats(ProseData.rows(data.equation(), idx, l))));
    return f;
  }

  @Override
  public double validate(int batchSize) {
    double sum = 0;
    int per = config.outputPoints() * config.dimension();
    for (int i = 0; i < validation.length; i += batchSize) {
      long[] idx = java.util.Arrays.copyOfRange(validation, i,
          Math.min(validation.length, i + batchSize));
      TrajectoryScale[] scale = new TrajectoryScale[1];
      Map<Placeholder<TFloat32>, FloatArray> feed = feeds(idx, scale);
      float[] y = scale[0].restore(graph.eval(network.trajectory, feed).toArray());
      float[] u = ProseData.rows(data.u(), idx, per);
      for (int r = 0; r < idx.length; r++) {
        sum += relativeL2(y, u, r * per, per);
      }
    }
    return sum / validation.length;
  }

  /** @return {@code ‖y − u‖₂ / ‖u‖₂} over {@code n} values from {@code from} */
  public static double relativeL2(float[] y, float[] u, int from, int n) {
    double e = 0;
    double s = 0;
    for (int k = from; k < from + n; k++) {
      double diff = y[k] - u[k];
      e += diff * diff;
      s += (double) u[k] * u[k];
    }
    return Math.sqrt(e / Math.max(s, 1e-30));
  }

  @Override
  public String lossName() {
    return "relative-l2+token-cross-entropy";
  }

  @Override
  public String modelType() {
    return ProseModel.TYPE;
  }

  @Override
  public String architectureJson() {
    return ConfigJson.write(new ProseModel.Architecture(config, data.times()));
  }

  @Override
  public Map<String, Normaliser> normalisers() {
    return Map.of();
  }
}
