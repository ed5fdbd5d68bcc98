package dev.galerkin.operators.prose;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.training.Objective;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Trains a {@link ProseNetwork} in the shared {@link dev.galerkin.operators.training.TrainingLoop}
 * on an {@code ode-systems} dataset (fields {@code a} {@code [N, p, d]}, {@code u}
 * {@code [N, Q, d]}, {@code symbols} and {@code equation} {@code [N, L]}, coordinate {@code t}
 * {@code [p + Q]}): the trajectories divided by one scale (their root mean square over the
 * training samples' inputs, so relative errors are unchanged), the tokens as given. The
 * validation error is the trajectory's mean relative L2 on the validation samples.
 */
public final class ProseObjective implements Objective {
  private final ProseConfig config;
  private final float[] a;
  private final float[] u;
  private final float[] symbols;
  private final float[] equation;
  private final long[] train;
  private final long[] validation;
  private final double[] inputTimes;
  private final double[] outputTimes;
  private final float scale;
  private ProseNetwork network;
  private TfGraph graph;

  /**
   * @param config the network; its sizes must match the data
   * @param data an {@code ode-systems} dataset
   * @param train training sample indices
   * @param validation validation sample indices
   */
  public ProseObjective(ProseConfig config, Dataset data, long[] train, long[] validation) {
    this.config = config;
    Shape as = data.shape("a");
    Shape us = data.shape("u");
    if (as.dim(1) != config.inputPoints() || us.dim(1) != config.outputPoints()
        || as.dim(2) != config.dimension() || data.shape("equation").dim(1) != config.tokens()) {
      throw new GalerkinException("PROSE: the data has a " + as + ", u " + us + ", equation "
          + data.shape("equation") + " but the network was sized for p = " + config.inputPoints()
          + ", Q = " + config.outputPoints() + ", d = " + config.dimension() + ", L = "
          + config.tokens());
    }
    if (train.length == 0 || validation.length == 0) {
      throw new GalerkinException("PROSE: need training and validation samples");
    }
    this.a = data.values("a").toFloat().toArray();
    this.u = data.values("u").toFloat().toArray();
    this.symbols = data.values("symbols").toFloat().toArray();
    this.equation = data.values("equation").toFloat().toArray();
    this.train = train.clone();
    this.validation = validation.clone();
    double[] t = data.values("t").toDouble().toArray();
    double unit = (t.length - 1) / (t[t.length - 1] - t[0]);
    int p = config.inputPoints();
    inputTimes = new double[p];
    outputTimes = new double[config.outputPoints()];
    for (int k = 0; k < t.length; k++) {
      double s = (t[k] - t[0]) * unit;
      if (k < p) {
        inputTimes[k] = s;
      } else {
        outputTimes[k - p] = s;
      }
    }
    int per = p * config.dimension();
    double sum = 0;
    for (long i : train) {
      for (int k = 0; k < per; k++) {
        double v = a[(int) i * per + k];
        sum += v * v;
      }
    }
    this.scale = (float) Math.sqrt(sum / (train.length * (double) per));
  }

  /** @return the scale the trajectories are divided by */
  public float scale() {
    return scale;
  }

  /** @return the network, after {@link #build} */
  public ProseNetwork network() {
    return network;
  }

  @Override
  public Operand<TFloat32> build(TfGraph g) {
    this.graph = g;
    this.network = ProseNetwork.build(g, config, inputTimes, outputTimes);
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
        return new Step(feeds(idx), idx.length);
      }

      @Override
      public void close() {}
    };
  }

  /** @return the feeds of samples {@code idx}: scaled trajectories, tokens */
  public Map<Placeholder<TFloat32>, FloatArray> feeds(long[] idx) {
    int b = idx.length;
    int d = config.dimension();
    Map<Placeholder<TFloat32>, FloatArray> f = new LinkedHashMap<>();
    f.put(network.data, gather(a, idx, config.inputPoints() * d, scale,
        Shape.of(b, config.inputPoints(), d)));
    f.put(network.target, gather(u, idx, config.outputPoints() * d, scale,
        Shape.of(b, config.outputPoints(), d)));
    f.put(network.symbols, gather(symbols, idx, config.tokens(), 1, Shape.of(b, config.tokens())));
    f.put(network.equation, gather(equation, idx, config.tokens(), 1,
        Shape.of(b, config.tokens())));
    return f;
  }

  private static FloatArray gather(float[] src, long[] idx, int per, float scale, Shape shape) {
    float[] out = new float[idx.length * per];
    for (int r = 0; r < idx.length; r++) {
      for (int k = 0; k < per; k++) {
        out[r * per + k] = src[(int) idx[r] * per + k] / scale;
      }
    }
    return FloatArray.wrap(shape, out);
  }

  @Override
  public double validate(int batchSize) {
    double sum = 0;
    for (int i = 0; i < validation.length; i += batchSize) {
      long[] idx = java.util.Arrays.copyOfRange(validation, i,
          Math.min(validation.length, i + batchSize));
      sum += graph.eval(network.trajectoryLoss, feeds(idx)).at(0) * idx.length;
    }
    return sum / validation.length;
  }

  @Override
  public String lossName() {
    return "relative-l2+token-cross-entropy";
  }

  @Override
  public String modelType() {
    return "prose";
  }

  @Override
  public String architectureJson() {
    ProseConfig c = config;
    return String.format(Locale.ROOT, "{\"dimension\":%d,\"input_points\":%d,\"output_points\":%d,"
        + "\"tokens\":%d,\"vocabulary\":%d,\"width\":%d,\"heads\":%d,\"data_layers\":%d,"
        + "\"symbol_layers\":%d,\"fusion_layers\":%d,\"decoder_layers\":%d,\"symbol_input\":%b,"
        + "\"symbol_weight\":%s,\"scale\":%s}", c.dimension(), c.inputPoints(), c.outputPoints(),
        c.tokens(), c.vocabulary(), c.width(), c.heads(), c.dataLayers(), c.symbolLayers(),
        c.fusionLayers(), c.decoderLayers(), c.symbolInput(), c.symbolWeight(), scale);
  }

  @Override
  public Map<String, Normaliser> normalisers() {
    return Map.of();
  }
}
