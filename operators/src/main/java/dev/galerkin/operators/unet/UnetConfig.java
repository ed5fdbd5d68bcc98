package dev.galerkin.operators.unet;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import java.util.List;

/**
 * The hyperparameters of PDEArena's modern U-Net ({@link Unet}; Gupta and Brandstetter, "Towards
 * Multi-spatiotemporal-scale Generalized PDE Modeling", TMLR 2023, class {@code Unet} of
 * {@code pdearena/modules/twod_unet.py}, registered there as {@code Unetmod-64}: width 64,
 * multipliers 1,2,2,4, two blocks, GroupNorm). The default here is width 16 (9.0 M parameters for
 * one field to one field; {@code Unetmod-64} has 144 M for Navier–Stokes' 12 → 3 channels), small
 * enough to train on a 2-core CPU at 64² (2–4 s per step of 8 samples, measured there).
 *
 * @param width channels after the embedding convolution, in {@code [1, 1024]}
 * @param multipliers the channel multiplier of each level, finest first (PDEArena's
 *     {@code ch_mults}): level {@code l} has {@code width · m_0 ⋯ m_l} channels; 1 to 8 levels,
 *     each multiplier in {@code [1, 16]}; the grid is halved between levels
 * @param blocks residual blocks per level on the way down (PDEArena's {@code n_blocks}); the way
 *     up has one more per level, in {@code [1, 16]}
 * @param groups GroupNorm groups in the residual blocks (PDEArena: 1), dividing {@code width}
 *     (every block's channels are multiples of it), or 0 for no normalisation anywhere (the
 *     output norm too: PDEArena's {@code norm=False})
 * @param outputGroups GroupNorm groups before the last convolution (PDEArena: 8), dividing
 *     {@code width}
 * @param padding of every convolution: {@link Padding#ZERO} (PDEArena's), {@link Padding#CIRCULAR}
 *     for periodic data (the stride-2 and transposed convolutions wrap too) or
 *     {@link Padding#REFLECT}; not {@code VALID}
 * @param activation σ in the blocks and before the last convolution (PDEArena: GELU)
 */
public record UnetConfig(int width, List<Integer> multipliers, int blocks, int groups,
    int outputGroups, Padding padding, Activation activation) {

  /** The default multipliers, PDEArena's {@code ch_mults}. */
  public static final List<Integer> MULTIPLIERS = List.of(1, 2, 2, 4);

  /** Validates every field and copies the multipliers. */
  public UnetConfig {
    check("width", width, 1, 1024);
    if (multipliers == null || multipliers.isEmpty() || multipliers.size() > 8) {
      throw new GalerkinException("U-Net multipliers = " + multipliers + "; give 1 to 8 per-level"
          + " channel multipliers, for example 1,2,2,4");
    }
    multipliers = List.copyOf(multipliers);
    for (int m : multipliers) {
      check("multiplier", m, 1, 16);
    }
    check("blocks", blocks, 1, 16);
    check("groups", groups, 0, 1024);
    check("output-groups", outputGroups, 1, 1024);
    if (width % outputGroups != 0) {
      throw new GalerkinException("U-Net output-groups = " + outputGroups + " does not divide width "
          + width + "; use a divisor of the width (1 always works)");
    }
    if (padding == null || padding == Padding.VALID) {
      throw new GalerkinException("U-Net padding = " + padding + "; use zero, circular (periodic)"
          + " or reflect");
    }
    if (activation == null) {
      throw new GalerkinException("U-Net activation must not be null");
    }
    if (groups > 0 && width % groups != 0) {
      throw new GalerkinException("U-Net groups = " + groups + " do not divide width " + width
          + " (every block's channels are multiples of it); use --groups 1 (PDEArena's) or a"
          + " divisor of the width");
    }
  }

  private static void check(String what, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new GalerkinException("U-Net " + what + " = " + v + " is out of range [" + lo + ", "
          + hi + "]");
    }
  }

  /** @return the default: width 16, multipliers 1,2,2,4, 2 blocks, groups 1 and 8, GELU */
  public static UnetConfig defaults(Padding padding) {
    return new UnetConfig(16, MULTIPLIERS, 2, 1, 8, padding, Activation.GELU);
  }

  /** @return the levels, one per multiplier */
  public int levels() {
    return multipliers.size();
  }

  /** @return the channels of level {@code l}, {@code width · m_0 ⋯ m_l} */
  public int channels(int level) {
    long c = width;
    for (int l = 0; l <= level; l++) {
      c *= multipliers.get(l);
    }
    return Math.toIntExact(c);
  }

  /**
   * The number of trainable parameters, counted from the architecture (the test checks it against
   * the variables of a built graph and against PDEArena's {@code Unet}).
   *
   * @param cin input channels
   * @param cout output channels
   * @return the count
   */
  public long parameterCount(int cin, int cout) {
    long n = conv(9, cin, width);
    long in = width;
    for (int l = 0; l < levels(); l++) {
      long out = channels(l);
      for (int b = 0; b < blocks; b++) {
        n += block(b == 0 ? in : out, out);
      }
      in = out;
      if (l < levels() - 1) {
        n += conv(9, out, out);
      }
    }
    n += 2 * block(in, in);
    for (int l = levels() - 1; l >= 0; l--) {
      long c = channels(l);
      long below = l == 0 ? width : channels(l - 1);
      n += blocks * block(2 * c, c) + block(c + below, below);
      if (l > 0) {
        n += conv(16, below, below);
      }
    }
    return n + (groups == 0 ? 0 : 2L * width) + conv(9, width, cout);
  }

  /** A residual block {@code in → out}: two norms, two 3×3 convolutions, a 1×1 shortcut if needed. */
  private long block(long in, long out) {
    long norms = groups == 0 ? 0 : 2 * in + 2 * out;
    return norms + conv(9, in, out) + conv(9, out, out) + (in == out ? 0 : conv(1, in, out));
  }

  private static long conv(int taps, long in, long out) {
    return taps * in * out + out;
  }
}
