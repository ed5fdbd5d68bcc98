package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * Maps a disk-like triangle mesh onto the unit disk, or onto a convex polygon, without folding:
 * Tutte's barycentric embedding with Floater's weights (M. S. Floater, "Parametrization and smooth
 * approximation of surface triangulations", <i>Computer Aided Geometric Design</i> 14, 1997; "Mean
 * value coordinates", <i>CAGD</i> 20, 2003). MMGP (Casenave et al., NeurIPS 2023) morphs every mesh
 * of a shape family this way onto one common domain, where fields are compared by {@link
 * P1Interpolation}.
 *
 * <p><b>Method.</b>
 *
 * <ol>
 *   <li>The boundary must be a single loop ({@link BoundaryLoops}); it is walked counter-clockwise
 *       from a start node (by default the boundary node with the smallest x, then the smallest y;
 *       or {@link #startNode()}), and each boundary node is placed on the target's perimeter at the
 *       same fraction of the perimeter as its arc length along the mesh boundary. On the unit
 *       circle the start node goes to {@code (-1, 0)}; on a polygon, to its vertex 0.
 *   <li>Each interior node {@code i} is made the convex combination {@code u_i = Σ_j λ_ij u_j} of
 *       its neighbours, with {@code λ_ij = w_ij / Σ_k w_ik} and, for {@link Weights#MEAN_VALUE},
 *       {@code w_ij = (tan(α_ij / 2) + tan(β_ij / 2)) / |x_j - x_i|} ({@code α, β} the angles at
 *       {@code x_i} of the two triangles on edge {@code ij}, in the original mesh); for {@link
 *       Weights#SHAPE_PRESERVING}, Floater's 1997 weights (averaged barycentric coordinates of
 *       {@code x_i} in triangles of its 1-ring); or {@code w_ij = 1} for {@link Weights#UNIFORM}
 *       (Tutte). Mean-value and shape-preserving weights reproduce linear functions, so a mesh
 *       that already is the target domain does not move, and interior shapes are kept better.
 *   <li>The resulting sparse, non-symmetric system (unit diagonal; one row per interior node, for
 *       x and for y) is solved by BiCGSTAB to the relative residual {@link #tolerance()}; if it
 *       does not converge within {@link #maxIterations()} a {@link GalerkinException} gives both
 *       numbers.
 * </ol>
 *
 * <p><b>Guarantee.</b> By Tutte's theorem as extended by Floater (1997), with positive weights
 * (all three kinds are positive for every interior node of a valid triangulation) and a
 * <i>convex</i> target whose boundary nodes are in order, the map is one-to-one: no triangle
 * inverts, whatever the shape of the original domain (non-convex domains included). It holds only
 * for disk-like domains and convex targets; with a polygon target it also needs that no triangle
 * has its three nodes on the boundary placed on one straight side (such an "ear" flattens; on the
 * strictly convex unit circle it cannot happen). The result is checked
 * anyway ({@link MeshQuality#invertedTriangles}). Domains with holes need {@link RbfMorphing}.
 *
 * @param weights the convex-combination weights
 * @param startNode the boundary node that goes to {@code (-1, 0)} or to polygon vertex 0, or
 *     {@code -1} for the boundary node with the smallest x, then the smallest y
 * @param tolerance the relative residual at which the linear solve stops, in {@code (0, 1)}
 * @param maxIterations the BiCGSTAB iteration budget, {@code ≥ 1}
 */
public record FloaterParameterization(
    Weights weights, int startNode, double tolerance, int maxIterations) {

  /** The weights {@code w_ij} of the convex combinations. */
  public enum Weights {
    /** Floater's mean-value weights (2003): positive, reproduce linear functions. */
    MEAN_VALUE,
    /**
     * Floater's shape-preserving weights (1997): positive, reproduce linear functions; each
     * neighbour's weight averages barycentric coordinates of the node in triangles of its 1-ring.
     */
    SHAPE_PRESERVING,
    /** Tutte's uniform weights, {@code w_ij = 1}: the barycentre of the neighbours. */
    UNIFORM
  }

  /** Validates the weights, start node, tolerance and budget. */
  public FloaterParameterization {
    if (weights == null) {
      throw new GalerkinException(
          "FloaterParameterization.weights is null; use MEAN_VALUE or UNIFORM");
    }
    if (startNode < -1) {
      throw new GalerkinException(
          "FloaterParameterization.startNode = " + startNode
              + "; give a boundary node, or -1 for the smallest-(x, y) one");
    }
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new GalerkinException(
          "FloaterParameterization.tolerance = " + tolerance + "; use a value in (0, 1), e.g."
              + " 1e-10");
    }
    if (maxIterations < 1) {
      throw new GalerkinException(
          "FloaterParameterization.maxIterations = " + maxIterations + "; use 1 or more");
    }
  }

  /** @return mean-value weights, the default start node, tolerance 1e-10, 20 000 iterations */
  public static FloaterParameterization meanValue() {
    return new FloaterParameterization(Weights.MEAN_VALUE, -1, 1e-10, 20_000);
  }

  /** @return Floater's 1997 shape-preserving weights, the defaults otherwise */
  public static FloaterParameterization shapePreserving() {
    return new FloaterParameterization(Weights.SHAPE_PRESERVING, -1, 1e-10, 20_000);
  }

  /** @return uniform (Tutte) weights, the default start node, tolerance 1e-10, 20 000 iterations */
  public static FloaterParameterization uniform() {
    return new FloaterParameterization(Weights.UNIFORM, -1, 1e-10, 20_000);
  }

  /**
   * @param node the boundary node to place first, or {@code -1} for the default
   * @return this parameterisation with that start node
   */
  public FloaterParameterization withStartNode(int node) {
    return new FloaterParameterization(weights, node, tolerance, maxIterations);
  }

  /**
   * @param relativeResidual the tolerance, in {@code (0, 1)}
   * @param iterations the iteration budget
   * @return this parameterisation with that stopping rule
   */
  public FloaterParameterization withSolver(double relativeResidual, int iterations) {
    return new FloaterParameterization(weights, startNode, relativeResidual, iterations);
  }

  /**
   * Maps a disk-like mesh onto the unit disk (boundary on the unit circle, by arc length).
   *
   * @param mesh the mesh, with a single boundary loop
   * @return the morphed mesh, its quality before and after, and the solver's iterations/residual
   * @throws GalerkinException if the mesh has holes, the start node is not on the boundary, or
   *     the solve does not converge
   */
  public MorphResult toUnitDisk(TriangleMesh mesh) {
    int[] loop = loop(mesh);
    double[] fraction = arcFractions(mesh, loop);
    double[] target = new double[2 * loop.length];
    for (int k = 0; k < loop.length; k++) {
      double angle = Math.PI + 2 * Math.PI * fraction[k];
      target[2 * k] = Math.cos(angle);
      target[2 * k + 1] = Math.sin(angle);
    }
    return embed(mesh, loop, target);
  }

  /**
   * Maps a disk-like mesh onto a convex polygon (boundary on its perimeter, by arc length).
   *
   * @param mesh the mesh, with a single boundary loop
   * @param polygon the polygon's vertices {@code [x0, y0, x1, y1, ...]}, at least 3,
   *     counter-clockwise and convex (collinear vertices allowed); not modified
   * @return the morphed mesh, its quality before and after, and the solver's iterations/residual
   * @throws GalerkinException if the polygon is not convex and counter-clockwise, or as {@link
   *     #toUnitDisk}
   */
  public MorphResult toConvexPolygon(TriangleMesh mesh, double[] polygon) {
    int corners = checkConvex(polygon);
    int[] loop = loop(mesh);
    double[] fraction = arcFractions(mesh, loop);
    double[] cumulative = new double[corners + 1];
    for (int v = 0; v < corners; v++) {
      int w = (v + 1) % corners;
      double length =
          Math.hypot(polygon[2 * w] - polygon[2 * v], polygon[2 * w + 1] - polygon[2 * v + 1]);
      if (!(length > 0)) {
        throw new GalerkinException(
            "FloaterParameterization: target polygon vertices " + v + " and " + w
                + " coincide; give distinct consecutive vertices");
      }
      cumulative[v + 1] = cumulative[v] + length;
    }
    double[] target = new double[2 * loop.length];
    int side = 0;
    for (int k = 0; k < loop.length; k++) {
      double s = fraction[k] * cumulative[corners];
      while (side < corners - 1 && s > cumulative[side + 1]) {
        side++;
      }
      int w = (side + 1) % corners;
      double f = (s - cumulative[side]) / (cumulative[side + 1] - cumulative[side]);
      target[2 * k] = polygon[2 * side] + f * (polygon[2 * w] - polygon[2 * side]);
      target[2 * k + 1] = polygon[2 * side + 1] + f * (polygon[2 * w + 1] - polygon[2 * side + 1]);
    }
    return embed(mesh, loop, target);
  }

  /** The boundary loop, rotated to start at the start node. */
  private int[] loop(TriangleMesh mesh) {
    if (mesh == null) {
      throw new GalerkinException("FloaterParameterization: mesh is null");
    }
    int[] loop = BoundaryLoops.single(mesh, "Floater's parameterisation");
    if (startNode < 0) {
      return loop;
    }
    for (int k = 0; k < loop.length; k++) {
      if (loop[k] == startNode) {
        int[] out = new int[loop.length];
        for (int q = 0; q < loop.length; q++) {
          out[q] = loop[(k + q) % loop.length];
        }
        return out;
      }
    }
    throw new GalerkinException(
        "FloaterParameterization.startNode = " + startNode + " is not on the mesh's boundary ("
            + loop.length + " boundary nodes, e.g. " + loop[0] + "); pick a boundary node or -1");
  }

  /** The arc-length fraction of the boundary at each loop node, from 0 at the start. */
  private static double[] arcFractions(TriangleMesh mesh, int[] loop) {
    double[] s = new double[loop.length];
    double total = 0;
    for (int k = 0; k < loop.length; k++) {
      int a = loop[k];
      int b = loop[(k + 1) % loop.length];
      if (k + 1 < loop.length) {
        s[k + 1] = s[k] + Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a));
      } else {
        total = s[k] + Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a));
      }
    }
    for (int k = 0; k < loop.length; k++) {
      s[k] /= total;
    }
    return s;
  }

  private static int checkConvex(double[] polygon) {
    if (polygon == null || polygon.length < 6 || polygon.length % 2 != 0) {
      throw new GalerkinException(
          "FloaterParameterization: the target polygon has "
              + (polygon == null ? "null" : "length " + polygon.length)
              + "; give at least 3 vertices as [x0, y0, x1, y1, ...]");
    }
    int n = polygon.length / 2;
    double area = 0;
    for (int v = 0; v < n; v++) {
      int w = (v + 1) % n;
      int u = (v + 2) % n;
      if (!Double.isFinite(polygon[2 * v]) || !Double.isFinite(polygon[2 * v + 1])) {
        throw new GalerkinException(
            "FloaterParameterization: target polygon vertex " + v + " is (" + polygon[2 * v]
                + ", " + polygon[2 * v + 1] + "); coordinates must be finite");
      }
      double turn = (polygon[2 * w] - polygon[2 * v]) * (polygon[2 * u + 1] - polygon[2 * w + 1])
          - (polygon[2 * w + 1] - polygon[2 * v + 1]) * (polygon[2 * u] - polygon[2 * w]);
      if (turn < 0) {
        throw new GalerkinException(
            "FloaterParameterization: the target polygon turns clockwise at vertex " + w
                + "; it must be convex and counter-clockwise (the no-fold guarantee needs it)");
      }
      area += polygon[2 * v] * polygon[2 * w + 1] - polygon[2 * w] * polygon[2 * v + 1];
    }
    if (!(area > 0)) {
      throw new GalerkinException(
          "FloaterParameterization: the target polygon has signed area " + area / 2
              + "; give its vertices counter-clockwise, not all on one line");
    }
    return n;
  }

  /** Fixes the boundary at {@code target}, solves for the interior, checks and wraps. */
  private MorphResult embed(TriangleMesh mesh, int[] loop, double[] target) {
    int n = mesh.nodeCount();
    double[] moved = new double[2 * n];
    int[] unknown = new int[n];
    java.util.Arrays.fill(unknown, -1);
    boolean[] onBoundary = new boolean[n];
    for (int k = 0; k < loop.length; k++) {
      onBoundary[loop[k]] = true;
      moved[2 * loop[k]] = target[2 * k];
      moved[2 * loop[k] + 1] = target[2 * k + 1];
    }
    int interior = 0;
    for (int i = 0; i < n; i++) {
      if (!onBoundary[i]) {
        unknown[i] = interior++;
      }
    }
    FloaterWeights w = FloaterWeights.of(mesh, onBoundary, weights);
    int count = w.count;
    int[] rows = w.rows;
    int[] cols = w.cols;
    double[] vals = w.vals;
    double[] rowSum = w.rowSum;
    // interior rows: u_i - Σ λ_ij u_j (j interior) = Σ λ_ij u_j (j on the boundary)
    int[] r = new int[count + interior];
    int[] c = new int[count + interior];
    double[] v = new double[count + interior];
    double[] bx = new double[interior];
    double[] by = new double[interior];
    int e = 0;
    for (int q = 0; q < count; q++) {
      int i = rows[q];
      int j = cols[q];
      double lambda = vals[q] / rowSum[i];
      if (onBoundary[j]) {
        bx[unknown[i]] += lambda * moved[2 * j];
        by[unknown[i]] += lambda * moved[2 * j + 1];
      } else {
        r[e] = unknown[i];
        c[e] = unknown[j];
        v[e++] = -lambda;
      }
    }
    for (int i = 0; i < interior; i++) {
      r[e] = i;
      c[e] = i;
      v[e++] = 1;
    }
    int iterations = 0;
    double residual = 0;
    if (interior > 0) {
      CsrMatrix a = new CsrMatrix(interior, e, r, c, v);
      double[] x = new double[interior];
      double[] y = new double[interior];
      String what = "FloaterParameterization (" + weights + ", " + interior + " interior nodes)";
      double[] sx = a.solve(bx, x, tolerance, maxIterations, what + ", x");
      double[] sy = a.solve(by, y, tolerance, maxIterations, what + ", y");
      iterations = (int) Math.max(sx[0], sy[0]);
      residual = Math.max(sx[1], sy[1]);
      for (int i = 0; i < n; i++) {
        if (unknown[i] >= 0) {
          moved[2 * i] = x[unknown[i]];
          moved[2 * i + 1] = y[unknown[i]];
        }
      }
    }
    return MorphResult.check(
        "FloaterParameterization (" + weights + ")", mesh, moved, iterations, residual,
        "the target must be convex and the mesh valid; if the polygon has a straight side, a"
            + " triangle with its three nodes on that side flattens: refine the mesh there");
  }
}
