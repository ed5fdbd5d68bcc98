package dev.galerkin.operators.sinenet;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;

/**
 * The hyperparameters of SineNet-K ({@link SineNet}; Zhang, Xu, Helwig, Ji, "SineNet: Learning
 * Temporal Dynamics in Time-Dependent Partial Differential Equations", ICLR 2024; {@code sinenet}
 * in {@code OpenPDE/SineNet/pdearena/pdearena/modules/sinenet_dual.py} of {@code divelab/AIRS}).
 * Level {@code l} of every wave has {@code ⌊width · multiplier^l⌋} channels
 * ({@link #channels}). The paper's 35 M-parameter models are width 64, 4 levels, one block, with
 * multipliers 1.8075, 1.611, 1.425 for K = 2, 4, 8, chosen so the three have one budget;
 * {@link #withBudget} picks the multiplier the same way for any budget. The default here is width
 * 32, K = 8, with the multiplier that matches the default {@link dev.galerkin.operators.unet.Unet}
 * (1.43 for one field to one field, 9.0 M parameters).
 *
 * @param width channels after the embedding convolution and of every wave's input and output, in
 *     {@code [1, 1024]}
 * @param waves {@code K}, the U-shaped waves in sequence, in {@code [1, 32]}
 * @param levels down-samplings per wave (the reference's {@code num_layers}, 4), in {@code [1, 8]}
 * @param multiplier channel growth per level, in {@code [1, 8]}
 * @param blocks convolution blocks per level and direction (the reference's {@code num_blocks},
 *     1), in {@code [1, 8]}
 * @param groups GroupNorm groups of every block (the reference: 1), dividing every level's
 *     channels, or 0 for no normalisation
 * @param padding of every convolution, and whether the bicubic up-sampling wraps
 *     ({@link Padding#CIRCULAR}, periodic data) or clamps (the others); not {@code VALID}
 * @param activation σ after each norm (the reference: GELU)
 */
public record SineNetConfig(int width, int waves, int levels, double multiplier, int blocks,
    int groups, Padding padding, Activation activation) {

  /** Validates every field. */
  public SineNetConfig {
    check("width", width, 1, 1024);
    check("waves", waves, 1, 32);
    check("levels", levels, 1, 8);
    if (!(multiplier >= 1 && multiplier <= 8)) {
      throw new GalerkinException("SineNet multiplier = " + multiplier + " is out of range [1, 8]");
    }
    check("blocks", blocks, 1, 8);
    check("groups", groups, 0, 1024);
    if (padding == null || padding == Padding.VALID) {
      throw new GalerkinException("SineNet padding = " + padding + "; use zero, circular (periodic)"
          + " or reflect");
    }
    if (activation == null) {
      throw new GalerkinException("SineNet activation must not be null");
    }
    double top = width * Math.pow(multiplier, levels);
    if (top > 16384) {
      throw new GalerkinException("SineNet width " + width + " × multiplier " + multiplier + "^"
          + levels + " gives " + (long) top + " channels on the coarsest level; keep it at most"
          + " 16384 (a smaller --multiplier or --width)");
    }
    for (int l = 0; groups > 0 && l <= levels; l++) {
      int c = (int) (width * Math.pow(multiplier, l));
      if (c % groups != 0) {
        throw new GalerkinException("SineNet groups = " + groups + " do not divide the " + c
            + " channels of level " + l + "; use --groups 1 (the reference's)");
      }
    }
  }

  private static void check(String what, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new GalerkinException("SineNet " + what + " = " + v + " is out of range [" + lo + ", "
          + hi + "]");
    }
  }

  /** @return the channels of level {@code l}: {@code ⌊width · multiplier^l⌋}, as the reference */
  public int channels(int level) {
    return (int) (width * Math.pow(multiplier, level));
  }

  /**
   * The number of trainable parameters, counted from the architecture (the tests check it against
   * a built graph and against the reference's own count, 35,490,219 for its SineNet-8).
   *
   * @param cin input channels
   * @param cout output channels
   * @return the count
   */
  public long parameterCount(int cin, int cout) {
    long wave = 0;
    for (int l = 0; l < levels; l++) {
      long in = channels(l);
      long out = channels(l + 1);
      wave += block(in + (l > 0 ? width : 0), out) + conv(1, in, out) + (blocks - 1L) * block(out, out);
      long upIn = channels(levels - l);
      long upOut = channels(levels - l - 1);
      wave += block(upIn + upOut, upOut) + conv(1, upIn, upOut) + (blocks - 1L) * block(upOut, upOut);
    }
    return conv(9, cin, width) + waves * wave + conv(9, width, cout);
  }

  /** conv → norm → σ → conv → norm → σ, {@code in → out}. */
  private long block(long in, long out) {
    return conv(9, in, out) + conv(9, out, out) + (groups == 0 ? 0 : 4 * out);
  }

  private static long conv(int taps, long in, long out) {
    return taps * in * out + out;
  }

  /**
   * This configuration with the multiplier (on a grid of 0.001 from 1 to 8) whose
   * {@link #parameterCount} is closest to {@code budget}: how the reference equalises SineNet-2,
   * 4 and 8.
   *
   * @param budget the parameter count to match, for example a U-Net's
   * @param cin input channels
   * @param cout output channels
   * @return the configuration; fails in one line when even multiplier 1 exceeds the budget by
   *     more than 10 %
   */
  public SineNetConfig withBudget(long budget, int cin, int cout) {
    SineNetConfig best = null;
    long bestGap = Long.MAX_VALUE;
    for (int step = 0; step <= 7000; step++) {
      double m = 1 + step / 1000.0;
      if (width * Math.pow(m, levels) > 16384) {
        break;
      }
      SineNetConfig c = new SineNetConfig(width, waves, levels, m, blocks, groups == 0 ? 0 : 1,
          padding, activation);
      long gap = Math.abs(c.parameterCount(cin, cout) - budget);
      if (gap < bestGap && c.groupsFit(groups)) {
        best = c;
        bestGap = gap;
      }
      if (c.parameterCount(cin, cout) > 2 * budget) {
        break;
      }
    }
    if (best == null || bestGap > budget / 10) {
      long least = new SineNetConfig(width, waves, levels, 1, blocks, groups == 0 ? 0 : 1, padding,
          activation).parameterCount(cin, cout);
      throw new GalerkinException("SineNet-" + waves + " at width " + width + " cannot come within"
          + " 10 % of a budget of " + budget + " parameters (multiplier 1 gives " + least
          + "); change --width or --waves, or give --multiplier");
    }
    return new SineNetConfig(width, waves, levels, best.multiplier, blocks, groups, padding,
        activation);
  }

  private boolean groupsFit(int g) {
    for (int l = 0; g > 0 && l <= levels; l++) {
      if (channels(l) % g != 0) {
        return false;
      }
    }
    return true;
  }
}
