package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.util.function.DoubleBinaryOperator;

/**
 * Error norms of a P1 nodal field against an exact function, integrated with the degree-5 rule
 * {@link TriangleQuadrature#DEGREE_5} (two degrees above the element, so the measured orders are
 * those of the discretisation and not of a nodal sampling). Shapes: a nodal field is {@code
 * double[mesh.nodeCount()]}.
 */
public final class FemErrors {
  private FemErrors() {}

  /**
   * @param mesh the mesh
   * @param uh nodal values, not modified
   * @param exact the exact solution
   * @return {@code ‖u_h − u‖_{L2(Ω_h)}}
   */
  public static double l2Error(TriangleMesh mesh, double[] uh, DoubleBinaryOperator exact) {
    check(mesh, uh);
    TriangleQuadrature rule = TriangleQuadrature.DEGREE_5;
    double[] xy = mesh.coordinates();
    double[] gx = new double[3];
    double[] gy = new double[3];
    double[] px = new double[3];
    double[] py = new double[3];
    double sum = 0;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double area = P1Triangle.geometry(xy, mesh, t, gx, gy, px, py);
      for (int q = 0; q < rule.points(); q++) {
        double x = 0;
        double y = 0;
        double u = 0;
        for (int k = 0; k < 3; k++) {
          x += rule.lambda(q, k) * px[k];
          y += rule.lambda(q, k) * py[k];
          u += rule.lambda(q, k) * uh[mesh.triangleNode(t, k)];
        }
        double d = u - exact.applyAsDouble(x, y);
        sum += rule.weight(q) * area * d * d;
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * @param mesh the mesh
   * @param uh nodal values, not modified
   * @param exactGradient the exact gradient {@code (∂u/∂x, ∂u/∂y)}
   * @return {@code |u_h − u|_{H1(Ω_h)} = ‖∇u_h − ∇u‖_{L2}}
   */
  public static double h1SeminormError(TriangleMesh mesh, double[] uh,
      VectorFunction exactGradient) {
    check(mesh, uh);
    TriangleQuadrature rule = TriangleQuadrature.DEGREE_5;
    double[] xy = mesh.coordinates();
    double[] gx = new double[3];
    double[] gy = new double[3];
    double[] px = new double[3];
    double[] py = new double[3];
    double sum = 0;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double area = P1Triangle.geometry(xy, mesh, t, gx, gy, px, py);
      double ux = 0;
      double uy = 0;
      for (int k = 0; k < 3; k++) {
        ux += gx[k] * uh[mesh.triangleNode(t, k)];
        uy += gy[k] * uh[mesh.triangleNode(t, k)];
      }
      for (int q = 0; q < rule.points(); q++) {
        double x = 0;
        double y = 0;
        for (int k = 0; k < 3; k++) {
          x += rule.lambda(q, k) * px[k];
          y += rule.lambda(q, k) * py[k];
        }
        double[] g = exactGradient.at(x, y);
        double dx = ux - g[0];
        double dy = uy - g[1];
        sum += rule.weight(q) * area * (dx * dx + dy * dy);
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * @param mesh the mesh
   * @param f a function
   * @return {@code ‖f‖_{L2(Ω_h)}}
   */
  public static double l2Norm(TriangleMesh mesh, DoubleBinaryOperator f) {
    return l2Error(mesh, new double[mesh.nodeCount()], f);
  }

  /**
   * @param mesh the mesh
   * @return the mesh size {@code h}: the longest triangle edge
   */
  public static double meshSize(TriangleMesh mesh) {
    double h = 0;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      for (int k = 0; k < 3; k++) {
        int a = mesh.triangleNode(t, k);
        int b = mesh.triangleNode(t, (k + 1) % 3);
        h = Math.max(h, Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a)));
      }
    }
    return h;
  }

  private static void check(TriangleMesh mesh, double[] uh) {
    if (uh == null || uh.length != mesh.nodeCount()) {
      throw new GalerkinException(
          "FemErrors: a nodal field of length " + (uh == null ? "null" : uh.length)
              + " for a mesh of " + mesh.nodeCount() + " nodes");
    }
  }
}
