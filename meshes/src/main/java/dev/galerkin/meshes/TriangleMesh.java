package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An unstructured mesh of straight-sided triangles in the plane, with tagged boundary edges: the
 * discretisation that the finite-element solver ({@code solvers.fem}), Gmsh I/O, VTK output and
 * MMGP's morphing share.
 *
 * <p><b>Layout</b> (EJML style: flat arrays with stated index formulas; lengths in the user's
 * units, typically metres):
 *
 * <ul>
 *   <li>nodes: {@code coordinates[2 * i] = x_i}, {@code coordinates[2 * i + 1] = y_i};
 *   <li>triangles: {@code triangles[3 * t + k]} is the {@code k}-th node of triangle {@code t},
 *       always counter-clockwise (positive signed area; the constructor checks it);
 *   <li>{@code triangleTags[t]}: the tag of the 2-dimensional {@link PhysicalGroup} that triangle
 *       {@code t} belongs to, {@code 0} if none;
 *   <li>boundary edges: {@code edges[2 * e]}, {@code edges[2 * e + 1]} are the end nodes of edge
 *       {@code e}, and {@code edgeTags[e]} the tag of its 1-dimensional group ({@code 0} if none).
 * </ul>
 *
 * <p>A nodal field on the mesh is a {@code double[nodeCount()]}; a cell field a {@code
 * double[triangleCount()]}. Instances are immutable: arrays are copied in and out.
 */
public final class TriangleMesh {
  private final double[] coordinates;
  private final int[] triangles;
  private final int[] triangleTags;
  private final int[] edges;
  private final int[] edgeTags;
  private final List<PhysicalGroup> groups;

  private TriangleMesh(Builder b) {
    if (b.coordinates == null || b.coordinates.length == 0 || b.coordinates.length % 2 != 0) {
      throw new GalerkinException(
          "TriangleMesh nodes: coordinates must be a non-empty array [x0, y0, x1, y1, ...], found "
              + (b.coordinates == null ? "null" : "length " + b.coordinates.length));
    }
    if (b.triangles == null || b.triangles.length == 0 || b.triangles.length % 3 != 0) {
      throw new GalerkinException(
          "TriangleMesh triangles: need a non-empty array of 3 node indices per triangle, found "
              + (b.triangles == null ? "null" : "length " + b.triangles.length));
    }
    coordinates = b.coordinates.clone();
    triangles = b.triangles.clone();
    int n = coordinates.length / 2;
    int m = triangles.length / 3;
    for (int i = 0; i < coordinates.length; i++) {
      if (!Double.isFinite(coordinates[i])) {
        throw new GalerkinException(
            "TriangleMesh node " + i / 2 + " has coordinate " + coordinates[i]
                + "; every coordinate must be finite");
      }
    }
    for (int i = 0; i < triangles.length; i++) {
      if (triangles[i] < 0 || triangles[i] >= n) {
        throw new GalerkinException(
            "TriangleMesh triangle " + i / 3 + " refers to node " + triangles[i]
                + "; nodes are numbered 0 to " + (n - 1));
      }
    }
    triangleTags = b.triangleTags == null ? new int[m] : b.triangleTags.clone();
    if (triangleTags.length != m) {
      throw new GalerkinException(
          "TriangleMesh triangle tags: " + triangleTags.length + " tags for " + m
              + " triangles; give one tag per triangle (0 for none)");
    }
    edges = b.edges == null ? new int[0] : b.edges.clone();
    edgeTags = b.edgeTags == null ? new int[edges.length / 2] : b.edgeTags.clone();
    if (edges.length % 2 != 0 || edgeTags.length != edges.length / 2) {
      throw new GalerkinException(
          "TriangleMesh boundary edges: " + edges.length + " edge node indices and "
              + edgeTags.length + " tags; give 2 nodes and 1 tag per edge");
    }
    for (int i = 0; i < edges.length; i++) {
      if (edges[i] < 0 || edges[i] >= n) {
        throw new GalerkinException(
            "TriangleMesh boundary edge " + i / 2 + " refers to node " + edges[i]
                + "; nodes are numbered 0 to " + (n - 1));
      }
    }
    groups = List.copyOf(b.groups);
    if (b.orient) {
      for (int t = 0; t < m; t++) {
        if (signedArea(t) < 0) {
          int swap = triangles[3 * t + 1];
          triangles[3 * t + 1] = triangles[3 * t + 2];
          triangles[3 * t + 2] = swap;
        }
      }
    }
    checkAreas(b.source);
  }

