package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.types.TFloat32;

/**
 * Interpolating up-sampling, channel-last, 1D or 2D: resize the grid by an integer factor
 * ({@link Interpolation#NEAREST} or {@link Interpolation#BILINEAR}), then a {@link Conv} at stride 1:
 * {@code [batch, n_1, …, n_d, in] → [batch, f·n_1, …, f·n_d, out]}. The alternative to a
 * {@link ConvTranspose} without its checkerboard artefacts (Odena et al. 2016, "Deconvolution and
 * checkerboard artifacts").
 *
 * <p>Variables: those of the convolution, {@code name/w} {@code [k_1, …, k_d, in, out]} and
 * {@code name/b} {@code [out]}.
 */
public final class Upsample {
  /** How the resize fills the fine grid. */
  public enum Interpolation {
    /** Fine point {@code j} copies coarse point {@code ⌊j/f⌋} (PyTorch's {@code mode='nearest'}). */
    NEAREST,
    /**
     * Linear in each axis between the coarse points, half-pixel centres: fine point {@code j} sits at
     * coarse coordinate {@code (j + ½)/f − ½}, clamped to the grid (PyTorch's {@code mode='bilinear'},
     * {@code align_corners=False}; TensorFlow's {@code ResizeBilinear}, {@code half_pixel_centers}).
     */
    BILINEAR
  }

  private final String name;
  private final Interpolation interpolation;
  private final int factor;
  private final Conv conv;
  private final Ops tf;

  private Upsample(String name, Interpolation interpolation, int factor, Conv conv, Ops tf) {
    this.name = name;
    this.interpolation = interpolation;
    this.factor = factor;
    this.conv = conv;
    this.tf = tf;
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param interpolation how the grid is resized
   * @param factor the up-sampling factor along every axis, {@code >= 1}
   * @param kernel the convolution's kernel extents, 1 or 2 of them (the spatial dimensions)
   * @param in input channels
   * @param out output channels
   * @param padding the convolution's padding ({@code VALID} shrinks the fine grid by {@code k − 1})
   * @return the layer
   */
  public static Upsample create(TfGraph g, String name, Interpolation interpolation, int factor, int[] kernel,
      int in, int out, Padding padding) {
    Shapes.positive(name, "factor", factor);
    if (interpolation == null) {
      throw new GalerkinException("layer '" + name + "': interpolation must not be null");
    }
    if (kernel.length > 2) {
      throw new GalerkinException("layer '" + name + "': interpolating up-sampling has 1 or 2 spatial axes, got "
          + kernel.length);
    }
    Conv conv = Conv.create(g, name, kernel, in, out, 1, padding);
    return new Upsample(name, interpolation, factor, conv, g.scope(name + "/resize"));
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, in]} with a static grid
   * @return {@code [batch, f·n_1, …, f·n_d, out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    int d = conv.kernelExtent().length;
    Shapes.requireRank(name, x, d + 2, SpectralConv.layout(d, conv.in()));
    return conv.apply(resize(x));
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, C]}, {@code d} = 1 or 2, static grid
   * @return {@code x} resized to {@code [batch, f·n_1, …, f·n_d, C]}
   */
  public Operand<TFloat32> resize(Operand<TFloat32> x) {
    int d = x.shape().numDimensions() - 2;
    boolean line = d == 1;
    int nx = line ? 1 : factor * Shapes.staticDim(name, x, 1, "grid extent");
    int ny = factor * Shapes.staticDim(name, x, d, "grid extent");
    Operand<TFloat32> x4 = line ? tf.expandDims(x, tf.constant(1)) : x;
    Operand<org.tensorflow.types.TInt32> size = tf.constant(new int[] {nx, ny});
    Operand<TFloat32> y = interpolation == Interpolation.NEAREST
        ? tf.image.resizeNearestNeighbor(x4, size)
        : tf.image.resizeBilinear(x4, size, ResizeBilinear.halfPixelCenters(true));
    return line ? tf.squeeze(y, Squeeze.axis(List.of(1L))) : y;
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the interpolation */
  public Interpolation interpolation() {
    return interpolation;
  }

  /** @return the up-sampling factor */
  public int factor() {
    return factor;
  }

  /** @return the convolution after the resize */
  public Conv conv() {
    return conv;
  }
}
