package dev.galerkin.operators.sinenet;

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
import dev.galerkin.operators.unet.UnetConfig;
import dev.galerkin.options.OptionValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SineNet's shapes, its parameter count, the multiplier that matches a U-Net's budget for K = 2,
 * 4 and 8, its periodic-shift equivariance, its options and errors.
 */
class SineNetTest {
  /** Width 4, two waves, two levels, multiplier 2 (channels 4, 8, 16), one block. */
  private static final SineNetConfig TINY = new SineNetConfig(4, 2, 2, 2, 1, 1, Padding.ZERO,
      Activation.GELU);

  @Test
  void theOutputIsOnTheInputGridWithTheOutputChannels() {
    FloatArray x = GridModelChecks.periodicFields(2, 16, 2, 1);
    FloatArray y = GridModelChecks.forward(new SineNet(TINY), Shape.of(16, 16, 2),
        Shape.of(16, 16, 3), x)[0];
    assertEquals(Shape.of(2, 16, 16, 3), y.shape());
    FloatArray rect = GridModelChecks.forward(new SineNet(TINY), Shape.of(8, 12), Shape.of(8, 12),
        FloatArray.wrap(Shape.of(1, 8, 12), new float[96]))[0];
    assertEquals(Shape.of(1, 8, 12), rect.shape(), "a rectangle and samples without a channel axis");
  }

  /**
   * By hand for {@link #TINY}, 2 → 1 channels ({@code conv(k, i, o) = k²·i·o + o}; a block
   * {@code i → o} is {@code conv(3, i, o) + conv(3, o, o) + 4o} for its two norms): embed
   * {@code conv(3, 2, 4) = 76}; per wave: down 0, block 4 → 8 plus shortcut {@code conv(1, 4, 8)}:
   * {@code 296 + 584 + 32 + 40 = 952}; down 1, block (8 + 4 of the pooled wave input) → 16 plus
   * shortcut 8 → 16: {@code 1744 + 2320 + 64 + 144 = 4272}; up from 16, block (8 skip + 16) → 8
   * plus shortcut 16 → 8: {@code 1736 + 584 + 32 + 136 = 2488}; up from 8, block (4 + 8) → 4 plus
   * shortcut 8 → 4: {@code 436 + 148 + 16 + 36 = 636}; a wave is 8348; output
   * {@code conv(3, 4, 1) = 37}: {@code 76 + 2·8348 + 37 = 16809}.
   */
  @Test
  void theParameterCountIsTheArchitecturesByHandAndTheReferences() {
    assertEquals(16_809, TINY.parameterCount(2, 1));
    assertEquals(16_809, GridModelChecks.parameterCount(new SineNet(TINY), Shape.of(8, 8, 2),
        Shape.of(8, 8)), "the built graph");
    SineNetConfig blocks = new SineNetConfig(5, 3, 3, 1.7, 2, 1, Padding.ZERO, Activation.GELU);
    assertEquals(blocks.parameterCount(3, 2), GridModelChecks.parameterCount(new SineNet(blocks),
        Shape.of(16, 16, 3), Shape.of(16, 16, 2)), "the built graph, two blocks, channels 5, 8, 14, 24");
    // the reference's registry states 35,490,219 for sinenet8-dual (width 64, multiplier 1.425,
    // Navier-Stokes 2D: 4 frames x 3 fields in, 3 out); PyTorch 1.13 counted the others from
    // sinenet_dual.sinenet
    assertEquals(35_490_219, paper(8, 1.425).parameterCount(12, 3));
    assertEquals(35_493_699, paper(4, 1.611).parameterCount(12, 3));
    assertEquals(35_499_989, paper(2, 1.8075).parameterCount(12, 3));
    assertEquals(513_337, new SineNetConfig(4, 2, 4, 2, 2, 1, Padding.ZERO, Activation.GELU)
        .parameterCount(2, 1), "width 4, K = 2, multiplier 2, num_blocks 2");
  }

  private static SineNetConfig paper(int waves, double multiplier) {
    return new SineNetConfig(64, waves, 4, multiplier, 1, 1, Padding.ZERO, Activation.GELU);
  }

  /**
   * The family's default multiplier makes SineNet-2, -4 and -8 (width 32, 4 levels) as large as
   * the default U-Net (width 16, multipliers 1,2,2,4) for the same channels, within 10 %.
   */
  @Test
  void sineNetTwoFourAndEightMatchTheDefaultUnetsBudget() {
    ModelFamily f = ModelFamilies.get("sinenet");
    Shape in = Shape.of(64, 64, 4);
    Shape out = Shape.of(64, 64);
    long budget = UnetConfig.defaults(Padding.ZERO).parameterCount(4, 1);
    StringBuilder line = new StringBuilder("default U-Net (4 -> 1 channels): " + budget + ";");
    for (int k : new int[] {2, 4, 8}) {
      SineNet m = (SineNet) f.configure(OptionValues.of(f.options(), Map.of("waves", "" + k)), null,
          new ModelFamily.SampleShapes(in, out, 2));
      long n = m.config().parameterCount(4, 1);
      line.append(String.format(" SineNet-%d: multiplier %.3f, %d (%+.2f %%);", k,
          m.config().multiplier(), n, 100.0 * (n - budget) / budget));
      assertTrue(Math.abs(n - budget) <= budget / 10, "SineNet-" + k + ": " + n + " vs " + budget);
    }
    System.out.println(line);
    SineNet given = (SineNet) f.configure(OptionValues.of(f.options(), Map.of("waves", "2",
        "parameter-budget", "1000000")), null, new ModelFamily.SampleShapes(in, out, 2));
    long n = given.config().parameterCount(4, 1);
    assertTrue(Math.abs(n - 1_000_000) < 100_000, "--parameter-budget 1000000: " + n);
  }

