package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;

/**
 * Layer normalisation over the last axis (Ba, Kiros, Hinton 2016), as transformers use it:
 * {@code [..., C] → same shape}, each vector normalised by its own mean and biased variance,
 * {@code x̂ = (x − μ)/√(σ² + ε)}, then {@code y = γ x̂ + β} per channel ({@code ε = 10⁻⁵}, PyTorch's
 * {@code nn.LayerNorm}). Unlike {@link GroupNorm} with one group it does not pool over a grid.
 *
 * <p>Variables: {@code name/gamma} {@code [C]} (ones) and {@code name/beta} {@code [C]} (zeros).
 */
public final class LayerNorm {
  /** The {@code ε} of PyTorch's {@code nn.LayerNorm}. */
  public static final float EPSILON = 1e-5f;

  private final String name;
  private final int channels;
  private final Ops tf;
  private final TfVariable gamma;
  private final TfVariable beta;

  private LayerNorm(TfGraph g, String name, int channels) {
    this.tf = g.claimLayer(name);
    this.name = name;
    this.channels = channels;
    this.gamma = g.variable(name + "/gamma", new long[] {channels}, Initializer.constant(1f));
    this.beta = g.variable(name + "/beta", new long[] {channels}, Initializer.zeros());
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param channels {@code C}, the last axis of the input
   * @return the layer, {@code γ = 1}, {@code β = 0}
   */
  public static LayerNorm create(TfGraph g, String name, int channels) {
    Shapes.positive(name, "channels", channels);
    return new LayerNorm(g, name, channels);
  }

  /**
   * @param x {@code [..., C]}, rank {@code >= 2}
   * @return the normalised, scaled and shifted {@code x}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireMinRank(name, x, 2, "[..., " + channels + "]");
    Shapes.requireChannels(name, x, channels);
    Operand<org.tensorflow.types.TInt32> last = tf.constant(-1);
    Operand<TFloat32> mean = tf.math.mean(x, last, Mean.keepDims(true));
    Operand<TFloat32> centred = tf.math.sub(x, mean);
    Operand<TFloat32> variance = tf.math.mean(tf.math.square(centred), last, Mean.keepDims(true));
    Operand<TFloat32> normed = tf.math.mul(centred,
        tf.math.rsqrt(tf.math.add(variance, tf.constant(EPSILON))));
    return tf.math.add(tf.math.mul(normed, gamma.value()), beta.value());
  }

  /** @return the layer name */
  public String name() {
    return name;
  }
}
