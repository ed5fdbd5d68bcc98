package dev.galerkin.solvers.fem;

import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.linalg.CgResult;
import dev.galerkin.solvers.linalg.ConjugateGradient;
import dev.galerkin.solvers.linalg.CsrMatrix;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * P1 (constant-strain triangle) Galerkin solver for {@link ElasticityProblem}: Hughes, <i>The
 * Finite Element Method: Linear Static and Dynamic Finite Element Analysis</i> (2000), §§ 2.7–2.9,
 * and Larson and Bengzon (2013), ch. 11. The unknowns are interleaved, {@code (u_x, u_y)} of node
 * {@code i} at {@code 2i, 2i + 1}; the element stiffness is {@code |T| Bᵀ D B}; body forces are
 * integrated by {@link TriangleQuadrature#DEGREE_4}, tractions by 2-point Gauss on each edge;
 * prescribed components are eliminated symmetrically ({@link CsrMatrix#withDirichlet}) and the
 * system solved by preconditioned conjugate gradients ({@link FemConfig}).
 *
 * <p>Stresses: {@code σ = D ε(u_h)} is constant in each triangle; nodal values are the
 * area-weighted average over the triangles sharing the node (first order at the boundary, where
 * the average is one-sided), and the nodal von Mises stress is that of the averaged components.
 *
 * <p><b>Orders</b> (measured in {@code ElasticityConvergenceTest} and {@code KirschTest}):
 * displacement L2 error {@code O(h²)}, H1-seminorm error {@code O(h)}; the Kirsch stress
 * concentration at the hole converges at about {@code O(h)}.
 */
public final class ElasticitySolver {
  private ElasticitySolver() {}

  /**
   * @param problem the problem
   * @param config linear-solver settings
   * @return displacement, stresses, iterations and residual
   * @throws SolverException if conjugate gradients does not converge (iterations and residual in
   *     the message), e.g. when the conditions leave a rigid rotation free
   */
  public static ElasticitySolution solve(ElasticityProblem problem, FemConfig config) {
    TriangleMesh mesh = problem.mesh();
    ElasticMaterial mat = problem.material();
    int n = mesh.nodeCount();
    int m = mesh.triangleCount();
    double[] xy = mesh.coordinates();
    double d11 = mat.d11();
    double d12 = mat.d12();
    double d33 = mat.shearModulus();
    double[] rhs = new double[2 * n];
    CsrMatrix.Triplets triplets = new CsrMatrix.Triplets(36 * m);
    double[] gx = new double[3];
    double[] gy = new double[3];
    double[] px = new double[3];
    double[] py = new double[3];
    TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
    for (int t = 0; t < m; t++) {
      double area = P1Triangle.geometry(xy, mesh, t, gx, gy, px, py);
      for (int a = 0; a < 3; a++) {
        int ra = 2 * mesh.triangleNode(t, a);
        for (int b = 0; b < 3; b++) {
          int cb = 2 * mesh.triangleNode(t, b);
          triplets.add(ra, cb, area * (d11 * gx[a] * gx[b] + d33 * gy[a] * gy[b]));
          triplets.add(ra, cb + 1, area * (d12 * gx[a] * gy[b] + d33 * gy[a] * gx[b]));
          triplets.add(ra + 1, cb, area * (d12 * gy[a] * gx[b] + d33 * gx[a] * gy[b]));
          triplets.add(ra + 1, cb + 1, area * (d11 * gy[a] * gy[b] + d33 * gx[a] * gx[b]));
        }
      }
      for (int q = 0; q < rule.points(); q++) {
        double x = 0;
        double y = 0;
        for (int k = 0; k < 3; k++) {
          x += rule.lambda(q, k) * px[k];
          y += rule.lambda(q, k) * py[k];
        }
        double[] f = problem.bodyForce().at(x, y);
        double w = rule.weight(q) * area;
        for (int k = 0; k < 3; k++) {
          int node = mesh.triangleNode(t, k);
          rhs[2 * node] += w * f[0] * rule.lambda(q, k);
          rhs[2 * node + 1] += w * f[1] * rule.lambda(q, k);
        }
      }
    }
    for (Map.Entry<String, VectorFunction> e : problem.traction().entrySet()) {
      for (int edge : mesh.edgesTagged(e.getKey())) {
        int a = mesh.edgeNode(edge, 0);
        int b = mesh.edgeNode(edge, 1);
        double length = Math.hypot(xy[2 * b] - xy[2 * a], xy[2 * b + 1] - xy[2 * a + 1]);
        for (int q = 0; q < 2; q++) {
          double s = TriangleQuadrature.EDGE_POINTS[q];
          double[] tr = e.getValue().at((1 - s) * xy[2 * a] + s * xy[2 * b],
              (1 - s) * xy[2 * a + 1] + s * xy[2 * b + 1]);
          double w = TriangleQuadrature.EDGE_WEIGHTS[q] * length;
          rhs[2 * a] += w * (1 - s) * tr[0];
          rhs[2 * a + 1] += w * (1 - s) * tr[1];
          rhs[2 * b] += w * s * tr[0];
          rhs[2 * b + 1] += w * s * tr[1];
        }
      }
    }
    boolean[] fixed = new boolean[2 * n];
    double[] known = new double[2 * n];
    fix(mesh, xy, problem.fixX(), 0, fixed, known);
    fix(mesh, xy, problem.fixY(), 1, fixed, known);
    CsrMatrix k = triplets.toMatrix(2 * n).withDirichlet(fixed, known, rhs);
    CgResult r;
    try {
      r = ConjugateGradient.solve(k, rhs, known, config.preconditioner().create(k),
          config.tolerance(), config.maxIterations());
    } catch (SolverException e) {
      throw new SolverException("ElasticitySolver (P1, " + n + " nodes, " + mat.model() + "): "
          + e.getMessage());
    }
    double[] u = r.x();
    double[] cell = new double[StressComponent.COUNT * m];
    double[] nodal = new double[StressComponent.COUNT * n];
    double[] weight = new double[n];
    for (int t = 0; t < m; t++) {
      double area = P1Triangle.geometry(xy, mesh, t, gx, gy, px, py);
      double exx = 0;
      double eyy = 0;
      double gxy = 0;
      for (int a = 0; a < 3; a++) {
        int node = mesh.triangleNode(t, a);
        exx += gx[a] * u[2 * node];
        eyy += gy[a] * u[2 * node + 1];
        gxy += gy[a] * u[2 * node] + gx[a] * u[2 * node + 1];
      }
      double sxx = d11 * exx + d12 * eyy;
      double syy = d12 * exx + d11 * eyy;
      double sxy = d33 * gxy;
      int o = StressComponent.COUNT * t;
      cell[o] = sxx;
      cell[o + 1] = syy;
      cell[o + 2] = sxy;
      cell[o + 3] = mat.sigmaZz(sxx, syy);
      cell[o + 4] = mat.vonMises(sxx, syy, sxy);
      for (int a = 0; a < 3; a++) {
        int node = mesh.triangleNode(t, a);
        weight[node] += area;
        for (int c = 0; c < 4; c++) {
          nodal[StressComponent.COUNT * node + c] += area * cell[o + c];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int o = StressComponent.COUNT * i;
      for (int c = 0; c < 4; c++) {
        nodal[o + c] /= weight[i];
      }
      nodal[o + 4] = mat.vonMises(nodal[o], nodal[o + 1], nodal[o + 2]);
    }
    return new ElasticitySolution(mesh, mat, u, cell, nodal, r.iterations(), r.relativeResidual(),
        r.preconditioner());
  }

  private static void fix(TriangleMesh mesh, double[] xy, Map<String, DoubleBinaryOperator> groups,
      int component, boolean[] fixed, double[] known) {
    for (Map.Entry<String, DoubleBinaryOperator> e : groups.entrySet()) {
      for (int node : mesh.nodesTagged(e.getKey())) {
        fixed[2 * node + component] = true;
        known[2 * node + component] = e.getValue().applyAsDouble(xy[2 * node], xy[2 * node + 1]);
      }
    }
  }
}