  /**
   * With circular padding SineNet commutes with periodic shifts by multiples of {@code 2^levels}:
   * the 2×2 average pooling tiles the grid into fixed blocks, so a shift by a multiple of 2 at
   * every level is exact; a shift by 1 (or by 2 with two levels) changes which points are averaged
   * together and is not.
   */
  @Test
  void withCircularPaddingAShiftByAMultipleOfTwoToTheLevelsShiftsTheOutput() {
    SineNetConfig c = new SineNetConfig(4, 2, 2, 2, 1, 1, Padding.CIRCULAR, Activation.GELU);
    FloatArray x = GridModelChecks.periodicFields(2, 16, 2, 3);
    FloatArray[] y = GridModelChecks.forward(new SineNet(c), Shape.of(16, 16, 2),
        Shape.of(16, 16, 1), x, GridModelChecks.roll(x, 4, 12), GridModelChecks.roll(x, 1, 0),
        GridModelChecks.roll(x, 2, 2));
    double exact = GridModelChecks.relativeMaxDiff(GridModelChecks.roll(y[0], 4, 12), y[1]);
    double one = GridModelChecks.relativeMaxDiff(GridModelChecks.roll(y[0], 1, 0), y[2]);
    double two = GridModelChecks.relativeMaxDiff(GridModelChecks.roll(y[0], 2, 2), y[3]);
    System.out.printf("SineNet (2 levels, circular): shift by (4, 12) -> relative max difference"
        + " %.1e; by (1, 0): %.1e; by (2, 2): %.1e (pooling blocks move)%n", exact, one, two);
    assertTrue(exact < 1e-5, "shift by (4, 12): " + exact);
    assertTrue(one > 1e-3 && two > 1e-3, "shifts the pooling does not permit: " + one + ", " + two);
  }

  @Test
  void theFamilyDerivesPaddingAndRoundTripsItsJson() {
    ModelFamily f = ModelFamilies.get("sinenet");
    Shape s = Shape.of(64, 64, 2);
    SineNet torus = (SineNet) f.configure(OptionValues.defaults(f.options()), null,
        new ModelFamily.SampleShapes(s, s, 2, Map.of(),
            List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC)));
    assertEquals(Padding.CIRCULAR, torus.config().padding());
    assertEquals(8, torus.config().waves());
    assertEquals(torus.config(), ((SineNet) ModelFamilies.create("sinenet",
        torus.architectureJson())).config());
    SineNet again = (SineNet) f.configure(OptionValues.of(f.options(), Map.of("padding", "zero")),
        torus.architectureJson(), new ModelFamily.SampleShapes(s, s, 2));
    assertEquals(torus.config().multiplier(), again.config().multiplier(), "the base's multiplier");
    assertEquals(Padding.ZERO, again.config().padding());
    assertTrue(f.summary().contains("ICLR 2024") && !torus.resolutionIndependent());
  }

  @Test
  void badGridsAndConfigurationsFailInOneLine() {
    SineNetConfig four = new SineNetConfig(4, 1, 4, 1.5, 1, 1, Padding.ZERO, Activation.GELU);
    GalerkinException e = assertThrows(GalerkinException.class, () -> GridModelChecks.forward(
        new SineNet(four), Shape.of(24, 24), Shape.of(24, 24)));
    assertEquals("SineNet with 4 levels halves the grid 4 times, so its sides must be divisible"
        + " by 16 (16 or 32 near 24); got [24, 24] (it takes 3): resample the data or use fewer"
        + " levels (--levels 3)", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> GridModelChecks.forward(new SineNet(TINY),
        Shape.of(16, 16, 2), Shape.of(16, 8)));
    assertTrue(e.getMessage().contains("not on the input's grid [16, 16]"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new SineNetConfig(4, 1, 4, 0.5, 1, 1,
        Padding.ZERO, Activation.GELU));
    assertEquals("SineNet multiplier = 0.5 is out of range [1, 8]", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> TINY.withBudget(100, 2, 1));
    assertTrue(e.getMessage().startsWith("SineNet-2 at width 4 cannot come within 10 % of a budget"
        + " of 100 parameters (multiplier 1 gives"), e.getMessage());
    ModelFamily f = ModelFamilies.get("sinenet");
    e = assertThrows(GalerkinException.class, () -> f.configure(OptionValues.defaults(f.options()),
        null, new ModelFamily.SampleShapes(Shape.of(64), Shape.of(64), 1)));
    assertEquals("sinenet works on 2D grids; the input [64] has 1 grid axes (fno and mgno take 1D"
        + " data)", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new SineNetConfig(6, 1, 2, 1.5, 1, 4,
        Padding.ZERO, Activation.GELU));
    assertTrue(e.getMessage().contains("groups = 4 do not divide the 6 channels of level 0"),
        e.getMessage());
  }
}
