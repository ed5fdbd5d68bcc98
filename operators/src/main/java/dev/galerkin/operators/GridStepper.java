package dev.galerkin.operators;

import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The shared frame of the convolutional time-steppers on 2D grids that halve their grid (U-Net,
 * SineNet): {@link #forward} checks that input and output samples are on one grid whose sides
 * take {@link #halvings()} exact halvings ({@link GridSamples#halvable}, one-line errors naming the
 * sizes that work), reshapes the input to {@code [B, s_1, s_2, Cin]}, runs the family's
 * {@link #body} and reshapes its {@code [B, s_1, s_2, Cout]} to the output sample. The kernels are
 * in grid units, so such a model runs on its training grid only.
 *
 * @param <C> the family's configuration record
 */
public abstract class GridStepper<C extends Record> extends ConfiguredModel<C> {
  /** The grid axes. */
  protected static final int D = 2;

  /**
   * @param type the family name stored in model files
   * @param config the validated configuration
   */
  protected GridStepper(String type, C config) {
    super(type, config);
  }

  /** @return the model's name and depth for messages, for example {@code U-Net with 4 levels} */
  protected abstract String label();

  /** @return how often the model halves the grid */
  protected abstract int halvings();

  /**
   * @param most the most halvings the grid at hand takes
   * @return the option change that needs fewer halvings, for example {@code --levels 3}
   */
  protected abstract String fewerHalvings(int most);

  /**
   * The network itself.
   *
   * @param x normalised input {@code [B, s_1, s_2, cin]}, static grid
   * @return normalised output {@code [B, s_1, s_2, cout]}
   */
  protected abstract Operand<TFloat32> body(TfGraph g, Operand<TFloat32> x, int cin, int cout);

  /** @return {@code false}: the kernels are grid-sized, so the model runs on its training grid */
  @Override
  public final boolean resolutionIndependent() {
    return false;
  }

  @Override
  public final Operand<TFloat32> forward(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      Shape outputSample) {
    GridSamples.Layout s = GridSamples.halvable(label(), D, inputSample, outputSample, halvings(),
        this::fewerHalvings);
    Ops tf = g.ops();
    Operand<TFloat32> x = GridSamples.channelLast(tf, input, s.grid(), s.inChannels());
    return GridSamples.toSample(tf, body(g, x, s.inChannels(), s.outChannels()), outputSample);
  }
}
