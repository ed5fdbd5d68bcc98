package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The closed loops of a {@link TriangleMesh}'s topological boundary ({@link
 * TriangleMesh#topologicalBoundary()}), each an ordered list of nodes: one loop for a disk-like
 * domain, one more per hole.
 *
 * <p>Edges are chained in the orientation of their triangles, so the domain lies to the left of
 * each loop: the outer loop runs counter-clockwise and the loop around a hole clockwise. A loop is
 * returned as {@code int[]} of its nodes, the first not repeated at the end, starting at its node
 * with the smallest x (then the smallest y), so the order is reproducible; loops are sorted by the
 * same key of their first node.
 */
public final class BoundaryLoops {
  private BoundaryLoops() {}

  /**
   * @param mesh the mesh
   * @return its boundary loops, each starting at its smallest-(x, y) node
   * @throws GalerkinException if a boundary node is shared by two loops (the domain is pinched
   *     there), which a manifold mesh never has
   */
  public static List<int[]> of(TriangleMesh mesh) {
    int[] edges = mesh.topologicalBoundary();
    int n = mesh.nodeCount();
    int[] next = new int[n];
    Arrays.fill(next, -1);
    for (int e = 0; e < edges.length / 2; e++) {
      int a = edges[2 * e];
      if (next[a] >= 0) {
        throw new GalerkinException(
            "BoundaryLoops: node " + a + " at (" + mesh.x(a) + ", " + mesh.y(a) + ") starts two"
                + " boundary edges (to " + next[a] + " and " + edges[2 * e + 1] + "); the domain is"
                + " pinched at that node, remesh so that each boundary node is on one loop");
      }
      next[a] = edges[2 * e + 1];
    }
    boolean[] seen = new boolean[n];
    List<int[]> loops = new ArrayList<>();
    for (int e = 0; e < edges.length / 2; e++) {
      int first = edges[2 * e];
      if (seen[first]) {
        continue;
      }
      List<Integer> loop = new ArrayList<>();
      int best = 0;
      for (int a = first; !seen[a]; a = next[a]) {
        seen[a] = true;
        if (before(mesh, a, loop.isEmpty() ? a : loop.get(best))) {
          best = loop.size();
        }
        loop.add(a);
      }
      int[] out = new int[loop.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = loop.get((best + k) % out.length);
      }
      loops.add(out);
    }
    loops.sort((p, q) -> p[0] == q[0] ? 0 : before(mesh, p[0], q[0]) ? -1 : 1);
    return loops;
  }

  /**
   * The single boundary loop of a disk-like mesh.
   *
   * @param mesh the mesh
   * @param method what needs the loop, named in the error
   * @return its boundary loop, counter-clockwise, starting at its smallest-(x, y) node
   * @throws GalerkinException if the mesh has several loops (holes)
   */
  static int[] single(TriangleMesh mesh, String method) {
    List<int[]> loops = of(mesh);
    if (loops.size() != 1) {
      throw new GalerkinException(
          method + " needs a disk-like domain; this mesh has " + loops.size()
              + " boundary loops; use RBF morphing (RbfMorphing)");
    }
    return loops.get(0);
  }

  /** Whether node a comes before node b: smaller x, then smaller y (then smaller index). */
  private static boolean before(TriangleMesh mesh, int a, int b) {
    if (mesh.x(a) != mesh.x(b)) {
      return mesh.x(a) < mesh.x(b);
    }
    if (mesh.y(a) != mesh.y(b)) {
      return mesh.y(a) < mesh.y(b);
    }
    return a < b;
  }
}
