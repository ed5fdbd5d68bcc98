package dev.galerkin.operators.fno;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.GridPoints;
import dev.galerkin.operators.ConfiguredModel;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.SpectralConv;
import dev.galerkin.operators.tf.TfGraph;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Fourier neural operator (Li et al., ICLR 2021) in 1D, 2D and 3D, channel-last:
 *
 * <ol>
 *   <li>append the grid coordinates {@code linspace(0, 1, n)} per axis as input channels;
 *   <li>lift point-wise to {@code width} channels, and append {@code padding} zeros at the end of
 *       each spatial axis when the problem is not periodic (cropped again before the projection);
 *   <li>{@code layers} Fourier layers {@code h ← σ(K h + W h)}, {@code K} the spectral convolution
 *       keeping {@code modes} modes per axis, {@code W} point-wise linear (no σ after the last);
 *   <li>project point-wise: {@code width → projection → σ → output channels}.
 * </ol>
 *
 * <p>Shapes: an input sample is {@code [X]} / {@code [X, Y]} or with trailing channels
 * {@code [X, C]} / {@code [X, Y, C]}. An output sample whose trailing axes are the input's grid
 * ({@code [T, X]}, {@code [X, Y]}, {@code [T, X, Y]}: the dataset convention for trajectories) gets
 * its leading axes as output channels; one whose leading axes are the grid ({@code [X, C]}) gets its
 * trailing axis. The Fourier weights do not depend on the grid size, so a trained model evaluates
 * on finer grids (super-resolution).
 */
public final class Fno extends ConfiguredModel<FnoConfig> {

  /** @param config the hyperparameters */
  public Fno(FnoConfig config) {
    super("fno", config);
  }

  /** @return a model from {@link #architectureJson()} */
  public static Fno fromJson(String json) {
    return new Fno(ConfigJson.read(json, FnoConfig.class, "FNO"));
  }

  @Override
  public boolean resolutionIndependent() {
    return true;
  }

  @Override
  public Operand<TFloat32> forward(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      Shape outputSample) {
    int d = config().dimensions();
    Layout layout = Layout.of(d, inputSample, outputSample);
    Ops tf = g.ops();
    long[] spatial = layout.spatial;
    long[] withChannels = concat(new long[] {-1}, spatial, new long[] {layout.inChannels});
    Operand<TFloat32> x = tf.reshape(input, tf.constant(withChannels));
    // int32 begin and size (Slice's gradient needs them) and no gradient: the slice only gives
    // the grid channel its batch size, and a time-stepper unrolled in the graph differentiates x
    int[] firstSize = new int[d + 2];
    Arrays.fill(firstSize, -1);
    firstSize[d + 1] = 1;
    Operand<TFloat32> first = tf.stopGradient(tf.slice(x, tf.constant(new int[d + 2]),
        tf.constant(firstSize)));
    Operand<TFloat32> grid = tf.math.add(tf.math.mul(first, tf.constant(0f)), gridConstant(tf, spatial));
    Operand<TFloat32> h = tf.concat(List.of(x, grid), tf.constant(d + 1));

    int w = config().width();
    int[] modes = new int[d];
    Arrays.fill(modes, config().modes());
    h = Dense.create(g, "lift", (int) layout.inChannels + d, w).apply(h);
    h = padDomain(tf, h, d);
    for (int l = 0; l < config().layers(); l++) {
      Operand<TFloat32> k = SpectralConv.create(g, "fourier_" + l, w, w, modes).apply(h);
      h = tf.math.add(k, Dense.create(g, "pointwise_" + l, w, w).apply(h));
      if (l < config().layers() - 1) {
        h = config().activation().apply(tf, h);
      }
    }
    h = cropDomain(tf, h, spatial, w);
    h = config().activation().apply(tf, Dense.create(g, "project_0", w, config().projection()).apply(h));
    h = Dense.create(g, "project_1", config().projection(), (int) layout.outChannels).apply(h);
    if (layout.timeLeading && layout.outChannels > 1) {
      int[] perm = new int[d + 2];
      perm[0] = 0;
      perm[1] = d + 1;
      for (int a = 0; a < d; a++) {
        perm[a + 2] = a + 1;
      }
      h = tf.linalg.transpose(h, tf.constant(perm));
    }
    return tf.reshape(h, tf.constant(concat(new long[] {-1}, outputSample.dims())));
  }

  /** Appends {@code padding} zeros at the end of each spatial axis of {@code h [B, ...grid, C]}. */
  private Operand<TFloat32> padDomain(Ops tf, Operand<TFloat32> h, int d) {
    if (config().padding() == 0) {
      return h;
    }
    int[][] pads = new int[d + 2][2];
    for (int a = 1; a <= d; a++) {
      pads[a][1] = config().padding();
    }
    return tf.pad(h, tf.constant(pads), tf.constant(0f));
  }

  /** Crops {@code h} back to the grid {@code spatial} (the inverse of {@link #padDomain}). */
  private Operand<TFloat32> cropDomain(Ops tf, Operand<TFloat32> h, long[] spatial, int channels) {
    if (config().padding() == 0) {
      return h;
    }
    // int32 bounds: the gradient of Slice subtracts them from an int32 shape
    int[] size = new int[spatial.length + 2];
    size[0] = -1;
    for (int a = 0; a < spatial.length; a++) {
      size[a + 1] = Math.toIntExact(spatial[a]);
    }
    size[spatial.length + 1] = channels;
    return tf.slice(h, tf.constant(new int[size.length]), tf.constant(size));
  }

  /** The unit-box grid coordinates {@code [1, ...spatial, d]} as a constant ({@link GridPoints}). */
  private static Operand<TFloat32> gridConstant(Ops tf, long[] spatial) {
    float[] v = GridPoints.unit(spatial).toArray();
    return tf.constant(org.tensorflow.ndarray.Shape.of(concat(new long[] {1}, spatial,
        new long[] {spatial.length})), DataBuffers.of(v, true, false));
  }

  static long[] concat(long[]... parts) {
    return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
  }

  /** How sample shapes map onto the grid and channels. */
  record Layout(long[] spatial, long inChannels, long outChannels, boolean timeLeading) {
    static Layout of(int d, Shape in, Shape out) {
      if (in.rank() != d && in.rank() != d + 1) {
        throw new GalerkinException("FNO " + d + "D: input samples of shape " + in + " have rank "
            + in.rank() + "; expected [grid] or [grid, channels] with " + d + " grid axes");
      }
      long[] spatial = Arrays.copyOf(in.dims(), d);
      long inC = in.rank() == d ? 1 : in.dim(d);
      long[] o = out.dims();
      if (o.length >= d && Arrays.equals(Arrays.copyOfRange(o, o.length - d, o.length), spatial)) {
        long c = 1;
        for (int a = 0; a < o.length - d; a++) {
          c *= o[a];
        }
        return new Layout(spatial, inC, c, true);
      }
      if (o.length == d + 1 && Arrays.equals(Arrays.copyOf(o, d), spatial)) {
        return new Layout(spatial, inC, o[d], false);
      }
      throw new GalerkinException("FNO: output samples of shape " + out + " do not share the input's"
          + " grid " + Arrays.toString(spatial) + "; FNO maps fields on one grid to fields on the same"
          + " grid");
    }
  }
}
