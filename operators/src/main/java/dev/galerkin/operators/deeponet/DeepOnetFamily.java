package dev.galerkin.operators.deeponet;

import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.List;

/**
 * The DeepONet family ({@link DeepOnet}, Lu et al. 2021) as a plug-in: options
 * {@code --dimensions}, {@code --width}, {@code --layers}, {@code --latent}, {@code --activation},
 * {@code --channels}, {@code --lengths}, {@code --branch mlp|cnn} (the kind of branch net, see
 * {@link BranchKind}; {@code cnn} needs 2D grid inputs {@code [X, Y]} or {@code [X, Y, C]}) and
 * {@code --filters} (the CNN branch's filters per convolution stage, e.g. {@code 16,32,64}). On
 * top of a configuration file, only the options given change it. Derived from the data: the dimensions (the output's rank,
 * at most 2) and the domain lengths (the extent {@code max − min} of the dataset's coordinate
 * fields that match the output grid's axes, in file order).
 */
public final class DeepOnetFamily implements ModelFamily {
  /** The options, in {@code --help} order. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("dimensions", "Spatial axes of the output grid, 1 or 2 (default: the"
          + " output's rank, at most 2)."),
      OptionSpec.integer("width", 64, "Width of the hidden layers of the branch and trunk nets."),
      OptionSpec.integer("layers", 2, "Hidden layers of each net."),
      OptionSpec.integer("latent", "Basis functions p per output channel (default: --width)."),
      OptionSpec.choice("activation", Activation.GELU, "Non-linearity of both nets.",
          Activation.class),
      OptionSpec.choice("channels", OutputChannels.LAST, "Output channels are the last axis"
          + " (last) or the leading axes, e.g. time (leading).", OutputChannels.class),
      OptionSpec.reals("lengths", null, "Domain length of each output grid axis, comma-separated,"
          + " in the axis's units (default: the extent of the dataset's coordinate fields, else 1"
          + " per axis)."),
      OptionSpec.choice("branch", BranchKind.MLP, "Branch net: dense layers on the flattened"
          + " input (mlp), or 5x5 convolution and 2x2 average-pool stages on a 2D input grid [X, Y]"
          + " or [X, Y, C] before them (cnn, Kumar et al. 2024).", BranchKind.class),
      OptionSpec.integers("filters", "16,32,64", "With --branch cnn: output channels of each"
          + " convolution stage, comma-separated, 1 to 6 stages."));

  @Override
  public String name() {
    return "deeponet";
  }

  @Override
  public String summary() {
    return "Deep operator network, unstacked, branch x trunk (Lu et al., Nat. Mach. Intell. 2021)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Normalisation.Kind defaultNormalisation() {
    return Normalisation.Kind.POINTWISE;
  }

  /**
   * @return {@code branch} (variables {@code branch_*}, the net of the input function) and
   *     {@code trunk} ({@code trunk_*}, the net of the query coordinates); the output bias belongs
   *     to neither and always trains
   */
  @Override
  public java.util.Map<String, String> parts() {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("branch", "branch_");
    p.put("trunk", "trunk_");
    return java.util.Collections.unmodifiableMap(p);
  }

  @Override
  public OperatorModel configure(OptionValues v, String baseJson, SampleShapes shapes) {
    DeepOnetConfig.Builder b = baseJson == null
        ? DeepOnetConfig.builder().dimensions(Math.max(1, Math.min(2, shapes.output().rank())))
            .branch(v.getInt("layers"), v.getInt("width")).trunk(v.getInt("layers"), v.getInt("width"))
            .latent(v.getInt("latent", v.getInt("width")))
            .activation(v.getEnum("activation", Activation.class))
            .channels(v.getEnum("channels", OutputChannels.class))
            .branchKind(v.getEnum("branch", BranchKind.class)).filters(v.getInts("filters"))
        : fromJson(baseJson).config().toBuilder();
    DeepOnetConfig base = b.build();
    if (v.given("dimensions")) {
      b.dimensions(v.getInt("dimensions"));
    }
    int width = v.given("width") ? v.getInt("width") : base.branchWidth();
    int layers = v.given("layers") ? v.getInt("layers") : base.branchLayers();
    if (v.given("width") || v.given("layers")) {
      b.branch(layers, width).trunk(layers, width);
    }
    if (v.given("latent") || (v.given("width") && baseJson != null)) {
      b.latent(v.getInt("latent", width));
    }
    if (v.given("activation")) {
      b.activation(v.getEnum("activation", Activation.class));
    }
    if (v.given("channels")) {
      b.channels(v.getEnum("channels", OutputChannels.class));
    }
    if (v.given("branch")) {
      b.branchKind(v.getEnum("branch", BranchKind.class));
    }
    if (v.given("filters")) {
      b.filters(v.getInts("filters"));
    }
    if (v.given("lengths")) {
      b.lengths(v.getDoubles("lengths"));
    } else if (baseJson == null) {
      b.lengths((double[]) null);
      long[] spatial = OutputLayout.of(b.build(), shapes.output()).spatial();
      shapes.lengths(spatial).ifPresent(b::lengths);
    }
    return new DeepOnet(b.build());
  }

  @Override
  public DeepOnet fromJson(String json) {
    return DeepOnet.fromJson(json);
  }
}
