package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The pre-activation residual block of PDEArena's U-Nets (Gupta and Brandstetter 2022, "Towards
 * multi-spatiotemporal-scale generalized PDE modeling"; after He et al. 2016, "Identity mappings in
 * deep residual networks"), channel-last, 1D to 3D:
 * {@code h = conv₂(σ(norm₂(conv₁(σ(norm₁(x))))))}, output {@code h + shortcut(x)}, where the convolutions
 * are {@code 3^d} kernels at stride 1 (the grid keeps its extent), the norms are {@link GroupNorm}s
 * (or none), and the shortcut is the identity when {@code in = out} and a {@code 1^d} convolution
 * otherwise. {@code [batch, n_1, …, n_d, in] → [batch, n_1, …, n_d, out]}.
 *
 * <p>Sub-layers and their variables: {@code name/norm_1} (over {@code in} channels),
 * {@code name/conv_1} ({@code in → out}), {@code name/norm_2}, {@code name/conv_2}
 * ({@code out → out}), {@code name/shortcut} when {@code in ≠ out}.
 */
public final class ResidualBlock {
  /** The kernel extent of both convolutions along every axis. */
  public static final int KERNEL = 3;

  private final String name;
  private final Ops tf;
  private final Activation activation;
  private final GroupNorm norm1;
  private final Conv conv1;
  private final GroupNorm norm2;
  private final Conv conv2;
  private final Conv shortcut;

  private ResidualBlock(String name, Ops tf, Activation activation, GroupNorm norm1, Conv conv1,
      GroupNorm norm2, Conv conv2, Conv shortcut) {
    this.name = name;
    this.tf = tf;
    this.activation = activation;
    this.norm1 = norm1;
    this.conv1 = conv1;
    this.norm2 = norm2;
    this.conv2 = conv2;
    this.shortcut = shortcut;
  }

  /**
   * @param g the graph
   * @param name the block name, unique in {@code g}
   * @param dims spatial dimensions, 1 to 3
   * @param in input channels
   * @param out output channels
   * @param groups the groups of both norms, dividing {@code in} and {@code out}; 0 for no
   *     normalisation (PDEArena's {@code norm=False}, its default)
   * @param activation {@code σ}
   * @param padding the padding of both convolutions (not {@code VALID}: the block keeps the grid)
   * @return the block
   */
  public static ResidualBlock create(TfGraph g, String name, int dims, int in, int out, int groups,
      Activation activation, Padding padding) {
    return create(g, name, dims, in, out, groups, activation, padding, Initializer.glorotUniform());
  }

  /**
   * As {@link #create(TfGraph, String, int, int, int, int, Activation, Padding)}, with the
   * convolutions' kernels drawn from {@code kernelInit} (PDEArena trains from
   * {@link Initializer#pytorchDefault()}).
   *
   * @param kernelInit initial values of the three kernels; the biases start at zero
   */
  public static ResidualBlock create(TfGraph g, String name, int dims, int in, int out, int groups,
      Activation activation, Padding padding, Initializer kernelInit) {
    if (groups < 0) {
      throw new GalerkinException("layer '" + name + "': groups must be >= 0 (0: no normalisation), got " + groups);
    }
    if (activation == null) {
      throw new GalerkinException("layer '" + name + "': activation must not be null");
    }
    if (padding == Padding.VALID) {
      throw new GalerkinException("layer '" + name + "': a residual block keeps the grid; use zero, circular"
          + " or reflect padding, not valid");
    }
    if (dims < 1 || dims > 3) {
      throw new GalerkinException("layer '" + name + "': dims must be 1, 2 or 3, got " + dims);
    }
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Ops tf = g.claimLayer(name);
    int[] k = Conv.cube(dims, KERNEL);
    GroupNorm n1 = groups == 0 ? null : GroupNorm.create(g, name + "/norm_1", groups, in);
    Conv c1 = Conv.create(g, name + "/conv_1", k, in, out, 1, padding, kernelInit);
    GroupNorm n2 = groups == 0 ? null : GroupNorm.create(g, name + "/norm_2", groups, out);
    Conv c2 = Conv.create(g, name + "/conv_2", k, out, out, 1, padding, kernelInit);
    Conv sc = in == out ? null : Conv.create(g, name + "/shortcut", Conv.cube(dims, 1), in, out, 1,
        Padding.VALID, kernelInit);
    return new ResidualBlock(name, tf, activation, n1, c1, n2, c2, sc);
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, in]} with a static grid
   * @return {@code [batch, n_1, …, n_d, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Operand<TFloat32> h = conv1.apply(activation.apply(tf, norm1 == null ? x : norm1.apply(x)));
    h = conv2.apply(activation.apply(tf, norm2 == null ? h : norm2.apply(h)));
    return tf.math.add(h, shortcut == null ? x : shortcut.apply(x));
  }

  /** @return the block name */
  public String name() {
    return name;
  }

  /** @return the first convolution ({@code in → out}) */
  public Conv conv1() {
    return conv1;
  }

  /** @return the second convolution ({@code out → out}) */
  public Conv conv2() {
    return conv2;
  }

  /** @return whether the shortcut is a 1×1 convolution (channel counts differ) */
  public boolean projectsShortcut() {
    return shortcut != null;
  }
}
