package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each boundary node of one mesh goes on the boundary of another mesh of the same family:
 * the boundary displacements that drive a morphing of a sample's mesh onto a common shape (MMGP,
 * Casenave et al., NeurIPS 2023, Section 3.1, where the morphing must map boundaries onto
 * boundaries).
 *
 * <p>The two meshes share named 1-dimensional groups (both meshed from one {@code .geo} template).
 * Each group is one piece of boundary, either an open chain (a side of a plate, from corner to
 * corner) or a closed loop (the rim of a hole). A node's target is the point of the other mesh's
 * same group at the same <em>normalised arc length</em>:
 *
 * <ul>
 *   <li>an open chain runs from the end nearer the other chain's first end, so corners go to
 *       corners and the sides of a common rectangle map onto themselves;
 *   <li>a closed loop runs counter-clockwise from the point where the ray from its centroid in the
 *       {@code +x} direction crosses it, so a hole's rightmost point goes to the other hole's.
 * </ul>
 *
 * <p>Nodes on two groups (corners) get the same target from both. Every edge of the topological
 * boundary must belong to a named group, so that no boundary node is left without a target.
 */
public final class BoundaryCorrespondence {
  private BoundaryCorrespondence() {}

  /**
   * The displacement of every boundary node of {@code from} onto the boundary of {@code onto}.
   *
   * @param from the mesh to be morphed
   * @param onto the mesh whose boundary is the target
   * @return for each boundary node of {@code from} (ascending), its displacement
   */
  public static Displacements between(TriangleMesh from, TriangleMesh onto) {
    checkTagged(from);
    List<String> fromGroups = boundaryGroups(from);
    List<String> ontoGroups = boundaryGroups(onto);
    if (!new java.util.TreeSet<>(fromGroups).equals(new java.util.TreeSet<>(ontoGroups))) {
      throw new GalerkinException("the meshes have different boundary groups, " + fromGroups
          + " and " + ontoGroups + "; mesh both from the same .geo template");
    }
    Map<Integer, double[]> targets = new LinkedHashMap<>();
    for (PhysicalGroup g : from.groups()) {
      if (g.dimension() != 1) {
        continue;
      }
      Chain source = Chain.of(from, g.name());
      Chain target = Chain.of(onto, g.name());
      if (source.closed != target.closed) {
        throw new GalerkinException("boundary group \"" + g.name() + "\" is "
            + (source.closed ? "a closed loop" : "an open chain") + " in one mesh and "
            + (target.closed ? "a closed loop" : "an open chain") + " in the other; mesh both"
            + " from the same .geo template");
      }
      if (!source.closed && source.reversedAgainst(target)) {
        target = target.reversed();
      }
      double[] s = source.arcLengths();
      for (int k = 0; k < source.nodes.length; k++) {
        double[] p = target.pointAt(s[k]);
        double[] old = targets.put(source.nodes[k], p);
        if (old != null && Math.hypot(old[0] - p[0], old[1] - p[1]) > 1e-9 * target.length) {
          throw new GalerkinException("boundary node " + source.nodes[k] + " lies on two groups"
              + " whose correspondences disagree by " + Math.hypot(old[0] - p[0], old[1] - p[1])
              + "; groups that meet must meet at their ends (corners)");
        }
      }
    }
    int[] nodes = targets.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] d = new double[2 * nodes.length];
    for (int k = 0; k < nodes.length; k++) {
      double[] p = targets.get(nodes[k]);
      d[2 * k] = p[0] - from.x(nodes[k]);
      d[2 * k + 1] = p[1] - from.y(nodes[k]);
    }
    return new Displacements(nodes, d);
  }

  /**
   * Displacements of boundary nodes.
   *
   * @param nodes node indices, ascending
   * @param displacements {@code [dx0, dy0, dx1, dy1, ...]}, one pair per node
   */
  public record Displacements(int[] nodes, double[] displacements) {
    /** Copies the arrays and checks they pair up. */
    public Displacements {
      nodes = nodes.clone();
      displacements = displacements.clone();
      if (displacements.length != 2 * nodes.length) {
        throw new GalerkinException("Displacements: " + nodes.length + " nodes but "
            + displacements.length + " values; give 2 per node");
      }
    }

    @Override
    public int[] nodes() {
      return nodes.clone();
    }

    @Override
    public double[] displacements() {
      return displacements.clone();
    }
  }

  private static List<String> boundaryGroups(TriangleMesh mesh) {
    return mesh.groups().stream().filter(g -> g.dimension() == 1).map(PhysicalGroup::name)
        .toList();
  }

  private static void checkTagged(TriangleMesh mesh) {
    int[] boundary = mesh.topologicalBoundary();
    java.util.Set<Long> tagged = new java.util.HashSet<>();
    int[] tags = mesh.edgeTags();
    for (int e = 0; e < mesh.edgeCount(); e++) {
      if (tags[e] != 0) {
        tagged.add(key(mesh.edgeNode(e, 0), mesh.edgeNode(e, 1)));
      }
    }
    for (int e = 0; e < boundary.length / 2; e++) {
      if (!tagged.contains(key(boundary[2 * e], boundary[2 * e + 1]))) {
        throw new GalerkinException("the boundary edge from node " + boundary[2 * e] + " to "
            + boundary[2 * e + 1] + " belongs to no named group; give every boundary curve a"
            + " Physical Curve in the .geo file");
      }
    }
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /** One group's nodes in order along the boundary, with their coordinates. */
  private static final class Chain {
    final int[] nodes;
    final double[] xy;
    final boolean closed;
    final double length;

    private Chain(int[] nodes, double[] xy, boolean closed) {
      this.nodes = nodes;
      this.xy = xy;
      this.closed = closed;
      double sum = 0;
      int segments = closed ? nodes.length : nodes.length - 1;
      for (int k = 0; k < segments; k++) {
        sum += segment(k);
      }
      this.length = sum;
    }

    private double segment(int k) {
      int j = (k + 1) % nodes.length;
      return Math.hypot(xy[2 * j] - xy[2 * k], xy[2 * j + 1] - xy[2 * k + 1]);
    }

    static Chain of(TriangleMesh mesh, String group) {
      Map<Integer, List<Integer>> adjacent = new HashMap<>();
      for (int e : mesh.edgesTagged(group)) {
        int a = mesh.edgeNode(e, 0);
        int b = mesh.edgeNode(e, 1);
        adjacent.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        adjacent.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
      }
      if (adjacent.isEmpty()) {
        throw new GalerkinException("boundary group \"" + group + "\" has no edges in a mesh of "
            + mesh.nodeCount() + " nodes; mesh it from the same .geo template");
      }
      int start = -1;
      for (Map.Entry<Integer, List<Integer>> e : adjacent.entrySet()) {
        int degree = e.getValue().size();
        if (degree > 2) {
          throw new GalerkinException("boundary group \"" + group + "\" branches at node "
              + e.getKey() + " (" + degree + " edges); a group must be one chain or one loop");
        }
        if (degree == 1 && (start < 0 || e.getKey() < start)) {
          start = e.getKey();
        }
      }
      boolean closed = start < 0;
      if (closed) {
        start = adjacent.keySet().stream().min(Integer::compare).orElseThrow();
      }
      int[] order = new int[adjacent.size()];
      int previous = -1;
      int current = start;
      int count = 0;
      while (true) {
        order[count++] = current;
        int next = -1;
        for (int candidate : adjacent.get(current)) {
          if (candidate != previous && (count < 2 || candidate != order[0] || !closed)) {
            next = candidate;
            break;
          }
        }
        if (next < 0 || next == start || count == order.length) {
          break;
        }
        previous = current;
        current = next;
      }
      if (count != order.length) {
        throw new GalerkinException("boundary group \"" + group + "\" is in "
            + "several pieces (" + count + " of its " + order.length + " nodes are connected);"
            + " give each piece its own Physical Curve");
      }
      double[] xy = new double[2 * count];
      for (int k = 0; k < count; k++) {
        xy[2 * k] = mesh.x(order[k]);
        xy[2 * k + 1] = mesh.y(order[k]);
      }
      Chain chain = new Chain(order, xy, closed);
      return closed ? chain.fromRightmostRay() : chain;
    }

    Chain reversed() {
      int n = nodes.length;
      int[] r = new int[n];
      double[] rxy = new double[2 * n];
      for (int k = 0; k < n; k++) {
        r[k] = nodes[n - 1 - k];
        rxy[2 * k] = xy[2 * (n - 1 - k)];
        rxy[2 * k + 1] = xy[2 * (n - 1 - k) + 1];
      }
      return new Chain(r, rxy, closed);
    }

    boolean reversedAgainst(Chain other) {
      int n = nodes.length - 1;
      int m = other.nodes.length - 1;
      double same = dist(0, other, 0) + dist(n, other, m);
      double crossed = dist(0, other, m) + dist(n, other, 0);
      return crossed < same;
    }

    private double dist(int k, Chain other, int j) {
      return Math.hypot(xy[2 * k] - other.xy[2 * j], xy[2 * k + 1] - other.xy[2 * j + 1]);
    }

    /** The normalised arc length of each node; a loop starts at its rightmost-ray point. */
    double[] arcLengths() {
      double[] s = new double[nodes.length];
      double offset = closed ? start : 0;
      double run = 0;
      for (int k = 0; k < nodes.length; k++) {
        s[k] = ((run - offset) / length % 1 + 1) % 1;
        if (!closed && k == nodes.length - 1) {
          s[k] = 1;
        }
        if (k < nodes.length - 1 || closed) {
          run += segment(k);
        }
      }
      return s;
    }

    /** The point at normalised arc length {@code s} (a loop counts from its rightmost ray). */
    double[] pointAt(double s) {
      double target = closed ? (start + s * length) % length : s * length;
      int segments = closed ? nodes.length : nodes.length - 1;
      double run = 0;
      for (int k = 0; k < segments; k++) {
        double len = segment(k);
        if (run + len >= target || k == segments - 1) {
          double f = len == 0 ? 0 : Math.min(1, Math.max(0, (target - run) / len));
          int j = (k + 1) % nodes.length;
          return new double[] {
            xy[2 * k] + f * (xy[2 * j] - xy[2 * k]), xy[2 * k + 1] + f * (xy[2 * j + 1] - xy[2 * k + 1])
          };
        }
        run += len;
      }
      throw new IllegalStateException("unreachable");
    }

    /** For a loop: the arc length, from node 0, of the crossing of the ray from the centroid. */
    private double start;

    private Chain fromRightmostRay() {
      Chain c = signedArea() < 0 ? reversed() : this;
      double cx = 0;
      double cy = 0;
      for (int k = 0; k < c.nodes.length; k++) {
        cx += c.xy[2 * k];
        cy += c.xy[2 * k + 1];
      }
      cx /= c.nodes.length;
      cy /= c.nodes.length;
      double run = 0;
      double best = Double.NaN;
      double bestX = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < c.nodes.length; k++) {
        int j = (k + 1) % c.nodes.length;
        double y0 = c.xy[2 * k + 1] - cy;
        double y1 = c.xy[2 * j + 1] - cy;
        double len = c.segment(k);
        if ((y0 <= 0 && y1 > 0) || (y0 > 0 && y1 <= 0)) {
          double f = y0 / (y0 - y1);
          double x = c.xy[2 * k] + f * (c.xy[2 * j] - c.xy[2 * k]);
          if (x > cx && x > bestX) {
            bestX = x;
            best = run + f * len;
          }
        }
        run += len;
      }
      if (Double.isNaN(best)) {
        throw new GalerkinException("a closed boundary loop of " + c.nodes.length + " nodes is not"
            + " crossed by the ray from its centroid; it is too irregular to match by arc length");
      }
      c.start = best;
      return c;
    }

    private double signedArea() {
      double a = 0;
      for (int k = 0; k < nodes.length; k++) {
        int j = (k + 1) % nodes.length;
        a += xy[2 * k] * xy[2 * j + 1] - xy[2 * j] * xy[2 * k + 1];
      }
      return a / 2;
    }

    @Override
    public String toString() {
      return "Chain" + Arrays.toString(nodes);
    }
  }
}
