package dev.galerkin.operators.unet;

import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.GridStepper;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.ConvTranspose;
import dev.galerkin.operators.layers.GroupNorm;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.layers.ResidualBlock;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * PDEArena's modern U-Net (Gupta and Brandstetter, "Towards Multi-spatiotemporal-scale Generalized
 * PDE Modeling", TMLR 2023; {@code Unet} in {@code pdearena/modules/twod_unet.py}, without its
 * optional attention) as a learned time-stepper on a 2D grid, channel-last. With {@code c_l} the
 * channels of level {@code l} ({@link UnetConfig#channels}) and {@code L} levels:
 *
 * <ol>
 *   <li>embedding: a 3×3 convolution {@code Cin → width};
 *   <li>down, level {@code l = 0 … L−1}: {@code blocks} pre-activation {@link ResidualBlock}s
 *       (GroupNorm → σ → 3×3 conv, twice, plus a 1×1 shortcut when the channels change) to
 *       {@code c_l}, then, but on the last level, a 3×3 stride-2 convolution {@code c_l → c_l}
 *       (PDEArena's {@code Downsample}); the embedding and every block and down-sampling output
 *       are kept as skips;
 *   <li>middle: two residual blocks {@code c_{L−1} → c_{L−1}};
 *   <li>up, level {@code l = L−1 … 0}: {@code blocks} residual blocks {@code [h, skip] → c_l}
 *       ({@code 2c_l} channels in), one more {@code [h, skip] → c_{l−1}} (to {@code width} on
 *       level 0), each concatenating the latest unused skip, then, but on level 0, a 4×4 stride-2
 *       transposed convolution (PDEArena's {@code Upsample});
 *   <li>GroupNorm ({@code outputGroups}) → σ → 3×3 convolution {@code width → Cout}.
 * </ol>
 *
 * <p>{@code groups = 0} drops every norm, the output one too (PDEArena's {@code norm=False}).
 *
 * <p>Shapes: input sample {@code [s_1, s_2]} or {@code [s_1, s_2, Cin]} (window frames × fields +
 * static fields, stacked as channels), output {@code [s_1, s_2]} or {@code [s_1, s_2, Cout]} on the
 * same grid; both sides must be divisible by {@code 2^(L−1)} (8 for four levels), else one line
 * names the sizes that work. With circular padding every convolution wraps, the stride-2 ones
 * included, and the transposed convolution adds the overlap across the seam
 * ({@link ConvTranspose#applyCircular}), so the network commutes with periodic shifts by multiples
 * of {@code 2^(L−1)}. The kernels are in grid units: {@link #resolutionIndependent()} is false.
 *
 * <p>Variables: {@code embed}, {@code down_{l}_{b}}, {@code downsample_{l}}, {@code middle_{1,2}},
 * {@code up_{l}_{b}} ({@code b = 0 … blocks}), {@code upsample_{l}}, {@code out_norm}, {@code out},
 * each with the sub-layers of its layer class. Kernels start from PyTorch's default
 * ({@link Initializer#pytorchDefault()}), biases at zero (PyTorch draws them too). PDEArena's GELU
 * is the exact one; ours is the tanh approximation
 * ({@link dev.galerkin.operators.layers.Activation#GELU}).
 */
public final class Unet extends GridStepper<UnetConfig> {
  /** PyTorch's default kernel initialisation, which the reference trains from. */
  private static final Initializer INIT = Initializer.pytorchDefault();

  /** @param config the hyperparameters */
  public Unet(UnetConfig config) {
    super("unet", config);
  }

  /** @return a model from {@link #architectureJson()} */
  public static Unet fromJson(String json) {
    return new Unet(ConfigJson.readComplete(json, UnetConfig.class, "U-Net"));
  }

  @Override
  protected String label() {
    return "U-Net with " + config().levels() + " levels";
  }

  @Override
  protected int halvings() {
    return config().levels() - 1;
  }

  @Override
  protected String fewerHalvings(int most) {
    return "--multipliers with at most " + (most + 1) + " entries";
  }

  @Override
  protected Operand<TFloat32> body(TfGraph g, Operand<TFloat32> x, int cin, int cout) {
    UnetConfig c = config();
    Ops tf = g.ops();
    Padding pad = c.padding();
    int[] k3 = Conv.cube(D, 3);
    Operand<TFloat32> h = Conv.create(g, "embed", k3, cin, c.width(), 1, pad, INIT).apply(x);
    Deque<Operand<TFloat32>> skips = new ArrayDeque<>();
    skips.push(h);
    int channels = c.width();
    for (int l = 0; l < c.levels(); l++) {
      for (int b = 0; b < c.blocks(); b++) {
        h = block(g, "down_" + l + "_" + b, channels, c.channels(l)).apply(h);
        channels = c.channels(l);
        skips.push(h);
      }
      if (l < c.levels() - 1) {
        h = Conv.create(g, "downsample_" + l, k3, channels, channels, 2, pad, INIT).apply(h);
        skips.push(h);
      }
    }
    h = block(g, "middle_1", channels, channels).apply(h);
    h = block(g, "middle_2", channels, channels).apply(h);
    for (int l = c.levels() - 1; l >= 0; l--) {
      int below = l == 0 ? c.width() : c.channels(l - 1);
      for (int b = 0; b <= c.blocks(); b++) {
        int out = b < c.blocks() ? channels : below;
        Operand<TFloat32> skip = skips.pop();
        int in = channels + (int) skip.shape().get(D + 1);
        h = block(g, "up_" + l + "_" + b, in, out)
            .apply(tf.concat(List.of(h, skip), tf.constant(D + 1)));
      }
      channels = below;
      if (l > 0) {
        ConvTranspose up = ConvTranspose.create(g, "upsample_" + l, Conv.cube(D, 4), channels,
            channels, 2, INIT);
        h = pad == Padding.CIRCULAR ? up.applyCircular(h) : up.apply(h);
      }
    }
    if (c.groups() > 0) {
      h = GroupNorm.create(g, "out_norm", c.outputGroups(), channels).apply(h);
    }
    h = c.activation().apply(tf, h);
    return Conv.create(g, "out", k3, channels, cout, 1, pad, INIT).apply(h);
  }

  private ResidualBlock block(TfGraph g, String name, int in, int out) {
    UnetConfig c = config();
    return ResidualBlock.create(g, name, D, in, out, c.groups(), c.activation(), c.padding(),
        INIT);
  }
}
