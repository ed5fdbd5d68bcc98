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
import dev.galerkin.solvers.compressible.CompressibleConfig;
import dev.galerkin.solvers.compressible.CompressibleSolver;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;
import dev.galerkin.solvers.finitevolume.SspRk3;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.SampleRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code compressible-ns-2d} preset: shapes and attributes of two small samples, PDEBench's
 * Mach number of the initial velocity, the same bits whatever the threads, conservation with
 * viscosity, and bad options refused in one line.
 */
class CompressibleNs2dPresetTest {

  private static CompressibleNs2dPreset small() {
    return new CompressibleNs2dPreset(16, CompressibleConfig.pdebench(), 0.1, 4,
        new OutputTimes(0.03, 3));
  }

  private static Dataset generate(CompressibleNs2dPreset p, long seed, int threads) {
    return DatasetGenerator.builder(p).samples(2).seed(seed).threads(threads).build().inMemory();
  }

  @Test
  void twoSamplesHaveTheStatedShapesAndAttributes() {
    Dataset d = generate(small(), 0, 1);
    assertEquals(Shape.of(2, 16, 16, 4), d.shape("a"));
    assertEquals(Shape.of(2, 3, 16, 16, 4), d.shape("q"));
    NdArray x = d.values("x");
    assertEquals(0.5 / 16, x.getDouble(0), 1e-15);
    assertEquals(Shape.of(16), d.values("y").shape());
    assertEquals(0.03, d.values("t").getDouble(2), 0);
    assertEquals(List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC), d.boundary());
    assertEquals("compressible-ns-2d", d.attribute("preset"));
    assertEquals(0.1, d.attribute("param.mach"));
    assertEquals("rho, u, v, p", d.attribute("channels"));
  }

  @Test
  void theInitialSpeedHasTheMachNumberAndTheStateIsPositive() {
    CellGrid g = CellGrid.unitSquare(32);
    for (long i = 0; i < 4; i++) {
      double[] w = new double[4 * g.interiorCells()];
      CompressibleNs2dPreset.initialState(SampleRandom.forSample(3, i), g, 5.0 / 3, 0.1, 4, w);
      double speed = 0;
      double mach = 0;
      double minRho = Double.POSITIVE_INFINITY;
      double minP = Double.POSITIVE_INFINITY;
      for (int c = 0; c < g.interiorCells(); c++) {
        double s = Math.hypot(w[4 * c + 1], w[4 * c + 2]);
        speed += s / g.interiorCells();
        mach = Math.max(mach, s / Math.sqrt(5.0 / 3 * w[4 * c + 3] / w[4 * c]));
        minRho = Math.min(minRho, w[4 * c]);
        minP = Math.min(minP, w[4 * c + 3]);
      }
      String r = String.format("compressible-ns-2d sample %d: mean speed %.4f, max local Mach"
          + " %.3f, min rho %.3f, min p %.3f", i, speed, mach, minRho, minP);
      System.out.println(r);
      assertTrue(minRho > 0 && minP > 0 && mach < 0.5, r);
    }
  }

  @Test
  void massMomentumAndEnergyAreConservedWithViscosity() {
    CellGrid g = CellGrid.unitSquare(24);
    CompressibleSolver s = new CompressibleSolver(g, Boundaries.periodic(),
        CompressibleConfig.pdebench().withViscosity(0.01, 0.01));
    double[] w = new double[4 * g.interiorCells()];
    CompressibleNs2dPreset.initialState(SampleRandom.forSample(3, 1), g, 5.0 / 3, 1, 4, w);
    double[] q0 = s.conserved(w);
    double[] before = s.totals(q0);
    double[] scale = new double[4];
    for (int c = 0; c < g.interiorCells(); c++) {
      for (int k = 0; k < 4; k++) {
        scale[k] += Math.abs(q0[4 * c + k]) * g.cellVolume();
      }
    }
    SemiDiscreteOperator op = s.operator();
    SspRk3 rk = new SspRk3(op);
    double[] q = g.pad(q0, 4);
    s.advance(op, rk, q, 0, 0.05, "conservation 2d");
    double[] after = s.totals(g.interior(q, 4));
    StringBuilder r = new StringBuilder(String.format("compressible-ns-2d conservation, eta = zeta"
        + " = 0.01, M = 1, 24^2, t = 0.05 (%d steps): relative drift", rk.steps()));
    double worst = 0;
    for (int k = 0; k < 4; k++) {
      double drift = Math.abs(after[k] - before[k]) / scale[k];
      worst = Math.max(worst, drift);
      r.append(String.format(" %.1e", drift));
    }
    System.out.println(r);
    assertTrue(worst <= 1e-13, r.toString());
  }

  @Test
  void theSameSeedGivesTheSameBitsAndBadOptionsAreRefused() {
    CompressibleNs2dPreset p = small();
    PresetsTest.assertSameBits(generate(p, 5, 1), generate(p, 5, 2), List.of("a", "q"));
    PresetFactory f = PresetCatalog.find("compressible-ns-2d");
    assertEquals(CompressibleNs2dPreset.pdebench(), f.create(Map.of()));
    for (Map<String, String> bad : List.of(Map.of("eta", "-0.01"), Map.of("gamma", "1"),
        Map.of("resolution", "4"), Map.of("mach", "-1"), Map.of("modes", "0"))) {
      String m = assertThrows(GalerkinException.class, () -> f.create(bad)).getMessage();
      assertTrue(m.contains("--" + bad.keySet().iterator().next() + " = "), m);
      assertFalse(m.contains("\n"), "one line: " + m);
    }
  }
}
