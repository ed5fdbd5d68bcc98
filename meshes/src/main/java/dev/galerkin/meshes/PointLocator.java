package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * Finds the triangle of a {@link TriangleMesh} that contains a point, and the point's barycentric
 * coordinates in it: the search behind {@link P1Interpolation}.
 *
 * <p><b>Index.</b> A uniform grid of buckets over the mesh's bounding box, about one bucket per
 * triangle ({@code nx × ny ≈ triangleCount()}, with {@code nx / ny} following the box's aspect), in
 * which every triangle is listed in each bucket its bounding box overlaps (a CSR layout: {@code
 * items[start[b] .. start[b + 1])} for bucket {@code b = j * nx + i}). On a mesh of roughly uniform
 * triangles a bucket holds a handful, so a query costs {@code O(1)}; building costs {@code
 * O(triangleCount())}.
 *
 * <p><b>Query.</b> Buckets are visited in rings of growing Chebyshev radius around the point's
 * bucket; each triangle met is tested by its barycentric coordinates, and a point whose three
 * coordinates are all {@code ≥ -1e-12} (inside, or on an edge or a node up to round-off) is
 * located at once, with distance {@code 0} and its coordinates clamped to {@code [0, 1]} and
 * renormalised. Otherwise the ring search keeps the triangle whose closest point is nearest and
 * stops when no unvisited bucket can hold a nearer one; the result then carries the barycentric
 * coordinates of that closest point (which are clamped: they lie on an edge or a node of the
 * triangle) and its distance.
 *
 * <p><b>Outside points.</b> A point farther than {@link #tolerance()} from every triangle is
 * outside the mesh; what happens then is the caller's explicit choice ({@link OutsidePolicy}):
 * {@code REFUSE} throws a {@link GalerkinException} naming the point and its distance, {@code
 * NEAREST} returns the closest point, so that interpolation extrapolates by the nearest boundary
 * value (what MMGP needs for nodes of a reference mesh that fall just outside a morphed curved
 * boundary).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PointLocator {
  /** Barycentric coordinates down to {@code -SLACK} count as inside (points on edges and nodes). */
  private static final double SLACK = 1e-12;

  /** What {@link #locate(double, double, OutsidePolicy)} does with a point outside the mesh. */
  public enum OutsidePolicy {
    /** Throw a {@link GalerkinException} naming the point and its distance to the mesh. */
    REFUSE,
    /** Return the closest point of the mesh (clamped barycentric coordinates) and its distance. */
    NEAREST
  }

  /**
   * Where a point lies in the mesh.
   *
   * @param triangle the triangle containing the point, or (for a point outside) the one whose
   *     closest point is nearest
   * @param w0 barycentric coordinate of the triangle's corner 0, in {@code [0, 1]}
   * @param w1 barycentric coordinate of corner 1
   * @param w2 barycentric coordinate of corner 2; {@code w0 + w1 + w2 = 1}
   * @param distance the distance from the point to the located point, {@code 0} inside the mesh,
   *     in the mesh's length unit
   */
  public record Location(int triangle, double w0, double w1, double w2, double distance) {}

  private final TriangleMesh mesh;
  private final double[] xy;
  private final int[] tri;
  private final double tolerance;
  private final double x0;
  private final double y0;
  private final double cellW;
  private final double cellH;
  private final int nx;
  private final int ny;
  private final int[] start;
  private final int[] items;

  /**
   * Indexes a mesh with the default tolerance, {@code 1e-9} times its bounding-box diagonal.
   *
   * @param mesh the mesh
   */
  public PointLocator(TriangleMesh mesh) {
    this(mesh, 1e-9 * diagonal(mesh.boundingBox()));
  }

  /**
   * Indexes a mesh.
   *
   * @param mesh the mesh
   * @param tolerance distance (mesh length unit, {@code ≥ 0}) within which a point outside every
   *     triangle still counts as in the mesh, so that {@code REFUSE} accepts it
   */
  public PointLocator(TriangleMesh mesh, double tolerance) {
    if (mesh == null) {
      throw new GalerkinException("PointLocator: mesh is null");
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new GalerkinException(
          "PointLocator: tolerance = " + tolerance + "; use a finite distance >= 0");
    }
    this.mesh = mesh;
    this.xy = mesh.coordinates();
    this.tri = mesh.triangles();
    this.tolerance = tolerance;
    double[] box = mesh.boundingBox();
    double w = box[2] - box[0];
    double h = box[3] - box[1];
    int m = mesh.triangleCount();
    int cx = (int) Math.round(Math.sqrt(m * w / h));
    this.nx = Math.max(1, Math.min(2048, cx));
    this.ny = Math.max(1, Math.min(2048, (int) Math.round((double) m / nx)));
    this.x0 = box[0];
    this.y0 = box[1];
    this.cellW = w / nx;
    this.cellH = h / ny;
    int[] range = new int[4 * m]; // i0, i1, j0, j1 of each triangle's bounding box
    int[] count = new int[nx * ny + 1];
    for (int t = 0; t < m; t++) {
      int a = tri[3 * t];
      int b = tri[3 * t + 1];
      int c = tri[3 * t + 2];
      range[4 * t] = bucketX(Math.min(xy[2 * a], Math.min(xy[2 * b], xy[2 * c])));
      range[4 * t + 1] = bucketX(Math.max(xy[2 * a], Math.max(xy[2 * b], xy[2 * c])));
      range[4 * t + 2] = bucketY(Math.min(xy[2 * a + 1], Math.min(xy[2 * b + 1], xy[2 * c + 1])));
      range[4 * t + 3] = bucketY(Math.max(xy[2 * a + 1], Math.max(xy[2 * b + 1], xy[2 * c + 1])));
      for (int j = range[4 * t + 2]; j <= range[4 * t + 3]; j++) {
        for (int i = range[4 * t]; i <= range[4 * t + 1]; i++) {
          count[j * nx + i + 1]++;
        }
      }
    }
    for (int k = 0; k < nx * ny; k++) {
      count[k + 1] += count[k];
    }
    int[] fill = count.clone();
    this.items = new int[count[nx * ny]];
    for (int t = 0; t < m; t++) {
      for (int j = range[4 * t + 2]; j <= range[4 * t + 3]; j++) {
        for (int i = range[4 * t]; i <= range[4 * t + 1]; i++) {
          items[fill[j * nx + i]++] = t;
        }
      }
    }
    this.start = count;
  }

  private static double diagonal(double[] box) {
    return Math.hypot(box[2] - box[0], box[3] - box[1]);
  }

  private int bucketX(double x) {
    return Math.max(0, Math.min(nx - 1, (int) Math.floor((x - x0) / cellW)));
  }

  private int bucketY(double y) {
    return Math.max(0, Math.min(ny - 1, (int) Math.floor((y - y0) / cellH)));
  }

  /** @return the indexed mesh */
  public TriangleMesh mesh() {
    return mesh;
  }

  /** @return the distance within which an outside point still counts as in the mesh */
  public double tolerance() {
    return tolerance;
  }

  /** @return {@code {nx, ny}}, the number of buckets along x and y */
  public int[] buckets() {
    return new int[] {nx, ny};
  }

  /**
   * Locates a point, refusing points outside the mesh.
   *
   * @param x the point's x
   * @param y the point's y
   * @return its location
   * @throws GalerkinException if the point is not finite or lies outside the mesh
   */
  public Location locate(double x, double y) {
    return locate(x, y, OutsidePolicy.REFUSE);
  }

  /**
   * Locates a point.
   *
   * @param x the point's x
   * @param y the point's y
   * @param outside what to do if the point is farther than {@link #tolerance()} from the mesh
   * @return its location: the containing triangle, or the nearest one and the clamped barycentric
   *     coordinates of the closest point
   * @throws GalerkinException if the point is not finite, or it is outside and {@code outside} is
   *     {@code REFUSE}
   */
  public Location locate(double x, double y, OutsidePolicy outside) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new GalerkinException(
          "PointLocator: point (" + x + ", " + y + ") is not finite; coordinates must be finite");
    }
    if (outside == null) {
      throw new GalerkinException("PointLocator: outside policy is null; use REFUSE or NEAREST");
    }
    int ci = bucketX(x);
    int cj = bucketY(y);
    double[] best = {-1, 0, 0, 0, Double.POSITIVE_INFINITY};
    double[] candidate = new double[4];
    for (int r = 0; ; r++) {
      int iLo = ci - r;
      int iHi = ci + r;
      int jLo = cj - r;
      int jHi = cj + r;
      for (int j = Math.max(0, jLo); j <= Math.min(ny - 1, jHi); j++) {
        boolean edgeRow = j == jLo || j == jHi;
        for (int i = Math.max(0, iLo); i <= Math.min(nx - 1, iHi); i++) {
          if (!edgeRow && i != iLo && i != iHi) {
            continue; // visited in an earlier ring
          }
          int b = j * nx + i;
          for (int k = start[b]; k < start[b + 1]; k++) {
            int t = items[k];
            if (closest(t, x, y, candidate)) {
              return new Location(t, candidate[0], candidate[1], candidate[2], 0);
            }
            if (candidate[3] < best[4]) {
              best[0] = t;
              best[1] = candidate[0];
              best[2] = candidate[1];
              best[3] = candidate[2];
              best[4] = candidate[3];
            }
          }
        }
      }
      // Unvisited buckets lie in the parts of the grid beyond the sides of the visited block
      double gx1 = x0 + nx * cellW;
      double gy1 = y0 + ny * cellH;
      double bound = Double.POSITIVE_INFINITY;
      if (iHi + 1 <= nx - 1) {
        bound = Math.min(bound, boxDistance(x, y, x0 + (iHi + 1) * cellW, y0, gx1, gy1));
      }
      if (iLo - 1 >= 0) {
        bound = Math.min(bound, boxDistance(x, y, x0, y0, x0 + iLo * cellW, gy1));
      }
      if (jHi + 1 <= ny - 1) {
        bound = Math.min(bound, boxDistance(x, y, x0, y0 + (jHi + 1) * cellH, gx1, gy1));
      }
      if (jLo - 1 >= 0) {
        bound = Math.min(bound, boxDistance(x, y, x0, y0, gx1, y0 + jLo * cellH));
      }
      if (best[4] <= bound) {
        break;
      }
    }
    if (best[4] > tolerance && outside == OutsidePolicy.REFUSE) {
      throw new GalerkinException(
          "PointLocator: point (" + x + ", " + y + ") lies outside the mesh, at distance "
              + best[4] + " from triangle " + (int) best[0] + " (tolerance " + tolerance
              + "); use OutsidePolicy.NEAREST to take the value at the closest point of the mesh");
    }
    return new Location((int) best[0], best[1], best[2], best[3], best[4]);
  }

  /** The distance from (x, y) to the box [xa, xb] × [ya, yb]. */
  private static double boxDistance(double x, double y, double xa, double ya, double xb,
      double yb) {
    return Math.hypot(Math.max(0, Math.max(xa - x, x - xb)), Math.max(0, Math.max(ya - y, y - yb)));
  }

  /**
   * The closest point of triangle {@code t} to {@code (x, y)}: its barycentric coordinates in
   * {@code out[0..2]} and its distance in {@code out[3]}.
   *
   * @return whether the point is inside (up to {@link #SLACK}), in which case the distance is 0
   */
  private boolean closest(int t, double x, double y, double[] out) {
    int a = tri[3 * t];
    int b = tri[3 * t + 1];
    int c = tri[3 * t + 2];
    double ax = xy[2 * a];
    double ay = xy[2 * a + 1];
    double bx = xy[2 * b];
    double by = xy[2 * b + 1];
    double cx = xy[2 * c];
    double cy = xy[2 * c + 1];
    double twice = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    // each coordinate from its own opposite edge, so that it is exactly 0 on that edge
    double l0 = ((bx - x) * (cy - y) - (cx - x) * (by - y)) / twice;
    double l1 = ((cx - x) * (ay - y) - (ax - x) * (cy - y)) / twice;
    double l2 = ((ax - x) * (by - y) - (bx - x) * (ay - y)) / twice;
    if (l0 >= -SLACK && l1 >= -SLACK && l2 >= -SLACK) {
      l0 = Math.max(0, l0);
      l1 = Math.max(0, l1);
      l2 = Math.max(0, l2);
      double sum = l0 + l1 + l2;
      out[0] = l0 / sum;
      out[1] = l1 / sum;
      out[2] = l2 / sum;
      out[3] = 0;
      return true;
    }
    out[3] = Double.POSITIVE_INFINITY;
    segment(x, y, ax, ay, bx, by, 0, 1, out);
    segment(x, y, bx, by, cx, cy, 1, 2, out);
    segment(x, y, cx, cy, ax, ay, 2, 0, out);
    return false;
  }

  /** Keeps in {@code out} the closest point of segment p–q (corners {@code kp}, {@code kq}). */
  private static void segment(
      double x, double y, double px, double py, double qx, double qy, int kp, int kq,
      double[] out) {
    double dx = qx - px;
    double dy = qy - py;
    double s = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
    s = Math.max(0, Math.min(1, s));
    double d = Math.hypot(px + s * dx - x, py + s * dy - y);
    if (d < out[3]) {
      out[0] = 0;
      out[1] = 0;
      out[2] = 0;
      out[kp] = 1 - s;
      out[kq] = s;
      out[3] = d;
    }
  }
}
