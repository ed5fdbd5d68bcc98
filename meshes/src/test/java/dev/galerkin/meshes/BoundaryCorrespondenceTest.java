package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import org.junit.jupiter.api.Test;

class BoundaryCorrespondenceTest {

  /** An annulus around (cx, cy) with radii r0 < r1: loops "inner" (tag 1) and "outer" (tag 2). */
  static TriangleMesh annulus(double cx, double cy, double r0, double r1, int rings, int around) {
    double[] xy = new double[2 * (rings + 1) * around];
    for (int i = 0; i <= rings; i++) {
      double r = r0 + (r1 - r0) * i / rings;
      for (int j = 0; j < around; j++) {
        double phi = 2 * Math.PI * j / around;
        xy[2 * (i * around + j)] = cx + r * Math.cos(phi);
        xy[2 * (i * around + j) + 1] = cy + r * Math.sin(phi);
      }
    }
    int[] tri = new int[6 * rings * around];
    int c = 0;
    for (int i = 0; i < rings; i++) {
      for (int j = 0; j < around; j++) {
        int a = i * around + j;
        int b = i * around + (j + 1) % around;
        int d = a + around;
        int e = b + around;
        tri[c++] = a;
        tri[c++] = b;
        tri[c++] = e;
        tri[c++] = a;
        tri[c++] = e;
        tri[c++] = d;
      }
    }
    int[] edges = new int[4 * around];
    int[] tags = new int[2 * around];
    for (int j = 0; j < around; j++) {
      edges[2 * j] = (j + 1) % around; // inner rim, clockwise (domain on the left)
      edges[2 * j + 1] = j;
      tags[j] = 1;
      edges[2 * (around + j)] = rings * around + j;
      edges[2 * (around + j) + 1] = rings * around + (j + 1) % around;
      tags[around + j] = 2;
    }
    return TriangleMesh.builder().nodes(xy).triangles(tri).boundaryEdges(edges, tags)
        .orientCounterClockwise()
        .group(new PhysicalGroup(1, 1, "inner")).group(new PhysicalGroup(1, 2, "outer")).build();
  }

  @Test
  void aRectangleOntoAFinerOneMovesNothingAndOntoAWiderOneStretchesX() {
    TriangleMesh coarse = TriangleMesh.rectangle(0, 1, 0, 1, 4, 3);
    var same = BoundaryCorrespondence.between(coarse, TriangleMesh.rectangle(0, 1, 0, 1, 7, 5));
    assertEquals(2 * (4 + 3), same.nodes().length);
    for (double d : same.displacements()) {
      assertEquals(0, d, 1e-14);
    }
    var wide = BoundaryCorrespondence.between(coarse, TriangleMesh.rectangle(0, 2, 0, 1, 7, 5));
    int[] nodes = wide.nodes();
    double[] d = wide.displacements();
    for (int k = 0; k < nodes.length; k++) {
      assertEquals(coarse.x(nodes[k]), d[2 * k], 1e-14, "x doubles at node " + nodes[k]);
      assertEquals(0, d[2 * k + 1], 1e-14);
    }
  }

  @Test
  void holesMapByArcLengthFromTheirRightmostPoint() {
    TriangleMesh from = annulus(0, 0, 1, 2, 3, 24);
    TriangleMesh onto = annulus(0.3, -0.2, 0.5, 2, 2, 24);
    var c = BoundaryCorrespondence.between(from, onto);
    int[] nodes = c.nodes();
    double[] d = c.displacements();
    assertEquals(48, nodes.length);
    for (int k = 0; k < nodes.length; k++) {
      int n = nodes[k];
      double x = from.x(n) + d[2 * k];
      double y = from.y(n) + d[2 * k + 1];
      double phi = Math.atan2(from.y(n), from.x(n));
      double r = Math.hypot(from.x(n), from.y(n)) < 1.5 ? 0.5 : 2;
      assertEquals(0.3 + r * Math.cos(phi), x, 1e-12, "node " + n);
      assertEquals(-0.2 + r * Math.sin(phi), y, 1e-12, "node " + n);
    }
  }

  @Test
  void untaggedBoundaryAndMismatchedGroupsAreRefused() {
    TriangleMesh square = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    TriangleMesh untagged = TriangleMesh.builder().nodes(square.coordinates())
        .triangles(square.triangles()).build();
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> BoundaryCorrespondence.between(untagged, square));
    assertTrue(e.getMessage().contains("belongs to no named group"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> BoundaryCorrespondence.between(square, annulus(0, 0, 1, 2, 1, 8)));
    assertTrue(e.getMessage().contains("different boundary groups"), e.getMessage());
  }
}
