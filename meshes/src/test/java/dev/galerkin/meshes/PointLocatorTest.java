package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PointLocator.Location;
import dev.galerkin.meshes.PointLocator.OutsidePolicy;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointLocatorTest {

  /** The distance from (x, y) to triangle t, by brute force (0 inside). */
  private static double distance(TriangleMesh mesh, int t, double x, double y) {
    double[] p = new double[6];
    for (int k = 0; k < 3; k++) {
      p[2 * k] = mesh.x(mesh.triangleNode(t, k));
      p[2 * k + 1] = mesh.y(mesh.triangleNode(t, k));
    }
    boolean inside = true;
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < 3; k++) {
      double ax = p[2 * k];
      double ay = p[2 * k + 1];
      double bx = p[(2 * k + 2) % 6];
      double by = p[(2 * k + 3) % 6];
      inside &= (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= -1e-14;
      double s = ((x - ax) * (bx - ax) + (y - ay) * (by - ay))
          / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
      s = Math.max(0, Math.min(1, s));
      best = Math.min(best, Math.hypot(ax + s * (bx - ax) - x, ay + s * (by - ay) - y));
    }
    return inside ? 0 : best;
  }

  /** Checks the locator against brute force at one point; returns whether it was inside. */
  private static boolean check(PointLocator locator, double x, double y) {
    TriangleMesh mesh = locator.mesh();
    double brute = Double.POSITIVE_INFINITY;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      brute = Math.min(brute, distance(mesh, t, x, y));
    }
    Location at = locator.locate(x, y, OutsidePolicy.NEAREST);
    String where = "point (" + x + ", " + y + ")";
    assertEquals(brute, at.distance(), 1e-12, where);
    assertEquals(1.0, at.w0() + at.w1() + at.w2(), 1e-14, where);
    assertTrue(at.w0() >= 0 && at.w1() >= 0 && at.w2() >= 0, where);
    int t = at.triangle();
    double px = 0;
    double py = 0;
    double[] w = {at.w0(), at.w1(), at.w2()};
    for (int k = 0; k < 3; k++) {
      px += w[k] * mesh.x(mesh.triangleNode(t, k));
      py += w[k] * mesh.y(mesh.triangleNode(t, k));
    }
    // the located point is the query itself inside, and at the stated distance outside
    assertEquals(at.distance(), Math.hypot(px - x, py - y), 1e-12, where);
    return brute == 0;
  }

  private static void checkAgainstBruteForce(TriangleMesh mesh, long seed) {
    PointLocator locator = new PointLocator(mesh);
    Random random = new Random(seed);
    int inside = 0;
    int outside = 0;
    for (int q = 0; q < 2000; q++) {
      boolean in = check(locator, -0.3 + 1.6 * random.nextDouble(), -0.3 + 1.6 * random.nextDouble());
      inside += in ? 1 : 0;
      outside += in ? 0 : 1;
    }
    for (double[] far : new double[][] {{50, 0.3}, {-20, -30}, {0.5, 1e4}, {3, 3}}) {
      assertTrue(!check(locator, far[0], far[1]));
    }
    for (int i = 0; i < mesh.nodeCount(); i++) { // exactly on nodes
      assertTrue(check(locator, mesh.x(i), mesh.y(i)), "node " + i);
    }
    int[] tri = mesh.triangles();
    for (int k = 0; k < tri.length; k++) { // on edges, at the midpoint and at a random fraction
      int a = tri[k];
      int b = tri[k - k % 3 + (k + 1) % 3];
      assertTrue(check(locator, 0.5 * (mesh.x(a) + mesh.x(b)), 0.5 * (mesh.y(a) + mesh.y(b))));
      double s = random.nextDouble();
      double x = (1 - s) * mesh.x(a) + s * mesh.x(b);
      double y = (1 - s) * mesh.y(a) + s * mesh.y(b);
      assertEquals(0, locator.locate(x, y).distance(), 1e-15);
    }
    assertTrue(inside > 500 && outside > 500, inside + " inside, " + outside + " outside");
  }

  @Test
  void agreesWithBruteForceOnAnIrregularMesh() {
    checkAgainstBruteForce(TestMeshes.irregular(12, 0.15, 1), 2);
  }

  @Test
  void agreesWithBruteForceOnNonConvexMeshesAndMeshesWithHoles() {
    checkAgainstBruteForce(TestMeshes.lShape(12, 0.15, 3), 4);
    checkAgainstBruteForce(TestMeshes.withHole(12, 0.15, 5), 6);
  }

  @Test
  void refusesOutsidePointsNamingTheirDistanceAndNonFinitePoints() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 4, 4);
    PointLocator locator = new PointLocator(mesh);
    GalerkinException e = assertThrows(GalerkinException.class, () -> locator.locate(1.5, 0.5));
    assertTrue(e.getMessage().contains("(1.5, 0.5)") && e.getMessage().contains("distance 0.5"),
        e.getMessage());
    Location nearest = locator.locate(1.5, 0.5, OutsidePolicy.NEAREST);
    assertEquals(0.5, nearest.distance(), 1e-15);
    // within the tolerance an outside point is accepted, clamped to the boundary
    assertEquals(1e-10, locator.locate(1 + 1e-10, 0.5).distance(), 1e-16);
    GalerkinException nan =
        assertThrows(GalerkinException.class, () -> locator.locate(Double.NaN, 0.5));
    assertTrue(nan.getMessage().contains("(NaN, 0.5)"), nan.getMessage());
  }

  @Test
  void locatesOneHundredThousandPointsOnTenThousandTrianglesQuickly() {
    TriangleMesh mesh = TestMeshes.irregular(71, 0.15, 7);
    assertTrue(mesh.triangleCount() > 10_000);
    long t0 = System.nanoTime();
    PointLocator locator = new PointLocator(mesh);
    long t1 = System.nanoTime();
    Random random = new Random(8);
    double[] points = new double[200_000];
    for (int i = 0; i < points.length; i++) {
      points[i] = random.nextDouble();
    }
    double checksum = 0;
    for (int q = 0; q < 20_000; q++) { // warm-up, so that the timing is of compiled code
      checksum += locator.locate(points[2 * q], 2 * points[2 * q + 1] - 0.5,
          OutsidePolicy.NEAREST).triangle();
    }
    long t2 = System.nanoTime();
    for (int q = 0; q < 100_000; q++) {
      checksum += locator.locate(points[2 * q], points[2 * q + 1]).triangle();
    }
    long t3 = System.nanoTime();
    int[] buckets = locator.buckets();
    System.out.printf(
        "PointLocator: %d triangles, %d x %d buckets, built in %.1f ms; 1e5 queries in %.1f ms"
            + " (%.2f us each)%n",
        mesh.triangleCount(), buckets[0], buckets[1], (t1 - t0) / 1e6, (t3 - t2) / 1e6,
        (t3 - t2) / 1e3 / 1e5);
    long t4 = System.nanoTime();
    for (int q = 0; q < 100_000; q++) { // three quarters of them outside the mesh
      checksum += locator.locate(2 * points[2 * q] - 0.5, 2 * points[2 * q + 1] - 0.5,
          OutsidePolicy.NEAREST).triangle();
    }
    long t5 = System.nanoTime();
    System.out.printf("PointLocator: 1e5 NEAREST queries in [-0.5, 1.5]^2 in %.1f ms%n",
        (t5 - t4) / 1e6);
    assertTrue(checksum > 0);
    assertTrue((t3 - t2) / 1e9 < 2.0, "1e5 queries took " + (t3 - t2) / 1e9 + " s");
    assertTrue((t5 - t4) / 1e9 < 4.0, "1e5 NEAREST queries took " + (t5 - t4) / 1e9 + " s");
  }
}
