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
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.sorption.SorptionParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code diffusion-sorption} preset: PDEBench's defaults and their cost, shapes and
 * attributes, constant initial fields, bounded and inflowing solutions, the same data on 1 and 2
 * threads, bad options.
 */
class DiffusionSorptionPresetTest {

  private static DiffusionSorptionPreset small() {
    return new DiffusionSorptionPreset(SorptionParameters.PDEBENCH, 128, 0.5, 0.2,
        new OutputTimes(50, 5));
  }

  private static Dataset generate(DiffusionSorptionPreset p, int threads) {
    return DatasetGenerator.builder(p).samples(3).seed(5).threads(threads).build().inMemory();
  }

  @Test
  void defaultsArePdebenchsAndOneSampleIsTimed() {
    DiffusionSorptionPreset p = (DiffusionSorptionPreset) PresetCatalog.find("diffusion-sorption")
        .create(Map.of());
    assertEquals(DiffusionSorptionPreset.pdebench(), p);
    assertEquals(SorptionParameters.PDEBENCH, p.parameters());
    assertEquals(0.1, p.dtMax());
    assertEquals(Shape.of(1024), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(100, 1024), p.fields().get(1).sampleShape());
    NdArray t = p.coordinates().get("t");
    assertEquals(5.0, t.getDouble(0), 1e-12);
    assertEquals(500.0, t.getDouble(99), 0);
    assertEquals(0.5 / 1024, p.coordinates().get("x").getDouble(0), 1e-15);
    assertEquals(List.of(BoundaryCondition.DIRICHLET), p.boundary());
    assertEquals(0.874, p.attributes().get("param.freundlich_n"));
    assertEquals(5e-4, p.attributes().get("param.diffusivity"));
    int samples = 2;
    long start = System.nanoTime();
    for (long i = 0; i < samples; i++) {
      double[][] s = PresetsTest.sample(p, i);
      assertTrue(s[0][0] >= 0 && s[0][0] < 0.2, "u0 = " + s[0][0]);
    }
    System.out.printf("diffusion-sorption defaults (1024 cells, 100 times to 500 s, dt <= 0.1 s):"
        + " %.0f ms per sample (one thread, %d samples)%n",
        (System.nanoTime() - start) * 1e-6 / samples, samples);
  }

  @Test
  void samplesStartConstantStayInTheUnitIntervalAndFillFromTheInlet() {
    DiffusionSorptionPreset p = small();
    for (long i = 0; i < 3; i++) {
      double[][] s = PresetsTest.sample(p, i);
      double u0 = s[0][0];
      for (double v : s[0]) {
        assertEquals(u0, v, 0, "the initial field is one value");
      }
      for (double v : s[1]) {
        assertTrue(v >= 0 && v <= 1, "sample " + i + ": u = " + v);
      }
      double previous = u0;
      for (int k = 0; k < 5; k++) {   // the first cell fills towards the inlet value 1
        double first = s[1][k * 128];
        assertTrue(first > previous, "sample " + i + " frame " + k + ": " + first);
        previous = first;
      }
    }
  }

  @Test
  void oneAndTwoThreadsGiveTheSameData() {
    Dataset one = generate(small(), 1);
    Dataset two = generate(small(), 2);
    assertEquals(Shape.of(3, 128), one.shape("a"));
    assertEquals(Shape.of(3, 5, 128), one.shape("u"));
    assertEquals("diffusion-sorption", one.attribute("preset"));
    assertEquals(List.of(BoundaryCondition.DIRICHLET), one.boundary());
    PresetsTest.assertSameBits(one, two, List.of("a", "u"));
  }

  @Test
  void badOptionsAreNamedInOneLine() {
    PresetFactory f = PresetCatalog.find("diffusion-sorption");
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("porosity", "1.5")))
        .getMessage();
    assertTrue(m.contains("--porosity = 1.5") && m.contains("--help"), m);
    assertFalse(m.contains("\n"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("dt-max", "0"))).getMessage();
    assertTrue(m.contains("--dt-max = 0.0"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("initial-max", "-1")))
        .getMessage();
    assertTrue(m.contains("--initial-max = -1.0"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("resolution", "2")))
        .getMessage();
    assertTrue(m.contains("--resolution = 2"), m);
    assertFalse(m.contains("\n"), m);
  }
}
