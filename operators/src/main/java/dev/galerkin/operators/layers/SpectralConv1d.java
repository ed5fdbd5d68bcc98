package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import dev.galerkin.GalerkinException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The Fourier layer of FNO (Li et al. 2021), 1D, channel-last: {@code [batch, n, in] →
 * [batch, n, out]}, {@code v = irfft(W · rfft(u))} keeping the first {@code k} modes.
 *
 * <p>Mode {@code j < k} has its own complex {@code in × out} matrix {@code W = Wr + i·Wi}; variables
 * {@code name/wr} and {@code name/wi} have shape {@code [k, in, out]}. The weights mean the same at
 * every grid size; {@link #apply} builds the DFT matrices for the input's static {@code n >= 2(k−1)}
 * (cached per size).
 *
 * <p>Computation: {@code F = [cos; −sin]} ({@code [2k, n]}) as a batch matmul over
 * {@code [B, n, in]}; transpose to {@code [k, B, 2in]}; one batch matmul with the block weight
 * {@code [[Wr, Wi], [−Wi, Wr]]} ({@code [k, 2in, 2out]}); inverse with
 * {@code G = (c_j/n)[cos, −sin]} ({@code [n, 2k]}), {@code c_j = 1} for {@code j = 0} and
 * {@code 2j = n}, otherwise 2.
 */
public final class SpectralConv1d {
  private final String name;
  private final int in;
  private final int out;
  private final int k;
  private final Ops tf;
  private final TfVariable wr;
  private final TfVariable wi;
  private final Map<Integer, List<Operand<TFloat32>>> constants = new HashMap<>();
  private Operand<TFloat32> blockWeight;

  private SpectralConv1d(String name, int in, int out, int k, Ops tf, TfVariable wr, TfVariable wi) {
    this.name = name;
    this.in = in;
    this.out = out;
    this.k = k;
    this.tf = tf;
    this.wr = wr;
    this.wi = wi;
  }

  /** A layer with FNO's initial weights: {@code Wr, Wi} uniform on {@code [0, 1/(in·out))}. */
  public static SpectralConv1d create(TfGraph g, String name, int in, int out, int modes) {
    return create(g, name, in, out, modes, Initializer.uniform(0, 1.0 / ((double) in * out)));
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param in input channels
   * @param out output channels
   * @param modes modes kept, {@code 0 … modes−1}
   * @param init initial values of both {@code wr} and {@code wi}
   * @return the layer
   */
  public static SpectralConv1d create(TfGraph g, String name, int in, int out, int modes, Initializer init) {
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "modes", modes);
    Ops tf = g.claimLayer(name);
    long[] shape = {modes, in, out};
    TfVariable wr = g.variable(name + "/wr", shape, init);
    TfVariable wi = g.variable(name + "/wi", shape, init);
    return new SpectralConv1d(name, in, out, modes, tf, wr, wi);
  }

  /**
   * @param h input {@code [batch, n, in]} with static {@code n >= 2(k−1)}
   * @return the spectral convolution, {@code [batch, n, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> h) {
    Shapes.requireRank(name, h, 3, "[batch, n, " + in + "]");
    Shapes.requireChannels(name, h, in);
    int n = Shapes.staticDim(name, h, 1, "grid size n");
    if (k > n / 2 + 1) {
      throw new GalerkinException("layer '" + name + "': " + k + " modes need n >= " + 2 * (k - 1) + ", got n = " + n);
    }
    List<Operand<TFloat32>> c = constants(n);
    Operand<TFloat32> z = bmm(c.get(0), h); // [B, 2k, in]
    // [B, 2, k, in] -> [k, B, 2, in] -> [k, B, 2in]
    Operand<TFloat32> zm = reshape(
        tf.linalg.transpose(reshape(z, -1, 2, k, in), tf.constant(new int[] {2, 0, 1, 3})), k, -1, 2L * in);
    Operand<TFloat32> v = bmm(zm, blockWeight()); // [k, B, 2out]
    // [k, B, 2, out] -> [B, 2, k, out] -> [B, 2k, out]
    Operand<TFloat32> vt = reshape(
        tf.linalg.transpose(reshape(v, k, -1, 2, out), tf.constant(new int[] {1, 2, 0, 3})), -1, 2L * k, out);
    return bmm(c.get(1), vt); // [B, n, out]
  }

  private Operand<TFloat32> blockWeight() {
    if (blockWeight == null) {
      Operand<TFloat32> r = wr.variable();
      Operand<TFloat32> i = wi.variable();
      Operand<TFloat32> b1 = tf.concat(List.<Operand<TFloat32>>of(r, i), tf.constant(2));
      Operand<TFloat32> b2 = tf.concat(List.<Operand<TFloat32>>of(tf.math.neg(i), r), tf.constant(2));
      blockWeight = tf.concat(List.of(b1, b2), tf.constant(1));
    }
    return blockWeight;
  }

  private List<Operand<TFloat32>> constants(int n) {
    return constants.computeIfAbsent(n, key -> List.of(
        tf.constant(Shape.of(2L * k, n), DataBuffers.of(Dft.forward(Dft.first(k), n), true, false)),
        tf.constant(Shape.of(n, 2L * k), DataBuffers.of(Dft.inverseReal(k, n, 1.0 / n), true, false))));
  }

  private Operand<TFloat32> bmm(Operand<TFloat32> a, Operand<TFloat32> b) {
    return tf.train.batchMatMul(a, b, TFloat32.class);
  }

  private Operand<TFloat32> reshape(Operand<TFloat32> x, long... shape) {
    return tf.reshape(x, tf.constant(shape));
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return modes kept */
  public int modes() {
    return k;
  }

  /** @return the real parts {@code [k, in, out]} */
  public TfVariable realWeight() {
    return wr;
  }

  /** @return the imaginary parts {@code [k, in, out]} */
  public TfVariable imagWeight() {
    return wi;
  }
}
