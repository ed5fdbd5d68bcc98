package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.solvers.burgers.BurgersViscousStep;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.SampleRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code burgers-pdebench} preset: PDEBench's defaults, shapes and attributes, the initial
 * field drawn as the advection preset's, bounded and mean-conserving frames (explicit and split
 * viscous steps), the same data on 1 and 2 threads, the cost of a default sample at PDEBench's
 * ν = 0.001 … 1, bad options refused in one line.
 */
class BurgersPdebenchPresetTest {

  @Test
  void defaultsArePdebenchsAndASampleIsTimed() {
    BurgersPdebenchPreset p = (BurgersPdebenchPreset) PresetCatalog.find("burgers-pdebench")
        .create(Map.of());
    assertEquals(BurgersPdebenchPreset.pdebench(0.01), p);
    assertEquals(Shape.of(1024), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(200, 1024), p.fields().get(1).sampleShape());
    NdArray x = p.coordinates().get("x");
    assertEquals(0.5 / 1024, x.getDouble(0), 1e-15);
    NdArray t = p.coordinates().get("t");
    assertEquals(0.01, t.getDouble(0), 1e-15);
    assertEquals(2.0, t.getDouble(199), 0);
    assertEquals(List.of(BoundaryCondition.PERIODIC), p.boundary());
    assertEquals(0.01, p.attributes().get("param.nu"));
    assertEquals(0.01 / Math.PI, p.attributes().get("param.viscosity"));
    assertEquals("split", p.attributes().get("param.viscous"));
    PresetsTest.sample(BurgersPdebenchPreset.pdebench(0.001), 0);   // warm-up
    for (double nu : new double[] {0.001, 0.01, 0.1, 1}) {
      time(BurgersPdebenchPreset.pdebench(nu));
    }
    time(new BurgersPdebenchPreset(1024, 0.001, 0.4, BurgersViscousStep.EXPLICIT, 0.1, 0.1,
        new OutputTimes(2, 200)));
  }

  private static void time(BurgersPdebenchPreset q) {
    int samples = 2;
    long start = System.nanoTime();
    for (long i = 1; i <= samples; i++) {
      PresetsTest.sample(q, i);
    }
    System.out.printf("burgers-pdebench nu %.3f %s (1024 cells, 200 times to t = 2): %.0f ms per"
        + " sample (one thread, mean of %d after a warm-up)%n", q.nu(), q.viscous().label(),
        (System.nanoTime() - start) * 1e-6 / samples, samples);
  }

  @Test
  void framesStartFromTheAdvectionDrawsStayBoundedAndKeepTheMean() {
    int n = 256;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i + 0.5) / n;
    }
    for (long s = 0; s < 4; s++) {
      // samples 0, 1 explicit at nu = 0.001, samples 2, 3 split at nu = 0.1
      BurgersPdebenchPreset p = s < 2
          ? new BurgersPdebenchPreset(n, 0.001, 0.4, BurgersViscousStep.EXPLICIT, 0.5, 0.5,
              new OutputTimes(2, 10))
          : new BurgersPdebenchPreset(n, 0.1, 0.4, BurgersViscousStep.SPLIT, 0.5, 0.5,
              new OutputTimes(2, 10));
      double[][] sample = PresetsTest.sample(p, s);
      double[] u0 = new double[n];
      PdebenchSines.initialField(SampleRandom.forSample(7, s), x, 0.5, 0.5, u0);
      assertTrue(java.util.Arrays.equals(u0, sample[0]), "a is not init_multi's field");
      double max = java.util.Arrays.stream(u0).max().getAsDouble();
      double min = java.util.Arrays.stream(u0).min().getAsDouble();
      double mean0 = java.util.Arrays.stream(u0).sum() / n;
      for (int k = 0; k < 10; k++) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
          double v = sample[1][k * n + i];
          assertTrue(v <= max + 1e-12 && v >= min - 1e-12, "new extremum " + v);
          mean += v / n;
        }
        assertEquals(mean0, mean, 1e-12);
      }
    }
  }

  @Test
  void oneAndTwoThreadsGiveTheSameData() {
    BurgersPdebenchPreset p = new BurgersPdebenchPreset(128, 0.1, 0.4, BurgersViscousStep.SPLIT,
        0.1, 0.1, new OutputTimes(0.5, 5));
    Dataset one = DatasetGenerator.builder(p).samples(4).seed(11).threads(1).build().inMemory();
    Dataset two = DatasetGenerator.builder(p).samples(4).seed(11).threads(2).build().inMemory();
    assertEquals(Shape.of(4, 128), one.shape("a"));
    assertEquals(Shape.of(4, 5, 128), one.shape("u"));
    assertEquals("burgers-pdebench", one.attribute("preset"));
    assertEquals(0.1, one.attribute("param.nu"));
    PresetsTest.assertSameBits(one, two, List.of("a", "u"));
  }

  @Test
  void badOptionsAreNamedInOneLine() {
    PresetFactory f = PresetCatalog.find("burgers-pdebench");
    for (String nu : List.of("-0.01", "NaN", "Infinity")) {
      String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("nu", nu)))
          .getMessage();
      assertTrue(m.contains("--nu"), m);
      assertFalse(m.contains("\n"), m);
    }
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("cfl", "0.9")))
        .getMessage();
    assertTrue(m.contains("--cfl = 0.9") && m.contains("TVD"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("window-probability", "2")))
        .getMessage();
    assertTrue(m.contains("--window-probability = 2"), m);
    assertFalse(m.contains("\n"), m);
  }
}
