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
 * The {@code shallow-water-dam-break} preset (PDEBench's radial dam break): shapes, coordinates,
 * attributes and boundary; bits independent of the thread count; mass kept to round-off while the
 * front is inside; the radial symmetry of {@code h}; one-line refusal of bad parameters.
 */
class ShallowWaterDamBreakPresetTest {

  private static ShallowWaterDamBreakPreset small(int s, OutputTimes times) {
    return new ShallowWaterDamBreakPreset(s, ShallowWaterConfig.defaults(), 2, 0.3, 0.7, times);
  }

  private static Dataset generate(ShallowWaterDamBreakPreset p, long seed, int threads) {
    return DatasetGenerator.builder(p).samples(2).seed(seed).threads(threads).build().inMemory();
  }

  @Test
  void aDefaultSampleKeepsItsMass() {
    ShallowWaterDamBreakPreset p = ShallowWaterDamBreakPreset.defaults();
    assertEquals(Shape.of(100, 128, 128, 3), p.fields().get(1).sampleShape());
    double[][] out = PresetsTest.sample(p, 1);
    int cells = 128 * 128;
    double m0 = 0;
    double m1 = 0;
    for (int c = 0; c < cells; c++) {
      m0 += out[0][3 * c];
      m1 += out[1][(99 * cells + c) * 3];
    }
    boolean rest = sidesAtRest(out[1], 99, 128);
    double drift = Math.abs(m1 - m0) / m0;
    System.out.printf("shallow-water-dam-break defaults (128^2, 100 times to t = 1): sides at rest"
        + " at t = 1: %b, relative mass drift %.1e (its cost: galerkin bench solvers)%n", rest,
        drift);
    assertTrue(!rest || drift <= 1e-13, "mass drift " + drift);
    ShallowWaterDamBreakPreset widest = new ShallowWaterDamBreakPreset(128, p.solver(), 2, 0.7,
        0.7, p.times());
    double[][] w = PresetsTest.sample(widest, 0);
    int first = 0;
    while (first < 100 && sidesAtRest(w[1], first, 128)) {
      first++;
    }
    double side = 0;
    double mw = 0;
    for (int i = 0; i < 128; i++) {
      side = Math.max(side, Math.abs(w[1][(99 * cells + i) * 3] - 1));   // the row x = x_0
    }
    for (int c = 0; c < cells; c++) {
      mw += w[1][(99 * cells + c) * 3];
    }
    System.out.printf("shallow-water-dam-break at 128^2, R = 0.7: sides at rest in the first %d"
        + " of 100 frames; at t = 1 max |h - 1| on the side x = x_0 %.1e, relative mass change"
        + " %.1e%n", first, side, Math.abs(mw - sum(w[0], cells)) / sum(w[0], cells));
    assertTrue(first >= 80, "the widest dam's front reached the sides at frame " + first);
  }

  @Test
  void twoSamplesHaveTheStatedShapesCoordinatesAndAttributes() {
    Dataset d = generate(small(32, new OutputTimes(0.5, 5)), 0, 1);
    assertEquals(Shape.of(2, 32, 32, 3), d.shape("a"));
    assertEquals(Shape.of(2, 5, 32, 32, 3), d.shape("q"));
    assertEquals(List.of("a"), d.names(FieldRole.INPUT));
    assertEquals(List.of("q"), d.names(FieldRole.OUTPUT));
    NdArray x = d.values("x");
    assertEquals(Shape.of(32), x.shape());
    assertEquals(-2.5 + 2.5 / 32, x.getDouble(0), 1e-15);
    assertEquals(2.5 - 2.5 / 32, x.getDouble(31), 1e-15);
    assertEquals(Shape.of(32), d.values("y").shape());
    assertEquals(0.1, d.values("t").getDouble(0), 1e-15);
    assertEquals(0.5, d.values("t").getDouble(4), 0);
    assertEquals(List.of(BoundaryCondition.OPEN, BoundaryCondition.OPEN), d.boundary());
    assertEquals("shallow-water-dam-break", d.attribute("preset"));
    assertEquals(1.0, d.attribute("param.gravity"));
    assertEquals(2.0, d.attribute("param.inner_depth"));
    assertEquals(0.3, d.attribute("param.min_radius"));
    assertEquals(0.7, d.attribute("param.max_radius"));
    NdArray a = d.values("a");
    for (int j = 0; j < a.size(); j++) {
      double v = a.getDouble(j);
      assertTrue(j % 3 == 0 ? v == 1 || v == 2 : v == 0, "a[" + j + "] = " + v);
    }
  }

  @Test
  void theSameSeedGivesTheSameBitsWhateverTheThreads() {
    ShallowWaterDamBreakPreset p = small(32, new OutputTimes(0.3, 3));
    PresetsTest.assertSameBits(generate(p, 5, 1), generate(p, 5, 2), List.of("a", "q"));
  }

  @Test
  void massIsKeptToRoundOffUntilTheFrontReachesTheSides() {
    int s = 32;
    int cells = s * s;
    int frames = 20;
    ShallowWaterDamBreakPreset p = small(s, new OutputTimes(1, frames));
    for (long i = 0; i < 2; i++) {
      double[][] out = PresetsTest.sample(p, i);
      double m0 = 0;
      for (int c = 0; c < cells; c++) {
        m0 += out[0][3 * c];
      }
      double worst = 0;
      int quiet = 0;
      for (int k = 0; k < frames; k++) {
        if (!sidesAtRest(out[1], k, s)) {
          break;
        }
        quiet++;
        double m = 0;
        for (int c = 0; c < cells; c++) {
          m += out[1][(k * cells + c) * 3];
        }
        worst = Math.max(worst, Math.abs(m - m0) / m0);
      }
      System.out.printf("shallow-water-dam-break sample %d: %d of %d frames before the front"
          + " reaches the sides, relative mass drift %.1e%n", i, quiet, frames, worst);
      assertTrue(quiet >= 5, "sample " + i + ": the front reached the sides by t = " + quiet
          + "/20");
      assertTrue(worst <= 1e-13, "sample " + i + ": mass drift " + worst);
    }
  }

  private static double sum(double[] q, int cells) {
    double m = 0;
    for (int c = 0; c < cells; c++) {
      m += q[3 * c];
    }
    return m;
  }

  /** @return whether the two outermost rings of cells of frame {@code k} are still (1, 0, 0) */
  private static boolean sidesAtRest(double[] q, int k, int s) {
    for (int i = 0; i < s; i++) {
      for (int j = 0; j < s; j++) {
        if (Math.min(Math.min(i, j), Math.min(s - 1 - i, s - 1 - j)) >= 2) {
          continue;
        }
        int c = (k * s * s + i * s + j) * 3;
        if (q[c] != 1 || q[c + 1] != 0 || q[c + 2] != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void theDepthIsRadiallySymmetric() {
    int s = 32;
    int frames = 10;
    double[][] out = PresetsTest.sample(small(s, new OutputTimes(1, frames)), 1);
    double worst = 0;
    for (int k = 0; k < frames; k++) {
      for (int i = 0; i < s; i++) {
        for (int j = 0; j < s; j++) {
          double h = out[1][(k * s * s + i * s + j) * 3];
          double swapped = out[1][(k * s * s + j * s + i) * 3];
          double mirrored = out[1][(k * s * s + (s - 1 - i) * s + j) * 3];
          worst = Math.max(worst, Math.max(Math.abs(h - swapped), Math.abs(h - mirrored)));
        }
      }
    }
    System.out.printf("shallow-water-dam-break: max |h(x,y) - h(y,x)|, |h(x,y) - h(-x,y)| over"
        + " %d frames %.1e%n", frames, worst);
    assertTrue(worst <= 1e-12, "symmetry broken by " + worst);
  }

  @Test
  void badParametersAreRefusedInOneLine() {
    ShallowWaterConfig c = ShallowWaterConfig.defaults();
    OutputTimes t = new OutputTimes(1, 2);
    String m = assertThrows(GalerkinException.class,
        () -> new ShallowWaterDamBreakPreset(32, c, 2, 0.3, 3.0, t)).getMessage();
    assertTrue(m.contains("--max-radius = 3.0"), m);
    assertFalse(m.contains("\n"), m);
    m = assertThrows(GalerkinException.class,
        () -> new ShallowWaterDamBreakPreset(32, c, 2, 0.5, 0.4, t)).getMessage();
    assertTrue(m.contains("--min-radius = 0.5"), m);
    m = assertThrows(GalerkinException.class,
        () -> new ShallowWaterDamBreakPreset(4, c, 2, 0.3, 0.7, t)).getMessage();
    assertTrue(m.contains("--resolution = 4"), m);
    assertFalse(m.contains("\n"), m);
  }

  @Test
  void optionsReachTheRecipe() {
    PresetFactory f = PresetCatalog.find("shallow-water-dam-break");
    assertEquals(ShallowWaterDamBreakPreset.defaults(), f.create(Map.of()));
    ShallowWaterDamBreakPreset p = (ShallowWaterDamBreakPreset) f.create(Map.of("resolution",
        "48", "gravity", "9.81", "inner-depth", "1.5", "min-radius", "0.2", "max-radius", "0.4",
        "cfl", "0.3", "final-time", "2", "time-steps", "4"));
    assertEquals(Shape.of(4, 48, 48, 3), p.fields().get(1).sampleShape());
    assertEquals(9.81, p.solver().gravity());
    assertEquals(0.3, p.solver().cfl());
    assertEquals(1.5, p.innerDepth());
    assertEquals(0.2, p.minRadius());
    assertEquals(new OutputTimes(2, 4), p.times());
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("max-radius", "2.5")))
        .getMessage();
    assertTrue(m.contains("--max-radius = 2.5"), m);
  }
}
