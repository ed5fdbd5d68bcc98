package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.TriangleMesh;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Manufactured solution {@code u = eˣ sin(πx) sin(πy) + x² y} with {@code κ = 1 + x² + y/2}:
 * Dirichlet {@code u} on bottom, left and top, Neumann {@code κ ∂u/∂x} on the right side ({@code x
 * = 1}). L2 and H1-seminorm errors, integrated by the degree-5 rule, must fall at the orders of P1
 * elements on every mesh family. {@link #convergence(List)} takes the family, so a Gmsh family
 * can be added with one call.
 */
class PoissonConvergenceTest {
  static final double PI = Math.PI;

  static double kappa(double x, double y) {
    return 1 + x * x + 0.5 * y;
  }

  static double exact(double x, double y) {
    return Math.exp(x) * Math.sin(PI * x) * Math.sin(PI * y) + x * x * y;
  }

  static double[] gradient(double x, double y) {
    double e = Math.exp(x);
    return new double[] {
      e * Math.sin(PI * y) * (Math.sin(PI * x) + PI * Math.cos(PI * x)) + 2 * x * y,
      PI * e * Math.sin(PI * x) * Math.cos(PI * y) + x * x
    };
  }

  static double source(double x, double y) {
    double e = Math.exp(x);
    double[] g = gradient(x, y);
    double uxx = e * Math.sin(PI * y)
        * (Math.sin(PI * x) + 2 * PI * Math.cos(PI * x) - PI * PI * Math.sin(PI * x)) + 2 * y;
    double uyy = -PI * PI * e * Math.sin(PI * x) * Math.sin(PI * y);
    return -(2 * x * g[0] + 0.5 * g[1] + kappa(x, y) * (uxx + uyy));
  }

  static PoissonProblem problem(TriangleMesh mesh) {
    return PoissonProblem.builder(mesh)
        .kappa(PoissonConvergenceTest::kappa)
        .source(PoissonConvergenceTest::source)
        .dirichlet("bottom", PoissonConvergenceTest::exact)
        .dirichlet("left", PoissonConvergenceTest::exact)
        .dirichlet("top", PoissonConvergenceTest::exact)
        .neumann("right", (x, y) -> kappa(x, y) * gradient(x, y)[0])
        .build();
  }

  /** Errors and observed orders on one mesh family (coarse to fine). */
  record Convergence(int[] nodes, double[] l2, double[] h1, double[] l2Orders,
      double[] h1Orders) {
    @Override
    public String toString() {
      return "nodes " + Arrays.toString(nodes) + "\n  L2 " + Arrays.toString(l2) + " orders "
          + Arrays.toString(l2Orders) + "\n  H1 " + Arrays.toString(h1) + " orders "
          + Arrays.toString(h1Orders);
    }
  }

  /**
   * Solves the manufactured problem on each mesh (coarse to fine; groups bottom, left, top
   * Dirichlet and right, the line {@code x = 1}, Neumann) and measures the errors.
   */
  static Convergence convergence(List<TriangleMesh> meshes) {
    int[] nodes = new int[meshes.size()];
    double[] l2 = new double[meshes.size()];
    double[] h1 = new double[meshes.size()];
    for (int i = 0; i < meshes.size(); i++) {
      TriangleMesh mesh = meshes.get(i);
      PoissonSolution s = PoissonSolver.solve(problem(mesh), FemConfig.defaults());
      nodes[i] = mesh.nodeCount();
      l2[i] = FemErrors.l2Error(mesh, s.u(), PoissonConvergenceTest::exact);
      h1[i] = FemErrors.h1SeminormError(mesh, s.u(), PoissonConvergenceTest::gradient);
    }
    return new Convergence(nodes, l2, h1, FemMeshes.orders(nodes, l2), FemMeshes.orders(nodes, h1));
  }

  /** Asserts the orders between the two finest meshes, and that every error decreases. */
  static void assertOrders(Convergence c, double l2Lo, double l2Hi, double h1Lo, double h1Hi) {
    for (int i = 0; i < c.l2Orders().length; i++) {
      assertTrue(c.l2Orders()[i] > 1.5 && c.h1Orders()[i] > 0.8, "errors must fall: " + c);
    }
    double l2 = c.l2Orders()[c.l2Orders().length - 1];
    double h1 = c.h1Orders()[c.h1Orders().length - 1];
    assertTrue(l2 >= l2Lo && l2 <= l2Hi, "L2 order " + l2 + " outside [" + l2Lo + ", " + l2Hi
        + "]: " + c);
    assertTrue(h1 >= h1Lo && h1 <= h1Hi, "H1 order " + h1 + " outside [" + h1Lo + ", " + h1Hi
        + "]: " + c);
  }

  @Test
  void structuredMeshesConvergeAtOrdersTwoAndOne() {
    Convergence c = convergence(FemMeshes.structuredFamily(8, 16, 32, 64, 128));
    System.out.println("Poisson structured: " + c);
    assertOrders(c, 1.9, 2.1, 0.95, 1.05);
  }

  @Test
  void perturbedMeshesConvergeAtOrdersTwoAndOne() {
    Convergence c = convergence(FemMeshes.perturbedFamily(8, 16, 32, 64, 128));
    System.out.println("Poisson perturbed: " + c);
    assertOrders(c, 1.9, 2.1, 0.95, 1.05);
  }

  @Test
  void mappedMeshesConvergeAtOrdersTwoAndOne() {
    Convergence c = convergence(FemMeshes.mappedFamily(8, 16, 32, 64, 128));
    System.out.println("Poisson mapped: " + c);
    assertOrders(c, 1.9, 2.1, 0.95, 1.05);
  }
}
