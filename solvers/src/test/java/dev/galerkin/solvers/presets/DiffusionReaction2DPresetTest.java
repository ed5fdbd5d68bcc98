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
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.reaction2d.FitzHughNagumoConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code diffusion-reaction-2d} preset: PDEBench's defaults and the cost of one sample at
 * 128², shapes, coordinates, attributes and boundary of small datasets, the same bits for 1 and 2
 * threads, and the one-line refusals of bad options.
 */
class DiffusionReaction2DPresetTest {

  private static DiffusionReaction2DPreset small(int resolution, int stride) {
    return new DiffusionReaction2DPreset(FitzHughNagumoConfig.pdebench(resolution), stride,
        new OutputTimes(0.5, 5));
  }

  private static Dataset generate(DiffusionReaction2DPreset p, int samples, long seed,
      int threads) {
    return DatasetGenerator.builder(p).samples(samples).seed(seed).threads(threads).build()
        .inMemory();
  }

  @Test
  void theDefaultsArePdebenchsAndOneSampleAt128SquaredIsCheap() {
    DiffusionReaction2DPreset p = (DiffusionReaction2DPreset) PresetCatalog
        .find("diffusion-reaction-2d").create(Map.of());
    assertEquals(DiffusionReaction2DPreset.pdebench(), p);
    assertEquals(1e-3, p.solver().du());
    assertEquals(5e-3, p.solver().dv());
    assertEquals(5e-3, p.solver().k());
    assertEquals(128, p.solver().grid().nx());
    assertEquals(new OutputTimes(5, 100), p.times());
    assertEquals(Shape.of(100, 128, 128, 2), p.fields().get(1).sampleShape());
    PresetsTest.sample(p, 0);   // warm-up
    long t0 = System.nanoTime();
    double[][] s = PresetsTest.sample(p, 1);
    double seconds = (System.nanoTime() - t0) * 1e-9;
    double max = 0;
    for (double q : s[1]) {
      max = Math.max(max, Math.abs(q));
    }
    System.out.printf("diffusion-reaction-2d defaults (128^2, 100 times to t = 5): one sample"
        + " %.2f s on one thread (after a warm-up sample), max|q(t > 0)| = %.3f%n", seconds, max);
    assertTrue(max < 5 && seconds < 30, "max|q| " + max + ", " + seconds + " s");
  }

  @Test
  void smallSamplesHaveTheStatedShapesCoordinatesAttributesAndBoundary() {
    Dataset d = generate(small(32, 2), 2, 0, 1);
    assertEquals(Shape.of(2, 16, 16, 2), d.shape("a"));
    assertEquals(Shape.of(2, 5, 16, 16, 2), d.shape("q"));
    assertEquals(List.of("a"), d.names(FieldRole.INPUT));
    assertEquals(List.of("q"), d.names(FieldRole.OUTPUT));
    NdArray x = d.values("x");
    assertEquals(Shape.of(16), x.shape());
    assertEquals(-1 + 1.0 / 16, x.getDouble(0), 1e-15);
    assertEquals(1 - 1.0 / 16, x.getDouble(15), 1e-15);
    assertEquals(Shape.of(16), d.values("y").shape());
    assertEquals(0.1, d.values("t").getDouble(0), 1e-15);
    assertEquals(0.5, d.values("t").getDouble(4), 0);
    assertEquals(List.of(BoundaryCondition.NEUMANN, BoundaryCondition.NEUMANN), d.boundary());
    assertEquals("diffusion-reaction-2d", d.attribute("preset"));
    assertEquals(1e-3, d.attribute("param.du"));
    assertEquals(5e-3, d.attribute("param.dv"));
    assertEquals(5e-3, d.attribute("param.k"));
    assertEquals(32L, d.attribute("param.solve_resolution"));
    assertEquals(2L, d.attribute("param.stride"));
    // a holds 2x2 block means of standard normal noise: mean ~0, variance ~1/4
    NdArray a = d.values("a");
    double sum = 0;
    double sq = 0;
    for (int j = 0; j < a.size(); j++) {
      sum += a.getDouble(j);
      sq += a.getDouble(j) * a.getDouble(j);
    }
    double mean = sum / a.size();
    double var = sq / a.size() - mean * mean;
    System.out.printf("diffusion-reaction-2d a (2 samples, 16^2 block means of 32^2 noise): mean"
        + " %.3f, variance %.3f (expected 0, 0.25)%n", mean, var);
    assertTrue(Math.abs(mean) < 0.1 && Math.abs(var - 0.25) < 0.05, mean + ", " + var);
  }

  @Test
  void theSameSeedGivesTheSameBitsWhateverTheThreads() {
    DiffusionReaction2DPreset p = small(16, 1);
    Dataset one = generate(p, 3, 5, 1);
    Dataset two = generate(p, 3, 5, 2);
    PresetsTest.assertSameBits(one, two, List.of("a", "q"));
    assertTrue(generate(p, 1, 6, 1).values("a").getDouble(0) != one.values("a").getDouble(0),
        "another seed draws another field");
  }

  @Test
  void badOptionsAreRefusedInOneLineNamingTheFix() {
    PresetFactory f = PresetCatalog.find("diffusion-reaction-2d");
    DiffusionReaction2DPreset p = (DiffusionReaction2DPreset) f.create(Map.of("resolution", "48",
        "stride", "3", "du", "2e-3", "dv", "0", "k", "-0.1", "final-time", "2",
        "time-steps", "4"));
    assertEquals(Shape.of(4, 16, 16, 2), p.fields().get(1).sampleShape());
    assertEquals(2e-3, p.solver().du());
    assertEquals(0, p.solver().dv());
    assertEquals(-0.1, p.solver().k());
    assertEquals(new OutputTimes(2, 4), p.times());
    for (Map<String, String> bad : List.of(Map.of("du", "-1e-3"), Map.of("dv", "-5e-3"),
        Map.of("k", "NaN"), Map.of("k", "Infinity"), Map.of("resolution", "3"),
        Map.of("resolution", "64", "stride", "5"))) {
      String m = assertThrows(GalerkinException.class, () -> f.create(bad), bad.toString())
          .getMessage();
      System.out.println("diffusion-reaction-2d refuses " + bad + ": " + m);
      assertFalse(m.contains("\n"), m);
      String key = bad.keySet().contains("stride") ? "--stride" : "--" + bad.keySet().iterator()
          .next();
      boolean parser = m.contains(key + " " + bad.get("k") + " is not a finite number");
      assertTrue(parser || m.contains(key + " = ") && (m.contains("pass") || m.contains("must")),
          m);
    }
  }

  @Test
  void aBlowUpFailsInOneLineNamingTheSample() {
    DiffusionReaction2DPreset p = new DiffusionReaction2DPreset(new FitzHughNagumoConfig(1e-3,
        5e-3, 1e300, true, dev.galerkin.solvers.finitevolume.CellGrid.rectangle(8, 8, -1, 1, -1,
        1), 0.05, 2), 1, new OutputTimes(0.5, 5));
    GalerkinException e = assertThrows(GalerkinException.class, () -> generate(p, 1, 0, 1));
    String m = e.getMessage();
    System.out.println("diffusion-reaction-2d blow-up: " + m);
    assertTrue(m.contains("sample 0") && m.contains("diffusion-reaction-2d: u = ")
        && m.contains("after step")
        && m.contains("t = "), m);
    assertFalse(m.contains("\n"), m);
    assertTrue(e instanceof SolverException || e.getCause() instanceof SolverException, m);
  }
}
