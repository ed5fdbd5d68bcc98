package dev.galerkin.solvers.fem;

import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.linalg.CgResult;
import dev.galerkin.solvers.linalg.ConjugateGradient;
import dev.galerkin.solvers.linalg.CsrMatrix;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Continuous piecewise-linear (P1) Galerkin solver for {@link PoissonProblem}, following Larson
 * and Bengzon, <i>The Finite Element Method: Theory, Implementation, and Applications</i> (2013),
 * ch. 4: element stiffness {@code K_ij = |T| κ̄_T ∇λ_i·∇λ_j} with {@code κ̄_T} the mean of {@code
 * κ} over the triangle ({@link TriangleQuadrature#DEGREE_4}, or the given per-triangle value), load
 * {@code ∫_T f λ_i} by the same degree-4 rule, Neumann load {@code ∫_e h λ_i} by 2-point Gauss on
 * each edge, and Dirichlet values imposed at the nodes by symmetric elimination ({@link
 * CsrMatrix#withDirichlet}). The system is solved by preconditioned conjugate gradients ({@link
 * FemConfig}).
 *
 * <p><b>Orders</b> (smooth data, measured in {@code PoissonConvergenceTest}): L2 error {@code
 * O(h²)}, H1-seminorm error {@code O(h)}, on structured, randomly perturbed and curvilinear meshes.
 */
public final class PoissonSolver {
  private PoissonSolver() {}

  /**
   * @param problem the problem
   * @param config linear-solver settings
   * @return nodal values with iterations and residual
   * @throws SolverException if conjugate gradients does not converge (iterations and residual in
   *     the message)
   * @throws dev.galerkin.GalerkinException if {@code κ} is not finite and positive at a triangle
   *     (named)
   */
  public static PoissonSolution solve(PoissonProblem problem, FemConfig config) {
    TriangleMesh mesh = problem.mesh();
    int n = mesh.nodeCount();
    double[] xy = mesh.coordinates();
    double[] rhs = new double[n];
    CsrMatrix.Triplets triplets = new CsrMatrix.Triplets(9 * mesh.triangleCount());
    double[] gx = new double[3];
    double[] gy = new double[3];
    double[] px = new double[3];
    double[] py = new double[3];
    TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
    DoubleBinaryOperator kappaF = problem.kappaFunction();
    DoubleBinaryOperator f = problem.source();
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double area = P1Triangle.geometry(xy, mesh, t, gx, gy, px, py);
      double kappa = 0;
      for (int q = 0; q < rule.points(); q++) {
        double x = 0;
        double y = 0;
        for (int k = 0; k < 3; k++) {
          x += rule.lambda(q, k) * px[k];
          y += rule.lambda(q, k) * py[k];
        }
        if (kappaF != null) {
          double kq = kappaF.applyAsDouble(x, y);
          PoissonProblem.checkKappa(kq, t, mesh);
          kappa += rule.weight(q) * kq;
        }
        double fq = f.applyAsDouble(x, y) * rule.weight(q) * area;
        for (int k = 0; k < 3; k++) {
          rhs[mesh.triangleNode(t, k)] += fq * rule.lambda(q, k);
        }
      }
      if (kappaF == null) {
        kappa = problem.kappaOfTriangle(t);
      }
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          triplets.add(mesh.triangleNode(t, i), mesh.triangleNode(t, j),
              area * kappa * (gx[i] * gx[j] + gy[i] * gy[j]));
        }
      }
    }
    for (Map.Entry<String, DoubleBinaryOperator> e : problem.neumann().entrySet()) {
      for (int edge : mesh.edgesTagged(e.getKey())) {
        int a = mesh.edgeNode(edge, 0);
        int b = mesh.edgeNode(edge, 1);
        double length = Math.hypot(xy[2 * b] - xy[2 * a], xy[2 * b + 1] - xy[2 * a + 1]);
        for (int q = 0; q < 2; q++) {
          double s = TriangleQuadrature.EDGE_POINTS[q];
          double x = (1 - s) * xy[2 * a] + s * xy[2 * b];
          double y = (1 - s) * xy[2 * a + 1] + s * xy[2 * b + 1];
          double h = e.getValue().applyAsDouble(x, y) * TriangleQuadrature.EDGE_WEIGHTS[q] * length;
          rhs[a] += (1 - s) * h;
          rhs[b] += s * h;
        }
      }
    }
    boolean[] fixed = new boolean[n];
    double[] known = new double[n];
    for (Map.Entry<String, DoubleBinaryOperator> e : problem.dirichlet().entrySet()) {
      for (int node : mesh.nodesTagged(e.getKey())) {
        fixed[node] = true;
        known[node] = e.getValue().applyAsDouble(xy[2 * node], xy[2 * node + 1]);
      }
    }
    CsrMatrix a = triplets.toMatrix(n).withDirichlet(fixed, known, rhs);
    CgResult r;
    try {
      r = ConjugateGradient.solve(a, rhs, known, config.preconditioner().create(a),
          config.tolerance(), config.maxIterations());
    } catch (SolverException e) {
      throw new SolverException("PoissonSolver (P1, " + n + " nodes): " + e.getMessage());
    }
    return new PoissonSolution(mesh, r.x(), r.iterations(), r.relativeResidual(),
        r.preconditioner());
  }
}
