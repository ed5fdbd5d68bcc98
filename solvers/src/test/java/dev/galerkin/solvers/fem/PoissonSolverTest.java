package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.linalg.PreconditionerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoissonSolverTest {

  @Test
  void linearSolutionIsReproducedOnAPerturbedMesh() {
    TriangleMesh mesh = FemMeshes.perturbed(12, 7);
    PoissonProblem p = PoissonProblem.builder(mesh)
        .kappa((x, y) -> 3.0)
        .dirichlet("left", (x, y) -> 1 + 2 * x - 3 * y)
        .dirichlet("top", (x, y) -> 1 + 2 * x - 3 * y)
        .neumann("right", (x, y) -> 3.0 * 2)
        .neumann("bottom", (x, y) -> 3.0 * 3) // n = (0, -1): κ ∂u/∂n = -3 κ (-1)
        .build();
    PoissonSolution s = PoissonSolver.solve(p, FemConfig.defaults().withTolerance(1e-13));
    double[] u = s.u();
    for (int i = 0; i < mesh.nodeCount(); i++) {
      assertEquals(1 + 2 * mesh.x(i) - 3 * mesh.y(i), u[i], 1e-10, "node " + i);
    }
    assertTrue(s.relativeResidual() <= 1e-12);
  }

  @Test
  void perTriangleKappaAtCentroidsKeepsSecondOrder() {
    double[] l2 = new double[3];
    int[] nodes = new int[3];
    int[] ns = {16, 32, 64};
    for (int k = 0; k < 3; k++) {
      TriangleMesh mesh = FemMeshes.structured(ns[k]);
      double[] kappa = new double[mesh.triangleCount()];
      for (int t = 0; t < kappa.length; t++) {
        double x = 0;
        double y = 0;
        for (int c = 0; c < 3; c++) {
          x += mesh.x(mesh.triangleNode(t, c)) / 3;
          y += mesh.y(mesh.triangleNode(t, c)) / 3;
        }
        kappa[t] = PoissonConvergenceTest.kappa(x, y);
      }
      PoissonProblem p = PoissonProblem.builder(mesh)
          .kappa(kappa)
          .source(PoissonConvergenceTest::source)
          .dirichlet("bottom", PoissonConvergenceTest::exact)
          .dirichlet("left", PoissonConvergenceTest::exact)
          .dirichlet("top", PoissonConvergenceTest::exact)
          .neumann("right", (x, y) -> PoissonConvergenceTest.kappa(x, y)
              * PoissonConvergenceTest.gradient(x, y)[0])
          .build();
      l2[k] = FemErrors.l2Error(mesh, PoissonSolver.solve(p, FemConfig.defaults()).u(),
          PoissonConvergenceTest::exact);
      nodes[k] = mesh.nodeCount();
    }
    double[] orders = FemMeshes.orders(nodes, l2);
    assertTrue(orders[1] > 1.9 && orders[1] < 2.15, java.util.Arrays.toString(orders));
  }

  @Test
  void incompleteCholeskyNeedsFewerIterationsThanJacobiOnTenThousandNodes() {
    TriangleMesh mesh = FemMeshes.perturbed(100, 5); // 10 201 nodes
    PoissonProblem p = PoissonConvergenceTest.problem(mesh);
    FemConfig config = FemConfig.defaults().withTolerance(1e-8);
    PoissonSolution jacobi = PoissonSolver.solve(p, config.withPreconditioner(
        PreconditionerKind.JACOBI));
    PoissonSolution ic = PoissonSolver.solve(p, config);
    System.out.println("Poisson P1, " + mesh.nodeCount() + " nodes (perturbed), tol 1e-8: Jacobi "
        + jacobi.iterations() + " iterations, " + ic.preconditioner() + " " + ic.iterations());
    assertEquals("IC(0)", ic.preconditioner());
    assertEquals("Jacobi", jacobi.preconditioner());
    assertTrue(ic.iterations() < 0.6 * jacobi.iterations(),
        "IC(0) " + ic.iterations() + " vs Jacobi " + jacobi.iterations());
    double diff = 0;
    double[] a = ic.u();
    double[] b = jacobi.u();
    for (int i = 0; i < a.length; i++) {
      diff = Math.max(diff, Math.abs(a[i] - b[i]));
    }
    assertTrue(diff < 1e-6, "the two solutions agree to the tolerance: max difference " + diff);
  }

  @Test
  void nonConvergenceNamesIterationsAndResidual() {
    PoissonProblem p = PoissonConvergenceTest.problem(FemMeshes.structured(32));
    SolverException e = assertThrows(SolverException.class,
        () -> PoissonSolver.solve(p, FemConfig.defaults().withMaxIterations(3)));
    assertTrue(e.getMessage().startsWith("PoissonSolver (P1, 1089 nodes)"), e.getMessage());
    assertTrue(e.getMessage().contains("did not converge in 3 iterations: relative residual"),
        e.getMessage());
  }

  @Test
  void missingGroupsAreNamedWithThoseTheMeshHas() {
    TriangleMesh mesh = FemMeshes.structured(4);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> PoissonProblem.builder(mesh).dirichlet("inlet", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("\"inlet\"") && e.getMessage().contains("[bottom, right,"
        + " top, left]"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> PoissonProblem.builder(mesh)
        .dirichlet("left", (x, y) -> 0).neumann("outlet", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("\"outlet\""), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> PoissonProblem.builder(mesh).neumann("left", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("no Dirichlet group"), e.getMessage());
  }

  @Test
  void aGroupWithoutEdgesIsRejected() {
    TriangleMesh square = FemMeshes.structured(2);
    TriangleMesh.Builder b = TriangleMesh.builder().nodes(square.coordinates())
        .triangles(square.triangles()).boundaryEdges(square.edges(), square.edgeTags());
    square.groups().forEach(b::group);
    TriangleMesh mesh = b.group(new dev.galerkin.meshes.PhysicalGroup(1, 9, "inlet")).build();
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> PoissonProblem.builder(mesh).dirichlet("inlet", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("\"inlet\" has no edges"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> ElasticityProblem.builder(mesh,
        ElasticitySolverTest.STEEL).fixX("left").fixY("inlet").build());
    assertTrue(e.getMessage().contains("\"inlet\" has no edges"), e.getMessage());
  }

  @Test
  void badKappaIsNamedWithItsTriangle() {
    TriangleMesh mesh = FemMeshes.structured(4);
    double[] kappa = new double[mesh.triangleCount()];
    java.util.Arrays.fill(kappa, 1.0);
    kappa[5] = -2;
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> PoissonProblem.builder(mesh).kappa(kappa).dirichlet("left", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("kappa = -2.0 at triangle 5"), e.getMessage());
    kappa[5] = 1;
    e = assertThrows(GalerkinException.class, () -> PoissonProblem.builder(mesh)
        .kappa(java.util.Arrays.copyOf(kappa, 3)).dirichlet("left", (x, y) -> 0).build());
    assertTrue(e.getMessage().contains("3 values for 32 triangles"), e.getMessage());
    PoissonProblem nan = PoissonProblem.builder(mesh)
        .kappa((x, y) -> x > 0.5 && y < 0.25 ? Double.NaN : 1.0)
        .dirichlet("left", (x, y) -> 0).build();
    e = assertThrows(GalerkinException.class,
        () -> PoissonSolver.solve(nan, FemConfig.defaults()));
    assertTrue(e.getMessage().contains("kappa = NaN at triangle 4"), e.getMessage());
    assertEquals(List.of("left"), List.copyOf(nan.dirichlet().keySet()));
  }

  @Test
  void configIsValidated() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> new FemConfig(0, 10, PreconditionerKind.JACOBI));
    assertTrue(e.getMessage().contains("FemConfig.tolerance = 0.0"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new FemConfig(1e-8, 0, null));
    assertTrue(e.getMessage().contains("FemConfig.maxIterations = 0"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new FemConfig(1e-8, 5, null));
    assertTrue(e.getMessage().contains("FemConfig.preconditioner is null"), e.getMessage());
  }
}
