package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import org.junit.jupiter.api.Test;

class TriangleMeshTest {

  @Test
  void rectangleHasTheRightCountsAreaAndTags() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 2, -1, 1, 4, 3);
    assertEquals(5 * 4, mesh.nodeCount());
    assertEquals(2 * 4 * 3, mesh.triangleCount());
    assertEquals(2 * (4 + 3), mesh.edgeCount());
    assertEquals(4.0, mesh.area(), 1e-14);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, mesh.nodesTagged("bottom"));
    assertArrayEquals(new int[] {0, 5, 10, 15}, mesh.nodesTagged("left"));
    assertEquals(2, mesh.tag(1, "right"));
    assertEquals(2 * (4 + 3), mesh.topologicalBoundary().length / 2);
  }

  @Test
  void clockwiseTrianglesAreRefusedUnlessOrientingIsAsked() {
    double[] xy = {0, 0, 1, 0, 0, 1};
    int[] clockwise = {0, 2, 1};
    GalerkinException e =
        assertThrows(
            GalerkinException.class,
            () -> TriangleMesh.builder().nodes(xy).triangles(clockwise).source("a.msh").build());
    assertTrue(e.getMessage().startsWith("a.msh: triangle 0"), e.getMessage());
    assertTrue(e.getMessage().contains("inverted"), e.getMessage());
    TriangleMesh fixed =
        TriangleMesh.builder().nodes(xy).triangles(clockwise).orientCounterClockwise().build();
    assertEquals(0.5, fixed.signedArea(0), 1e-15);
  }

  @Test
  void degenerateTrianglesAndBadIndicesAreRefused() {
    double[] collinear = {0, 0, 1, 0, 2, 0};
    assertThrows(
        GalerkinException.class,
        () -> TriangleMesh.builder().nodes(collinear).triangles(new int[] {0, 1, 2}).build());
    assertThrows(
        GalerkinException.class,
        () -> TriangleMesh.builder().nodes(collinear).triangles(new int[] {0, 1, 3}).build());
  }

  @Test
  void movingNodesSoATriangleInvertsIsRefused() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 1, 1);
    double[] xy = mesh.coordinates();
    xy[2 * 3] = -2; // push the top-right node across the diagonal
    xy[2 * 3 + 1] = -2;
    assertThrows(GalerkinException.class, () -> mesh.withCoordinates(xy));
    assertEquals(1.0, mesh.withCoordinates(mesh.coordinates()).area(), 1e-15);
  }

  @Test
  void unknownGroupNamesTheGroupsThereAre() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    GalerkinException e = assertThrows(GalerkinException.class, () -> mesh.nodesTagged("hole"));
    assertTrue(e.getMessage().contains("[bottom, right, top, left]"), e.getMessage());
  }
}
