package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Sum;
import org.tensorflow.types.TFloat32;

/**
 * Multi-head scaled dot-product attention (Vaswani et al., "Attention is all you need", 2017):
 * queries {@code [B, Tq, W]} attend to keys and values {@code [B, Tk, W]},
 * {@code softmax(Q Kᵀ/√d + mask) V} per head ({@code H} heads of {@code d = W/H} features), the
 * heads concatenated and projected, {@code [B, Tq, W]}. Self-attention passes the same tensor
 * twice; PROSE's fusion and decoders use both kinds.
 *
 * <p>The softmax is built from Exp, Sum and Div with the row maximum subtracted under
 * StopGradient (the maximum only shifts the logits; Max has no gradient in TF Java), so the
 * gradient is TensorFlow's own first-order gradient of those ops. A key mask {@code [B, Tk]}
 * (1 keep, 0 ignore, e.g. padding tokens) adds {@code −10⁹} to the ignored logits; a causal flag
 * lets query {@code i} see keys {@code j <= i} only (decoding with teacher forcing).
 *
 * <p>Variables: {@code name/q}, {@code name/k}, {@code name/v}, {@code name/o}, each a
 * {@link Dense} {@code [W, W]} with bias.
 */
public final class MultiHeadAttention {
  private static final float MASKED = -1e9f;

  private final String name;
  private final int width;
  private final int heads;
  private final Ops tf;
  private final Dense q;
  private final Dense k;
  private final Dense v;
  private final Dense o;

  private MultiHeadAttention(TfGraph g, String name, int width, int heads) {
    this.name = name;
    this.width = width;
    this.heads = heads;
    this.tf = g.claimLayer(name);
    this.q = Dense.create(g, name + "/q", width, width);
    this.k = Dense.create(g, name + "/k", width, width);
    this.v = Dense.create(g, name + "/v", width, width);
    this.o = Dense.create(g, name + "/o", width, width);
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param width {@code W}
   * @param heads {@code H}, dividing {@code W}
   * @return the layer
   */
  public static MultiHeadAttention create(TfGraph g, String name, int width, int heads) {
    Shapes.positive(name, "width", width);
    Shapes.positive(name, "heads", heads);
    if (width % heads != 0) {
      throw new GalerkinException("layer '" + name + "': " + heads + " heads do not divide width "
          + width);
    }
    return new MultiHeadAttention(g, name, width, heads);
  }

  /**
   * @param query {@code [B, Tq, W]}; {@code Tq} may be fed at run time unless {@code causal}
   * @param keys {@code [B, Tk, W]}, static {@code Tk}
   * @param keyMask {@code [B, Tk]} of 1 (attend) and 0 (ignore), or null for none
   * @param causal whether query {@code i} sees only keys {@code j <= i} (needs {@code Tq = Tk})
   * @return {@code [B, Tq, W]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> query, Operand<TFloat32> keys,
      Operand<TFloat32> keyMask, boolean causal) {
    Shapes.requireChannels(name, query, width);
    Shapes.requireChannels(name, keys, width);
    long tq = causal ? Shapes.staticDim(name, query, 1, "query length")
        : query.shape().get(1);                                   // -1: fed at run time
    long tk = Shapes.staticDim(name, keys, 1, "key length");
    if (causal && tq != tk) {
      throw new GalerkinException("layer '" + name + "': causal attention needs as many queries as"
          + " keys; got " + tq + " and " + tk);
    }
    int d = width / heads;
    Operand<TFloat32> qh = split(q.apply(query), tq, d);        // [B, H, Tq, d]
    Operand<TFloat32> kh = split(k.apply(keys), tk, d);         // [B, H, Tk, d]
    Operand<TFloat32> vh = split(v.apply(keys), tk, d);
    Operand<TFloat32> kt = tf.linalg.transpose(kh, tf.constant(new int[] {0, 1, 3, 2}));
    Operand<TFloat32> logits = tf.math.mul(tf.train.batchMatMul(qh, kt, TFloat32.class),
        tf.constant((float) (1 / Math.sqrt(d))));            // [B, H, Tq, Tk]
    if (keyMask != null) {
      Operand<TFloat32> m = tf.reshape(keyMask, tf.constant(new long[] {-1, 1, 1, tk}));
      logits = tf.math.add(logits, tf.math.mul(tf.math.sub(tf.constant(1f), m),
          tf.constant(MASKED)));
    }
    if (causal) {
      float[] future = new float[(int) (tq * tk)];
      for (int i = 0; i < tq; i++) {
        for (int j = i + 1; j < tk; j++) {
          future[(int) (i * tk + j)] = MASKED;
        }
      }
      logits = tf.math.add(logits, tf.constant(org.tensorflow.ndarray.Shape.of(tq, tk),
          org.tensorflow.ndarray.buffer.DataBuffers.of(future)));
    }
    Operand<TFloat32> weights = softmax(logits);
    Operand<TFloat32> heads4 = tf.train.batchMatMul(weights, vh, TFloat32.class); // [B, H, Tq, d]
    Operand<TFloat32> joined = tf.reshape(
        tf.linalg.transpose(heads4, tf.constant(new int[] {0, 2, 1, 3})),
        leading(query, new int[] {width}));
    return o.apply(joined);
  }

  /** @return softmax over the last axis, the maximum subtracted under StopGradient */
  Operand<TFloat32> softmax(Operand<TFloat32> logits) {
    Operand<TFloat32> top = tf.stopGradient(tf.max(logits, tf.constant(-1), Max.keepDims(true)));
    Operand<TFloat32> e = tf.math.exp(tf.math.sub(logits, top));
    return tf.math.div(e, tf.sum(e, tf.constant(-1), Sum.keepDims(true)));
  }

  private Operand<TFloat32> split(Operand<TFloat32> x, long t, int d) {
    Operand<TFloat32> r = t >= 0 ? tf.reshape(x, tf.constant(new long[] {-1, t, heads, d}))
        : tf.reshape(x, leading(x, new int[] {heads, d}));
    return tf.linalg.transpose(r, tf.constant(new int[] {0, 2, 1, 3}));
  }

  /** @return the run-time {@code [B, T]} of {@code x} followed by {@code tail} */
  private Operand<org.tensorflow.types.TInt32> leading(Operand<TFloat32> x, int[] tail) {
    Operand<org.tensorflow.types.TInt32> bt = tf.slice(tf.shape(x), tf.constant(new int[] {0}),
        tf.constant(new int[] {2}));
    return tf.concat(java.util.List.of(bt, tf.constant(tail)), tf.constant(0));
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return {@code W} */
  public int width() {
    return width;
  }

  /** @return {@code H} */
  public int heads() {
    return heads;
  }
}
