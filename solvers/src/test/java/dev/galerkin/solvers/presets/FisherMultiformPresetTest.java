package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.generate.SampleRandom;
import dev.galerkin.solvers.reaction.AllenCahnConfig;
import dev.galerkin.solvers.reaction.AllenCahnSolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link FisherMultiformPreset}: shapes, the drawn forms, bounds, one form against Allen–Cahn. */
class FisherMultiformPresetTest {

  @Test
  void defaultsStoreA20By64TrajectoryWithTheCoefficientsAndFormId() {
    FisherMultiformPreset p = (FisherMultiformPreset) PresetCatalog.find("fisher-multiform")
        .create(Map.of());
    assertEquals(FisherMultiformPreset.defaults(), p);
    assertEquals(List.of("a", "c", "form_id", "u"), p.fields().stream().map(f -> f.name())
        .toList());
    assertEquals(Shape.of(64), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(4), p.fields().get(1).sampleShape());
    assertEquals(Shape.of(20, 64), p.fields().get(3).sampleShape());
    assertEquals(20, p.coordinates().get("t").shape().size());
    assertTrue(((String) p.attributes().get("param.forms")).contains("form_id 2 = polynomial"),
        p.attributes().toString());
    SampleMaker maker = p.newMaker();
    int[] seen = new int[3];
    long start = System.nanoTime();
    int samples = 30;
    for (long i = 0; i < samples; i++) {
      double[][] s = new double[][] {new double[64], new double[4], new double[1],
          new double[20 * 64]};
      maker.make(SampleRandom.forSample(3, i), i, s);
      int form = (int) s[2][0];
      seen[form]++;
      if (form == 0) {
        assertArrayEquals(new double[] {0, 1, -1, 0}, s[1]);
      } else if (form == 1) {
        assertArrayEquals(new double[] {0, 1, 0, -1}, s[1]);
      } else {
        assertTrue(s[1][0] == 0 && s[1][1] >= 0.5 && s[1][1] <= 1.5 && s[1][2] <= -0.25
            && s[1][2] >= -1 && s[1][3] <= -0.25 && s[1][3] >= -1, java.util.Arrays.toString(s[1]));
      }
      for (double v : s[3]) {
        // the maximum principle bounds u by [0, max(1, u*)] ⊂ [0, 2]; measured over 200 samples:
        // u in [0.044, 0.99] for the two fixed forms, [0.051, 1.74] for the drawn polynomials
        assertTrue(v >= 0 && v <= 2.0, "sample " + i + ": u = " + v);
      }
    }
    System.out.printf("fisher-multiform defaults: %.1f ms per sample (one thread, %d samples);"
        + " forms drawn %s%n", (System.nanoTime() - start) * 1e-6 / samples, samples,
        java.util.Arrays.toString(seen));
    assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, java.util.Arrays.toString(seen));
  }

  @Test
  void theCubicFormIsAllenCahnWithEpsilonD() {
    FisherMultiformPreset p = new FisherMultiformPreset(0.01, 64, 1, 1e-3, new OutputTimes(1, 4),
        List.of(FisherForm.CUBIC));
    double[][] s = PresetsTest.sample(p, 5);
    AllenCahnSolver ac = new AllenCahnSolver(AllenCahnConfig.builder().epsilon(0.01).nodes(64)
        .dtMax(1e-3).build());
    double[] u = ac.solve(s[0], new OutputTimes(1, 4).times()).values();
    for (int i = 0; i < u.length; i++) {
      assertEquals(u[i], s[3][i], 1e-12, "entry " + i);
    }
    assertEquals(1.0, s[2][0]);
  }

  @Test
  void badOptionsSayWhatWouldWork() {
    PresetFactory f = PresetCatalog.find("fisher-multiform");
    String m = assertThrows(GalerkinException.class,
        () -> f.create(Map.of("forms", "logistic,quartic"))).getMessage();
    assertTrue(m.contains("'quartic' is not known") && m.contains("logistic, cubic, polynomial"),
        m);
    assertFalse(m.contains("\n"));
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("resolution", "255")))
        .getMessage();
    assertTrue(m.contains("--resolution = 255"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("stride", "3"))).getMessage();
    assertTrue(m.contains("3"), m);
    m = assertThrows(GalerkinException.class, () -> new DiffusionReactionPreset(
        dev.galerkin.solvers.reaction.DiffusionReactionConfig.builder().diffusivity(0.5)
            .reaction(0, 1, 0, -1).nodes(64).dtMax(1e-3).build(), 1, new OutputTimes(1, 2)))
        .getMessage();
    assertTrue(m.contains("got R(u) = u - u^3; use fisher-multiform"), m);
    FisherMultiformPreset one = (FisherMultiformPreset) f.create(Map.of("forms", "cubic, cubic"));
    assertEquals(List.of(FisherForm.CUBIC), one.forms());
  }
}
