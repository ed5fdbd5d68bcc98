package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.solvers.SolverException;
import org.junit.jupiter.api.Test;

class ElasticitySolverTest {
  static final ElasticMaterial STEEL = new ElasticMaterial(200e9, 0.3, PlaneModel.PLANE_STRESS);

  /** A bar under uniform tension: linear displacement, constant stress, exact for P1. */
  @Test
  void uniformTensionIsExactOnAPerturbedMesh() {
    for (PlaneModel model : PlaneModel.values()) {
      ElasticMaterial m = new ElasticMaterial(200e9, 0.3, model);
      TriangleMesh mesh = FemMeshes.perturbed(10, 3);
      double s = 50e6;
      ElasticitySolution sol = ElasticitySolver.solve(
          ElasticityProblem.builder(mesh, m).fixX("left").fixY("bottom")
              .traction("right", (x, y) -> new double[] {s, 0}).build(),
          FemConfig.defaults().withTolerance(1e-13));
      // σ_xx = s, σ_yy = 0: ε_xx = (d11 s) / (d11² − d12²), ε_yy = −d12 s / (d11² − d12²)
      double det = m.d11() * m.d11() - m.d12() * m.d12();
      double exx = m.d11() * s / det;
      double eyy = -m.d12() * s / det;
      double[] ux = sol.ux();
      double[] uy = sol.uy();
      for (int i = 0; i < mesh.nodeCount(); i++) {
        assertEquals(exx * mesh.x(i), ux[i], 1e-9 * exx, model + " u_x at node " + i);
        assertEquals(eyy * mesh.y(i), uy[i], 1e-9 * Math.abs(eyy), model + " u_y at node " + i);
      }
      double[] sxx = sol.nodalStress(StressComponent.XX);
      double[] szz = sol.triangleStress(StressComponent.ZZ);
      double[] vm = sol.nodalStress(StressComponent.VON_MISES);
      double expectedZz = model == PlaneModel.PLANE_STRAIN ? 0.3 * s : 0;
      double expectedVm = Math.sqrt(0.5 * (s * s + expectedZz * expectedZz
          + (expectedZz - s) * (expectedZz - s)));
      assertEquals(s, sxx[17], 1e-6 * s);
      assertEquals(expectedZz, szz[5], 1e-6 * s);
      assertEquals(expectedVm, vm[23], 1e-6 * s, model + " von Mises");
    }
  }

  @Test
  void incompleteCholeskyNeedsFewerIterationsThanJacobiOnKirsch() {
    KirschSolution k = new KirschSolution(KirschTest.SIGMA, KirschTest.A, STEEL);
    TriangleMesh mesh = FemMeshes.quarterAnnulus(KirschTest.A, KirschTest.R, 64, 64);
    ElasticityProblem p = ElasticityProblem.builder(mesh, STEEL).fixY("symmetry_x")
        .fixX("symmetry_y").traction("outer", k::radialTraction).build();
    FemConfig config = FemConfig.defaults().withTolerance(1e-8);
    ElasticitySolution ic = ElasticitySolver.solve(p, config);
    ElasticitySolution jacobi = ElasticitySolver.solve(p,
        config.withPreconditioner(dev.galerkin.solvers.linalg.PreconditionerKind.JACOBI));
    System.out.println("Kirsch P1, " + 2 * mesh.nodeCount() + " unknowns, tol 1e-8: Jacobi "
        + jacobi.iterations() + " iterations, " + ic.preconditioner() + " " + ic.iterations());
    assertEquals("IC(0)", ic.preconditioner());
    assertTrue(ic.iterations() < 0.6 * jacobi.iterations(),
        "IC(0) " + ic.iterations() + " vs Jacobi " + jacobi.iterations());
  }

  @Test
  void materialIsValidated() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> new ElasticMaterial(0, 0.3, PlaneModel.PLANE_STRESS));
    assertTrue(e.getMessage().contains("youngsModulus = 0.0"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> new ElasticMaterial(1, 0.5, PlaneModel.PLANE_STRAIN));
    assertTrue(e.getMessage().contains("poissonRatio = 0.5") && e.getMessage().contains(
        "-1 < nu < 0.5"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> new ElasticMaterial(1, -1, PlaneModel.PLANE_STRAIN));
    assertTrue(e.getMessage().contains("poissonRatio = -1.0"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> new ElasticMaterial(Double.NaN, 0.2, PlaneModel.PLANE_STRAIN));
    assertTrue(e.getMessage().contains("youngsModulus = NaN"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new ElasticMaterial(1, 0.2, null));
    assertTrue(e.getMessage().contains("model is null"), e.getMessage());
  }

  @Test
  void missingGroupsAndFreeComponentsAreNamed() {
    TriangleMesh mesh = FemMeshes.structured(4);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> ElasticityProblem.builder(mesh, STEEL).fixX("left").fixY("hole").build());
    assertTrue(e.getMessage().contains("\"hole\"") && e.getMessage().contains("[bottom, right,"
        + " top, left]"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> ElasticityProblem.builder(mesh, STEEL)
        .fixX("left").fixY("left").traction("outer", (x, y) -> new double[2]).build());
    assertTrue(e.getMessage().contains("\"outer\""), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> ElasticityProblem.builder(mesh, STEEL).fixX("left").build());
    assertTrue(e.getMessage().contains("u_y on []"), e.getMessage());
  }

  @Test
  void nonConvergenceNamesIterationsAndResidual() {
    ElasticityProblem p = ElasticityProblem.builder(FemMeshes.structured(16), STEEL)
        .fixX("left").fixY("left").traction("right", (x, y) -> new double[] {0, 1e6}).build();
    SolverException e = assertThrows(SolverException.class,
        () -> ElasticitySolver.solve(p, FemConfig.defaults().withMaxIterations(4)));
    assertTrue(e.getMessage().startsWith("ElasticitySolver (P1, 289 nodes, PLANE_STRESS)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("did not converge in 4 iterations: relative residual"),
        e.getMessage());
  }
}
