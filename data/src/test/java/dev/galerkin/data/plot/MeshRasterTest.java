package dev.galerkin.data.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.TriangleMesh;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MeshRasterTest {

  @Test
  void aLinearFieldIsSampledExactlyAndTheBoxKeepsItsAspect() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 2, 0, 1, 5, 3);
    double[] u = new double[mesh.nodeCount()];
    for (int k = 0; k < u.length; k++) {
      u[k] = 3 * mesh.x(k) - mesh.y(k) + 1;
    }
    MeshRaster r = MeshRaster.of(mesh, u, 64);
    assertEquals(64, r.nx());
    assertEquals(32, r.ny());
    double h = 2.0 / 64;
    for (int i = 0; i < r.nx(); i++) {
      for (int j = 0; j < r.ny(); j++) {
        double x = (i + 0.5) * h;
        double y = (j + 0.5) * h;
        assertEquals(3 * x - y + 1, r.values()[i * r.ny() + j], 1e-12, "pixel " + i + "," + j);
      }
    }
  }

  @Test
  void pixelsOutsideTheMeshStayBackground() {
    // an L: the unit square's top-right quarter removed
    TriangleMesh full = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    int[] tri = full.triangles();
    int[] kept = new int[tri.length - 6];
    int c = 0;
    for (int t = 0; t < tri.length / 3; t++) {
      double cx = (full.x(tri[3 * t]) + full.x(tri[3 * t + 1]) + full.x(tri[3 * t + 2])) / 3;
      double cy = (full.y(tri[3 * t]) + full.y(tri[3 * t + 1]) + full.y(tri[3 * t + 2])) / 3;
      if (!(cx > 0.5 && cy > 0.5)) {
        System.arraycopy(tri, 3 * t, kept, c, 3);
        c += 3;
      }
    }
    TriangleMesh l = TriangleMesh.builder().nodes(full.coordinates()).triangles(kept).build();
    double[] ones = new double[l.nodeCount()];
    java.util.Arrays.fill(ones, 1);
    MeshRaster r = MeshRaster.of(l, ones, 16);
    assertTrue(Double.isNaN(r.values()[12 * 16 + 12]), "top-right pixel is outside");
    assertEquals(1.0, r.values()[3 * 16 + 3], 1e-15);
    BufferedImage im = Figure.grid(1, Heatmap.onMesh(l, ones, 16).title("L")).render();
    assertTrue(im.getWidth() > 16 && im.getHeight() > 16);
  }
}
