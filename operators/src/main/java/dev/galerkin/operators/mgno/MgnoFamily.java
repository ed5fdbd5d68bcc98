package dev.galerkin.operators.mgno;

import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The MgNO family ({@link Mgno}, He, Liu, Xu, ICLR 2024) as a plug-in. Derived from the data: the
 * dimensions (the input's grid axes, at most 2), the levels (6 as in the reference, fewer when the
 * grid cannot take them) and the padding (circular when the dataset's {@code boundary} attribute
 * says every axis is periodic, zero otherwise).
 */
public final class MgnoFamily implements ModelFamily {
  /** The options, in {@code --help} order. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("dimensions", "Spatial dimensions of the grid, 1 or 2 (default: the"
          + " input's grid axes, at most 2)."),
      OptionSpec.integer("width", 24, "Channels of the hidden fields."),
      OptionSpec.integer("layers", 5, "MgNO layers u <- act(MgConv(u) + W u)."),
      OptionSpec.integer("levels", "Grid levels of each V-cycle, the finest included (default: 6, or"
          + " as many as the grid takes)."),
      OptionSpec.integer("pre-smoothing", 1, "Smoothing steps on each level before restriction."),
      OptionSpec.integer("coarsest-smoothing", 2, "Smoothing steps on the coarsest level."),
      OptionSpec.integer("post-smoothing", 0, "Smoothing steps after each prolongation."),
      OptionSpec.choice("padding", null, "Padding of the convolutions (default: circular when the"
          + " dataset's boundary attribute says every axis is periodic, else zero).",
          List.of("zero", "circular", "reflect")),
      OptionSpec.choice("activation", Activation.GELU, "Non-linearity.", Activation.class),
      OptionSpec.flag("residual-correction", "Restrict the residual f - A u, the coarse u starting"
          + " at zero (textbook multigrid), instead of restricting f and u."));

  @Override
  public String name() {
    return "mgno";
  }

  @Override
  public String summary() {
    return "Multigrid neural operator, 1D/2D, learned V-cycles (He, Liu, Xu, ICLR 2024)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public OperatorModel configure(OptionValues v, String baseJson, SampleShapes shapes) {
    MgnoConfig base = baseJson == null ? null : fromJson(baseJson).config();
    int dims = v.given("dimensions") ? v.getInt("dimensions")
        : base != null ? base.dimensions() : Math.max(1, Math.min(2, shapes.gridRank()));
    Padding padding = v.given("padding")
        ? Padding.valueOf(v.getString("padding").toUpperCase(Locale.ROOT))
        : base != null ? base.padding() : fromBoundary(shapes.boundary());
    long[] grid = Arrays.copyOf(shapes.input().dims(), Math.min(dims, shapes.input().rank()));
    int levels = v.given("levels") ? v.getInt("levels") : base != null ? base.levels()
        : Math.min(6, MultigridConv.maxLevels(grid, padding == Padding.CIRCULAR));
    return new Mgno(new MgnoConfig(dims, pick(v, "width", base == null ? 0 : base.width(), base),
        pick(v, "layers", base == null ? 0 : base.layers(), base), levels,
        pick(v, "pre-smoothing", base == null ? 0 : base.preSmoothing(), base),
        pick(v, "coarsest-smoothing", base == null ? 0 : base.coarsestSmoothing(), base),
        pick(v, "post-smoothing", base == null ? 0 : base.postSmoothing(), base), padding,
        v.given("activation") || base == null ? v.getEnum("activation", Activation.class)
            : base.activation(),
        v.given("residual-correction") || base == null ? v.flag("residual-correction")
            : base.residualCorrection()));
  }

  private static int pick(OptionValues v, String name, int baseValue, MgnoConfig base) {
    return v.given(name) || base == null ? v.getInt(name) : baseValue;
  }

  /** @return circular when every axis is periodic, zero otherwise (also when unknown) */
  static Padding fromBoundary(List<BoundaryCondition> boundary) {
    return Padding.forBoundary(boundary);
  }

  @Override
  public Mgno fromJson(String json) {
    return Mgno.fromJson(json);
  }
}
