package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import org.junit.jupiter.api.Test;

class MeshQualityTest {

  @Test
  void equilateralAndRightIsoscelesTrianglesHaveTheirKnownMeasures() {
    double[] xy = {0, 0, 1, 0, 0.5, Math.sqrt(3) / 2, 1, 1};
    int[] tri = {0, 1, 2, 0, 1, 3};
    double[] angles = MeshQuality.minimumAngles(xy, tri);
    double[] ratios = MeshQuality.aspectRatios(xy, tri);
    assertEquals(60, angles[0], 1e-12);
    assertEquals(1, ratios[0], 1e-12);
    // (0,0), (1,0), (1,1): angles 45, 90, 45; R = sqrt(2)/2, r = (2 - sqrt(2))/2
    assertEquals(45, angles[1], 1e-12);
    assertEquals((Math.sqrt(2) / 2) / (2 - Math.sqrt(2)), ratios[1], 1e-12);
  }

  @Test
  void summaryCountsSliversAndInversions() {
    double[] xy = {0, 0, 1, 0, 0.5, 0.05, 0.5, -0.5};
    int[] tri = {0, 1, 2, 0, 3, 1, 0, 2, 1};
    MeshQuality.Summary s = MeshQuality.summary(xy, tri, 20);
    assertEquals(3, s.triangles());
    assertEquals(1, s.inverted()); // the third one is clockwise
    assertEquals(2, s.belowThreshold()); // the sliver (5.7 degrees) and the inverted one (0)
    assertEquals(0, s.minimumAngle().min());
    assertEquals(45, s.minimumAngle().max(), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, s.aspectRatio().max());
    assertTrue(s.toString().contains("1 inverted"), s.toString());
    assertThrows(GalerkinException.class, () -> MeshQuality.summary(xy, tri, 70));
  }

  @Test
  void invertedTrianglesListsTheTrianglesAMoveTurnedOver() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    assertArrayEquals(new int[0], MeshQuality.invertedTriangles(mesh, mesh.coordinates()));
    double[] moved = mesh.coordinates();
    moved[2 * 4] = 1.2; // the centre node, pushed past the right edge
    int[] inverted = MeshQuality.invertedTriangles(mesh, moved);
    assertTrue(inverted.length > 0);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      boolean listed = java.util.Arrays.binarySearch(inverted, t) >= 0;
      assertEquals(listed, TriangleMesh.signedArea(moved, mesh.triangles(), t) <= 0, "tri " + t);
    }
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> MeshQuality.invertedTriangles(mesh, new double[4]));
    assertTrue(e.getMessage().contains("length 4") && e.getMessage().contains("9 nodes"),
        e.getMessage());
    MeshQuality.Summary square = MeshQuality.summary(mesh);
    assertEquals(45, square.minimumAngle().mean(), 1e-12);
    assertEquals(0, square.belowThreshold());
  }
}
