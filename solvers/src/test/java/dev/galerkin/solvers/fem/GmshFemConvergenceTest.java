package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.GmshMesher;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The P1 solvers' orders measured on unstructured meshes made by the real Gmsh (Debian's gmsh,
 * which {@code .ci/run} installs): Poisson on the unit square and Kirsch's plate with a hole, each
 * on five meshes refined by halving the element size. The same manufactured problems and checks as
 * {@link PoissonConvergenceTest} and {@link KirschTest}.
 */
class GmshFemConvergenceTest {

  static List<TriangleMesh> meshes(String geo, Map<String, Double> fixed, double... sizes)
      throws URISyntaxException {
    Path file = Path.of(GmshFemConvergenceTest.class.getResource("/fem/" + geo).toURI());
    GmshMesher gmsh = GmshMesher.locate();
    List<TriangleMesh> out = new ArrayList<>();
    for (double h : sizes) {
      Map<String, Double> p = new java.util.HashMap<>(fixed);
      p.put("h", h);
      out.add(gmsh.mesh(file, p, null));
    }
    return out;
  }

  @Test
  void poissonOnGmshMeshesConvergesAtOrdersTwoAndOne() throws Exception {
    PoissonConvergenceTest.Convergence c = PoissonConvergenceTest.convergence(
        meshes("unit-square.geo", Map.of(), 0.2, 0.1, 0.05, 0.025, 0.0125));
    System.out.println("Poisson on Gmsh meshes: " + c);
    PoissonConvergenceTest.assertOrders(c, 1.85, 2.15, 0.9, 1.1);
  }

  @Test
  void kirschOnGmshMeshesConvergesToTheStressConcentration() throws Exception {
    List<TriangleMesh> m = meshes("quarter-annulus.geo", Map.of("a", KirschTest.A, "R",
        KirschTest.R), 0.02, 0.01, 0.005, 0.0025, 0.00125, 0.000625);
    KirschTest.Convergence c = KirschTest.convergence(PlaneModel.PLANE_STRESS, m);
    System.out.println("Kirsch on Gmsh meshes: " + c + "\n  peak " + java.util.Arrays.toString(
        c.peak()));
    double[] o = c.l2Orders();
    assertTrue(o[o.length - 1] > 1.8 && o[o.length - 1] < 2.2, "displacement L2 order: " + c);
    // the nodal stress at (0, a) averages one-sided triangles, so it converges at first order in h
    // (measured 1.90, 2.39, 2.70, 2.86, 2.93, 2.97: the error halves with h)
    double[] peak = c.peak();
    assertEquals(3.0, peak[peak.length - 1], 0.02 * 3, "stress concentration at (0, a): " + c);
    for (int i = peak.length - 3; i < peak.length; i++) {
      assertTrue(Math.abs(peak[i] - 3) < 0.6 * Math.abs(peak[i - 1] - 3),
          "the peak's error must about halve with h: " + java.util.Arrays.toString(peak));
    }
  }
}
