package dev.galerkin.meshes.io;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code galerkin info FILE.msh} prints about a mesh: counts, physical groups with their
 * sizes, bounding box, area, and triangle quality.
 *
 * <p>Quality measures, per triangle: the minimum interior angle (degrees; 60 for an equilateral
 * triangle, small for a sliver) and the aspect ratio {@code R / (2 r)}, circumradius over twice the
 * inradius (1 for an equilateral triangle, growing without bound as the triangle degenerates), as
 * in Shewchuk, "What is a good linear finite element?" (2002).
 *
 * @param nodes number of nodes
 * @param triangles number of triangles
 * @param edges number of tagged boundary edges
 * @param groupSizes each physical group (as {@code "name (dimension d, tag t)"}) with its number of
 *     edges or triangles, in the mesh's group order
 * @param boundingBox {@code [xmin, ymin, xmax, ymax]}
 * @param area the total area (length units squared)
 * @param minAngle the smallest angle of any triangle, degrees
 * @param meanMinAngle the mean over triangles of their smallest angle, degrees
 * @param maxAspectRatio the largest aspect ratio of any triangle
 * @param meanAspectRatio the mean aspect ratio
 */
public record MeshSummary(int nodes, int triangles, int edges, Map<String, Integer> groupSizes,
    double[] boundingBox, double area, double minAngle, double meanMinAngle,
    double maxAspectRatio, double meanAspectRatio) {

  /** Copies the arrays and map in. */
  public MeshSummary {
    groupSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupSizes));
    boundingBox = boundingBox.clone();
  }

  /** @return a copy of {@code [xmin, ymin, xmax, ymax]} */
  @Override
  public double[] boundingBox() {
    return boundingBox.clone();
  }

  /**
   * @param mesh the mesh, not modified
   * @return its summary
   */
  public static MeshSummary of(TriangleMesh mesh) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int[] edgeTags = mesh.edgeTags();
    int[] triTags = mesh.triangleTags();
    for (PhysicalGroup g : mesh.groups()) {
      int[] tags = g.dimension() == 1 ? edgeTags : triTags;
      int c = 0;
      for (int t : tags) {
        c += t == g.tag() ? 1 : 0;
      }
      sizes.put(g.name() + " (dimension " + g.dimension() + ", tag " + g.tag() + ")", c);
    }
    double minAngle = 180;
    double sumMin = 0;
    double maxRatio = 0;
    double sumRatio = 0;
    int m = mesh.triangleCount();
    for (int t = 0; t < m; t++) {
      double[] q = quality(mesh, t);
      minAngle = Math.min(minAngle, q[0]);
      sumMin += q[0];
      maxRatio = Math.max(maxRatio, q[1]);
      sumRatio += q[1];
    }
    return new MeshSummary(mesh.nodeCount(), m, mesh.edgeCount(), sizes, mesh.boundingBox(),
        mesh.area(), minAngle, sumMin / m, maxRatio, sumRatio / m);
  }

  /**
   * @param mesh the mesh
   * @param t a triangle
   * @return {@code {minimum angle in degrees, aspect ratio R / (2 r)}}
   */
  static double[] quality(TriangleMesh mesh, int t) {
    double[] len = new double[3];
    for (int k = 0; k < 3; k++) {
      int a = mesh.triangleNode(t, (k + 1) % 3);
      int b = mesh.triangleNode(t, (k + 2) % 3);
      len[k] = Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a)); // opposite corner k
    }
    double min = 180;
    for (int k = 0; k < 3; k++) {
      double p = len[(k + 1) % 3];
      double q = len[(k + 2) % 3];
      double c = (p * p + q * q - len[k] * len[k]) / (2 * p * q);
      min = Math.min(min, Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c)))));
    }
    double area = mesh.signedArea(t);
    double s = (len[0] + len[1] + len[2]) / 2;
    double inradius = area / s;
    double circumradius = len[0] * len[1] * len[2] / (4 * area);
    return new double[] {min, circumradius / (2 * inradius)};
  }
}
