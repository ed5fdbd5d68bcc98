package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.solvers.generate.MeshDatasetGenerator;
import dev.galerkin.solvers.generate.ProgressListener;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlateHolePresetTest {

  @Test
  void samplesAreMeshedSolvedAndConcentrateStressAtTheHole() {
    PlateHolePreset preset = PlateHolePreset.from(dev.galerkin.options.OptionValues.of(
        PlateHolePreset.OPTIONS, Map.of("h", "0.08")));
    long t0 = System.nanoTime();
    MeshDataset d = MeshDatasetGenerator.generate(preset, 3, 0, 1, new ProgressListener() { });
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("plate-hole: 3 samples in %.2f s; nodes %d %d %d%n", seconds,
        d.mesh(0).nodeCount(), d.mesh(1).nodeCount(), d.mesh(2).nodeCount());
    assertEquals(3, d.sampleCount());
    assertTrue(d.mesh(0).nodeCount() != d.mesh(1).nodeCount()
        || d.mesh(1).nodeCount() != d.mesh(2).nodeCount(), "shapes differ, so do the meshes");
    for (int i = 0; i < 3; i++) {
      TriangleMesh m = d.mesh(i);
      double a = d.scalar("a", i);
      double b = d.scalar("b", i);
      assertEquals(2 - Math.PI * a * b, m.area(), 0.02 * (2 - Math.PI * a * b), "plate area");
      double load = d.scalar("load", i);
      double ratio = d.scalar("max_von_mises", i) / load;
      // an elliptic hole in a plate under tension concentrates stress: more than the far field,
      // bounded by the infinite-plate value 1 + 2 max(a, b) / min(a, b) plus finite-width effects
      assertTrue(ratio > 1.5 && ratio < 4 * (1 + 2 * Math.max(a, b) / Math.min(a, b)),
          "max von Mises / load = " + ratio + " at sample " + i);
      // the right edge moves right by about load / E over the 2 mm: u_x(right) ~ 2 load / E
      double[] u = d.values("u", i);
      double uxMax = 0;
      for (int k = 0; k < m.nodeCount(); k++) {
        uxMax = Math.max(uxMax, u[2 * k]);
      }
      double plain = 2 * load / 70000;
      assertTrue(uxMax > plain && uxMax < 3 * plain, "u_x max " + uxMax + " vs " + plain);
    }
  }

  @Test
  void holesThatCannotFitAreRefusedAtOnce() {
    GalerkinException e = assertThrows(GalerkinException.class, () -> PlateHolePreset.from(
        dev.galerkin.options.OptionValues.of(PlateHolePreset.OPTIONS, Map.of("axis-max", "0.6"))));
    assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
  }
}
