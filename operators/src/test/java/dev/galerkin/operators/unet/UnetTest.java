package dev.galerkin.operators.unet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.operators.GridModelChecks;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.options.OptionValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The U-Net's shapes, its parameter count, its periodic-shift equivariance, its options and errors. */
class UnetTest {
  /** Width 4, two levels (multipliers 1, 2), one block, no norm groups beyond 1. */
  private static final UnetConfig TINY = new UnetConfig(4, List.of(1, 2), 1, 1, 1, Padding.ZERO,
      Activation.GELU);

  @Test
  void theOutputIsOnTheInputGridWithTheOutputChannels() {
    FloatArray x = GridModelChecks.periodicFields(2, 16, 2, 1);
    FloatArray y = GridModelChecks.forward(new Unet(TINY), Shape.of(16, 16, 2), Shape.of(16, 16, 3),
        x)[0];
    assertEquals(Shape.of(2, 16, 16, 3), y.shape());
    FloatArray rect = GridModelChecks.forward(new Unet(TINY), Shape.of(8, 12), Shape.of(8, 12),
        FloatArray.wrap(Shape.of(1, 8, 12), new float[96]))[0];
    assertEquals(Shape.of(1, 8, 12), rect.shape(), "a rectangle and samples without a channel axis");
  }

  /**
   * By hand for {@link #TINY}, 2 → 1 channels ({@code conv(k, i, o) = k²·i·o + o}, a norm over
   * {@code c} channels {@code 2c}): embed {@code conv(3, 2, 4) = 76}; level 0 block 4 → 4
   * {@code 8 + 148 + 8 + 148 = 312}; down-sampling {@code conv(3, 4, 4) = 148}; level 1 block
   * 4 → 8 {@code 8 + 296 + 16 + 584 + 40 (shortcut) = 944}; middle {@code 2 × 1200}; up level 1:
   * block 16 → 8 {@code 32 + 1160 + 16 + 584 + 136 = 1928}, block 12 → 4
   * {@code 24 + 436 + 8 + 148 + 52 = 668}; transposed conv {@code 4·4·4·4 + 4 = 260}; up level 0:
   * two blocks 8 → 4 of {@code 16 + 292 + 8 + 148 + 36 = 500}; output norm 8 and
   * {@code conv(3, 4, 1) = 37}: 7781 in all.
   */
  @Test
  void theParameterCountIsTheArchitecturesByHandAndPdeArenas() {
    assertEquals(7781, TINY.parameterCount(2, 1));
    assertEquals(7781, GridModelChecks.parameterCount(new Unet(TINY), Shape.of(8, 8, 2),
        Shape.of(8, 8)), "the built graph");
    UnetConfig defaults = UnetConfig.defaults(Padding.ZERO);
    assertEquals(defaults.parameterCount(3, 2), GridModelChecks.parameterCount(new Unet(defaults),
        Shape.of(16, 16, 3), Shape.of(16, 16, 2)));
    // PyTorch 1.13, sum(p.numel()) of pdearena.modules.twod_unet.Unet(norm=True) at these sizes
    assertEquals(9_028_145, defaults.parameterCount(1, 1), "Unet(hidden_channels=16), 1 -> 1");
    assertEquals(30_153, new UnetConfig(8, List.of(1, 2), 1, 1, 8, Padding.ZERO, Activation.GELU)
        .parameterCount(2, 1), "Unet(hidden 8, ch_mults (1, 2), n_blocks 1), 2 -> 1");
    assertEquals(144_263_683, new UnetConfig(64, UnetConfig.MULTIPLIERS, 2, 1, 8, Padding.ZERO,
        Activation.GELU).parameterCount(12, 3), "Unetmod-64, Navier-Stokes 2D (4 x 3 -> 3)");
  }

