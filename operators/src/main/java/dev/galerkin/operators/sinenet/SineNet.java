package dev.galerkin.operators.sinenet;

import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.GridStepper;
import dev.galerkin.operators.layers.AveragePool;
import dev.galerkin.operators.layers.BicubicUpsample;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.GroupNorm;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * SineNet-K (Zhang, Xu, Helwig, Ji, "SineNet: Learning Temporal Dynamics in Time-Dependent Partial
 * Differential Equations", ICLR 2024; {@code sinenet} in {@code sinenet_dual.py} of the authors'
 * {@code divelab/AIRS} code, its default "dual", disentangled form) as a learned time-stepper on a
 * 2D grid, channel-last: {@code K} small U-Nets ("waves") in sequence, each refining the latent
 * state a little, so no single U-Net has to carry the misaligned features of the input time and
 * the output time through its skips. With {@code c_l = ⌊width · multiplier^l⌋}
 * ({@link SineNetConfig#channels}) and {@code L} levels:
 *
 * <ol>
 *   <li>embedding: a 3×3 convolution {@code Cin → width};
 *   <li>each wave {@code k}, from its input {@code x_k} ({@code width} channels, full grid):
 *     <ul>
 *       <li>down, level {@code l = 0 … L−1}: {@code h ← pool(h)} (2×2 average), and the wave input
 *           pooled to the same grid, {@code d ← pool(d)} ({@code d = x_k} at first); from level 1
 *           on, {@code d} is concatenated to {@code h} (the "disentangled" skip: every level sees
 *           the wave's own input, not only what the level above made of it); then
 *           {@code h ← B(h) + W h_pooled}, {@code B} a block (3×3 conv → GroupNorm → σ, twice) to
 *           {@code c_{l+1}} and {@code W} a 1×1 convolution; each level's {@code h} is a skip;
 *       <li>up, level by level back to the full grid: {@code u = bicubic×2(h)},
 *           {@code h ← B([skip, u]) + W u} to the skip's channels;
 *       <li>{@code x_{k+1} = x_k + h} (the wave residual);
 *     </ul>
 *   <li>a 3×3 convolution {@code width → Cout}.
 * </ol>
 *
 * <p>Further blocks per level ({@code blocks > 1}) each add their input back ({@code h ← B(h) + h}).
 * The bicubic up-sampling is PyTorch's (a = −0.75, {@link BicubicUpsample}), wrapping for circular
 * padding, clamped otherwise, as the reference does.
 *
 * <p>Shapes: input sample {@code [s_1, s_2]} or {@code [s_1, s_2, Cin]}, output {@code [s_1, s_2]}
 * or {@code [s_1, s_2, Cout]} on the same grid, sides divisible by {@code 2^L} (16 for four
 * levels), else one line names the sizes that work. With circular padding the network commutes
 * with periodic shifts by multiples of {@code 2^L}: the average pooling tiles the grid into fixed
 * 2×2 blocks, so a shift by 1 (or any non-multiple) changes which points are averaged together and
 * is not exact. The kernels are in grid units: {@link #resolutionIndependent()} is false.
 *
 * <p>Variables: {@code embed}, {@code wave_{k}/down_{l}_{b}/conv_{1,2}} and {@code …/norm_{1,2}},
 * {@code wave_{k}/down_{l}/shortcut}, the same for {@code up_{l}}, and {@code out}.
 */
public final class SineNet extends GridStepper<SineNetConfig> {
  /**
   * PyTorch's default kernel initialisation, which the reference trains from; with Glorot's the
   * 1×1 shortcuts of eight waves compound to outputs some 40 times the input at the start.
   */
  private static final Initializer INIT = Initializer.pytorchDefault();

  /** @param config the hyperparameters */
  public SineNet(SineNetConfig config) {
    super("sinenet", config);
  }

  /** @return a model from {@link #architectureJson()} */
  public static SineNet fromJson(String json) {
    return new SineNet(ConfigJson.readComplete(json, SineNetConfig.class, "SineNet"));
  }

  @Override
  protected String label() {
    return "SineNet with " + config().levels() + " levels";
  }

  @Override
  protected int halvings() {
    return config().levels();
  }

  @Override
  protected String fewerHalvings(int most) {
    return "--levels " + Math.max(1, Math.min(config().levels() - 1, most));
  }

  @Override
  protected Operand<TFloat32> body(TfGraph g, Operand<TFloat32> input, int cin, int cout) {
    SineNetConfig c = config();
    Ops tf = g.ops();
    int[] k3 = Conv.cube(D, 3);
    Operand<TFloat32> x = Conv.create(g, "embed", k3, cin, c.width(), 1, c.padding(), INIT)
        .apply(input);
    for (int k = 0; k < c.waves(); k++) {
      x = tf.math.add(x, wave(g, "wave_" + k, x));
    }
    return Conv.create(g, "out", k3, c.width(), cout, 1, c.padding(), INIT).apply(x);
  }

  /** One wave: down with the pooled wave input at every level, up with bicubic up-sampling. */
  private Operand<TFloat32> wave(TfGraph g, String name, Operand<TFloat32> x) {
    SineNetConfig c = config();
    Ops tf = g.ops();
    Deque<Operand<TFloat32>> skips = new ArrayDeque<>();
    Operand<TFloat32> h = x;
    Operand<TFloat32> d = x;
    for (int l = 0; l < c.levels(); l++) {
      String level = name + "/down_" + l;
      skips.push(h);
      h = AveragePool.create(g, level + "/pool", D, 2).apply(h);
      d = AveragePool.create(g, level + "/pool_input", D, 2).apply(d);
      Operand<TFloat32> in = l == 0 ? h : tf.concat(List.of(h, d), tf.constant(D + 1));
      int inChannels = c.channels(l) + (l == 0 ? 0 : c.width());
      h = blocks(g, level, in, inChannels, h, c.channels(l), c.channels(l + 1));
    }
    for (int l = c.levels() - 1; l >= 0; l--) {
      String level = name + "/up_" + l;
      Operand<TFloat32> u = BicubicUpsample.create(g, level + "/upsample", D, 2,
          c.padding() == Padding.CIRCULAR).apply(h);
      Operand<TFloat32> in = tf.concat(List.of(skips.pop(), u), tf.constant(D + 1));
      h = blocks(g, level, in, c.channels(l) + c.channels(l + 1), u, c.channels(l + 1),
          c.channels(l));
    }
    return h;
  }

  /**
   * {@code h = B_0(in) + W residual}, then {@code h ← B_b(h) + h} for the further blocks.
   *
   * @param residual the level's input before any concatenation, {@code residualChannels} wide
   */
  private Operand<TFloat32> blocks(TfGraph g, String level, Operand<TFloat32> in, int inChannels,
      Operand<TFloat32> residual, int residualChannels, int out) {
    Ops tf = g.ops();
    Operand<TFloat32> h = tf.math.add(block(g, level + "_0", in, inChannels, out),
        Conv.create(g, level + "/shortcut", Conv.cube(D, 1), residualChannels, out, 1,
            Padding.VALID, INIT).apply(residual));
    for (int b = 1; b < config().blocks(); b++) {
      h = tf.math.add(block(g, level + "_" + b, h, out, out), h);
    }
    return h;
  }

  /** The reference's {@code ConvBlock}: 3×3 conv → GroupNorm → σ, twice. */
  private Operand<TFloat32> block(TfGraph g, String name, Operand<TFloat32> x, int in, int out) {
    SineNetConfig c = config();
    Ops tf = g.ops();
    Operand<TFloat32> h = x;
    for (int i = 1; i <= 2; i++) {
      h = Conv.create(g, name + "/conv_" + i, Conv.cube(D, 3), i == 1 ? in : out, out, 1,
          c.padding(), INIT).apply(h);
      if (c.groups() > 0) {
        h = GroupNorm.create(g, name + "/norm_" + i, c.groups(), out).apply(h);
      }
      h = c.activation().apply(tf, h);
    }
    return h;
  }
}
