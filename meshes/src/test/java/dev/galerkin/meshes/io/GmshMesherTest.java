package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Debian's gmsh (4.8.4) on the shipped template; fails, not skips, without gmsh. */
class GmshMesherTest {
  @TempDir Path tmp;

  static Map<String, Double> hole(double a, double b, double theta, double h) {
    Map<String, Double> p = new HashMap<>();
    p.put("W", 2.0);
    p.put("H", 1.0);
    p.put("cx", 0.9);
    p.put("cy", 0.55);
    p.put("a", a);
    p.put("b", b);
    p.put("theta", theta);
    p.put("h", h);
    return p;
  }

  static double minAngle(TriangleMesh m) {
    double min = 180;
    for (int t = 0; t < m.triangleCount(); t++) {
      for (int k = 0; k < 3; k++) {
        int o = m.triangleNode(t, k);
        int p = m.triangleNode(t, (k + 1) % 3);
        int q = m.triangleNode(t, (k + 2) % 3);
        double ux = m.x(p) - m.x(o);
        double uy = m.y(p) - m.y(o);
        double vx = m.x(q) - m.x(o);
        double vy = m.y(q) - m.y(o);
        min = Math.min(min, Math.toDegrees(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)));
      }
    }
    return min;
  }

  @Test
  void thePlateTemplateConvergesToTheExactAreaWithTagsAndGoodAngles() {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, tmp);
    GmshMesher gmsh = GmshMesher.locate();
    double a = 0.35;
    double b = 0.15;
    double exact = 2.0 * 1.0 - Math.PI * a * b;
    double previous = Double.MAX_VALUE;
    for (double h : new double[] {0.1, 0.05}) {
      TriangleMesh m = gmsh.mesh(geo, hole(a, b, 0.6, h), null);
      double err = Math.abs(m.area() - exact) / exact;
      assertTrue(err < 2e-3, "h = " + h + ": relative area error " + err);
      assertTrue(err < previous / 2, "h = " + h + ": error " + err + " after " + previous);
      previous = err;
      for (String curve : List.of("left", "right", "bottom", "top", "hole")) {
        assertTrue(m.edgesTagged(curve).length >= 4, curve + " has too few edges");
      }
      int plate = m.tag(2, "plate");
      for (int t : m.triangleTags()) {
        assertEquals(plate, t);
      }
      // every hole node lies on the ellipse
      for (int n : m.nodesTagged("hole")) {
        double dx = m.x(n) - 0.9;
        double dy = m.y(n) - 0.55;
        double u = Math.cos(0.6) * dx + Math.sin(0.6) * dy;
        double v = -Math.sin(0.6) * dx + Math.cos(0.6) * dy;
        assertEquals(1.0, u * u / (a * a) + v * v / (b * b), 1e-9);
      }
      double angle = minAngle(m);
      assertTrue(angle > 25, "h = " + h + ": minimum angle " + angle + " degrees");
      assertEquals(angle, MeshSummary.of(m).minAngle(), 1e-9);
      assertEquals(0, m.topologicalBoundary().length / 2 - m.edgeCount(), "every boundary edge"
          + " is tagged");
    }
  }

  /**
   * What a dataset preset will do: many random holes (size, aspect up to 8, rotation, position
   * anywhere the template allows, down to the h/4 margin). Every one meshes, with the exact area
   * to within a polygon's error and no sliver.
   */
  @Test
  @Tag("slow")
  void randomHolesAllMeshWell() {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, tmp);
    GmshMesher gmsh = GmshMesher.locate();
    java.util.Random rng = new java.util.Random(13);
    double h = 0.1;
    int meshed = 0;
    for (int i = 0; i < 24; i++) {
      double a = 0.05 + 0.35 * rng.nextDouble();
      double b = Math.max(a / 8, 0.05 + 0.35 * rng.nextDouble());
      double theta = Math.PI * rng.nextDouble();
      double ex = Math.sqrt(Math.pow(a * Math.cos(theta), 2) + Math.pow(b * Math.sin(theta), 2));
      double ey = Math.sqrt(Math.pow(a * Math.sin(theta), 2) + Math.pow(b * Math.cos(theta), 2));
      double margin = h / 4 * (1 + 1e-9);
      if (2 * (ey + margin) > 1.0) {
        continue;
      }
      // the extremes of the allowed centres first, then random ones
      double cx = i == 0 ? ex + margin : i == 1 ? 2 - ex - margin
          : ex + margin + (2 - 2 * ex - 2 * margin) * rng.nextDouble();
      double cy = i == 0 ? ey + margin : i == 1 ? 1 - ey - margin
          : ey + margin + (1 - 2 * ey - 2 * margin) * rng.nextDouble();
      Map<String, Double> p = new HashMap<>(Map.of("W", 2.0, "H", 1.0, "cx", cx, "cy", cy,
          "a", a, "b", b, "theta", theta, "h", h));
      TriangleMesh m = gmsh.mesh(geo, p, null);
      double exact = 2 - Math.PI * a * b;
      String what = "hole " + p + ": ";
      assertEquals(exact, m.area(), 0.01 * exact, what + "area");
      double angle = minAngle(m);
      assertTrue(angle > 20, what + "minimum angle " + angle);
      assertTrue(m.edgesTagged("hole").length >= 20, what + m.edgesTagged("hole").length
          + " hole edges");
      assertEquals(m.topologicalBoundary().length / 2, m.edgeCount(), what + "untagged boundary");
      meshed++;
    }
    System.out.println("plate-with-hole.geo: " + meshed + " random holes meshed");
    assertTrue(meshed >= 16, meshed + " of 24 random holes fit the plate; the sweep tests too few");
  }

  @Test
  void theSameParametersGiveTheSameMeshAndOthersAnother() throws IOException {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, tmp);
    GmshMesher gmsh = GmshMesher.locate();
    Path f1 = tmp.resolve("1.msh");
    Path f2 = tmp.resolve("2.msh");
    TriangleMesh m1 = gmsh.mesh(geo, hole(0.2, 0.3, 1.0, 0.08), f1);
    TriangleMesh m2 = gmsh.mesh(geo, hole(0.2, 0.3, 1.0, 0.08), f2);
    GmshRoundTripTest.assertSameMesh(m1, m2);
    assertArrayEquals(Files.readAllBytes(f1), Files.readAllBytes(f2));
    TriangleMesh other = gmsh.mesh(geo, hole(0.25, 0.3, 1.0, 0.08), null);
    assertTrue(Math.abs(other.area() - m1.area()) > 0.01);
    // the size factor and maximum size refine the mesh
    TriangleMesh finer = gmsh.withSizeFactor(0.5).mesh(geo, hole(0.2, 0.3, 1.0, 0.08), null);
    assertTrue(finer.triangleCount() > 3 * m1.triangleCount(), finer + " vs " + m1);
    TriangleMesh capped = gmsh.withMaxSize(0.04).mesh(geo, hole(0.2, 0.3, 1.0, 0.08), null);
    assertTrue(capped.triangleCount() > 3 * m1.triangleCount(), capped + " vs " + m1);
  }

  @Test
  void aHoleOutsideThePlateIsGmshsErrorQuoted() {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, tmp);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> GmshMesher.locate().mesh(geo, hole(1.5, 0.2, 0, 0.1), null));
    assertTrue(e.getMessage().startsWith("gmsh failed on " + geo), e.getMessage());
    assertTrue(e.getMessage().contains("the hole (centre 0.9 0.55") && e.getMessage()
        .contains("must lie inside"), e.getMessage());
  }

  @Test
  void missingGeoMissingGmshAndTimeoutsAreClearErrors() throws IOException {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> GmshMesher.locate().mesh(tmp.resolve("none.geo"), Map.of(), null));
    assertTrue(e.getMessage().contains("none.geo: no such .geo file"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> GmshMesher.locate(Map.of("PATH", tmp.toString())));
    assertTrue(e.getMessage().contains("apt-get install gmsh") && e.getMessage()
        .contains("GALERKIN_GMSH"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> GmshMesher.locate(Map.of("GALERKIN_GMSH", tmp.resolve("nogmsh").toString())));
    assertTrue(e.getMessage().contains("is not an executable"), e.getMessage());
    assertEquals(GmshMesher.locate().executable(), GmshMesher.locate(
        Map.of("GALERKIN_GMSH", GmshMesher.locate().executable().toString())).executable());
    // a geometry that makes gmsh loop: it is stopped at the timeout
    Path slow = tmp.resolve("slow.geo");
    Files.writeString(slow, "For i In {1:1000000000}\n x = Sqrt(i);\nEndFor\n");
    e = assertThrows(GalerkinException.class, () -> GmshMesher.locate()
        .withTimeout(java.time.Duration.ofMillis(1500)).mesh(slow, Map.of(), null));
    assertTrue(e.getMessage().contains("was stopped"), e.getMessage());
  }
}
