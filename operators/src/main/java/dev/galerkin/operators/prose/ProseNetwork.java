package dev.galerkin.operators.prose;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.Embedding;
import dev.galerkin.operators.layers.LayerNorm;
import dev.galerkin.operators.tf.Losses;
import dev.galerkin.operators.tf.TfGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Sum;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The PROSE network on a graph (Liu, Zhang, Schaeffer, Neural Networks 2024, Fig. 2): a data
 * encoder over the input trajectory ({@code [B, p, d]}, each point embedded by a dense layer plus
 * the sinusoidal encoding of its time), a symbol encoder over the equation tokens ({@code [B, L]},
 * embedding plus position), a fusion encoder over both sequences joined, a data decoder whose
 * queries are the encodings of the output times ({@code [Q]}, any times) cross-attending to the
 * fused sequence ({@code [B, Q, d]}, {@code Q} fed), and a symbol decoder that writes the equation token by token
 * (causal self-attention, cross-attention to the fused sequence; teacher forcing in training,
 * {@link #decode greedy} in use).
 *
 * <p>Loss: the trajectory's relative L2 plus {@code λ} times the mean cross-entropy of the
 * equation's tokens after {@code <bos>} up to and with {@code <eos>} (padding ignored). The
 * cross-entropy is taken on logits reshaped to {@code [B·(L−1), V]}, its log-softmax built from
 * Exp, Sum and Log with the row maximum under StopGradient (the native log-softmax gradient of TF
 * Java sums over axis 1 only). Times are given in "point units" ({@code t·(P−1)/T}), so adjacent
 * stored points are one apart.
 */
public final class ProseNetwork {
  private final ProseConfig config;
  private final TfGraph graph;
  /** Normalised input trajectory {@code [B, p, d]}. */
  public final Placeholder<TFloat32> data;
  /** Symbol input token ids {@code [B, L]} (as floats; 0 is padding). */
  public final Placeholder<TFloat32> symbols;
  /** The true equation's token ids {@code [B, L]}, for teacher forcing and the loss. */
  public final Placeholder<TFloat32> equation;
  /** The data decoder's query times {@code [Q]}, in point units (any times, any count). */
  public final Placeholder<TFloat32> queryTimes;
  /** Normalised target trajectory {@code [B, Q, d]} at the query times. */
  public final Placeholder<TFloat32> target;
  /** The predicted trajectory {@code [B, Q, d]}. */
  public final Operand<TFloat32> trajectory;
  /** Next-token logits {@code [B, L − 1, V]}: position k predicts token k + 1. */
  public final Operand<TFloat32> logits;
  /** The trajectory's relative L2 (scalar). */
  public final Operand<TFloat32> trajectoryLoss;
  /** The tokens' mean cross-entropy (scalar). */
  public final Operand<TFloat32> tokenLoss;
  /** The training loss (scalar). */
  public final Operand<TFloat32> loss;

  private ProseNetwork(ProseConfig c, TfGraph g, double[] inputTimes) {
    this.config = c;
    this.graph = g;
    Ops tf = g.ops();
    int w = c.width();
    int l = c.tokens();
    data = g.placeholder("data", -1, c.inputPoints(), c.dimension());
    symbols = g.placeholder("symbols", -1, l);
    equation = g.placeholder("equation", -1, l);
    queryTimes = g.placeholder("query_times", -1);
    target = g.placeholder("target", -1, -1, c.dimension());

    Operand<TFloat32> h = tf.math.add(Dense.create(g, "data_in", c.dimension(), w)
        .apply(data), TransformerLayers.encoding(tf, inputTimes, w));
    for (int k = 0; k < c.dataLayers(); k++) {
      h = TransformerLayers.encoder(g, "data_encoder_" + k, h, null, w, c.heads());
    }
    Operand<TFloat32> ones = tf.math.add(tf.math.mul(tf.sum(data, tf.constant(-1)),
        tf.constant(0f)), tf.constant(1f));                          // [B, p]
    Operand<TFloat32> fused = h;
    Operand<TFloat32> fusedMask = ones;
    if (c.symbolInput()) {
      Operand<TFloat32> symbolMask = notPad(tf, symbols);
      Operand<TFloat32> s = tf.math.add(Embedding.create(g, "symbol_in", c.vocabulary(), w)
          .apply(symbols), TransformerLayers.encoding(tf, positions(l), w));
      for (int k = 0; k < c.symbolLayers(); k++) {
        s = TransformerLayers.encoder(g, "symbol_encoder_" + k, s, symbolMask, w, c.heads());
      }
      fused = tf.concat(List.of(h, s), tf.constant(1));
      fusedMask = tf.concat(List.of(ones, symbolMask), tf.constant(1));
    }
    for (int k = 0; k < c.fusionLayers(); k++) {
      fused = TransformerLayers.encoder(g, "fusion_" + k, fused, fusedMask, w, c.heads());
    }
    fused = LayerNorm.create(g, "fusion_norm", w).apply(fused);

    Operand<TFloat32> batchZeros = tf.math.mul(tf.slice(fused, tf.constant(new int[] {0, 0, 0}),
        tf.constant(new int[] {-1, 1, -1})), tf.constant(0f));       // [B, 1, W]
    Operand<TFloat32> q = Dense.create(g, "query_in", w, w).apply(
        tf.math.add(batchZeros, TransformerLayers.encoding(tf, queryTimes, w)));
    for (int k = 0; k < c.decoderLayers(); k++) {
      q = TransformerLayers.crossDecoder(g, "data_decoder_" + k, q, fused, fusedMask, w,
          c.heads());
    }
    trajectory = Dense.create(g, "data_out", w, c.dimension()).apply(
        LayerNorm.create(g, "data_out_norm", w).apply(q));

    Operand<TFloat32> input = tf.slice(equation, tf.constant(new int[] {0, 0}),
        tf.constant(new int[] {-1, l - 1}));
    Operand<TFloat32> next = tf.slice(equation, tf.constant(new int[] {0, 1}),
        tf.constant(new int[] {-1, l - 1}));
    Operand<TFloat32> e = tf.math.add(Embedding.create(g, "symbol_out_in", c.vocabulary(), w)
        .apply(input), TransformerLayers.encoding(tf, positions(l - 1), w));
    Operand<TFloat32> inputMask = notPad(tf, input);
    for (int k = 0; k < c.decoderLayers(); k++) {
      e = TransformerLayers.decoder(g, "symbol_decoder_" + k, e, true, inputMask, fused,
          fusedMask, w, c.heads());
    }
    logits = Dense.create(g, "symbol_out", w, c.vocabulary()).apply(
        LayerNorm.create(g, "symbol_out_norm", w).apply(e));

    trajectoryLoss = Losses.relativeL2(tf, trajectory, target);
    tokenLoss = crossEntropy(tf, logits, next, c.vocabulary());
    loss = tf.math.add(trajectoryLoss, tf.math.mul(tokenLoss, tf.constant((float) c.symbolWeight())));
  }

  /**
   * Builds the network on {@code g}.
   *
   * @param inputTimes the input points' times in point units, {@code p} of them
   */
  public static ProseNetwork build(TfGraph g, ProseConfig c, double[] inputTimes) {
    if (inputTimes.length != c.inputPoints()) {
      throw new dev.galerkin.GalerkinException("PROSE: " + inputTimes.length + " input times for a"
          + " network of " + c.inputPoints() + " input points");
    }
    return new ProseNetwork(c, g, inputTimes);
  }

  private static double[] positions(int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private static Operand<TFloat32> notPad(Ops tf, Operand<TFloat32> ids) {
    return tf.dtypes.cast(tf.math.notEqual(ids, tf.constant(0f)), TFloat32.class);
  }

  /** Mean cross-entropy of the tokens {@code next} (padding excluded) under {@code logits}. */
  static Operand<TFloat32> crossEntropy(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> next,
      int vocabulary) {
    Operand<TFloat32> flat = tf.reshape(logits, tf.constant(new long[] {-1, vocabulary}));
    Operand<TFloat32> top = tf.stopGradient(tf.max(flat, tf.constant(1), Max.keepDims(true)));
    Operand<TFloat32> shifted = tf.math.sub(flat, top);
    Operand<TFloat32> logSum = tf.math.log(tf.sum(tf.math.exp(shifted), tf.constant(1),
        Sum.keepDims(true)));
    Operand<TFloat32> logp = tf.math.sub(shifted, logSum);            // [N, V]
    Operand<TInt32> labels = tf.dtypes.cast(tf.reshape(next, tf.constant(new long[] {-1})),
        TInt32.class);
    Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(vocabulary), tf.constant(1f),
        tf.constant(0f));
    Operand<TFloat32> nll = tf.math.neg(tf.sum(tf.math.mul(oneHot, logp), tf.constant(1)));
    Operand<TFloat32> weight = notPad(tf, tf.reshape(next, tf.constant(new long[] {-1})));
    return tf.math.div(tf.sum(tf.math.mul(nll, weight), tf.constant(0)),
        tf.math.maximum(tf.sum(weight, tf.constant(0)), tf.constant(1f)));
  }

  /**
   * Writes equations greedily: from {@code <bos>}, each step feeds the tokens so far and appends
   * the most likely next one, until every row has written {@code <eos>} or {@code L} tokens.
   *
   * @param inputs normalised input trajectories {@code [B, p, d]}
   * @param symbolInput symbol input ids {@code [B, L]} (ignored by a data-only network)
   * @return the token ids {@code [B][L]}, padded with 0 after {@code <eos>}
   */
  public int[][] decode(FloatArray inputs, FloatArray symbolInput) {
    int b = (int) inputs.shape().dim(0);
    int l = config.tokens();
    int v = config.vocabulary();
    float[] written = new float[b * l];
    boolean[] done = new boolean[b];
    for (int r = 0; r < b; r++) {
      written[r * l] = BOS;
    }
    for (int k = 0; k < l - 1; k++) {
      Map<Placeholder<TFloat32>, FloatArray> feed = new LinkedHashMap<>();
      feed.put(data, inputs);
      feed.put(symbols, symbolInput);
      feed.put(equation, FloatArray.wrap(Shape.of(b, l), written.clone()));
      FloatArray out = graph.eval(logits, feed);                   // [B, L-1, V]
      boolean all = true;
      for (int r = 0; r < b; r++) {
        if (done[r]) {
          continue;
        }
        int best = 0;
        for (int t = 1; t < v; t++) {
          if (out.at((r * (l - 1) + k) * v + t) > out.at((r * (l - 1) + k) * v + best)) {
            best = t;
          }
        }
        written[r * l + k + 1] = best;
        done[r] = best == EOS;
        all &= done[r];
      }
      if (all) {
        break;
      }
    }
    int[][] out = new int[b][l];
    for (int r = 0; r < b; r++) {
      for (int k = 0; k < l; k++) {
        out[r][k] = (int) written[r * l + k];
      }
    }
    return out;
  }

  /** The ids of {@code <bos>} and {@code <eos>} in the equation vocabulary. */
  static final int BOS = 1;
  static final int EOS = 2;

  /** @return the configuration */
  public ProseConfig config() {
    return config;
  }
}