  private void checkAreas(String source) {
    double[] box = boundingBox();
    double scale = Math.max(box[2] - box[0], box[3] - box[1]);
    double floor = 1e-14 * scale * scale;
    for (int t = 0; t < triangleCount(); t++) {
      double area = signedArea(t);
      if (!(area > floor)) {
        throw new GalerkinException(
            (source == null ? "TriangleMesh" : source) + ": triangle " + t + " (nodes "
                + triangles[3 * t] + ", " + triangles[3 * t + 1] + ", " + triangles[3 * t + 2]
                + ") has signed area " + area + (area < 0 ? ", it is inverted" : ", it is degenerate")
                + "; triangles must be counter-clockwise with positive area (remesh, or build with"
                + " orientCounterClockwise())");
      }
    }
  }

  /** @return a builder for a mesh */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A structured mesh of the rectangle {@code [x0, x1] × [y0, y1]}: {@code nx × ny} cells, each cut
   * into two triangles along the diagonal from its lower-left to its upper-right corner. Boundary
   * edges are tagged {@code bottom} (1), {@code right} (2), {@code top} (3), {@code left} (4);
   * the triangles belong to group {@code domain} (1). Node {@code (i, j)} (column {@code i}, row
   * {@code j}) is node number {@code j * (nx + 1) + i}.
   *
   * @param x0 left edge
   * @param x1 right edge, {@code > x0}
   * @param y0 bottom edge
   * @param y1 top edge, {@code > y0}
   * @param nx cells along x, {@code >= 1}
   * @param ny cells along y, {@code >= 1}
   * @return the mesh
   */
  public static TriangleMesh rectangle(double x0, double x1, double y0, double y1, int nx, int ny) {
    return StructuredMeshes.rectangle(x0, x1, y0, y1, nx, ny);
  }

  /** @return the number of nodes */
  public int nodeCount() {
    return coordinates.length / 2;
  }

  /** @return the number of triangles */
  public int triangleCount() {
    return triangles.length / 3;
  }

  /** @return the number of tagged boundary edges */
  public int edgeCount() {
    return edgeTags.length;
  }

  /**
   * @param node node index
   * @return its x coordinate
   */
  public double x(int node) {
    return coordinates[2 * node];
  }

  /**
   * @param node node index
   * @return its y coordinate
   */
  public double y(int node) {
    return coordinates[2 * node + 1];
  }

  /** @return a copy of the node coordinates {@code [x0, y0, x1, y1, ...]} */
  public double[] coordinates() {
    return coordinates.clone();
  }

  /** @return a copy of the triangles, 3 counter-clockwise node indices each */
  public int[] triangles() {
    return triangles.clone();
  }

  /**
   * @param triangle triangle index
   * @param corner 0, 1 or 2, counter-clockwise
   * @return the node at that corner
   */
  public int triangleNode(int triangle, int corner) {
    return triangles[3 * triangle + corner];
  }

  /** @return a copy of the triangle tags, one per triangle (0 for none) */
  public int[] triangleTags() {
    return triangleTags.clone();
  }

  /** @return a copy of the boundary edges, 2 node indices each */
  public int[] edges() {
    return edges.clone();
  }

  /**
   * @param edge edge index
   * @param end 0 or 1
   * @return the node at that end
   */
  public int edgeNode(int edge, int end) {
    return edges[2 * edge + end];
  }

  /** @return a copy of the edge tags, one per boundary edge (0 for none) */
  public int[] edgeTags() {
    return edgeTags.clone();
  }

