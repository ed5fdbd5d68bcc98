package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PointLocator.OutsidePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloaterParameterizationTest {

  private static final double[] UNIT_SQUARE = {0, 0, 1, 0, 1, 1, 0, 1};

  private static MorphResult toDiskWithoutFolds(TriangleMesh mesh, FloaterParameterization f,
      String name) {
    MorphResult r = f.toUnitDisk(mesh);
    assertEquals(0, r.after().inverted(), name);
    assertArrayEquals(mesh.triangles(), r.mesh().triangles());
    assertEquals(Math.PI, r.mesh().area(), 0.05, name); // an inscribed polygon of the disk
    for (int node : BoundaryLoops.of(mesh).get(0)) {
      assertEquals(1, Math.hypot(r.mesh().x(node), r.mesh().y(node)), 1e-12, name);
    }
    assertTrue(r.residual() <= 1e-9, name + " residual " + r.residual());
    System.out.printf("Floater %s onto the disk, %s: %d BiCGSTAB iterations, residual %.1e%n"
        + "  before: %s%n  after:  %s%n", f.weights(), name, r.iterations(), r.residual(),
        r.before(), r.after());
    return r;
  }

  @Test
  void mapsIrregularNonConvexAndCurvedMeshesOntoTheDiskWithoutFolding() {
    for (FloaterParameterization f :
        List.of(FloaterParameterization.meanValue(), FloaterParameterization.shapePreserving(),
            FloaterParameterization.uniform())) {
      toDiskWithoutFolds(TestMeshes.irregular(24, 0.15, 21), f, "irregular square 24x24");
      toDiskWithoutFolds(TestMeshes.lShape(24, 0.15, 22), f, "L-shape (non-convex)");
      toDiskWithoutFolds(TestMeshes.disk(16), f, "mapped disk");
    }
  }

  @Test
  void mapsASquareOntoAHexagonButAnLShapeWithEarsFlattensThere() {
    double[] hexagon = new double[12];
    for (int v = 0; v < 6; v++) {
      hexagon[2 * v] = Math.cos(Math.PI + v * Math.PI / 3);
      hexagon[2 * v + 1] = Math.sin(Math.PI + v * Math.PI / 3);
    }
    TriangleMesh mesh = TestMeshes.irregular(20, 0.15, 29); // no triangle with 3 boundary nodes
    MorphResult r = FloaterParameterization.meanValue().toConvexPolygon(mesh, hexagon);
    assertEquals(0, r.after().inverted());
    double hexagonArea = 3 * Math.sqrt(3) / 2; // the boundary nodes cut its corners off slightly
    assertTrue(r.mesh().area() < hexagonArea && r.mesh().area() > hexagonArea - 0.01,
        "area " + r.mesh().area());
    assertEquals(-1, r.mesh().x(0), 1e-15); // node 0, the lower-left corner, at vertex 0
    for (int node : BoundaryLoops.of(mesh).get(0)) { // on the perimeter: |apothem distance| = max
      double x = r.mesh().x(node);
      double y = r.mesh().y(node);
      double support = 0;
      for (int v = 0; v < 6; v++) {
        double angle = Math.PI + (v + 0.5) * Math.PI / 3; // outward normal of side v
        support = Math.max(support, x * Math.cos(angle) + y * Math.sin(angle));
      }
      assertEquals(Math.sqrt(3) / 2, support, 1e-12, "node " + node);
    }
    assertThrows(GalerkinException.class, () -> FloaterParameterization.meanValue()
        .toConvexPolygon(mesh, new double[] {0, 0, 1, 0, 1, 0, 0, 1}));
    // the L-shape's convex corners at (1/2, 1) and (1, 1/2) are "ears", triangles with three
    // boundary nodes; on a straight side of the hexagon they flatten (the documented limit)
    GalerkinException ears = assertThrows(GalerkinException.class,
        () -> FloaterParameterization.meanValue()
            .toConvexPolygon(TestMeshes.lShape(20, 0.15, 29), hexagon));
    assertTrue(ears.getMessage().contains("triangles inverted")
        && ears.getMessage().contains("flattens"), ears.getMessage());
  }

  @Test
  void meanValueAndShapePreservingWeightsReproduceAMeshAlreadyOnItsTargetButUniformOnesDoNot() {
    TriangleMesh mesh = TestMeshes.irregular(10, 0.15, 23);
    MorphResult shape =
        FloaterParameterization.shapePreserving().toConvexPolygon(mesh, UNIT_SQUARE);
    for (int i = 0; i < mesh.nodeCount(); i++) {
      assertEquals(mesh.x(i), shape.mesh().x(i), 1e-8, "node " + i);
      assertEquals(mesh.y(i), shape.mesh().y(i), 1e-8, "node " + i);
    }
    MorphResult mean = FloaterParameterization.meanValue().toConvexPolygon(mesh, UNIT_SQUARE);
    MorphResult uniform = FloaterParameterization.uniform().toConvexPolygon(mesh, UNIT_SQUARE);
    double meanMove = 0;
    double uniformMove = 0;
    for (int i = 0; i < mesh.nodeCount(); i++) {
      meanMove = Math.max(meanMove,
          Math.hypot(mean.mesh().x(i) - mesh.x(i), mean.mesh().y(i) - mesh.y(i)));
      uniformMove = Math.max(uniformMove,
          Math.hypot(uniform.mesh().x(i) - mesh.x(i), uniform.mesh().y(i) - mesh.y(i)));
    }
    assertTrue(meanMove < 1e-8, "mean-value weights moved a node by " + meanMove);
    assertTrue(uniformMove > 1e-3, "uniform weights moved nodes by only " + uniformMove);
  }

  @Test
  void theStartNodeGoesToMinusOneZero() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 2, 0, 1, 4, 2);
    MorphResult byDefault = FloaterParameterization.meanValue().toUnitDisk(mesh);
    assertEquals(-1, byDefault.mesh().x(0), 1e-15); // node 0 is the lower-left corner
    assertEquals(0, byDefault.mesh().y(0), 1e-15);
    MorphResult chosen = FloaterParameterization.meanValue().withStartNode(4).toUnitDisk(mesh);
    assertEquals(-1, chosen.mesh().x(4), 1e-15);
    assertEquals(0, chosen.mesh().y(4), 1e-15);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> FloaterParameterization.meanValue().withStartNode(7).toUnitDisk(mesh));
    assertTrue(e.getMessage().contains("startNode = 7 is not on the mesh's boundary"),
        e.getMessage());
  }

  @Test
  void refusesMeshesWithHolesNonConvexTargetsAndUnconvergedSolves() {
    GalerkinException holes = assertThrows(GalerkinException.class,
        () -> FloaterParameterization.meanValue().toUnitDisk(TestMeshes.withHole(9, 0.1, 24)));
    assertEquals("Floater's parameterisation needs a disk-like domain; this mesh has 2 boundary"
        + " loops; use RBF morphing (RbfMorphing)", holes.getMessage());
    TriangleMesh mesh = TestMeshes.irregular(8, 0.1, 25);
    GalerkinException dart = assertThrows(GalerkinException.class,
        () -> FloaterParameterization.meanValue()
            .toConvexPolygon(mesh, new double[] {0, 0, 1, 0, 0.3, 0.3, 0, 1}));
    assertTrue(dart.getMessage().contains("clockwise at vertex 2"), dart.getMessage());
    GalerkinException budget = assertThrows(GalerkinException.class,
        () -> FloaterParameterization.meanValue().withSolver(1e-14, 2).toUnitDisk(mesh));
    assertTrue(budget.getMessage().contains("did not converge")
        && budget.getMessage().contains("after 2 iterations"), budget.getMessage());
    assertThrows(GalerkinException.class,
        () -> new FloaterParameterization(FloaterParameterization.Weights.UNIFORM, -1, 0, 10));
  }

  @Test
  void boundaryLoopsAreOrientedWithTheDomainOnTheirLeft() {
    List<int[]> square = BoundaryLoops.of(TriangleMesh.rectangle(0, 1, 0, 1, 3, 2));
    assertEquals(1, square.size());
    assertArrayEquals(new int[] {0, 1, 2, 3, 7, 11, 10, 9, 8, 4}, square.get(0));
    TriangleMesh holed = TestMeshes.withHole(9, 0, 26);
    List<int[]> loops = BoundaryLoops.of(holed);
    assertEquals(2, loops.size());
    assertTrue(signedArea(holed, loops.get(0)) > 0); // the outer loop, counter-clockwise
    assertEquals(-1.0 / 9, signedArea(holed, loops.get(1)), 1e-12); // the hole, clockwise
  }

  private static double signedArea(TriangleMesh mesh, int[] loop) {
    double twice = 0;
    for (int k = 0; k < loop.length; k++) {
      int a = loop[k];
      int b = loop[(k + 1) % loop.length];
      twice += mesh.x(a) * mesh.y(b) - mesh.x(b) * mesh.y(a);
    }
    return twice / 2;
  }

  /** The RMS error of a linear field moved from one mesh of the square to another via the disk. */
  private static double transferError(int cellsA, int cellsB) {
    TriangleMesh a = TestMeshes.irregular(cellsA, 0.15, 27);
    TriangleMesh b = TestMeshes.irregular(cellsB, 0.15, 28);
    TriangleMesh diskA = FloaterParameterization.meanValue().toUnitDisk(a).mesh();
    TriangleMesh diskB = FloaterParameterization.meanValue().toUnitDisk(b).mesh();
    P1Interpolation transfer = P1Interpolation.between(diskA, diskB, OutsidePolicy.NEAREST);
    double[] field = new double[a.nodeCount()];
    for (int i = 0; i < field.length; i++) {
      field[i] = 1 + 2 * a.x(i) - a.y(i);
    }
    double[] moved = transfer.apply(field);
    double sum = 0;
    for (int i = 0; i < b.nodeCount(); i++) {
      double e = moved[i] - (1 + 2 * b.x(i) - b.y(i));
      sum += e * e;
    }
    return Math.sqrt(sum / b.nodeCount());
  }

  @Test
  void fieldsTravelBetweenTwoMeshesThroughTheCommonDiskWithAnErrorThatFallsUnderRefinement() {
    // MMGP's use: two meshes of one shape, each morphed onto the disk; a field moves from one to
    // the other through the disk by P1 interpolation (NEAREST for the nodes of one inscribed
    // polygon that fall outside the other). The two discrete maps differ, by less as h shrinks.
    double coarse = transferError(10, 16);
    double fine = transferError(20, 32);
    System.out.printf("field transfer through the disk: RMS error %.4f (10/16 cells), %.4f"
        + " (20/32 cells), ratio %.2f%n", coarse, fine, coarse / fine);
    assertTrue(coarse / fine > 1.8, coarse + " then " + fine); // about first order or better
  }
}