  /**
   * With circular padding every layer commutes with periodic shifts by a multiple of
   * {@code 2^(levels−1)} (the stride-2 convolutions sample every other point, so they need even
   * shifts at each level): shifting the input by 4 (three levels) or 8 shifts the output by as
   * much, to float rounding.
   */
  @Test
  void withCircularPaddingAShiftOfTheInputShiftsTheOutput() {
    UnetConfig c = new UnetConfig(8, List.of(1, 2, 2), 1, 1, 8, Padding.CIRCULAR, Activation.GELU);
    FloatArray x = GridModelChecks.periodicFields(2, 16, 2, 3);
    FloatArray[] y = GridModelChecks.forward(new Unet(c), Shape.of(16, 16, 2), Shape.of(16, 16, 1),
        x, GridModelChecks.roll(x, 4, 8), GridModelChecks.roll(x, 1, 0));
    double exact = GridModelChecks.relativeMaxDiff(GridModelChecks.roll(y[0], 4, 8), y[1]);
    double odd = GridModelChecks.relativeMaxDiff(GridModelChecks.roll(y[0], 1, 0), y[2]);
    System.out.printf("U-Net (3 levels, circular): shift by (4, 8) -> relative max difference %.1e;"
        + " shift by (1, 0), not a multiple of 4: %.1e%n", exact, odd);
    assertTrue(exact < 1e-5, "shift by (4, 8): " + exact);
    assertTrue(odd > 1e-3, "a shift by 1 is not expected to commute: " + odd);
  }

  @Test
  void theFamilyDerivesPaddingAndRoundTripsItsJson() {
    ModelFamily f = ModelFamilies.get("unet");
    Shape s = Shape.of(64, 64, 3);
    Unet torus = (Unet) f.configure(OptionValues.defaults(f.options()), null,
        new ModelFamily.SampleShapes(s, Shape.of(64, 64), 2, Map.of(),
            List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC)));
    assertEquals(UnetConfig.defaults(Padding.CIRCULAR), torus.config());
    Unet box = (Unet) f.configure(OptionValues.of(f.options(), Map.of("multipliers", "1,2",
        "width", "8")), torus.architectureJson(), new ModelFamily.SampleShapes(s, s, 2));
    assertEquals(new UnetConfig(8, List.of(1, 2), 2, 1, 8, Padding.CIRCULAR, Activation.GELU),
        box.config(), "the base's padding, the options given");
    assertEquals(torus.config(), ((Unet) ModelFamilies.create("unet", torus.architectureJson()))
        .config());
    assertTrue(f.summary().contains("PDEArena") && !torus.resolutionIndependent());
  }

  @Test
  void badGridsAndConfigurationsFailInOneLine() {
    GalerkinException e = assertThrows(GalerkinException.class, () -> GridModelChecks.forward(
        new Unet(UnetConfig.defaults(Padding.ZERO)), Shape.of(36, 36), Shape.of(36, 36)));
    assertEquals("U-Net with 4 levels halves the grid 3 times, so its sides must be divisible by 8"
        + " (32 or 40 near 36); got [36, 36] (it takes 2): resample the data or use fewer levels"
        + " (--multipliers with at most 3 entries)", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> GridModelChecks.forward(new Unet(TINY),
        Shape.of(16, 16), Shape.of(8, 8)));
    assertTrue(e.getMessage().contains("not on the input's grid [16, 16]"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> GridModelChecks.forward(new Unet(TINY),
        Shape.of(16), Shape.of(16)));
    assertTrue(e.getMessage().contains("expected [grid] or [grid, channels] with 2 grid axes"),
        e.getMessage());
    e = assertThrows(GalerkinException.class, () -> Unet.fromJson("{\"width\": 16, \"multipliers\":"
        + " [1, 2], \"blocks\": 1, \"outputGroups\": 8, \"padding\": \"ZERO\", \"activation\":"
        + " \"GELU\"}"));
    assertEquals("U-Net configuration JSON lacks [groups]; give every field, as the architecture in"
        + " a model's MODEL.config.json has them", e.getMessage());
    ModelFamily f = ModelFamilies.get("unet");
    e = assertThrows(GalerkinException.class, () -> f.configure(OptionValues.defaults(f.options()),
        null, new ModelFamily.SampleShapes(Shape.of(8, 8, 8), Shape.of(8, 8, 8), 3)));
    assertTrue(e.getMessage().startsWith("unet works on 2D grids; the input [8, 8, 8] has 3 grid"
        + " axes"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new UnetConfig(12, List.of(1, 2), 1, 1, 8,
        Padding.ZERO, Activation.GELU));
    assertTrue(e.getMessage().contains("output-groups = 8 does not divide width 12"),
        e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new UnetConfig(8, List.of(1, 3), 1, 3, 8,
        Padding.ZERO, Activation.GELU));
    assertTrue(e.getMessage().contains("groups = 3 do not divide width 8"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new UnetConfig(8, List.of(), 1, 1, 8,
        Padding.ZERO, Activation.GELU));
    assertTrue(e.getMessage().contains("give 1 to 8 per-level channel multipliers"),
        e.getMessage());
  }
}
