package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RbfMorphingTest {

  /** Displacements that rotate the given nodes by {@code angle} about (0.5, 0.5) and shift them. */
  private static double[] rotate(TriangleMesh mesh, int[] nodes, double angle, double dx,
      double dy) {
    double[] d = new double[2 * nodes.length];
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    for (int j = 0; j < nodes.length; j++) {
      double x = mesh.x(nodes[j]) - 0.5;
      double y = mesh.y(nodes[j]) - 0.5;
      d[2 * j] = 0.5 + c * x - s * y + dx - mesh.x(nodes[j]);
      d[2 * j + 1] = 0.5 + s * x + c * y + dy - mesh.y(nodes[j]);
    }
    return d;
  }

  /** Boundary displacements moving only the hole (the second loop) of a mesh; outer nodes fixed. */
  private static double[] moveHole(TriangleMesh mesh, int[] control, double angle, double dx,
      double dy) {
    int[] hole = BoundaryLoops.of(mesh).get(1);
    double[] all = rotate(mesh, control, angle, dx, dy);
    java.util.Set<Integer> inHole = new java.util.HashSet<>();
    for (int node : hole) {
      inHole.add(node);
    }
    for (int j = 0; j < control.length; j++) {
      if (!inHole.contains(control[j])) {
        all[2 * j] = 0;
        all[2 * j + 1] = 0;
      }
    }
    return all;
  }

  @Test
  void affineBoundaryMotionsMoveTheInteriorByTheSameAffineMap() {
    TriangleMesh mesh = TestMeshes.irregular(12, 0.15, 32);
    int[] control = RbfMorphing.boundaryNodes(mesh);
    double[][] a = {{1.2, 0.3}, {-0.1, 0.9}};
    double[] d = new double[2 * control.length];
    for (int j = 0; j < control.length; j++) {
      double x = mesh.x(control[j]);
      double y = mesh.y(control[j]);
      d[2 * j] = a[0][0] * x + a[0][1] * y + 0.25 - x;
      d[2 * j + 1] = a[1][0] * x + a[1][1] * y - 0.5 - y;
    }
    for (RbfMorphing m : List.of(RbfMorphing.thinPlateSpline(), RbfMorphing.wendlandC2(1),
        RbfMorphing.wendlandC2(0.2).withSteps(3))) {
      MorphResult r = m.morph(mesh, control, d);
      for (int i = 0; i < mesh.nodeCount(); i++) {
        assertEquals(a[0][0] * mesh.x(i) + a[0][1] * mesh.y(i) + 0.25, r.mesh().x(i), 1e-10,
            m + " node " + i);
        assertEquals(a[1][0] * mesh.x(i) + a[1][1] * mesh.y(i) - 0.5, r.mesh().y(i), 1e-10,
            m + " node " + i);
      }
      assertTrue(r.residual() < 1e-12, m + " residual " + r.residual());
    }
  }

  @Test
  void movesAHoleWithoutFoldingAndKeepsTheOuterBoundary() {
    TriangleMesh mesh = TestMeshes.withHole(24, 0.15, 31);
    int[] control = RbfMorphing.boundaryNodes(mesh);
    double[] d = moveHole(mesh, control, Math.toRadians(20), 0.06, -0.04);
    for (RbfMorphing m : List.of(RbfMorphing.thinPlateSpline(), RbfMorphing.wendlandC2(0.5))) {
      MorphResult r = m.morph(mesh, control, d);
      assertEquals(0, r.after().inverted());
      for (int j = 0; j < control.length; j++) {
        assertEquals(mesh.x(control[j]) + d[2 * j], r.mesh().x(control[j]), 0, m.toString());
        assertEquals(mesh.y(control[j]) + d[2 * j + 1], r.mesh().y(control[j]), 0, m.toString());
      }
      assertEquals(mesh.area(), r.mesh().area(), 1e-12); // the hole moved, its area did not
      System.out.printf("RBF %s, hole of a %d-triangle mesh rotated 20 deg and shifted"
          + " (0.06, -0.04), %d control nodes, residual %.1e%n  before: %s%n  after:  %s%n",
          m.kernel(), mesh.triangleCount(), control.length, r.residual(), r.before(), r.after());
    }
  }

  @Test
  void aDeformationTooLargeForOneStepIsRefusedAndSurvivesInIncrements() {
    TriangleMesh mesh = TestMeshes.withHole(24, 0.15, 31);
    int[] control = RbfMorphing.boundaryNodes(mesh);
    double[] d = moveHole(mesh, control, Math.toRadians(60), 0, 0);
    RbfMorphing local = RbfMorphing.wendlandC2(0.3);
    GalerkinException e =
        assertThrows(GalerkinException.class, () -> local.morph(mesh, control, d));
    assertTrue(e.getMessage().startsWith("RbfMorphing (WENDLAND_C2, step 1 of 1): ")
        && e.getMessage().contains("triangles inverted, the first is triangle ")
        && e.getMessage().endsWith("the deformation is too large for one RBF step; morph in"
            + " several increments (RbfMorphing.withSteps), or remesh"), e.getMessage());
    MorphResult r = local.withSteps(5).morph(mesh, control, d);
    assertEquals(0, r.after().inverted());
    assertEquals(5, r.iterations());
  }

  @Test
  void refusesCoincidentRepeatedAndCollinearControlNodesAndMismatchedDisplacements() {
    // two triangles that touch along a slit: nodes 1 and 3, 2 and 5 coincide
    TriangleMesh slit = TriangleMesh.builder()
        .nodes(new double[] {0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1})
        .triangles(new int[] {0, 1, 2, 3, 4, 5})
        .build();
    int[] all = RbfMorphing.boundaryNodes(slit);
    GalerkinException coincide = assertThrows(GalerkinException.class,
        () -> RbfMorphing.thinPlateSpline().morph(slit, all, new double[12]));
    assertEquals("RbfMorphing.morph: control nodes 1 and 3 coincide at (1.0, 0.0), which makes"
        + " the RBF system singular; merge the duplicate nodes or drop one from the control"
        + " nodes", coincide.getMessage());
    TriangleMesh square = TriangleMesh.rectangle(0, 1, 0, 1, 4, 4);
    GalerkinException twice = assertThrows(GalerkinException.class,
        () -> RbfMorphing.thinPlateSpline().morph(square, new int[] {0, 4, 0, 24}, new double[8]));
    assertTrue(twice.getMessage().contains("node 0 is control node 0 and 2"), twice.getMessage());
    GalerkinException line = assertThrows(GalerkinException.class,
        () -> RbfMorphing.thinPlateSpline().morph(square, new int[] {0, 1, 2, 3, 4},
            new double[10]));
    assertTrue(line.getMessage().contains("the RBF system is singular")
        && line.getMessage().contains("lie on one line"), line.getMessage());
    GalerkinException length = assertThrows(GalerkinException.class,
        () -> RbfMorphing.thinPlateSpline().morph(square, new int[] {0, 4, 24}, new double[4]));
    assertTrue(length.getMessage().contains("length 4 for 3 control nodes"), length.getMessage());
    GalerkinException nan = assertThrows(GalerkinException.class,
        () -> RbfMorphing.thinPlateSpline().morph(square, new int[] {0, 4, 24},
            new double[] {0, 0, Double.NaN, 0, 0, 0}));
    assertTrue(nan.getMessage().contains("control node 4 is (NaN, 0.0)"), nan.getMessage());
    assertThrows(GalerkinException.class, () -> RbfMorphing.wendlandC2(0));
    assertThrows(GalerkinException.class, () -> RbfMorphing.thinPlateSpline().withSteps(0));
  }

  @Test
  void morphsAMeshWithFiveHundredControlNodesInAboutASecond() {
    TriangleMesh mesh = TestMeshes.irregular(120, 0.15, 33);
    int[] control = RbfMorphing.boundaryNodes(mesh);
    double[] d = new double[2 * control.length];
    for (int j = 0; j < control.length; j++) { // a bump on the top side
      double x = mesh.x(control[j]);
      d[2 * j + 1] = mesh.y(control[j]) == 1 ? 0.1 * Math.sin(Math.PI * x) : 0;
    }
    long t0 = System.nanoTime();
    MorphResult r = RbfMorphing.thinPlateSpline().morph(mesh, control, d);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("RBF thin-plate spline: %d control nodes, %d nodes, %d triangles in %.2f s;"
        + " after: %s%n", control.length, mesh.nodeCount(), mesh.triangleCount(), seconds,
        r.after());
    assertEquals(0, r.after().inverted());
    assertTrue(seconds < 5, "took " + seconds + " s");
  }
}
