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
 * sinusoidal position/time encoding {@code pe(s)_{2k} = sin(s ω_k)}, {@code pe(s)_{2k+1} =
 * cos(s ω_k)}, {@code ω_k = 10000^{−2k/W}}, at real positions {@code s} (so data points at any
 * time, and query times between them, are encoded alike).
 */
final class TransformerLayers {
  private TransformerLayers() {}

  /** @return {@code pe(s)} for each position, {@code [n, W]} as a constant */
  static Operand<TFloat32> encoding(Ops tf, double[] positions, int width) {
    float[] v = new float[positions.length * width];
    for (int i = 0; i < positions.length; i++) {
      for (int k = 0; k < width / 2; k++) {
        double w = Math.pow(10000, -2.0 * k / width);
        v[i * width + 2 * k] = (float) Math.sin(positions[i] * w);
        v[i * width + 2 * k + 1] = (float) Math.cos(positions[i] * w);
      }
    }
    return tf.constant(Shape.of(positions.length, width), DataBuffers.of(v));
  }

  /** An encoder layer over {@code h} {@code [B, T, W]} with a key mask {@code [B, T]} or null. */
  static Operand<TFloat32> encoder(TfGraph g, String name, Operand<TFloat32> h,
      Operand<TFloat32> mask, int width, int heads) {
    Ops tf = g.ops();
    Operand<TFloat32> n = LayerNorm.create(g, name + "/norm_1", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "/self", width, heads)
        .apply(n, n, mask, false));
    return tf.math.add(h, ffn(g, name, LayerNorm.create(g, name + "/norm_2", width).apply(h),
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
    Operand<TFloat32> n = LayerNorm.create(g, name + "/norm_1", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "/self", width, heads)
        .apply(n, n, selfMask, causal));
    n = LayerNorm.create(g, name + "/norm_2", width).apply(h);
    h = tf.math.add(h, MultiHeadAttention.create(g, name + "/cross", width, heads)
        .apply(n, memory, memoryMask, false));
    return tf.math.add(h, ffn(g, name, LayerNorm.create(g, name + "/norm_3", width).apply(h),
        width));
  }

  private static Operand<TFloat32> ffn(TfGraph g, String name, Operand<TFloat32> x, int width) {
    Operand<TFloat32> h = Activation.GELU.apply(g.ops(),
        Dense.create(g, name + "/ffn_1", width, 2 * width).apply(x));
    return Dense.create(g, name + "/ffn_2", 2 * width, width).apply(h);
  }
}
