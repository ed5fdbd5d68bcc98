package dev.galerkin.operators.fno;

import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.List;

/**
 * The FNO family ({@link Fno}, Li et al. 2021) as a plug-in: options {@code --dimensions},
 * {@code --width}, {@code --modes}, {@code --layers}, {@code --projection}, {@code --activation},
 * {@code --padding}.
 * Derived from the data: the dimensions (the input's grid axes, at most 2) and the modes
 * ({@code min(12, n/2)} for the smallest grid side {@code n}).
 */
public final class FnoFamily implements ModelFamily {
  /** The options, in {@code --help} order. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("dimensions", "Spatial dimensions of the grid, 1, 2 or 3 (default: the"
          + " input's grid axes, at most 2)."),
      OptionSpec.integer("width", 32, "Channels of the Fourier layers."),
      OptionSpec.integer("modes", "Fourier modes kept per axis (default: min(12, n/2) for the"
          + " smallest grid side n)."),
      OptionSpec.integer("layers", 4, "Fourier layers."),
      OptionSpec.integer("projection", 128, "Hidden width of the point-wise projection."),
      OptionSpec.choice("activation", Activation.GELU, "Non-linearity.", Activation.class),
      OptionSpec.integer("padding", 0, "Grid points of zeros appended to every spatial axis after"
          + " lifting and cropped before the projection, for non-periodic problems (the reference"
          + " code pads Darcy by 9)."));

  @Override
  public String name() {
    return "fno";
  }

  @Override
  public String summary() {
    return "Fourier neural operator, 1D/2D/3D, resolution-independent (Li et al., ICLR 2021)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public OperatorModel configure(OptionValues v, String baseJson, SampleShapes shapes) {
    FnoConfig base = baseJson == null ? null : fromJson(baseJson).config();
    int dims = v.given("dimensions") ? v.getInt("dimensions")
        : base != null ? base.dimensions() : Math.max(1, Math.min(2, shapes.gridRank()));
    long smallest = Long.MAX_VALUE;
    for (int a = 0; a < Math.min(dims, shapes.input().rank()); a++) {
      smallest = Math.min(smallest, shapes.input().dim(a));
    }
    int modes = v.given("modes") ? v.getInt("modes")
        : base != null ? base.modes() : (int) Math.max(1, Math.min(12, smallest / 2));
    int padding = pick(v, "padding", base == null ? 0 : base.padding(), base != null);
    checkModes(modes, smallest, padding, v.given("modes") ? "--modes" : "the configuration's modes");
    return new Fno(new FnoConfig(dims,
        pick(v, "width", base == null ? 0 : base.width(), base != null),
        modes,
        pick(v, "layers", base == null ? 0 : base.layers(), base != null),
        pick(v, "projection", base == null ? 0 : base.projection(), base != null),
        v.given("activation") || base == null ? v.getEnum("activation", Activation.class)
            : base.activation(),
        padding));
  }

  /**
   * Throws unless {@code modes} fits the grid: a side of {@code n} points (plus the padding) holds
   * at most {@code n / 2} Fourier modes per axis.
   */
  static void checkModes(int modes, long smallest, int padding, String what) {
    if (smallest == Long.MAX_VALUE) {
      return;
    }
    long side = smallest + padding;
    if (modes > side / 2) {
      throw new dev.galerkin.GalerkinException(what + " " + modes + " is more than the grid"
          + " allows: its smallest side has " + smallest + " points" + (padding > 0 ? " (+"
          + padding + " padding)" : "") + ", which hold at most " + Math.max(1, side / 2)
          + " Fourier modes per axis; lower --modes to " + Math.max(1, side / 2)
          + " or less (or train on a finer grid)");
    }
  }

  /** The given value, else the base configuration's, else the declared default. */
  static int pick(OptionValues v, String name, int baseValue, boolean hasBase) {
    return v.given(name) || !hasBase ? v.getInt(name) : baseValue;
  }

  @Override
  public Fno fromJson(String json) {
    return Fno.fromJson(json);
  }
}
