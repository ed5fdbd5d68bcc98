package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.types.TFloat32;

/**
 * A convolution with bias on channel-last grids in 1, 2 or 3 dimensions:
 * {@code [batch, n_1, …, n_d, in] → [batch, n'_1, …, n'_d, out]} (a cross-correlation, as in every
 * deep-learning library). The grid is first padded as {@link Padding} says, then convolved
 * {@code VALID} with the given stride: at stride 1 every padding but {@code VALID} keeps the grid
 * extent, at stride {@code s} the output has {@code ⌈n/s⌉} points (strided down-sampling: kernel 3,
 * stride 2 is PDEArena's {@code Downsample}). 1D runs as TensorFlow's {@code Conv2D} over a unit axis,
 * 2D as {@code Conv2D}, 3D as {@code Conv3D}.
 *
 * <p>Variables: {@code name/w} of shape {@code [k_1, …, k_d, in, out]} (Glorot uniform by default,
 * fans multiplied by {@code Π k}) and {@code name/b} of shape {@code [out]} (zeros).
 */
public final class Conv {
  private final String name;
  private final int[] kernel;
  private final int in;
  private final int out;
  private final int stride;
  private final Padding padding;
  private final Ops tf;
  private final TfVariable w;
  private final TfVariable b;

  private Conv(String name, int[] kernel, int in, int out, int stride, Padding padding, Ops tf,
      TfVariable w, TfVariable b) {
    this.name = name;
    this.kernel = kernel;
    this.in = in;
    this.out = out;
    this.stride = stride;
    this.padding = padding;
    this.tf = tf;
    this.w = w;
    this.b = b;
  }

  /** As {@link #create(TfGraph, String, int[], int, int, int, Padding, Initializer)} with a Glorot-uniform kernel. */
  public static Conv create(TfGraph g, String name, int[] kernel, int in, int out, int stride, Padding padding) {
    return create(g, name, kernel, in, out, stride, padding, Initializer.glorotUniform());
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param kernel the kernel extent per spatial axis, {@code d = kernel.length} (1 to 3) of them,
   *     each {@code >= 1}; copied
   * @param in input channels
   * @param out output channels
   * @param stride the stride along every spatial axis, {@code >= 1}
   * @param padding how the grid ends are treated
   * @param kernelInit initial values of {@code name/w}; the bias starts at zero
   * @return the layer
   */
  public static Conv create(TfGraph g, String name, int[] kernel, int in, int out, int stride,
      Padding padding, Initializer kernelInit) {
    checkKernel(name, kernel);
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "stride", stride);
    if (padding == null) {
      throw new GalerkinException("layer '" + name + "': padding must not be null");
    }
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", kernelShape(kernel, in, out), kernelInit);
    TfVariable b = g.variable(name + "/b", new long[] {out}, Initializer.zeros());
    return new Conv(name, kernel.clone(), in, out, stride, padding, tf, w, b);
  }

  /** @return {@code k} repeated {@code d} times: a cubic kernel */
  public static int[] cube(int d, int k) {
    int[] c = new int[d];
    java.util.Arrays.fill(c, k);
    return c;
  }

  static void checkKernel(String name, int[] kernel) {
    if (kernel.length < 1 || kernel.length > 3) {
      throw new GalerkinException("layer '" + name + "': " + kernel.length + " kernel extents given;"
          + " a convolution has 1 to 3 spatial axes, one extent each");
    }
    for (int k : kernel) {
      Shapes.positive(name, "kernel", k);
    }
  }

  /** @return {@code [k_1, …, k_d, a, b]} */
  static long[] kernelShape(int[] kernel, int a, int b) {
    long[] s = new long[kernel.length + 2];
    for (int i = 0; i < kernel.length; i++) {
      s[i] = kernel[i];
    }
    s[kernel.length] = a;
    s[kernel.length + 1] = b;
    return s;
  }

  /**
   * @param x input {@code [batch, n_1, …, n_d, in]}; static grid extents unless {@code VALID}
   * @return the convolution plus bias, {@code [batch, n'_1, …, n'_d, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    int d = kernel.length;
    Shapes.requireRank(name, x, d + 2, SpectralConv.layout(d, in));
    Shapes.requireChannels(name, x, in);
    int[][] split = Padding.split(kernel, padding);
    Operand<TFloat32> p = padding.pad(tf, name, x, split[0], split[1]);
    for (int a = 0; a < d; a++) {
      long n = p.shape().get(a + 1);
      if (n >= 0 && n < kernel[a]) {
        throw new GalerkinException("layer '" + name + "': a kernel of extent " + kernel[a] + " along axis "
            + (a + 1) + " does not fit the " + (padding == Padding.VALID ? "" : "padded ") + "grid extent " + n);
      }
    }
    Operand<TFloat32> y = switch (d) {
      case 1 -> tf.squeeze(tf.nn.conv2d(tf.expandDims(p, tf.constant(1)), tf.expandDims(w.variable(),
          tf.constant(0)), strides(2, true), "VALID"), Squeeze.axis(List.of(1L)));
      case 2 -> tf.nn.conv2d(p, w.variable(), strides(2, false), "VALID");
      default -> tf.nn.conv3d(p, w.variable(), strides(3, false), "VALID");
    };
    return tf.nn.biasAdd(y, b.variable());
  }

  /** @return {@code [1, s, …, s, 1]} over {@code d} spatial axes; the first spatial one 1 for a unit axis */
  private List<Long> strides(int d, boolean unitAxis) {
    List<Long> s = new ArrayList<>(d + 2);
    s.add(1L);
    for (int a = 0; a < d; a++) {
      s.add(unitAxis && a == 0 ? 1L : (long) stride);
    }
    s.add(1L);
    return s;
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the kernel extents per axis (a copy) */
  public int[] kernelExtent() {
    return kernel.clone();
  }

  /** @return input channels */
  public int in() {
    return in;
  }

  /** @return output channels */
  public int out() {
    return out;
  }

  /** @return the stride */
  public int stride() {
    return stride;
  }

  /** @return the padding */
  public Padding padding() {
    return padding;
  }

  /** @return the kernel {@code [k_1, …, k_d, in, out]} */
  public TfVariable kernel() {
    return w;
  }

  /** @return the bias {@code [out]} */
  public TfVariable bias() {
    return b;
  }
}
