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
import dev.galerkin.solvers.compressible.CompressibleConfig;
import dev.galerkin.solvers.generate.DatasetGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code compressible-ns-1d} preset: shapes, coordinates, attributes and boundary of two small
 * samples, PDEBench's ranges of the initial fields, the same bits whatever the threads, and bad
 * options refused in one line.
 */
class CompressibleNsPresetTest {

  private static CompressibleNsPreset small() {
    return new CompressibleNsPreset(64, CompressibleConfig.pdebench(), new OutputTimes(0.05, 5));
  }

  private static Dataset generate(CompressibleNsPreset p, long seed, int threads) {
    return DatasetGenerator.builder(p).samples(2).seed(seed).threads(threads).build().inMemory();
  }

  @Test
  void twoSamplesHaveTheStatedShapesCoordinatesAndAttributes() {
    long start = System.nanoTime();
    Dataset d = generate(small(), 0, 1);
    System.out.printf("compressible-ns-1d: 2 samples of 64 cells to t = 0.05 in %.2f s%n",
        (System.nanoTime() - start) / 1e9);
    assertEquals(Shape.of(2, 64, 3), d.shape("a"));
    assertEquals(Shape.of(2, 5, 64, 3), d.shape("q"));
    assertEquals(List.of("a"), d.names(FieldRole.INPUT));
    assertEquals(List.of("q"), d.names(FieldRole.OUTPUT));
    NdArray x = d.values("x");
    assertEquals(-1 + 1.0 / 64, x.getDouble(0), 1e-15);
    assertEquals(1 - 1.0 / 64, x.getDouble(63), 1e-15);
    assertEquals(0.01, d.values("t").getDouble(0), 1e-15);
    assertEquals(0.05, d.values("t").getDouble(4), 0);
    assertEquals(List.of(BoundaryCondition.PERIODIC), d.boundary());
    assertEquals("compressible-ns-1d", d.attribute("preset"));
    assertEquals(0.01, d.attribute("param.eta"));
    assertEquals(0.01, d.attribute("param.zeta"));
    assertEquals(5.0 / 3, d.attribute("param.gamma"));
    assertEquals("rho, v, p", d.attribute("channels"));
    NdArray a = d.values("a");
    for (int s = 0; s < 2; s++) {
      double minRho = Double.POSITIVE_INFINITY;
      double minP = Double.POSITIVE_INFINITY;
      double maxRho = 0;
      double maxP = 0;
      double maxV = 0;
      for (int i = 0; i < 64; i++) {
        int o = (s * 64 + i) * 3;
        minRho = Math.min(minRho, a.getDouble(o));
        maxRho = Math.max(maxRho, a.getDouble(o));
        maxV = Math.max(maxV, Math.abs(a.getDouble(o + 1)));
        minP = Math.min(minP, a.getDouble(o + 2));
        maxP = Math.max(maxP, a.getDouble(o + 2));
      }
      String r = String.format("sample %d: rho in [%.3f, %.3f], |v| <= %.3f, p in [%.3f, %.3f]",
          s, minRho, maxRho, maxV, minP, maxP);
      System.out.println("compressible-ns-1d " + r);
      assertTrue(minRho >= 1 && maxRho <= 20 && minP >= 10 && maxP <= 200 && maxV < 3, r);
      // the first output frame follows the input at t = 0.01
      assertEquals(a.getDouble(s * 192), d.values("q").getDouble(s * 5 * 192), 0.2 * maxRho, r);
    }
  }

  @Test
  void theSameSeedGivesTheSameBitsWhateverTheThreads() {
    CompressibleNsPreset p = small();
    PresetsTest.assertSameBits(generate(p, 5, 1), generate(p, 5, 2), List.of("a", "q"));
  }

  @Test
  void badOptionsAreRefusedInOneLine() {
    PresetFactory f = PresetCatalog.find("compressible-ns-1d");
    assertEquals(CompressibleNsPreset.pdebench(), f.create(Map.of()));
    CompressibleNsPreset p = (CompressibleNsPreset) f.create(Map.of("resolution", "128", "eta",
        "0.1", "zeta", "0.05", "gamma", "1.4", "cfl", "0.4", "final-time", "2", "time-steps",
        "4"));
    assertEquals(Shape.of(4, 128, 3), p.fields().get(1).sampleShape());
    assertEquals(new CompressibleConfig(1.4, 0.1, 0.05, 0.4, p.solver().limiter()), p.solver());
    assertEquals(new OutputTimes(2, 4), p.times());
    for (Map<String, String> bad : List.of(Map.of("eta", "-0.01"), Map.of("zeta", "-1"),
        Map.of("gamma", "1"), Map.of("gamma", "0.5"), Map.of("resolution", "8"),
        Map.of("cfl", "0.9"))) {
      String m = assertThrows(GalerkinException.class, () -> f.create(bad)).getMessage();
      String option = bad.keySet().iterator().next();
      assertTrue(m.contains("--" + (option.equals("zeta") ? "eta" : option) + " = "), m);
      assertFalse(m.contains("\n"), "one line: " + m);
    }
  }
}
