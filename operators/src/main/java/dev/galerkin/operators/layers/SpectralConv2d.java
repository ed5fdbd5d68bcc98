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
 * The Fourier layer of FNO (Li et al. 2021, "Fourier neural operator for parametric partial
 * differential equations"), 2D, channel-last: {@code [batch, nx, ny, in] → [batch, nx, ny, out]},
 * {@code v = irfft2(W · rfft2(u))} with the modes outside the retained set set to zero.
 *
 * <p>Retained modes: {@code ky} along y on the {@code rfft} side ({@code 0 … ky−1}) and {@code 2kx}
 * along x, FNO's two corners ({@code 0 … kx−1} and {@code −kx … −1}). Each retained mode
 * {@code (fx, fy)} has its own complex {@code in × out} matrix {@code W = Wr + i·Wi}; variables
 * {@code name/wr} and {@code name/wi} have shape {@code [2kx·ky, in, out]}, mode index
 * {@code ix·ky + jy} with {@code ix} over {@code 0 … kx−1, −kx … −1}. The weights mean the same at
 * every grid size, so {@link #apply} works at any {@code nx >= 2kx}, {@code ny >= 2(ky−1)}: it builds
 * the DFT matrices for the input's static grid size (cached per size).
 *
 * <p>Computation without complex types (TFJAVA.md): forward along y with {@code FyT = [cos; −sin]}
 * ({@code [2ky, ny]}) as a batch matmul over {@code [B·nx, ny, C]}; along x with {@code FxT}
 * ({@code [2·2kx, nx]}) over {@code [B, nx, 2ky·C]}; transpose to {@code [modes, B, 4C]}; one batch
 * matmul with the block weight {@code [[Wr, Wi], [−Wi, Wr], [−Wi, Wr], [−Wr, −Wi]]}
 * ({@code [modes, 4in, 2out]}) forms the complex product; inverse along x with
 * {@code Gx = [[cos, −sin], [sin, cos]]}, then along y with {@code Gy = (c_j/(nx·ny))[cos, −sin]},
 * {@code c_0 = 1}, otherwise 2. Cost per sample ≈ {@code 4·nx·ny·ky·C + 8·nx·kx·ky·C +
 * 32·kx·ky·in·out} multiply-adds, exact to float rounding.
 */
public final class SpectralConv2d {
  private final String name;
  private final int in;
  private final int out;
  private final int kx;
  private final int ky;
  private final Ops tf;
  private final TfVariable wr;
  private final TfVariable wi;
  private final Map<Long, List<Operand<TFloat32>>> constants = new HashMap<>();
  private Operand<TFloat32> blockWeight;

  private SpectralConv2d(String name, int in, int out, int kx, int ky, Ops tf, TfVariable wr, TfVariable wi) {
    this.name = name;
    this.in = in;
    this.out = out;
    this.kx = kx;
    this.ky = ky;
    this.tf = tf;
    this.wr = wr;
    this.wi = wi;
  }

  /** As {@link #create(TfGraph, String, int, int, int, int, Initializer)} with {@code kx = ky = modes}. */
  public static SpectralConv2d create(TfGraph g, String name, int in, int out, int modes) {
    return create(g, name, in, out, modes, modes);
  }

  /**
   * A layer with FNO's initial weights: {@code Wr, Wi} uniform on {@code [0, 1/(in·out))}.
   *
   * @see #create(TfGraph, String, int, int, int, int, Initializer)
   */
  public static SpectralConv2d create(TfGraph g, String name, int in, int out, int kx, int ky) {
    return create(g, name, in, out, kx, ky, Initializer.uniform(0, 1.0 / ((double) in * out)));
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param in input channels
   * @param out output channels
   * @param kx modes kept from each corner along x (axis 1): {@code 2kx} in all
   * @param ky modes kept along y (axis 2), the rfft side
   * @param init initial values of both {@code wr} and {@code wi}
   * @return the layer
   */
  public static SpectralConv2d create(
      TfGraph g, String name, int in, int out, int kx, int ky, Initializer init) {
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Shapes.positive(name, "kx", kx);
    Shapes.positive(name, "ky", ky);
    Ops tf = g.claimLayer(name);
    long[] shape = {2L * kx * ky, in, out};
    TfVariable wr = g.variable(name + "/wr", shape, init);
    TfVariable wi = g.variable(name + "/wi", shape, init);
    return new SpectralConv2d(name, in, out, kx, ky, tf, wr, wi);
  }

  /**
   * @param h input {@code [batch, nx, ny, in]} with static {@code nx >= 2kx}, {@code ny >= 2(ky−1)}
   * @return the spectral convolution, {@code [batch, nx, ny, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> h) {
    Shapes.requireRank(name, h, 4, "[batch, nx, ny, " + in + "]");
    Shapes.requireChannels(name, h, in);
    int nx = Shapes.staticDim(name, h, 1, "grid size nx");
    int ny = Shapes.staticDim(name, h, 2, "grid size ny");
    if (2 * kx > nx) {
      throw new GalerkinException("layer '" + name + "': " + kx + " modes from each corner along x need nx >= "
          + 2 * kx + ", got nx = " + nx);
    }
    if (ky > ny / 2 + 1) {
      throw new GalerkinException("layer '" + name + "': " + ky + " modes along y need ny >= "
          + 2 * (ky - 1) + ", got ny = " + ny);
    }
    List<Operand<TFloat32>> c = constants(nx, ny);
    int mx = 2 * kx;
    // forward along y: [B·nx, ny, in] -> [B·nx, 2ky, in]
    Operand<TFloat32> z = bmm(c.get(0), reshape(h, -1, ny, in));
    // forward along x: [B, nx, 2ky·in] -> [B, 2mx, 2ky·in]
    Operand<TFloat32> u = bmm(c.get(1), reshape(z, -1, nx, 2L * ky * in));
    // [B, 2, mx, 2, ky, in] -> [mx, ky, B, 2, 2, in] -> [modes, B, 4in]
    Operand<TFloat32> um = reshape(
        tf.linalg.transpose(reshape(u, -1, 2, mx, 2, ky, in), tf.constant(new int[] {2, 4, 0, 1, 3, 5})),
        (long) mx * ky, -1, 4L * in);
    Operand<TFloat32> v = bmm(um, blockWeight()); // [modes, B, 2out]
    // [mx, ky, B, 2, out] -> [B, 2, mx, ky, out] -> [B, 2mx, ky·out]
    Operand<TFloat32> vt = reshape(
        tf.linalg.transpose(reshape(v, mx, ky, -1, 2, out), tf.constant(new int[] {2, 3, 0, 1, 4})),
        -1, 2L * mx, (long) ky * out);
    Operand<TFloat32> t = bmm(c.get(2), vt); // [B, 2nx, ky·out]
    // [B, 2, nx, ky, out] -> [B, nx, 2, ky, out] -> [B·nx, 2ky, out]
    Operand<TFloat32> tt = reshape(
        tf.linalg.transpose(reshape(t, -1, 2, nx, ky, out), tf.constant(new int[] {0, 2, 1, 3, 4})),
        -1, 2L * ky, out);
    return reshape(bmm(c.get(3), tt), -1, nx, ny, out);
  }

  private Operand<TFloat32> blockWeight() {
    if (blockWeight == null) {
      Operand<TFloat32> r = wr.variable();
      Operand<TFloat32> i = wi.variable();
      Operand<TFloat32> b1 = tf.concat(List.<Operand<TFloat32>>of(r, i), tf.constant(2));
      Operand<TFloat32> b2 = tf.concat(List.<Operand<TFloat32>>of(tf.math.neg(i), r), tf.constant(2));
      blockWeight = tf.concat(List.of(b1, b2, b2, tf.math.neg(b1)), tf.constant(1));
    }
    return blockWeight;
  }

  private List<Operand<TFloat32>> constants(int nx, int ny) {
    return constants.computeIfAbsent(((long) nx << 32) | ny, key -> {
      int[] fx = Dft.corners(kx, nx);
      int[] fy = Dft.first(ky);
      int mx = 2 * kx;
      return List.of(
          constant(Dft.forward(fy, ny), 2L * ky, ny),
          constant(Dft.forward(fx, nx), 2L * mx, nx),
          constant(Dft.inverseComplex(fx, nx), 2L * nx, 2L * mx),
          constant(Dft.inverseReal(ky, ny, 1.0 / ((double) nx * ny)), ny, 2L * ky));
    });
  }

  private Operand<TFloat32> constant(float[] values, long... shape) {
    return tf.constant(Shape.of(shape), DataBuffers.of(values, true, false));
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

  /** @return modes kept from each corner along x */
  public int modesX() {
    return kx;
  }

  /** @return modes kept along y */
  public int modesY() {
    return ky;
  }

  /** @return the real parts {@code [2kx·ky, in, out]} */
  public TfVariable realWeight() {
    return wr;
  }

  /** @return the imaginary parts {@code [2kx·ky, in, out]} */
  public TfVariable imagWeight() {
    return wi;
  }
}
