package dev.galerkin.operators.prose;

import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.LayerNorm;
import dev.galerkin.operators.layers.MultiHeadAttention;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The pre-norm transformer layers PROSE's blocks are made of (Vaswani et al. 2017, with layer norm
 * before each sub-layer as in Xiong et al. 2020): an encoder layer
 * {@code h ← h + Att(LN h, LN h); h ← h + FFN(LN h)}, a decoder layer with causal self-attention
 * and cross-attention to a memory, {@code FFN = Dense(W→2W) · GELU · Dense(2W→W)}; and the
 * sinusoidal position/time encoding {@code pe(s)_k = sin(s ω_k)}, {@code pe(s)_{W/2+k} =
 * cos(s ω_k)}, {@code ω_k = 10000^{−2k/W}}, at real positions {@code s} (so data points at any
 * time, and query times between them, are encoded alike).
 */
final class TransformerLayers {
  private TransformerLayers() {}

  /**
   * @param positions the positions {@code [n]} (any real values, fed or constant)
   * @return {@code pe(s)} for each position, {@code [n, W]}: the sines in the first half of the
   *     width, the cosines in the second
   */
  static Operand<TFloat32> encoding(Ops tf, Operand<TFloat32> positions, int width) {
    float[] w = new float[width / 2];
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) Math.pow(10000, -2.0 * k / width);
    }
    Operand<TFloat32> angle = tf.math.mul(tf.expandDims(positions, tf.constant(1)),
        tf.constant(Shape.of(1, w.length), DataBuffers.of(w)));     // [n, W/2]
    return tf.concat(java.util.List.of(tf.math.sin(angle), tf.math.cos(angle)), tf.constant(1));
  }

  /** @return {@code pe(s)} at constant positions, {@code [n, W]} */
  static Operand<TFloat32> encoding(Ops tf, double[] positions, int width) {
    float[] s = new float[positions.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = (float) positions[i];
    }
    return encoding(tf, tf.constant(Shape.of(s.length), DataBuffers.of(s)), width);
  }

  /** An encoder layer over {@code h} {@code [B, T, W]} with a key mask {@code [B, T]} or null. */
  static Operand<TFloat32> encoder(TfGraph g, String name, Operand<TFloat32> h,
      Operand<TFloat32> mask, int width, int heads) {
    Ops tf = g.ops();
    Operand<TFloat32> n = LayerNorm.create(g, name + "_norm_1", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "_self", width, heads)
        .apply(n, n, mask, false));
    return tf.math.add(h, ffn(g, name, LayerNorm.create(g, name + "_norm_2", width).apply(h),
        width));
  }

  /**
   * A decoder layer: self-attention over {@code h} (causal when {@code causal}), cross-attention
   * to {@code memory} {@code [B, S, W]} with its key mask, then the FFN.
   */
  static Operand<TFloat32> decoder(TfGraph g, String name, Operand<TFloat32> h, boolean causal,
      Operand<TFloat32> selfMask, Operand<TFloat32> memory, Operand<TFloat32> memoryMask,
      int width, int heads) {
    Ops tf = g.ops();
    Operand<TFloat32> n = LayerNorm.create(g, name + "_norm_1", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "_self", width, heads)
        .apply(n, n, selfMask, causal));
    return crossDecoder(g, name, h, memory, memoryMask, width, heads);
  }

  /**
   * A decoder layer without self-attention: cross-attention to {@code memory}, then the FFN. The
   * data decoder is made of these, so that the prediction at one query time does not depend on
   * which other times are asked for (PROSE's operator decoder evaluates query points
   * independently); the query count may then be fed at run time.
   */
  static Operand<TFloat32> crossDecoder(TfGraph g, String name, Operand<TFloat32> h,
      Operand<TFloat32> memory, Operand<TFloat32> memoryMask, int width, int heads) {
    Ops tf = g.ops();
    Operand<TFloat32> n = LayerNorm.create(g, name + "_norm_2", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "_cross", width, heads)
        .apply(n, memory, memoryMask, false));
    return tf.math.add(h, ffn(g, name, LayerNorm.create(g, name + "_norm_3", width).apply(h),
        width));
  }

  private static Operand<TFloat32> ffn(TfGraph g, String name, Operand<TFloat32> x, int width) {
    Operand<TFloat32> h = Activation.GELU.apply(g.ops(),
        Dense.create(g, name + "_ffn_1", width, 2 * width).apply(x));
    return Dense.create(g, name + "_ffn_2", 2 * width, width).apply(h);
  }
}
