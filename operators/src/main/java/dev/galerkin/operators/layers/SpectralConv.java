package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The Fourier layer of FNO (Li et al. 2021, "Fourier neural operator for parametric partial
 * differential equations") in {@code d = 1, 2, 3} dimensions, channel-last:
 * {@code [batch, n_1, …, n_d, in] → [batch, n_1, …, n_d, out]}, {@code v = irfftn(W · rfftn(u))}
 * with every mode outside the retained set set to zero.
 *
 * <p>Retained modes: {@code k_d} along the last axis, the {@code rfft} side ({@code 0 … k_d−1}), and
 * {@code 2k_a} along every other axis {@code a}, FNO's two corners ({@code 0 … k_a−1} and
 * {@code −k_a … −1}). Each retained mode has its own complex {@code in × out} matrix
 * {@code W = Wr + i·Wi}; the variables {@code name/wr} and {@code name/wi} have shape
 * {@code [modes, in, out]}, {@code modes = 2k_1 · … · 2k_{d−1} · k_d}, the mode index row-major over
 * the axes (1D: {@code [k, in, out]}; 2D: {@code [2kx·ky, in, out]}, index {@code ix·ky + jy}). The
 * weights mean the same at every grid size, so {@link #apply} works at any grid with
 * {@code n_a >= 2k_a} and {@code n_d >= 2(k_d−1)}; it builds the DFT matrices for the input's static
 * grid (cached per grid).
 *
 * <p>Computation without complex types (TFJAVA.md): forward along the last axis with
 * {@code F = [cos; −sin]} by batch matmul, which gives the real and imaginary parts
 * {@code [.., 2, k_d, in]}; then along each other axis (from the last to the first) the complex DFT
 * of those parts, one batch matmul with the real {@code [2m_a, 2n_a]} matrix
 * {@code [[cos, sin], [−sin, cos]]} (columns interleaved per grid point, as the parts lie in
 * memory), so the tensor keeps one real/imaginary axis {@code [B, 2, m_1, …, m_d, in]}. One batch
 * matmul with the block weight {@code [[Wr, Wi], [−Wi, Wr]]} ({@code [modes, 2in, 2out]}) forms
 * the complex product. The inverse goes along the first axes with
 * {@code [[cos, −sin], [sin, cos]]}, then along the last with {@code (c_j/Π n)[cos, −sin]},
 * {@code c_j = 1} for {@code j = 0} and {@code 2j = n_d}, otherwise 2. Galerkin's earlier
 * {@code SpectralConv1d} and {@code SpectralConv2d} computed the same function with the same
 * variables (the 2D one with four real parts per mode and a four-block weight), so model files
 * written with them load and predict the same to float rounding. The products are raw
 * {@code BatchMatMulV2} ops, which oneDNN runs (docs/fno-profile.md).
 */
public final class SpectralConv {
  /** The largest number of spatial dimensions (the forward pass has rank {@code d + 3}). */
  public static final int MAX_DIMENSIONS = 3;

  private final String name;
  private final int in;
  private final int out;
  private final int[] k;
  private final Ops tf;
  private final TfVariable wr;
  private final TfVariable wi;
  private final Map<List<Integer>, List<Operand<TFloat32>>> constants = new HashMap<>();
  private Operand<TFloat32> blockWeight;

  private SpectralConv(String name, int in, int out, int[] k, Ops tf, TfVariable wr, TfVariable wi) {
    this.name = name;
    this.in = in;
    this.out = out;
    this.k = k;
    this.tf = tf;
    this.wr = wr;
    this.wi = wi;
  }

  /**
   * A layer with FNO's initial weights: {@code Wr, Wi} uniform on {@code [0, 1/(in·out))}.
   *
   * @see #create(TfGraph, String, int, int, Initializer, int...)
   */
  public static SpectralConv create(TfGraph g, String name, int in, int out, int... modes) {
    return create(g, name, in, out, Initializer.uniform(0, 1.0 / ((double) in * out)), modes);
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param in input channels
   * @param out output channels
   * @param init initial values of both {@code wr} and {@code wi}
   * @param modes per spatial axis, {@code d = modes.length} of them (1 to 3): modes kept from each
   *     corner along the first {@code d − 1} axes, modes {@code 0 … k−1} along the last; copied
   * @return the layer
   */
  public static SpectralConv create(TfGraph g, String name, int in, int out, Initializer init, int... modes) {
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    if (modes.length < 1 || modes.length > MAX_DIMENSIONS) {
      throw new GalerkinException("layer '" + name + "': " + modes.length + " mode counts given; a spectral"
          + " convolution has 1 to " + MAX_DIMENSIONS + " spatial axes, one mode count each");
    }
    long count = 1;
    for (int a = 0; a < modes.length; a++) {
      Shapes.positive(name, modeField(modes.length, a), modes[a]);
      count *= a < modes.length - 1 ? 2L * modes[a] : modes[a];
    }
    Ops tf = g.claimLayer(name);
    long[] shape = {count, in, out};
    TfVariable wr = g.variable(name + "/wr", shape, init);
    TfVariable wi = g.variable(name + "/wi", shape, init);
    return new SpectralConv(name, in, out, modes.clone(), tf, wr, wi);
  }

  /** The names of the mode counts in messages: {@code modes} in 1D, {@code kx, ky, kz} otherwise. */
  private static String modeField(int d, int a) {
    return d == 1 ? "modes" : "k" + "xyz".charAt(a);
  }

  private static String axisName(int d, int a) {
    return d == 1 ? "" : String.valueOf("xyz".charAt(a));
  }

  /**
   * @param h input {@code [batch, n_1, …, n_d, in]} with a static grid
   * @return the spectral convolution, {@code [batch, n_1, …, n_d, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> h) {
    int d = k.length;
    Shapes.requireRank(name, h, d + 2, layout(d, in));
    Shapes.requireChannels(name, h, in);
    int[] n = new int[d];
    for (int a = 0; a < d; a++) {
      String ax = axisName(d, a);
      n[a] = Shapes.staticDim(name, h, a + 1, "grid size n" + ax);
      if (a < d - 1 && 2 * k[a] > n[a]) {
        throw new GalerkinException("layer '" + name + "': " + k[a] + " modes from each corner along " + ax
            + " need n" + ax + " >= " + 2 * k[a] + ", got n" + ax + " = " + n[a]);
      }
    }
    int last = n[d - 1];
    if (k[d - 1] > last / 2 + 1) {
      String ax = axisName(d, d - 1);
      throw new GalerkinException("layer '" + name + "': " + k[d - 1] + " modes" + (d == 1 ? "" : " along " + ax)
          + " need n" + ax + " >= " + 2 * (k[d - 1] - 1) + ", got n" + ax + " = " + last);
    }
    List<Operand<TFloat32>> c = constants(n);
    long[] m = retained();
    long modes = 1;
    for (long ma : m) {
      modes *= ma;
    }
    // forward along the last axis: [B·n_1…n_{d−1}, n_d, in] -> [.., 2, k_d, in] (Re, Im)
    Operand<TFloat32> z = bmm(c.get(d - 1), reshape(h, -1, last, in));
    // complex forward along axis a = d−2 … 0: [B·n_1…n_a, (n_{a+1}, 2), rest] -> [.., 2, m_{a+1}, rest]
    long rest = m[d - 1] * in;
    for (int a = d - 2; a >= 0; a--) {
      z = bmm(c.get(a), reshape(z, -1, 2L * n[a], rest));
      rest *= m[a];
    }
    // [B, 2, m_1, …, m_d, in] -> [m_1, …, m_d, B, 2, in] -> [modes, B, 2·in]
    long[] split = new long[d + 3];
    int[] perm = new int[d + 3];
    split[0] = -1;
    split[1] = 2;
    for (int a = 0; a < d; a++) {
      split[2 + a] = m[a];
      perm[a] = 2 + a;
    }
    split[d + 2] = in;
    perm[d] = 0;
    perm[d + 1] = 1;
    perm[d + 2] = d + 2;
    Operand<TFloat32> um = reshape(tf.linalg.transpose(reshape(z, split), tf.constant(perm)),
        modes, -1, 2L * in);
    Operand<TFloat32> v = bmm(um, blockWeight()); // [modes, B, 2out]
    // [m_1, …, m_d, B, 2, out] -> [B, 2, m_1, …, m_d, out] -> [B, 2m_1, m_2…m_d·out]
    long[] vs = new long[d + 3];
    int[] vp = new int[d + 3];
    vp[0] = d;
    vp[1] = d + 1;
    for (int a = 0; a < d; a++) {
      vs[a] = m[a];
      vp[a + 2] = a;
    }
    vs[d] = -1;
    vs[d + 1] = 2;
    vs[d + 2] = out;
    vp[d + 2] = d + 2;
    long tail = modes / m[0] * out;
    Operand<TFloat32> t = reshape(tf.linalg.transpose(reshape(v, vs), tf.constant(vp)), -1, 2 * m[0], tail);
    // inverse along axis a = 0 … d−2: [P, 2m_a, R] -> [P, 2, n_a, R] -> [P, n_a, 2, R] -> [P·n_a, 2m_{a+1}, ..]
    for (int a = 0; a < d - 1; a++) {
      Operand<TFloat32> back = reshape(bmm(c.get(d + a), t), -1, 2, n[a], tail);
      tail /= m[a + 1];
      t = reshape(tf.linalg.transpose(back, tf.constant(new int[] {0, 2, 1, 3})), -1, 2 * m[a + 1], tail);
    }
    long[] outShape = new long[d + 2];
    outShape[0] = -1;
    for (int a = 0; a < d; a++) {
      outShape[a + 1] = n[a];
    }
    outShape[d + 1] = out;
    return reshape(bmm(c.get(2 * d - 1), t), outShape);
  }

  static String layout(int d, int channels) {
    return switch (d) {
      case 1 -> "[batch, n, " + channels + "]";
      case 2 -> "[batch, x, y, " + channels + "]";
      default -> "[batch, x, y, z, " + channels + "]";
    };
  }

  /** @return the retained modes per axis: {@code 2k_a} for the first {@code d − 1}, {@code k_d} last */
  private long[] retained() {
    long[] m = new long[k.length];
    for (int a = 0; a < k.length; a++) {
      m[a] = a < k.length - 1 ? 2L * k[a] : k[a];
    }
    return m;
  }

  /** @return {@code [[Wr, Wi], [−Wi, Wr]]} ({@code [modes, 2in, 2out]}): {@code [Re U, Im U] → [Re V, Im V]} */
  private Operand<TFloat32> blockWeight() {
    if (blockWeight == null) {
      Operand<TFloat32> r = wr.value();
      Operand<TFloat32> i = wi.value();
      blockWeight = tf.concat(List.<Operand<TFloat32>>of(
          tf.concat(List.<Operand<TFloat32>>of(r, i), tf.constant(2)),
          tf.concat(List.<Operand<TFloat32>>of(tf.math.neg(i), r), tf.constant(2))), tf.constant(1));
    }
    return blockWeight;
  }

  /**
   * @return for the grid {@code n}: the complex forward matrices {@code [2m_a, 2n_a]} of the first
   *     {@code d − 1} axes and the real one {@code [2k_d, n_d]} of the last (index {@code a}), the
   *     complex inverses {@code [2n_a, 2m_a]} of the first {@code d − 1} axes (index
   *     {@code d + a}) and the real inverse {@code [n_d, 2k_d]} (index {@code 2d − 1})
   */
  private List<Operand<TFloat32>> constants(int[] n) {
    List<Integer> key = Arrays.stream(n).boxed().toList();
    return constants.computeIfAbsent(key, unused -> {
      int d = k.length;
      List<Operand<TFloat32>> c = new ArrayList<>();
      int[][] freqs = new int[d][];
      double cells = 1;
      for (int a = 0; a < d; a++) {
        freqs[a] = a < d - 1 ? Dft.corners(k[a], n[a]) : Dft.first(k[a]);
        c.add(a < d - 1
            ? constant(Dft.forwardComplex(freqs[a], n[a]), 2L * freqs[a].length, 2L * n[a])
            : constant(Dft.forward(freqs[a], n[a]), 2L * freqs[a].length, n[a]));
        cells *= n[a];
      }
      for (int a = 0; a < d - 1; a++) {
        c.add(constant(Dft.inverseComplex(freqs[a], n[a]), 2L * n[a], 2L * freqs[a].length));
      }
      c.add(constant(Dft.inverseReal(k[d - 1], n[d - 1], 1.0 / cells), n[d - 1], 2L * k[d - 1]));
      return c;
    });
  }

  private Operand<TFloat32> constant(float[] values, long... shape) {
    return tf.constant(Shape.of(shape), DataBuffers.of(values, true, false));
  }

  /**
   * A raw {@code BatchMatMulV2} (broadcasting batch matmul), not {@code tf.train.batchMatMul}'s
   * {@code BatchMatMulV3}: with {@code TF_ENABLE_ONEDNN_OPTS=1} TensorFlow 2.18 rewrites V2 to
   * oneDNN's {@code _MklBatchMatMulV2} but runs V3 on its own kernel (docs/fno-profile.md). The
   * gradients stay V3: TensorFlow's C++ gradient of V2 emits V3. Same node name
   * ({@code BatchMatMul}), same result.
   */
  private Operand<TFloat32> bmm(Operand<TFloat32> a, Operand<TFloat32> b) {
    return tf.scope().opBuilder("BatchMatMulV2", "BatchMatMul").addInput(a.asOutput())
        .addInput(b.asOutput()).build().output(0);
  }

  private Operand<TFloat32> reshape(Operand<TFloat32> x, long... shape) {
    return tf.reshape(x, tf.constant(shape));
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the spatial dimensions {@code d} */
  public int dimensions() {
    return k.length;
  }

  /** @return the mode counts per axis, as given to {@code create} (a copy) */
  public int[] modes() {
    return k.clone();
  }

  /** @return the real parts {@code [modes, in, out]} */
  public TfVariable realWeight() {
    return wr;
  }

  /** @return the imaginary parts {@code [modes, in, out]} */
  public TfVariable imagWeight() {
    return wi;
  }
}
