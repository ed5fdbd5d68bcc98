package dev.galerkin.solvers.fem;

import dev.galerkin.meshes.TriangleMesh;

/**
 * Geometry of one linear (P1) triangle: area and the constant gradients of the barycentric
 * (hat) functions, {@code ∇λ_k = (y_{k+1} − y_{k+2}, x_{k+2} − x_{k+1}) / (2|T|)} (indices mod 3);
 * Larson and Bengzon (2013), §4.3.
 */
final class P1Triangle {
  private P1Triangle() {}

  /**
   * @param xy node coordinates {@code [x0, y0, ...]}, not modified
   * @param mesh the mesh (connectivity)
   * @param t triangle
   * @param gx modified: {@code ∂λ_k/∂x}, length 3
   * @param gy modified: {@code ∂λ_k/∂y}, length 3
   * @param px modified: corner x coordinates, length 3
   * @param py modified: corner y coordinates, length 3
   * @return the area
   */
  static double geometry(double[] xy, TriangleMesh mesh, int t, double[] gx, double[] gy,
      double[] px, double[] py) {
    for (int k = 0; k < 3; k++) {
      int node = mesh.triangleNode(t, k);
      px[k] = xy[2 * node];
      py[k] = xy[2 * node + 1];
    }
    double twice = (px[1] - px[0]) * (py[2] - py[0]) - (px[2] - px[0]) * (py[1] - py[0]);
    for (int k = 0; k < 3; k++) {
      int k1 = (k + 1) % 3;
      int k2 = (k + 2) % 3;
      gx[k] = (py[k1] - py[k2]) / twice;
      gy[k] = (px[k2] - px[k1]) / twice;
    }
    return 0.5 * twice;
  }
}
