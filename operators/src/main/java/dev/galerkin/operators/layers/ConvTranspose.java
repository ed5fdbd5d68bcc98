package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A transposed convolution with bias (up-sampling by a learned kernel), channel-last, 1D or 2D:
 * {@code [batch, n_1, …, n_d, in] → [batch, s·n_1, …, s·n_d, out]}. It is the adjoint of a
 * zero-padded convolution of stride {@code s} from the fine grid to the coarse one, with
 * TensorFlow's {@code SAME} split ({@code ⌊(k−s)/2⌋} points before): fine point
 * {@code j = s·i + t − ⌊(k−s)/2⌋} receives {@code x_i · w_t}. Kernel 4, stride 2 is PDEArena's
 * {@code Upsample} (PyTorch {@code ConvTranspose2d(c, c, 4, 2, 1)}). Built from
 * {@code Conv2DBackpropInput}, which has a gradient; 1D runs over a unit axis.
 *
 * <p>Variables: {@code name/w} of shape {@code [k_1, …, k_d, out, in]} (TensorFlow's layout for a
 * transposed kernel; Glorot uniform by default) and {@code name/b} of shape {@code [out]} (zeros).
 */
public final class ConvTranspose {
  private final String name;
  private final int[] kernel;
  private final int in;
  private final int out;
  private final int stride;
  private final Ops tf;
  private final TfVariable w;
  private final TfVariable b;

  private ConvTranspose(String name, int[] kernel, int in, int out, int stride, Ops tf, TfVariable w, TfVariable b) {
    this.name = name;
    this.kernel = kernel;
    this.in = in;
    this.out = out;
    this.stride = stride;
    this.tf = tf;
    this.w = w;
    this.b = b;
  }

  /** As {@link #create(TfGraph, String, int[], int, int, int, Initializer)} with a Glorot-uniform kernel. */
  public static ConvTranspose create(TfGraph g, String name, int[] kernel, int in, int out, int stride) {
    return create(g, name, kernel, in, out, stride, Initializer.glorotUniform());
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param kernel the kernel extent per spatial axis, 1 or 2 of them, each {@code >= stride}; copied
   * @param in input channels
   * @param out output channels
   * @param stride the up-sampling factor along every spatial axis, {@code >= 1}
   * @param kernelInit initial values of {@code name/w}
   * @return the layer
   */
  public static ConvTranspose create(TfGraph g, String name, int[] kernel, int in, int out, int stride,
      Initializer kernelInit) {
    return create(g, name, kernel, in, out, stride, kernelInit, true);
  }

  /**
   * As {@link #create(TfGraph, String, int[], int, int, int, Initializer)}, with or without the
   * bias (MgNO's prolongation has none).
   *
   * @param bias whether the layer adds {@code name/b}
   */
  public static ConvTranspose create(TfGraph g, String name, int[] kernel, int in, int out, int stride,
      Initializer kernelInit, boolean bias) {
    Conv.checkKernel(name, kernel);
    if (kernel.length > 2) {
      throw new GalerkinException("layer '" + name + "': a transposed convolution has 1 or 2 spatial axes, got "
          + kernel.length);
    }
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "stride", stride);
    for (int k : kernel) {
      if (k < stride) {
        throw new GalerkinException("layer '" + name + "': kernel extent " + k + " is below the stride " + stride
            + "; the output would have holes");
      }
    }
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", Conv.kernelShape(kernel, out, in), kernelInit);
    TfVariable b = bias ? g.variable(name + "/b", new long[] {out}, Initializer.zeros()) : null;
    return new ConvTranspose(name, kernel.clone(), in, out, stride, tf, w, b);
  }

  /**
   * @param x input {@code [batch, n_1, …, n_d, in]} with a static grid
   * @return {@code [batch, s·n_1, …, s·n_d, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    int d = kernel.length;
    Shapes.requireRank(name, x, d + 2, SpectralConv.layout(d, in));
    Shapes.requireChannels(name, x, in);
    long[] fine = new long[d + 2];
    fine[0] = -1;
    for (int a = 0; a < d; a++) {
      fine[a + 1] = (long) stride * Shapes.staticDim(name, x, a + 1, "grid extent");
    }
    fine[d + 1] = out;
    boolean line = d == 1;
    Operand<TFloat32> x4 = line ? tf.expandDims(x, tf.constant(1)) : x;
    Operand<TFloat32> w4 = line ? tf.expandDims(w.value(), tf.constant(0)) : w.value();
    int[] sizes = line ? new int[] {1, (int) fine[1], out} : new int[] {(int) fine[1], (int) fine[2], out};
    Operand<TInt32> batch = tf.slice(tf.shape(x4), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt32> outputSize = tf.concat(List.of(batch, tf.constant(sizes)), tf.constant(0));
    long s = stride;
    List<Long> strides = line ? List.of(1L, 1L, s, 1L) : List.of(1L, s, s, 1L);
    Operand<TFloat32> y = tf.nn.conv2dBackpropInput(outputSize, w4, x4, strides, "SAME");
    // the shape of Conv2DBackpropInput is known only at run time: the reshape states it (and drops
    // the unit axis of 1D)
    Operand<TFloat32> shaped = tf.reshape(y, tf.constant(fine));
    return b == null ? shaped : tf.nn.biasAdd(shaped, b.value());
  }

  /**
   * The transposed convolution on a periodic grid: fine point {@code j} also receives its share from
   * the coarse points across the seam (a plain {@link #apply} drops what falls outside
   * {@code [0, s·n)}, as zero padding would). The coarse field is wrapped by {@code ⌈(k−1−p)/s⌉}
   * points before and {@code ⌊(s−1+p)/s⌋} after ({@code p = ⌊(k−s)/2⌋}; one each for kernel 4,
   * stride 2), transposed-convolved, and the {@code s·n} fine points cut from where the unwrapped
   * field lies, so the result is the {@link #apply} of the periodic extension restricted to one
   * period: it commutes with periodic shifts ({@code shift by m coarse ↦ s·m fine}).
   *
   * @param x input {@code [batch, n_1, …, n_d, in]} with a static grid
   * @return {@code [batch, s·n_1, …, s·n_d, out]}
   */
  public Operand<TFloat32> applyCircular(Operand<TFloat32> x) {
    int d = kernel.length;
    Shapes.requireRank(name, x, d + 2, SpectralConv.layout(d, in));
    int[] before = new int[d];
    int[] after = new int[d];
    int[] begin = new int[d + 2];
    int[] size = new int[d + 2];
    size[0] = -1;
    size[d + 1] = -1;
    for (int a = 0; a < d; a++) {
      int p = (kernel[a] - stride) / 2;
      before[a] = (kernel[a] - 1 - p + stride - 1) / stride;
      after[a] = (stride - 1 + p) / stride;
      begin[a + 1] = stride * before[a];
      size[a + 1] = stride * Shapes.staticDim(name, x, a + 1, "grid extent");
    }
    Operand<TFloat32> wrapped = Padding.CIRCULAR.pad(tf, name, x, before, after);
    // int32 bounds: the gradient of Slice subtracts them from an int32 shape
    return tf.slice(apply(wrapped), tf.constant(begin), tf.constant(size));
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the up-sampling factor */
  public int stride() {
    return stride;
  }

  /** @return the kernel {@code [k_1, …, k_d, out, in]} */
  public TfVariable kernel() {
    return w;
  }

  /** @return the bias {@code [out]} */
  public TfVariable bias() {
    return b;
  }
}