  /** @return the physical groups, unmodifiable */
  public List<PhysicalGroup> groups() {
    return groups;
  }

  /**
   * The tag of a named group.
   *
   * @param dimension 1 for edges, 2 for triangles
   * @param name the group's name
   * @return its tag
   * @throws GalerkinException naming the groups the mesh has when there is no such group
   */
  public int tag(int dimension, String name) {
    List<String> names = new ArrayList<>();
    for (PhysicalGroup g : groups) {
      if (g.dimension() == dimension) {
        if (g.name().equals(name)) {
          return g.tag();
        }
        names.add(g.name());
      }
    }
    throw new GalerkinException(
        "the mesh has no " + (dimension == 1 ? "boundary" : "surface") + " group \"" + name
            + "\"; it has " + (names.isEmpty() ? "none" : names));
  }

  /**
   * @param name a 1-dimensional group's name
   * @return the indices of the boundary edges in that group, ascending
   */
  public int[] edgesTagged(String name) {
    int tag = tag(1, name);
    return java.util.stream.IntStream.range(0, edgeCount()).filter(e -> edgeTags[e] == tag).toArray();
  }

  /**
   * @param name a 1-dimensional group's name
   * @return the nodes on the boundary edges of that group, ascending, each once
   */
  public int[] nodesTagged(String name) {
    TreeSet<Integer> nodes = new TreeSet<>();
    for (int e : edgesTagged(name)) {
      nodes.add(edges[2 * e]);
      nodes.add(edges[2 * e + 1]);
    }
    return nodes.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @param triangle triangle index
   * @return its signed area (positive for counter-clockwise corners)
   */
  public double signedArea(int triangle) {
    return signedArea(coordinates, triangles, triangle);
  }

  /**
   * The signed area of a triangle of a connectivity under other node coordinates: what morphing
   * checks to tell whether a triangle inverted.
   *
   * @param xy node coordinates {@code [x0, y0, ...]}, not modified
   * @param triangles connectivity, 3 node indices per triangle, not modified
   * @param triangle the triangle
   * @return its signed area
   */
  public static double signedArea(double[] xy, int[] triangles, int triangle) {
    int a = triangles[3 * triangle];
    int b = triangles[3 * triangle + 1];
    int c = triangles[3 * triangle + 2];
    double abx = xy[2 * b] - xy[2 * a];
    double aby = xy[2 * b + 1] - xy[2 * a + 1];
    double acx = xy[2 * c] - xy[2 * a];
    double acy = xy[2 * c + 1] - xy[2 * a + 1];
    return 0.5 * (abx * acy - aby * acx);
  }

  /** @return the sum of the triangles' areas */
  public double area() {
    double sum = 0;
    for (int t = 0; t < triangleCount(); t++) {
      sum += signedArea(t);
    }
    return sum;
  }

  /** @return {@code [xmin, ymin, xmax, ymax]} of the nodes */
  public double[] boundingBox() {
    double[] box = {
      Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
    };
    for (int i = 0; i < nodeCount(); i++) {
      box[0] = Math.min(box[0], x(i));
      box[1] = Math.min(box[1], y(i));
      box[2] = Math.max(box[2], x(i));
      box[3] = Math.max(box[3], y(i));
    }
    return box;
  }

  /**
   * The edges that belong to exactly one triangle, whatever their tags: the mesh's topological
   * boundary, each edge oriented as in its triangle (so the domain lies to its left).
   *
   * @return 2 node indices per edge, in triangle order
   */
  public int[] topologicalBoundary() {
    Map<Long, Integer> count = new HashMap<>();
    for (int t = 0; t < triangleCount(); t++) {
      for (int k = 0; k < 3; k++) {
        int a = triangles[3 * t + k];
        int b = triangles[3 * t + (k + 1) % 3];
        count.merge(key(Math.min(a, b), Math.max(a, b)), 1, Integer::sum);
      }
    }
    int[] out = new int[2 * count.size()];
    int e = 0;
    for (int t = 0; t < triangleCount(); t++) {
      for (int k = 0; k < 3; k++) {
        int a = triangles[3 * t + k];
        int b = triangles[3 * t + (k + 1) % 3];
        if (count.get(key(Math.min(a, b), Math.max(a, b))) == 1) {
          out[2 * e] = a;
          out[2 * e + 1] = b;
          e++;
        }
      }
    }
    return Arrays.copyOf(out, 2 * e);
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /**
   * The same connectivity, tags and groups with other node coordinates: a morphed mesh.
   *
   * @param xy new coordinates {@code [x0, y0, ...]}, one pair per node, not modified
   * @return the moved mesh
   * @throws GalerkinException if the count differs or a triangle inverts or degenerates
   */
  public TriangleMesh withCoordinates(double[] xy) {
    if (xy == null || xy.length != coordinates.length) {
      throw new GalerkinException(
          "TriangleMesh.withCoordinates: " + (xy == null ? "null" : xy.length / 2 + " nodes")
              + " for a mesh of " + nodeCount() + " nodes; give one (x, y) pair per node");
    }
    Builder b = builder().nodes(xy).triangles(triangles).triangleTags(triangleTags)
        .boundaryEdges(edges, edgeTags).source("the moved mesh");
    groups.forEach(b::group);
    return b.build();
  }

  @Override
  public String toString() {
    return "TriangleMesh[" + nodeCount() + " nodes, " + triangleCount() + " triangles, "
        + edgeCount() + " boundary edges, groups " + groups + "]";
  }

  /** Collects the arrays of a {@link TriangleMesh}; {@link #build()} validates them. */
  public static final class Builder {
    private double[] coordinates;
    private int[] triangles;
    private int[] triangleTags;
    private int[] edges;
    private int[] edgeTags;
    private final List<PhysicalGroup> groups = new ArrayList<>();
    private boolean orient;
    private String source;

    private Builder() {}

    /**
     * @param xy node coordinates {@code [x0, y0, x1, y1, ...]}, copied
     * @return this builder
     */
    public Builder nodes(double[] xy) {
      this.coordinates = xy;
      return this;
    }

    /**
     * @param nodeIndices 3 node indices per triangle, copied
     * @return this builder
     */
    public Builder triangles(int[] nodeIndices) {
      this.triangles = nodeIndices;
      return this;
    }

    /**
     * @param tags one 2-dimensional group tag per triangle (0 for none), copied
     * @return this builder
     */
    public Builder triangleTags(int[] tags) {
      this.triangleTags = tags;
      return this;
    }

    /**
     * @param nodeIndices 2 node indices per boundary edge, copied
     * @param tags one 1-dimensional group tag per edge (0 for none), copied
     * @return this builder
     */
    public Builder boundaryEdges(int[] nodeIndices, int[] tags) {
      this.edges = nodeIndices;
      this.edgeTags = tags;
      return this;
    }

    /**
     * @param group a physical group to declare
     * @return this builder
     */
    public Builder group(PhysicalGroup group) {
      for (PhysicalGroup g : groups) {
        if (g.dimension() == group.dimension() && (g.tag() == group.tag()
            || g.name().equals(group.name()))) {
          throw new GalerkinException(
              "TriangleMesh groups " + g + " and " + group
                  + " clash; tags and names must be unique within a dimension");
        }
      }
      groups.add(group);
      return this;
    }

    /**
     * Flip clockwise triangles to counter-clockwise before validating (readers of files whose
     * surfaces may be oriented either way use this; a morphing never should).
     *
     * @return this builder
     */
    public Builder orientCounterClockwise() {
      this.orient = true;
      return this;
    }

    /**
     * @param where what the arrays came from (a file name), named in validation errors
     * @return this builder
     */
    public Builder source(String where) {
      this.source = where;
      return this;
    }

    /** @return the validated mesh */
    public TriangleMesh build() {
      return new TriangleMesh(this);
    }
  }
}
