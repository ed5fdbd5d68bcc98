package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Bicubic up-sampling by an integer factor, channel-last, 1D or 2D, without weights:
 * {@code [batch, n_1, …, n_d, C] → [batch, f·n_1, …, f·n_d, C]}, exactly PyTorch's
 * {@code interpolate(x, scale_factor=f, mode='bicubic', align_corners=False)} (SineNet's
 * up-sampling). Along each axis fine point {@code j} sits at coarse coordinate
 * {@code u = (j + ½)/f − ½}; with {@code i = ⌊u⌋}, {@code t = u − i} it is
 * {@code Σ_{m=−1..2} W(m − t) x_{i+m}} with Keys' cubic convolution kernel at {@code a = −0.75}
 * (PyTorch's; Keys 1981 and TensorFlow's {@code ResizeBicubic} use other values or weights):
 * {@code W(s) = (a+2)|s|³ − (a+3)|s|² + 1} for {@code |s| ≤ 1}, {@code a|s|³ − 5a|s|² + 8a|s| − 4a}
 * for {@code 1 < |s| < 2}. Indices outside the grid are clamped to the edge (PyTorch's
 * replicate) or, for periodic data, wrapped (SineNet's {@code circular_interpolate}: pad two
 * points circularly, interpolate, crop).
 *
 * <p>The map along each axis is a constant {@code [f·n, n]} matrix ({@link #matrix}), applied with
 * one {@code Einsum} per axis, which has a gradient.
 */
public final class BicubicUpsample {
  /** PyTorch's cubic convolution coefficient {@code a}. */
  public static final double A = -0.75;

  private final String name;
  private final int dims;
  private final int factor;
  private final boolean periodic;
  private final Ops tf;

  private BicubicUpsample(String name, int dims, int factor, boolean periodic, Ops tf) {
    this.name = name;
    this.dims = dims;
    this.factor = factor;
    this.periodic = periodic;
    this.tf = tf;
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param dims spatial dimensions, 1 or 2
   * @param factor the up-sampling factor along every axis, {@code >= 1}
   * @param periodic wrap indices around the grid (periodic data) instead of clamping them
   * @return the layer
   */
  public static BicubicUpsample create(TfGraph g, String name, int dims, int factor,
      boolean periodic) {
    if (dims < 1 || dims > 2) {
      throw new GalerkinException("layer '" + name + "': bicubic up-sampling has 1 or 2 spatial"
          + " axes, got " + dims);
    }
    Shapes.positive(name, "factor", factor);
    return new BicubicUpsample(name, dims, factor, periodic, g.claimLayer(name));
  }

  /**
   * The interpolation matrix of one axis.
   *
   * @param n coarse points, {@code >= 1}
   * @param factor the up-sampling factor, {@code >= 1}
   * @param periodic wrap indices (else clamp them to {@code [0, n−1]})
   * @return {@code M} row-major {@code [factor·n, n]}: fine {@code y_j = Σ_i M[j·n + i] x_i}
   */
  public static double[] matrix(int n, int factor, boolean periodic) {
    int fine = factor * n;
    double[] m = new double[fine * n];
    for (int j = 0; j < fine; j++) {
      double u = (j + 0.5) / factor - 0.5;
      int i = (int) Math.floor(u);
      double t = u - i;
      for (int k = -1; k <= 2; k++) {
        int src = periodic ? Math.floorMod(i + k, n) : Math.max(0, Math.min(n - 1, i + k));
        m[j * n + src] += kernel(k - t);
      }
    }
    return m;
  }

  /** @return Keys' cubic convolution kernel {@code W(s)} at {@code a = }{@link #A} */
  public static double kernel(double s) {
    double x = Math.abs(s);
    if (x <= 1) {
      return ((A + 2) * x - (A + 3)) * x * x + 1;
    }
    if (x < 2) {
      return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
    }
    return 0;
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, C]} with a static grid
   * @return {@code [batch, f·n_1, …, f·n_d, C]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireRank(name, x, dims + 2, "[batch, ...grid, channels] with " + dims + " grid axes");
    Operand<TFloat32> y = x;
    String[] equations = dims == 1 ? new String[] {"ji,bic->bjc"}
        : new String[] {"ji,bikc->bjkc", "ji,bkic->bkjc"};
    for (int a = 0; a < dims; a++) {
      int n = Shapes.staticDim(name, x, a + 1, "grid extent");
      double[] m = matrix(n, factor, periodic);
      float[] mf = new float[m.length];
      for (int i = 0; i < m.length; i++) {
        mf[i] = (float) m[i];
      }
      Operand<TFloat32> matrix = tf.constant(org.tensorflow.ndarray.Shape.of((long) factor * n, n),
          org.tensorflow.ndarray.buffer.DataBuffers.of(mf));
      y = tf.linalg.einsum(List.of(matrix, y), equations[a]);
    }
    return y;
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the up-sampling factor */
  public int factor() {
    return factor;
  }

  /** @return whether indices wrap around (periodic data) */
  public boolean periodic() {
    return periodic;
  }
}
