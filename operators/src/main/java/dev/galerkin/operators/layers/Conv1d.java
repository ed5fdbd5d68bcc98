package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.types.TFloat32;

/**
 * A 1D convolution with bias on channel-last grids: {@code [batch, n, in] → [batch, n', out]},
 * computed as a 2D convolution over a unit axis ({@code [batch, 1, n, in]}).
 *
 * <p>Variables: {@code name/w} of shape {@code [k, in, out]} (Glorot uniform by default) and
 * {@code name/b} of shape {@code [out]} (zeros).
 */
public final class Conv1d {
  private final String name;
  private final int in;
  private final int out;
  private final int stride;
  private final Padding padding;
  private final Ops tf;
  private final TfVariable w;
  private final TfVariable b;

  private Conv1d(String name, int in, int out, int stride, Padding padding, Ops tf, TfVariable w, TfVariable b) {
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
   * @param kernel kernel extent, {@code >= 1}
   * @param in input channels
   * @param out output channels
   * @param stride the stride, {@code >= 1}
   * @param padding {@link Padding#SAME} or {@link Padding#VALID}
   * @return the layer, Glorot-uniform kernel and zero bias
   */
  public static Conv1d create(TfGraph g, String name, int kernel, int in, int out, int stride, Padding padding) {
    return create(g, name, kernel, in, out, stride, padding, Initializer.glorotUniform());
  }

  /** As {@link #create(TfGraph, String, int, int, int, int, Padding)} with a kernel initializer. */
  public static Conv1d create(TfGraph g, String name, int kernel, int in, int out, int stride,
      Padding padding, Initializer kernelInit) {
    Shapes.positive(name, "kernel", kernel);
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "stride", stride);
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", new long[] {kernel, in, out}, kernelInit);
    TfVariable b = g.variable(name + "/b", new long[] {out}, Initializer.zeros());
    return new Conv1d(name, in, out, stride, padding, tf, w, b);
  }

  /**
   * @param x input {@code [batch, n, in]}
   * @return the convolution plus bias, {@code [batch, n', out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireRank(name, x, 3, "[batch, n, " + in + "]");
    Shapes.requireChannels(name, x, in);
    Operand<TFloat32> x4 = tf.expandDims(x, tf.constant(1));
    Operand<TFloat32> w4 = tf.expandDims(w.variable(), tf.constant(0));
    long s = stride;
    Operand<TFloat32> y4 = tf.nn.conv2d(x4, w4, List.of(1L, 1L, s, 1L), padding.name());
    Operand<TFloat32> y = tf.squeeze(y4, Squeeze.axis(List.of(1L)));
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

  /** @return the kernel {@code [k, in, out]} */
  public TfVariable kernel() {
    return w;
  }

  /** @return the bias {@code [out]} */
  public TfVariable bias() {
    return b;
  }
}
