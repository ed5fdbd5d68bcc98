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
 * 2D as {@code Conv2D}, 3D as a sum of {@code Conv2D}s over the kernel's z-slabs (there is no
 * gradient for {@code Conv3D}).
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
    return create(g, name, kernel, in, out, stride, padding, kernelInit, true);
  }

  /**
   * As {@link #create(TfGraph, String, int[], int, int, int, Padding, Initializer)}, with or
   * without the bias: a linear operator (MgNO's smoothers and transfers) has none.
   *
   * @param bias whether the layer adds {@code name/b}
   */
  public static Conv create(TfGraph g, String name, int[] kernel, int in, int out, int stride,
      Padding padding, Initializer kernelInit, boolean bias) {
    checkKernel(name, kernel);
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "stride", stride);
    if (padding == null) {
      throw new GalerkinException("layer '" + name + "': padding must not be null");
    }
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", kernelShape(kernel, in, out), kernelInit);
    TfVariable b = bias ? g.variable(name + "/b", new long[] {out}, Initializer.zeros()) : null;
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
      case 1 -> tf.squeeze(tf.nn.conv2d(tf.expandDims(p, tf.constant(1)), tf.expandDims(w.value(),
          tf.constant(0)), strides(2, true), "VALID"), Squeeze.axis(List.of(1L)));
      case 2 -> tf.nn.conv2d(p, w.value(), strides(2, false), "VALID");
      default -> conv3d(p);
    };
    return b == null ? y : tf.nn.biasAdd(y, b.value());
  }

  /**
   * A {@code VALID} 3D convolution as {@code k_z} 2D ones (TensorFlow Java 1.1.0 has no gradient for
   * {@code Conv3D}): the z axis joins the batch, and slab {@code t} of the kernel is applied to the
   * z-points {@code t, t + s, …}; the sum over {@code t} is the 3D convolution, in as many
   * multiply-adds.
   *
   * @param p the padded input {@code [B, X, Y, Z, in]}, static grid
   * @return {@code [B, X', Y', Z', out]}
   */
  private Operand<TFloat32> conv3d(Operand<TFloat32> p) {
    int[] n = new int[3];
    int[] m = new int[3];
    for (int a = 0; a < 3; a++) {
      n[a] = Shapes.staticDim(name, p, a + 1, "grid extent");
      m[a] = (n[a] - kernel[a]) / stride + 1;
    }
    Operand<TFloat32> zFirst = tf.linalg.transpose(p, tf.constant(new int[] {0, 3, 1, 2, 4})); // [B, Z, X, Y, in]
    int span = (m[2] - 1) * stride + 1;
    int[] every = new int[m[2]];
    for (int i = 0; i < every.length; i++) {
      every[i] = i * stride;
    }
    Operand<TFloat32> sum = null;
    for (int t = 0; t < kernel[2]; t++) {
      // int32 bounds: the gradient of Slice subtracts them from an int32 shape
      Operand<TFloat32> slab = tf.slice(zFirst, tf.constant(new int[] {0, t, 0, 0, 0}),
          tf.constant(new int[] {-1, span, -1, -1, -1}));
      if (stride > 1) {
        slab = tf.gather(slab, tf.constant(every), tf.constant(1));
      }
      Operand<TFloat32> w2 = tf.reshape(tf.slice(w.value(), tf.constant(new int[] {0, 0, t, 0, 0}),
          tf.constant(new int[] {-1, -1, 1, -1, -1})), tf.constant(new long[] {kernel[0], kernel[1], in, out}));
      Operand<TFloat32> y = tf.nn.conv2d(tf.reshape(slab, tf.constant(new long[] {-1, n[0], n[1], in})), w2,
          strides(2, false), "VALID");
      sum = sum == null ? y : tf.math.add(sum, y);
    }
    Operand<TFloat32> y5 = tf.reshape(sum, tf.constant(new long[] {-1, m[2], m[0], m[1], out}));
    return tf.linalg.transpose(y5, tf.constant(new int[] {0, 2, 3, 1, 4}));
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

  /** @return the channels of the output, the last kernel axis */
  public int out() {
    return out;
  }

  /** @return the channels of the input, the second-to-last kernel axis */
  public int in() {
    return in;
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

  /** @return the kernel extents per axis (a copy) */
  public int[] kernelExtent() {
    return kernel.clone();
  }
}
