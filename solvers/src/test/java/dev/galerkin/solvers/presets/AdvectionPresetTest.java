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
import dev.galerkin.solvers.advection.AdvectionScheme;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.SampleRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code advection} preset: PDEBench's defaults, shapes and attributes, every frame equal to
 * the shifted initial field, the same data on 1 and 2 threads, MUSCL close to exact, bad options.
 */
class AdvectionPresetTest {

  private static Dataset generate(AdvectionPreset p, int threads) {
    return DatasetGenerator.builder(p).samples(4).seed(11).threads(threads).build().inMemory();
  }

  @Test
  void defaultsArePdebenchs() {
    AdvectionPreset p = (AdvectionPreset) PresetCatalog.find("advection").create(Map.of());
    assertEquals(AdvectionPreset.pdebench(0.1), p);
    assertEquals(Shape.of(1024), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(200, 1024), p.fields().get(1).sampleShape());
    NdArray x = p.coordinates().get("x");
    assertEquals(0.5 / 1024, x.getDouble(0), 1e-15);
    NdArray t = p.coordinates().get("t");
    assertEquals(0.01, t.getDouble(0), 1e-15);
    assertEquals(2.0, t.getDouble(199), 0);
    assertEquals(List.of(BoundaryCondition.PERIODIC), p.boundary());
    assertEquals(0.1, p.attributes().get("param.beta"));
    assertEquals("spectral", p.attributes().get("param.scheme"));
    long start = System.nanoTime();
    int samples = 5;
    for (long i = 0; i < samples; i++) {
      PresetsTest.sample(p, i);
    }
    double spectralMs = (System.nanoTime() - start) * 1e-6 / samples;
    AdvectionPreset muscl = new AdvectionPreset(1024, 0.1, AdvectionScheme.MUSCL, 0.4, 0.1, 0.1,
        new OutputTimes(2, 200));
    start = System.nanoTime();
    for (long i = 0; i < samples; i++) {
      PresetsTest.sample(muscl, i);
    }
    System.out.printf("advection defaults (1024 cells, 200 times, beta 0.1): %.1f ms per sample"
        + " spectral, %.1f ms muscl (one thread, %d samples)%n", spectralMs,
        (System.nanoTime() - start) * 1e-6 / samples, samples);
  }

  @Test
  void everyFrameIsTheInitialFieldShiftedByBetaT() {
    double beta = 0.4;
    int n = 1024;   // PDEBench's grid resolves the window's 0.01 transition spectrally
    AdvectionPreset p = new AdvectionPreset(n, beta, AdvectionScheme.SPECTRAL, 0.4, 0.5, 0.5,
        new OutputTimes(2, 8));
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i + 0.5) / n;
    }
    double[] times = p.times().times();
    double worst = 0;
    for (long s = 0; s < 6; s++) {
      double[][] sample = PresetsTest.sample(p, s);
      for (int k = 0; k < times.length; k++) {
        double[] shifted = new double[n];
        for (int i = 0; i < n; i++) {
          double y = x[i] - beta * times[k];
          shifted[i] = y - Math.floor(y);
        }
        double[] exact = new double[n];   // the same draws, evaluated at x - beta t
        PdebenchSines.initialField(SampleRandom.forSample(7, s), shifted, 0.5, 0.5, exact);
        for (int i = 0; i < n; i++) {
          worst = Math.max(worst, Math.abs(sample[1][k * n + i] - exact[i]));
        }
      }
    }
    System.out.printf("advection preset, 6 samples at 1024 cells (abs and window with p = 0.5):"
        + " max |u - u0(x - beta t)| = %.2e%n", worst);
    assertTrue(worst < 1e-8, "max error " + worst);   // the window is ~2e-9 at the periodic seam
  }

  @Test
  void oneAndTwoThreadsGiveTheSameData() {
    AdvectionPreset p = new AdvectionPreset(128, 1, AdvectionScheme.MUSCL, 0.4, 0.1, 0.1,
        new OutputTimes(1, 5));
    Dataset one = generate(p, 1);
    Dataset two = generate(p, 2);
    assertEquals(Shape.of(4, 128), one.shape("a"));
    assertEquals(Shape.of(4, 5, 128), one.shape("u"));
    assertEquals(List.of(BoundaryCondition.PERIODIC), one.boundary());
    assertEquals("advection", one.attribute("preset"));
    assertEquals("muscl", one.attribute("param.scheme"));
    PresetsTest.assertSameBits(one, two, List.of("a", "u"));
  }

  @Test
  void musclStaysCloseToTheExactShift() {
    double[][] exact = PresetsTest.sample(new AdvectionPreset(1024, 0.1, AdvectionScheme.SPECTRAL,
        0.4, 0, 0, new OutputTimes(2, 4)), 3);
    double[][] fv = PresetsTest.sample(new AdvectionPreset(1024, 0.1, AdvectionScheme.MUSCL, 0.4,
        0, 0, new OutputTimes(2, 4)), 3);
    double worst = 0;
    for (int i = 0; i < exact[1].length; i++) {
      worst = Math.max(worst, Math.abs(exact[1][i] - fv[1][i]));
    }
    System.out.printf("advection preset sample 3, 1024 cells, beta 0.1, t <= 2: max |muscl -"
        + " exact| = %.2e%n", worst);
    assertTrue(worst < 1e-2, "max difference " + worst);   // MC clips the extrema
  }

  @Test
  void badOptionsAreNamedInOneLine() {
    PresetFactory f = PresetCatalog.find("advection");
    for (String beta : List.of("0", "-0.4", "NaN")) {
      String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("beta", beta)))
          .getMessage();
      assertTrue(m.contains("--beta") && (m.contains("finite speed > 0")
          || m.contains("not a finite number")), m);
      assertFalse(m.contains("\n"), m);
    }
    String m = assertThrows(GalerkinException.class, () -> f.create(Map.of("scheme", "muscl",
        "cfl", "0.9"))).getMessage();
    assertTrue(m.contains("--cfl = 0.9") && m.contains("TVD"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("abs-probability", "1.5")))
        .getMessage();
    assertTrue(m.contains("--abs-probability = 1.5"), m);
    assertFalse(m.contains("\n"), m);
  }
}
