package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.solvers.darcy.DarcyGeometry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DarcyGeometriesPreset}: shapes, masks, geometry cycling, bad options. */
class DarcyGeometriesPresetTest {

  @Test
  void defaultsCycleTheTrainingGeometriesAt101Squared() {
    DarcyGeometriesPreset p = (DarcyGeometriesPreset) PresetCatalog.find("darcy-geometries")
        .create(Map.of());
    assertEquals(DarcyGeometriesPreset.defaults(), p);
    assertEquals(List.of("a", "mask", "geometry_id", "u"), p.fields().stream().map(f -> f.name())
        .toList());
    assertEquals(Shape.of(101, 101), p.fields().get(0).sampleShape());
    assertEquals(Shape.of(101, 101), p.fields().get(3).sampleShape());
    assertEquals("geometry_id 0 = square; geometry_id 1 = disk; geometry_id 2 = triangle",
        p.attributes().get("param.geometries"));
    long start = System.nanoTime();
    for (long i = 0; i < 6; i++) {
      double[][] s = PresetsTest.sample(p, i);
      DarcyGeometry g = DarcyGeometry.values()[(int) s[2][0]];
      assertEquals(DarcyGeometriesPreset.TRAINING.get((int) (i % 3)), g);
      double inside = 0;
      for (int k = 0; k < s[1].length; k++) {
        assertTrue(s[1][k] == 0 || s[1][k] == 1);
        inside += s[1][k];
        if (s[1][k] == 0) {
          assertEquals(0.0, s[0][k], "a outside, sample " + i);
          assertEquals(0.0, s[3][k], "u outside, sample " + i);
        } else {
          assertTrue(s[0][k] == 12 || s[0][k] == 3, "a inside = " + s[0][k]);
          assertTrue(s[3][k] >= 0, "u inside = " + s[3][k]); // f = 1 > 0: maximum principle
        }
      }
      assertEquals(g.mask(dev.galerkin.meshes.Grid2D.unitSquare(101,
          dev.galerkin.meshes.Boundary.DIRICHLET)).coverage() * 101 * 101, inside, 1e-9);
    }
    System.out.printf("darcy-geometries defaults: %.1f ms per sample (one thread, 6 samples)%n",
        (System.nanoTime() - start) * 1e-6 / 6);
  }

  @Test
  void heldOutShapesAndStrides() {
    DarcyGeometriesPreset p = (DarcyGeometriesPreset) PresetCatalog.find("darcy-geometries")
        .create(Map.of("geometry", "l", "resolution", "41", "stride", "2"));
    assertEquals(List.of(DarcyGeometry.L), p.geometries());
    assertEquals(Shape.of(21, 21), p.fields().get(1).sampleShape());
    double[][] s = PresetsTest.sample(p, 4);
    assertEquals(3.0, s[2][0]);
    // the upper right quadrant of the L is outside
    assertEquals(0.0, s[1][15 * 21 + 15]);
    assertEquals(1.0, s[1][5 * 21 + 5]);
    DarcyGeometriesPreset pentagon = (DarcyGeometriesPreset) PresetCatalog
        .find("darcy-geometries").create(Map.of("geometry", "pentagon"));
    assertEquals(List.of(DarcyGeometry.PENTAGON), pentagon.geometries());
  }

  @Test
  void badOptionsSayWhatWouldWork() {
    PresetFactory f = PresetCatalog.find("darcy-geometries");
    String m = assertThrows(GalerkinException.class,
        () -> f.create(Map.of("geometry", "disk,hexagon"))).getMessage();
    assertTrue(m.contains("'hexagon' is not known") && m.contains("square, disk, triangle, l,"
        + " pentagon"), m);
    assertFalse(m.contains("\n"));
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("stride", "3")))
        .getMessage();
    assertTrue(m.contains("3"), m);
    m = assertThrows(GalerkinException.class, () -> f.create(Map.of("low", "0"))).getMessage();
    assertTrue(m.contains("--low = 0.0"), m);
  }
}
