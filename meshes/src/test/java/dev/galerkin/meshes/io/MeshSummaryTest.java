package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeshSummaryTest {
  @Test
  void anEquilateralTriangleHasSixtyDegreesAndRatioOne() {
    TriangleMesh m = TriangleMesh.builder().nodes(new double[] {0, 0, 1, 0, 0.5, Math.sqrt(0.75)})
        .triangles(new int[] {0, 1, 2}).build();
    MeshSummary s = MeshSummary.of(m);
    assertEquals(60, s.minAngle(), 1e-12);
    assertEquals(1, s.maxAspectRatio(), 1e-12);
    assertEquals(Math.sqrt(0.75) / 2, s.area(), 1e-15);
  }

  @Test
  void aRectangleMeshHasRightIsoscelesTrianglesAndGroupCounts() {
    MeshSummary s = MeshSummary.of(TriangleMesh.rectangle(0, 3, -1, 1, 3, 2));
    assertEquals(12, s.nodes());
    assertEquals(12, s.triangles());
    assertEquals(10, s.edges());
    assertEquals(45, s.minAngle(), 1e-12);
    assertEquals(45, s.meanMinAngle(), 1e-12);
    assertEquals((1 + Math.sqrt(2)) / 2, s.maxAspectRatio(), 1e-12);
    assertEquals((1 + Math.sqrt(2)) / 2, s.meanAspectRatio(), 1e-12);
    assertEquals(6, s.area(), 1e-12);
    assertArrayEquals(new double[] {0, -1, 3, 1}, s.boundingBox());
    assertEquals(Map.of("bottom (dimension 1, tag 1)", 3, "right (dimension 1, tag 2)", 2,
        "top (dimension 1, tag 3)", 3, "left (dimension 1, tag 4)", 2,
        "domain (dimension 2, tag 1)", 12), s.groupSizes());
  }

  @Test
  void aSliverHasASmallAngleAndALargeRatio() {
    TriangleMesh m = TriangleMesh.builder().nodes(new double[] {0, 0, 1, 0, 0.5, 0.01})
        .triangles(new int[] {0, 1, 2}).group(new PhysicalGroup(2, 1, "s")).build();
    MeshSummary s = MeshSummary.of(m);
    assertEquals(Math.toDegrees(Math.atan(0.02)), s.minAngle(), 1e-9);
    assertEquals(s.maxAspectRatio(), s.meanAspectRatio(), 0);
    assertEquals(0, s.groupSizes().get("s (dimension 2, tag 1)"));
    // R = abc / (4 A), r = A / s for sides 1, c, c with c = hypot(0.5, 0.01)
    double c = Math.hypot(0.5, 0.01);
    double area = 0.005;
    double ratio = (c * c / (4 * area)) / (2 * area / ((1 + 2 * c) / 2));
    assertEquals(ratio, s.maxAspectRatio(), 1e-9 * ratio);
  }
}
