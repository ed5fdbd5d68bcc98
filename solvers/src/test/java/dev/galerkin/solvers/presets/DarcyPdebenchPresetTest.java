package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcyScheme;
import dev.galerkin.solvers.generate.DatasetGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code darcy-pdebench} preset: PDEBench's defaults, shapes and attributes, a two-valued
 * coefficient, the same data on 1 and 2 threads, {@code u} linear in {@code β}, the cost of a
 * default sample, bad options refused in one line.
 */
class DarcyPdebenchPresetTest {

  private static Dataset generate(DarcyPdebenchPreset p, int threads) {
    return DatasetGenerator.builder(p).samples(3).seed(5).threads(threads).build().inMemory();
  }

  /** In double precision (the default stores float32, whose rounding would hide the check). */
  private static Dataset generateDoubles(DarcyPdebenchPreset p) {
    return DatasetGenerator.builder(p).samples(3).seed(5).threads(1)
        .writeOptions(WriteOptions.defaults().withStoredType(DType.FLOAT64)).build().inMemory();
  }

  @Test
  void defaultsArePdebenchsAndASampleIsTimed() {
    DarcyPdebenchPreset p = (DarcyPdebenchPreset) PresetCatalog.find("darcy-pdebench")
        .create(Map.of());
    assertEquals(DarcyPdebenchPreset.pdebench(1.0), p);
    assertEquals(Shape.of(128, 128), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(128, 128), p.fields().get(1).sampleShape());
    NdArray x = p.coordinates().get("x");
    assertEquals(0.5 / 128, x.getDouble(0), 1e-15);
    assertEquals(1 - 0.5 / 128, x.getDouble(127), 1e-15);
    assertEquals(List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.DIRICHLET), p.boundary());
    assertEquals(1.0, p.attributes().get("param.beta"));
    assertEquals("arithmetic", p.attributes().get("param.scheme"));
    for (long i = 0; i < 3; i++) {
      PresetsTest.sample(p, i);   // warm-up
    }
    int samples = 10;
    double high = 0;
    long start = System.nanoTime();
    for (long i = 3; i < 3 + samples; i++) {
      double[][] s = PresetsTest.sample(p, i);
      for (double v : s[0]) {
        assertTrue(v == 1 || v == 0.1, "a = " + v);
        high += v == 1 ? 1.0 / (s[0].length * samples) : 0;
      }
      for (double v : s[1]) {
        assertTrue(v > 0, "u = " + v);   // a positive source, u = 0 outside: u > 0 inside
      }
    }
    System.out.printf("darcy-pdebench defaults (128^2, beta 1, arithmetic faces): %.1f ms per"
        + " sample (one thread, mean of %d after 3 warm-ups); a = 1 on %.0f%% of the cells%n",
        (System.nanoTime() - start) * 1e-6 / samples, samples, 100 * high);
  }

  @Test
  void oneAndTwoThreadsGiveTheSameData() {
    DarcyPdebenchPreset p = new DarcyPdebenchPreset(32, 10, DarcyConfig.defaults()
        .withScheme(DarcyScheme.ARITHMETIC));
    Dataset one = generate(p, 1);
    Dataset two = generate(p, 2);
    assertEquals(Shape.of(3, 32, 32), one.shape("a"));
    assertEquals(Shape.of(3, 32, 32), one.shape("u"));
    assertEquals("darcy-pdebench", one.attribute("preset"));
    assertEquals(10.0, one.attribute("param.beta"));
    PresetsTest.assertSameBits(one, two, List.of("a", "u"));
  }

  @Test
  void uScalesLinearlyWithBeta() {
    for (DarcyScheme scheme : List.of(DarcyScheme.ARITHMETIC, DarcyScheme.VERTEX)) {
      DarcyConfig c = DarcyConfig.defaults().withScheme(scheme);
      Dataset one = generateDoubles(new DarcyPdebenchPreset(64, 1, c));
      Dataset ten = generateDoubles(new DarcyPdebenchPreset(64, 10, c));
      PresetsTest.assertSameBits(one, ten, List.of("a"));
      NdArray u1 = one.values("u");
      NdArray u10 = ten.values("u");
      double worst = 0;
      double max = 0;
      for (int k = 0; k < u1.size(); k++) {
        worst = Math.max(worst, Math.abs(u10.getDouble(k) - 10 * u1.getDouble(k)));
        max = Math.max(max, Math.abs(u10.getDouble(k)));
      }
      System.out.printf("darcy-pdebench %s, 64^2, 3 samples: max |u(beta 10) - 10"
          + " u(beta 1)| / max |u| = %.1e%n", scheme.label(), worst / max);
      assertTrue(worst <= 1e-11 * max, "relative difference " + worst / max);
    }
  }

  @Test
  void badOptionsAreNamedInOneLine() {
    PresetFactory f = PresetCatalog.find("darcy-pdebench");
    for (String beta : List.of("0", "-1", "NaN", "Infinity")) {
      String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("beta", beta)))
          .getMessage();
      assertTrue(m.contains("--beta"), m);
      assertFalse(m.contains("\n"), m);
    }
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("scheme", "fno")))
        .getMessage();
    assertTrue(m.contains("--scheme fno"), m);
    assertFalse(m.contains("\n"), m);
  }
}
