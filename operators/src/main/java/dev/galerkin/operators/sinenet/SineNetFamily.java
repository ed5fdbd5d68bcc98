package dev.galerkin.operators.sinenet;

import dev.galerkin.operators.GridSamples;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.unet.UnetConfig;
import dev.galerkin.operators.unet.UnetFamily;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.List;

/**
 * SineNet-K ({@link SineNet}, Zhang et al., ICLR 2024) as a plug-in, {@code galerkin train
 * sinenet}. Derived from the data: the input and output channels, the padding (circular when the
 * dataset's {@code boundary} attribute says every axis is periodic, zero otherwise) and, unless
 * {@code --multiplier} is given, the channel multiplier: the one whose parameter count is closest to
 * {@code --parameter-budget}, by default the count of the default {@code unet} for the same
 * channels, so {@code sinenet --waves 2}, {@code 4} and {@code 8} and {@code unet} compare at one
 * budget as in the paper.
 */
public final class SineNetFamily implements ModelFamily {
  /** The options, in {@code --help} order. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("waves", 8, "K, the U-shaped waves in sequence."),
      OptionSpec.integer("width", 32, "Channels of the embedding and of every wave's input."),
      OptionSpec.integer("levels", 4, "Down-samplings per wave; the grid sides must be divisible"
          + " by 2^levels."),
      OptionSpec.real("multiplier", "Channel growth per level (default: chosen so the parameter"
          + " count is closest to --parameter-budget)."),
      OptionSpec.longValue("parameter-budget", 0, "Parameters to match when the multiplier is"
          + " chosen; 0: those of the default unet for the same channels."),
      OptionSpec.integer("blocks", 1, "Convolution blocks per level and direction."),
      OptionSpec.integer("groups", 1, "GroupNorm groups in the blocks (0: no norm)."),
      OptionSpec.choice("padding", null, "Padding of every convolution; circular also wraps the"
          + " bicubic up-sampling (default: circular when the dataset's boundary attribute says"
          + " every axis is periodic, else zero).", List.of("zero", "circular", "reflect")),
      OptionSpec.choice("activation", Activation.GELU, "Non-linearity.", Activation.class));

  private static final List<String> STRUCTURE = List.of("waves", "width", "levels", "blocks",
      "groups", "parameter-budget");

  @Override
  public String name() {
    return "sinenet";
  }

  @Override
  public String summary() {
    return "SineNet-K, 2D time-stepper, K U-Net waves in sequence (Zhang et al., ICLR 2024)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public SineNet configure(OptionValues v, String baseJson, SampleShapes shapes) {
    GridSamples.requirePlanar("sinenet", shapes);
    SineNetConfig base = baseJson == null ? null : fromJson(baseJson).config();
    boolean b = base != null;
    Padding padding = UnetFamily.padding(v, b ? base.padding() : null, shapes);
    SineNetConfig c = new SineNetConfig(
        v.given("width") || !b ? v.getInt("width") : base.width(),
        v.given("waves") || !b ? v.getInt("waves") : base.waves(),
        v.given("levels") || !b ? v.getInt("levels") : base.levels(),
        v.given("multiplier") ? v.getDouble("multiplier") : b ? base.multiplier() : 1,
        v.given("blocks") || !b ? v.getInt("blocks") : base.blocks(),
        v.given("groups") || !b ? v.getInt("groups") : base.groups(),
        padding,
        v.given("activation") || !b ? v.getEnum("activation", Activation.class)
            : base.activation());
    boolean derive = !v.given("multiplier") && (!b || STRUCTURE.stream().anyMatch(v::given));
    if (!derive) {
      return new SineNet(c);
    }
    int cin = GridSamples.channels(2, shapes.input());
    int cout = GridSamples.channels(2, shapes.output());
    long budget = v.getLong("parameter-budget");
    if (budget <= 0) {
      budget = UnetConfig.defaults(padding).parameterCount(cin, cout);
    }
    return new SineNet(c.withBudget(budget, cin, cout));
  }

  @Override
  public SineNet fromJson(String json) {
    return SineNet.fromJson(json);
  }
}
