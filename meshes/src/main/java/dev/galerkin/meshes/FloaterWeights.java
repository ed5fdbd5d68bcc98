package dev.galerkin.meshes;

import dev.galerkin.meshes.FloaterParameterization.Weights;

/**
 * The convex-combination weights of {@link FloaterParameterization}, as triplets {@code (i, j,
 * w_ij)} for every interior node {@code i} and neighbour {@code j} (a pair may appear several
 * times; the matrix assembly sums them), with {@code rowSum[i] = Σ_j w_ij}. Package-private.
 *
 * <ul>
 *   <li>{@code UNIFORM} (Tutte): {@code w_ij = 1};
 *   <li>{@code MEAN_VALUE} (Floater 2003): {@code w_ij = (tan(α/2) + tan(β/2)) / |x_j - x_i|};
 *   <li>{@code SHAPE_PRESERVING} (Floater 1997): for each neighbour {@code l}, the ray from
 *       {@code x_i} away from {@code x_l} leaves the 1-ring through a segment {@code [x_r, x_s]};
 *       {@code x_i}'s barycentric coordinates in the triangle {@code (x_l, x_r, x_s)} are added to
 *       {@code w_il, w_ir, w_is}, and the weights are averaged over {@code l}. (Floater first maps
 *       the 1-ring of a surface vertex to the plane by a local polar map; for a planar mesh that
 *       map is the 1-ring itself, so it is skipped.)
 * </ul>
 */
final class FloaterWeights {
  final int[] rows;
  final int[] cols;
  final double[] vals;
  final double[] rowSum;
  int count;

  private FloaterWeights(int capacity, int nodes) {
    rows = new int[capacity];
    cols = new int[capacity];
    vals = new double[capacity];
    rowSum = new double[nodes];
  }

  private void add(int i, int j, double w) {
    rows[count] = i;
    cols[count] = j;
    vals[count++] = w;
    rowSum[i] += w;
  }

  static FloaterWeights of(TriangleMesh mesh, boolean[] onBoundary, Weights kind) {
    int m = mesh.triangleCount();
    int[] tri = mesh.triangles();
    FloaterWeights out = new FloaterWeights(9 * m, mesh.nodeCount());
    if (kind == Weights.SHAPE_PRESERVING) {
      shapePreserving(mesh, tri, onBoundary, out);
      return out;
    }
    for (int t = 0; t < m; t++) {
      for (int c = 0; c < 3; c++) {
        int i = tri[3 * t + c];
        if (onBoundary[i]) {
          continue;
        }
        int j = tri[3 * t + (c + 1) % 3];
        int k = tri[3 * t + (c + 2) % 3];
        if (kind == Weights.UNIFORM) {
          out.add(i, j, 0.5); // each interior edge is seen from its two triangles
          out.add(i, k, 0.5);
        } else {
          double ux = mesh.x(j) - mesh.x(i);
          double uy = mesh.y(j) - mesh.y(i);
          double vx = mesh.x(k) - mesh.x(i);
          double vy = mesh.y(k) - mesh.y(i);
          double lu = Math.hypot(ux, uy);
          double lv = Math.hypot(vx, vy);
          double halfTan = Math.abs(ux * vy - uy * vx) / (lu * lv + ux * vx + uy * vy);
          out.add(i, j, halfTan / lu);
          out.add(i, k, halfTan / lv);
        }
      }
    }
    return out;
  }

  private static void shapePreserving(
      TriangleMesh mesh, int[] tri, boolean[] onBoundary, FloaterWeights out) {
    int n = mesh.nodeCount();
    int m = tri.length / 3;
    int[] start = new int[n + 1]; // node -> incident (triangle, corner), CSR
    for (int k = 0; k < 3 * m; k++) {
      start[tri[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = start.clone();
    int[] incident = new int[3 * m];
    for (int k = 0; k < 3 * m; k++) {
      incident[fill[tri[k]]++] = k;
    }
    for (int i = 0; i < n; i++) {
      if (onBoundary[i]) {
        continue;
      }
      double xi = mesh.x(i);
      double yi = mesh.y(i);
      for (int a = start[i]; a < start[i + 1]; a++) {
        int corner = incident[a];
        int t = corner / 3;
        int l = tri[3 * t + (corner % 3 + 1) % 3]; // each neighbour once, as a fan's "next" node
        double vx = xi - mesh.x(l); // the direction away from x_l
        double vy = yi - mesh.y(l);
        int bestR = -1;
        int bestS = -1;
        double bestMargin = Double.NEGATIVE_INFINITY;
        for (int b = start[i]; b < start[i + 1]; b++) {
          int other = incident[b];
          int u = other / 3;
          int r = tri[3 * u + (other % 3 + 1) % 3];
          int s = tri[3 * u + (other % 3 + 2) % 3];
          double rx = mesh.x(r) - xi;
          double ry = mesh.y(r) - yi;
          double sx = mesh.x(s) - xi;
          double sy = mesh.y(s) - yi;
          // the sector from r to s (counter-clockwise) holds v if both crosses are >= 0
          double margin = Math.min((rx * vy - ry * vx) / Math.hypot(rx, ry),
              (vx * sy - vy * sx) / Math.hypot(sx, sy));
          if (margin > bestMargin) {
            bestMargin = margin;
            bestR = r;
            bestS = s;
          }
        }
        // barycentric coordinates of x_i in the triangle (x_l, x_r, x_s)
        double lx = mesh.x(l) - xi;
        double ly = mesh.y(l) - yi;
        double rx = mesh.x(bestR) - xi;
        double ry = mesh.y(bestR) - yi;
        double sx = mesh.x(bestS) - xi;
        double sy = mesh.y(bestS) - yi;
        double tl = Math.max(0, rx * sy - ry * sx);
        double tr = Math.max(0, sx * ly - sy * lx);
        double ts = Math.max(0, lx * ry - ly * rx);
        double sum = tl + tr + ts;
        out.add(i, l, tl / sum);
        out.add(i, bestR, tr / sum);
        out.add(i, bestS, ts / sum);
      }
    }
  }
}
