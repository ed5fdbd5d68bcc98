package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.shallowwater.ShallowWaterConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code shallow-water} preset: its shapes, coordinates and boundary, mass conservation of
 * every sample, determinism from {@code (seed, i)}, and the one-line failure of a drying sample.
 */
class ShallowWaterPresetTest {

  private static ShallowWaterPreset small(int resolution, int stride, double bedHeight) {
    return new ShallowWaterPreset(resolution, stride, ShallowWaterConfig.defaults(), 1, 3, 0.2, 3,
        bedHeight, new OutputTimes(0.5, 5));
  }

  private static Dataset generate(ShallowWaterPreset p, long seed, int threads) {
    return DatasetGenerator.builder(p).samples(2).seed(seed).threads(threads).build().inMemory();
  }

  @Test
  void twoSamplesHaveTheStatedShapesCoordinatesAndBoundary() {
    Dataset d = generate(small(32, 1, 0.25), 0, 1);
    assertEquals(Shape.of(2, 32, 32), d.shape("b"));
    assertEquals(Shape.of(2, 32, 32, 3), d.shape("a"));
    assertEquals(Shape.of(2, 5, 32, 32, 3), d.shape("q"));
    assertEquals(List.of("b", "a"), d.names(FieldRole.INPUT));
    assertEquals(List.of("q"), d.names(FieldRole.OUTPUT));
    NdArray x = d.values("x");
    assertEquals(Shape.of(32), x.shape());
    assertEquals(0.5 / 32, x.getDouble(0), 1e-15);
    assertEquals(1 - 0.5 / 32, x.getDouble(31), 1e-15);
    assertEquals(Shape.of(32), d.values("y").shape());
    NdArray t = d.values("t");
    assertEquals(0.1, t.getDouble(0), 1e-15);
    assertEquals(0.5, t.getDouble(4), 0);
    assertEquals(List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC), d.boundary());
    assertEquals("shallow-water", d.attribute("preset"));
    assertEquals(1.0, d.attribute("param.gravity"));
  }

  @Test
  void everySampleConservesMassAndStartsAtRest() {
    ShallowWaterPreset p = small(32, 2, 0.25);   // solved on 32^2, stored as 16^2 block means
    for (long i = 0; i < 2; i++) {
      double[][] s = PresetsTest.sample(p, i);
      int cells = 16 * 16;
      double m0 = 0;
      for (int c = 0; c < cells; c++) {
        m0 += s[1][3 * c];
        assertEquals(0, s[1][3 * c + 1]);
        assertEquals(0, s[1][3 * c + 2]);
        assertTrue(s[0][c] >= 0 && s[0][c] < 0.75 && s[1][3 * c] > 0.25, "b, h0 at cell " + c);
      }
      double worst = 0;
      for (int k = 0; k < 5; k++) {
        double m = 0;
        for (int c = 0; c < cells; c++) {
          m += s[2][(k * cells + c) * 3];
        }
        worst = Math.max(worst, Math.abs(m - m0) / m0);
      }
      System.out.printf("shallow-water preset sample %d: relative mass drift over 5 frames %.1e%n",
          i, worst);
      assertTrue(worst < 1e-13, "sample " + i + ": mass drift " + worst);
    }
  }

  @Test
  void theSameSeedGivesTheSameBitsWhateverTheThreads() {
    ShallowWaterPreset p = small(32, 1, 0.25);
    Dataset one = generate(p, 5, 1);
    Dataset two = generate(p, 5, 2);
    for (String f : List.of("b", "a", "q")) {
      NdArray u = one.values(f);
      NdArray v = two.values(f);
      for (int j = 0; j < u.size(); j++) {
        assertEquals(Double.doubleToRawLongBits(u.getDouble(j)),
            Double.doubleToRawLongBits(v.getDouble(j)), f + "[" + j + "]");
      }
    }
    NdArray other = generate(p, 6, 1).values("b");
    boolean differs = false;
    for (int j = 0; j < other.size() && !differs; j++) {
      differs = other.getDouble(j) != one.values("b").getDouble(j);
    }
    assertTrue(differs, "another seed draws another bathymetry");
  }

  @Test
  void aBedAboveTheSurfaceFailsInOneLineNamingTheSample() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> generate(small(16, 1, 4.0), 0, 1));
    assertTrue(e.getMessage().contains("sample 0") && e.getMessage().contains("--bed-height"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void optionsReachTheRecipe() {
    PresetFactory f = PresetCatalog.find("shallow-water");
    assertEquals(ShallowWaterPreset.defaults(), f.create(Map.of()));
    ShallowWaterPreset p = (ShallowWaterPreset) f.create(Map.of("resolution", "48", "stride", "3",
        "gravity", "9.81", "mean-depth", "2", "bumps", "1", "bed-bumps", "0", "cfl", "0.3",
        "final-time", "2", "time-steps", "4"));
    assertEquals(Shape.of(4, 16, 16, 3), p.fields().get(2).sampleShape());
    assertEquals(9.81, p.solver().gravity());
    assertEquals(0.3, p.solver().cfl());
    assertEquals(2, p.meanDepth());
    assertEquals(new OutputTimes(2, 4), p.times());
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("resolution", "64",
        "stride", "5"))).getMessage();
    assertTrue(m.contains("--stride = 5 does not divide --resolution = 64"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("cfl", "0.9"))).getMessage();
    assertTrue(m.contains("--cfl = 0.9"), m);
  }
}
