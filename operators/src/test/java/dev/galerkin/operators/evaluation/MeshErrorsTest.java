package dev.galerkin.operators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import org.junit.jupiter.api.Test;

class MeshErrorsTest {

  @Test
  void relativeL2IsTheIntegralNormNotTheNodeSum() {
    // u = 1 everywhere; the error is 1 on the left half of the nodes' lumped areas only
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 8, 8);
    double[] w = MeshErrors.nodeAreas(mesh);
    double total = 0;
    for (double v : w) {
      total += v;
    }
    assertEquals(1.0, total, 1e-14);
    double[] u = new double[mesh.nodeCount()];
    java.util.Arrays.fill(u, 2);
    double[] p = u.clone();
    p[0] = 3; // a corner node: weight 1/64 * 1/3 * (1 triangle) ... measured by nodeAreas
    double expected = Math.sqrt(w[0] * 1 / (4.0 * total));
    assertEquals(expected, MeshErrors.relativeL2(mesh, u, p, 1), 1e-14);
  }

  @Test
  void rrmseAndCoverageFollowTheirDefinitions() {
    assertEquals(Math.sqrt((0.01 + 0.04) / 2),
        MeshErrors.scalarRrmse(new double[] {1, 2}, new double[] {1.1, 1.6}), 1e-14);
    // ‖e‖² = 0.25 + 0, N = 2 nodes (4 values, 2 components), ‖u‖∞ = 2
    assertEquals(0.25 / (2 * 4), MeshErrors.fieldRrmseTerm(new double[] {1, 2, 0, -1},
        new double[] {1.5, 2, 0, -1}, 2), 1e-15);
    assertEquals(2, MeshErrors.inside(new double[] {0, 1, 5}, new double[] {0.1, 0, 0},
        new double[] {0.1, 1, 1}, MeshErrors.Z95));
    assertThrows(GalerkinException.class,
        () -> MeshErrors.scalarRrmse(new double[] {0}, new double[] {1}));
  }
}
