package dev.galerkin.operators.mgno;

import dev.galerkin.data.Shape;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.ConfiguredModel;
import dev.galerkin.operators.GridSamples;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The multigrid neural operator (He, Liu, Xu, "MgNO: Efficient Parameterization of Linear
 * Operators via Multigrid", ICLR 2024), 1D and 2D, channel-last:
 *
 * <ol>
 *   <li>{@code layers} MgNO layers {@code u ← σ(MgConv(u) + W u)}: {@code MgConv} one learned
 *       multigrid V-cycle ({@link MultigridConv}), {@code W} a 1^d convolution with bias; the first
 *       layer takes the input's channels, the others {@code width};
 *   <li>a 1^d convolution without bias to the output channels. No lifting or projection networks.
 * </ol>
 *
 * <p>Shapes: an input sample is {@code [...grid]} or {@code [...grid, C]}, an output sample
 * {@code [...grid]} or {@code [...grid, C']} on the same grid. The grid must take
 * {@code levels − 1} halvings {@code n → ⌈n/2⌉} to at least 2 points (with circular padding, exact
 * halvings): other sizes fail with one line naming what works. The convolutions' kernels are in grid
 * units, so the model is trained and evaluated at one resolution.
 *
 * <p>Variables: {@code mg_{k}_…} (the V-cycle of layer {@code k}, see {@link MultigridConv}),
 * {@code w_{k}/w}, {@code w_{k}/b}, {@code out/w}.
 */
public final class Mgno extends ConfiguredModel<MgnoConfig> {

  /** @param config the hyperparameters */
  public Mgno(MgnoConfig config) {
    super("mgno", config);
  }

  /** @return a model from {@link #architectureJson()} */
  public static Mgno fromJson(String json) {
    return new Mgno(ConfigJson.read(json, MgnoConfig.class, "MgNO"));
  }

  /** @return {@code false}: the kernels are 3 grid points wide at every resolution */
  @Override
  public boolean resolutionIndependent() {
    return false;
  }

  @Override
  public Operand<TFloat32> forward(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      Shape outputSample) {
    MgnoConfig c = config();
    int d = c.dimensions();
    long[] grid = GridSamples.sameGrid("MgNO " + d + "D", d, inputSample, outputSample);
    MultigridConv.hierarchy(c, grid);
    int cin = GridSamples.channels(d, inputSample);
    int cout = GridSamples.channels(d, outputSample);
    Ops tf = g.ops();
    Operand<TFloat32> h = GridSamples.channelLast(tf, input, grid, cin);
    int channels = cin;
    int[] one = Conv.cube(d, 1);
    for (int k = 0; k < c.layers(); k++) {
      Operand<TFloat32> mg = new MultigridConv(g, "mg_" + k, c, channels, c.width()).apply(h);
      Operand<TFloat32> w = Conv.create(g, "w_" + k, one, channels, c.width(), 1, c.padding())
          .apply(h);
      h = c.activation().apply(tf, tf.math.add(mg, w));
      channels = c.width();
    }
    h = Conv.create(g, "out", one, c.width(), cout, 1, c.padding(), Initializer.glorotUniform(),
        false).apply(h);
    return GridSamples.toSample(tf, h, outputSample);
  }
}
