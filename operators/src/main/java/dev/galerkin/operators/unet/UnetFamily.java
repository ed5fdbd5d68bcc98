package dev.galerkin.operators.unet;

import dev.galerkin.operators.GridSamples;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * PDEArena's modern U-Net ({@link Unet}, Gupta and Brandstetter, TMLR 2023) as a plug-in,
 * {@code galerkin train unet}. Derived from the data: the input and output channels (from the
 * sample shapes, when the model is built) and the padding (circular when the dataset's
 * {@code boundary} attribute says every axis is periodic, zero otherwise; {@code --padding}
 * overrides).
 */
public final class UnetFamily implements ModelFamily {
  /** The options, in {@code --help} order. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("width", 16, "Channels after the embedding convolution (PDEArena's"
          + " Unetmod-64 has 64)."),
      OptionSpec.integers("multipliers", "1,2,2,4", "Channel multiplier per level, finest first;"
          + " the grid is halved between levels, so its sides must be divisible by 2^(levels-1)."),
      OptionSpec.integer("blocks", 2, "Residual blocks per level on the way down (one more on the"
          + " way up)."),
      OptionSpec.integer("groups", 1, "GroupNorm groups in the residual blocks (0: no norm)."),
      OptionSpec.integer("output-groups", 8, "GroupNorm groups before the last convolution."),
      OptionSpec.choice("padding", null, "Padding of every convolution (default: circular when the"
          + " dataset's boundary attribute says every axis is periodic, else zero).",
          List.of("zero", "circular", "reflect")),
      OptionSpec.choice("activation", Activation.GELU, "Non-linearity.", Activation.class));

  @Override
  public String name() {
    return "unet";
  }

  @Override
  public String summary() {
    return "Modern U-Net, 2D time-stepper, residual blocks + GroupNorm (PDEArena: Gupta and"
        + " Brandstetter, TMLR 2023)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Unet configure(OptionValues v, String baseJson, SampleShapes shapes) {
    GridSamples.requirePlanar("unet", shapes);
    UnetConfig base = baseJson == null ? null : fromJson(baseJson).config();
    boolean b = base != null;
    return new Unet(new UnetConfig(
        v.given("width") || !b ? v.getInt("width") : base.width(),
        v.given("multipliers") || !b ? Arrays.stream(v.getInts("multipliers")).boxed().toList()
            : base.multipliers(),
        v.given("blocks") || !b ? v.getInt("blocks") : base.blocks(),
        v.given("groups") || !b ? v.getInt("groups") : base.groups(),
        v.given("output-groups") || !b ? v.getInt("output-groups") : base.outputGroups(),
        padding(v, b ? base.padding() : null, shapes),
        v.given("activation") || !b ? v.getEnum("activation", Activation.class)
            : base.activation()));
  }

  /**
   * @return {@code --padding} when given, else the base configuration's, else the one the
   *     dataset's boundary asks for
   */
  public static Padding padding(OptionValues v, Padding base, SampleShapes shapes) {
    return v.given("padding") ? Padding.valueOf(v.getString("padding").toUpperCase(Locale.ROOT))
        : base != null ? base : Padding.forBoundary(shapes.boundary());
  }

  @Override
  public Unet fromJson(String json) {
    return Unet.fromJson(json);
  }
}
