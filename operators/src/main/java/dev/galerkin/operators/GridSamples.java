package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The sample layout of the convolutional field-to-field families that halve their grid (U-Net,
 * SineNet): an input sample {@code [...grid]} or {@code [...grid, C]}, an output sample on the same
 * grid, and grid sides that take a given number of exact halvings. The checks fail with one line
 * that names the sizes that work.
 */
public final class GridSamples {
  private GridSamples() {}

  /**
   * @param model the model's name, for messages
   * @param d grid axes
   * @param input one input sample
   * @param output one output sample
   * @return the grid both are on; fails when the ranks are wrong or the grids differ
   */
  public static long[] sameGrid(String model, int d, Shape input, Shape output) {
    long[] grid = grid(model, d, input, "input");
    if (!Arrays.equals(grid, grid(model, d, output, "output"))) {
      throw new GalerkinException(model + ": output samples of shape " + output + " are not on the"
          + " input's grid " + Arrays.toString(grid) + "; " + model + " maps fields to fields on one"
          + " grid");
    }
    return grid;
  }

  private static long[] grid(String model, int d, Shape sample, String what) {
    if (sample.rank() != d && sample.rank() != d + 1) {
      throw new GalerkinException(model + ": " + what + " samples of shape " + sample + " have rank "
          + sample.rank() + "; expected [grid] or [grid, channels] with " + d + " grid axes");
    }
    return Arrays.copyOf(sample.dims(), d);
  }

  /**
   * Fails unless the data is on a 2D grid.
   *
   * @param family the family's name, for messages
   * @param shapes the data's sample shapes
   */
  public static void requirePlanar(String family, ModelFamily.SampleShapes shapes) {
    if (shapes.gridRank() != 2) {
      throw new GalerkinException(family + " works on 2D grids; the input " + shapes.input()
          + " has " + shapes.gridRank() + " grid axes (fno and mgno take 1D data)");
    }
  }

  /** @return the channels of a sample with {@code d} grid axes: 1 without a channel axis */
  public static int channels(int d, Shape sample) {
    return sample.rank() == d ? 1 : Math.toIntExact(sample.dim(d));
  }

  /**
   * The grid and channels of a model that halves the grid {@code halvings} times.
   *
   * @param grid the grid both samples are on
   * @param inChannels channels of an input sample (1 without a channel axis)
   * @param outChannels channels of an output sample
   */
  public record Layout(long[] grid, int inChannels, int outChannels) {}

  /**
   * Checks the samples ({@link #sameGrid}) and that every side is divisible by
   * {@code 2^halvings}.
   *
   * @param model the model's name, for messages
   * @param d grid axes
   * @param input one input sample
   * @param output one output sample
   * @param halvings how often the model halves the grid
   * @param fewer what to change for fewer halvings, given the most the grid takes, for example
   *     {@code --levels 3}
   * @return the layout; fails in one line naming the sizes near each side that work
   */
  public static Layout halvable(String model, int d, Shape input, Shape output, int halvings,
      java.util.function.IntFunction<String> fewer) {
    long[] grid = sameGrid(model, d, input, output);
    long unit = 1L << halvings;
    for (long n : grid) {
      if (n % unit != 0) {
        long below = n / unit * unit;
        String near = below > 0 ? below + " or " + (below + unit) : String.valueOf(unit);
        int most = maxHalvings(grid);
        throw new GalerkinException(model + " halves the grid " + halvings + " times, so its sides"
            + " must be divisible by " + unit + " (" + near + " near " + n + "); got "
            + Arrays.toString(grid) + " (it takes " + most + "): resample the data or use fewer"
            + " levels (" + fewer.apply(most) + ")");
      }
    }
    return new Layout(grid, channels(d, input), channels(d, output));
  }

  /** @return the most exact halvings every side of {@code grid} takes */
  public static int maxHalvings(long[] grid) {
    int h = 0;
    while (h < 30 && Arrays.stream(grid).allMatch(n -> n % 2 == 0 && n > 0)) {
      grid = Arrays.stream(grid).map(n -> n / 2).toArray();
      h++;
    }
    return h;
  }

  /**
   * @param x {@code [B, ...sample]}
   * @return {@code [B, ...grid, channels]}
   */
  public static Operand<TFloat32> channelLast(Ops tf, Operand<TFloat32> x, long[] grid,
      int channels) {
    long[] shaped = new long[grid.length + 2];
    shaped[0] = -1;
    System.arraycopy(grid, 0, shaped, 1, grid.length);
    shaped[grid.length + 1] = channels;
    return tf.reshape(x, tf.constant(shaped));
  }

  /**
   * @param h {@code [B, ...grid, channels]}
   * @return {@code [B, ...sample]}
   */
  public static Operand<TFloat32> toSample(Ops tf, Operand<TFloat32> h, Shape sample) {
    long[] out = new long[sample.rank() + 1];
    out[0] = -1;
    System.arraycopy(sample.dims(), 0, out, 1, sample.rank());
    return tf.reshape(h, tf.constant(out));
  }
}
