package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A 2D convolution with bias on channel-last grids: {@code [batch, x, y, in] → [batch, x', y', out]}
 * (TensorFlow's {@code Conv2D}, NHWC; cross-correlation, as in every deep-learning library).
 *
 * <p>Variables: {@code name/w} of shape {@code [kx, ky, in, out]} (Glorot uniform by default, fans
 * multiplied by {@code kx·ky}) and {@code name/b} of shape {@code [out]} (zeros).
 */
public final class Conv2d {
  private final String name;
  private final int in;
  private final int out;
  private final int stride;
  private final Padding padding;
  private final Ops tf;
  private final TfVariable w;
  private final TfVariable b;

  private Conv2d(String name, int in, int out, int stride, Padding padding, Ops tf, TfVariable w, TfVariable b) {
    this.name = name;
    this.in = in;
    this.out = out;
    this.stride = stride;
    this.padding = padding;
    this.tf = tf;
    this.w = w;
    this.b = b;
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param kernelX kernel extent along x (axis 1), {@code >= 1}
   * @param kernelY kernel extent along y (axis 2), {@code >= 1}
   * @param in input channels
   * @param out output channels
   * @param stride the stride along both spatial axes, {@code >= 1}
   * @param padding {@link Padding#SAME} or {@link Padding#VALID}
   * @return the layer, Glorot-uniform kernel and zero bias
   */
  public static Conv2d create(
      TfGraph g, String name, int kernelX, int kernelY, int in, int out, int stride, Padding padding) {
    return create(g, name, kernelX, kernelY, in, out, stride, padding, Initializer.glorotUniform());
  }

  /** As {@link #create(TfGraph, String, int, int, int, int, int, Padding)} with a kernel initializer. */
  public static Conv2d create(TfGraph g, String name, int kernelX, int kernelY, int in, int out,
      int stride, Padding padding, Initializer kernelInit) {
    Shapes.positive(name, "kernelX", kernelX);
    Shapes.positive(name, "kernelY", kernelY);
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "stride", stride);
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", new long[] {kernelX, kernelY, in, out}, kernelInit);
    TfVariable b = g.variable(name + "/b", new long[] {out}, Initializer.zeros());
    return new Conv2d(name, in, out, stride, padding, tf, w, b);
  }

  /**
   * @param x input {@code [batch, x, y, in]}
   * @return the convolution plus bias, {@code [batch, x', y', out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireRank(name, x, 4, "[batch, x, y, " + in + "]");
    Shapes.requireChannels(name, x, in);
    long s = stride;
    Operand<TFloat32> y = tf.nn.conv2d(x, w.variable(), List.of(1L, s, s, 1L), padding.name());
    return tf.nn.biasAdd(y, b.variable());
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return output channels */
  public int out() {
    return out;
  }

  /** @return the kernel {@code [kx, ky, in, out]} */
  public TfVariable kernel() {
    return w;
  }

  /** @return the bias {@code [out]} */
  public TfVariable bias() {
    return b;
  }
}
