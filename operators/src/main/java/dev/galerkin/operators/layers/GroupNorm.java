package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;

/**
 * Group normalisation (Wu and He 2018, "Group normalization"), channel-last
 * {@code [batch, n_1, …, n_d, C] → same shape}: the channels are split into {@code G} groups of
 * {@code C/G} consecutive channels; each sample's group is normalised by its own mean and (biased)
 * variance over the grid and the group's channels, {@code x̂ = (x − μ)/√(σ² + ε)}, then scaled and
 * shifted per channel, {@code y = γ x̂ + β}. It does not depend on the batch, so training and
 * prediction compute the same thing (PDEArena's U-Nets use it, as PyTorch's {@code nn.GroupNorm},
 * {@code ε = 10⁻⁵}). {@code G = 1} is layer normalisation over grid and channels, {@code G = C}
 * instance normalisation.
 *
 * <p>Variables: {@code name/gamma} {@code [C]} (ones) and {@code name/beta} {@code [C]} (zeros).
 */
public final class GroupNorm {
  /** The {@code ε} of PyTorch's {@code nn.GroupNorm}. */
  public static final float EPSILON = 1e-5f;

  private final String name;
  private final int groups;
  private final int channels;
  private final Ops tf;
  private final TfVariable gamma;
  private final TfVariable beta;

  /** Claims the layer name and creates {@code γ = 1}, {@code β = 0}. */
  private GroupNorm(TfGraph g, String name, int groups, int channels) {
    this.tf = g.claimLayer(name);
    this.name = name;
    this.groups = groups;
    this.channels = channels;
    this.gamma = g.variable(name + "/gamma", new long[] {channels}, Initializer.constant(1f));
    this.beta = g.variable(name + "/beta", new long[] {channels}, Initializer.zeros());
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param groups {@code G >= 1}, dividing {@code channels}
   * @param channels {@code C}, the last axis of the input
   * @return the layer, {@code γ = 1}, {@code β = 0}
   */
  public static GroupNorm create(TfGraph g, String name, int groups, int channels) {
    Shapes.positive(name, "groups", groups);
    Shapes.positive(name, "channels", channels);
    if (channels % groups != 0) {
      throw new GalerkinException("layer '" + name + "': " + groups + " groups do not divide " + channels
          + " channels");
    }
    return new GroupNorm(g, name, groups, channels);
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, C]}, {@code d >= 1}, static grid extents
   * @return the normalised, scaled and shifted {@code x}, same shape
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireMinRank(name, x, 3, "[batch, ...grid, " + channels + "]");
    Shapes.requireChannels(name, x, channels);
    int rank = x.shape().numDimensions();
    int d = rank - 2;
    long[] grouped = new long[rank + 1];
    long[] back = new long[rank];
    grouped[0] = -1;
    back[0] = -1;
    int[] axes = new int[d + 1];
    for (int a = 1; a <= d; a++) {
      grouped[a] = Shapes.staticDim(name, x, a, "grid extent");
      back[a] = grouped[a];
      axes[a - 1] = a;
    }
    grouped[d + 1] = groups;
    grouped[d + 2] = channels / groups;
    back[d + 1] = channels;
    axes[d] = d + 2;
    Operand<TFloat32> xg = tf.reshape(x, tf.constant(grouped));
    Operand<TFloat32> mean = tf.math.mean(xg, tf.constant(axes), Mean.keepDims(true));
    Operand<TFloat32> centred = tf.math.sub(xg, mean);
    Operand<TFloat32> variance = tf.math.mean(tf.math.square(centred), tf.constant(axes), Mean.keepDims(true));
    Operand<TFloat32> normed = tf.math.mul(centred, tf.math.rsqrt(tf.math.add(variance, tf.constant(EPSILON))));
    Operand<TFloat32> y = tf.reshape(normed, tf.constant(back));
    return tf.math.add(tf.math.mul(y, gamma.value()), beta.value());
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the number of groups */
  public int groups() {
    return groups;
  }

  /** @return the scale {@code γ}, {@code [C]} */
  public TfVariable scale() {
    return gamma;
  }

  /** @return the shift {@code β}, {@code [C]} */
  public TfVariable shift() {
    return beta;
  }
}
