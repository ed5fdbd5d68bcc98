package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.List;

/**
 * A simple polygon in {@code (x, y)} given by its vertices in either orientation; boundary
 * {@code edges} (all edges, by arc length, outward normals). Fewer than three vertices, a zero area,
 * repeated vertices or crossing edges are rejected.
 */
final class Polygon implements Geometry {
  private final double[] xy;
  private final double[] normals;
  private final double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
  private final double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};

  Polygon(double[] xy) {
    if (xy == null || xy.length % 2 != 0 || xy.length < 6) {
      throw new GalerkinException("polygon: need at least 3 vertices as {x0, y0, x1, y1, …}, got "
          + (xy == null ? "null" : xy.length + " numbers"));
    }
    this.xy = xy.clone();
    int v = xy.length / 2;
    double area2 = 0;
    for (int i = 0; i < v; i++) {
      int j = (i + 1) % v;
      if (!Double.isFinite(xy[2 * i]) || !Double.isFinite(xy[2 * i + 1])) {
        throw new GalerkinException("polygon: vertex " + i + " is not finite");
      }
      if (xy[2 * i] == xy[2 * j] && xy[2 * i + 1] == xy[2 * j + 1]) {
        throw new GalerkinException("polygon: vertices " + i + " and " + j + " coincide");
      }
      area2 += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
      lo[0] = Math.min(lo[0], xy[2 * i]);
      lo[1] = Math.min(lo[1], xy[2 * i + 1]);
      hi[0] = Math.max(hi[0], xy[2 * i]);
      hi[1] = Math.max(hi[1], xy[2 * i + 1]);
    }
    double scale = (hi[0] - lo[0]) * (hi[1] - lo[1]);
    if (!(Math.abs(area2) > 1e-12 * scale) || scale == 0) {
      throw new GalerkinException("polygon: the vertices enclose no area (degenerate polygon)");
    }
    for (int i = 0; i < v; i++) {
      for (int k = i + 1; k < v; k++) {
        if (Math.abs(i - k) > 1 && !(i == 0 && k == v - 1) && crosses(i, k)) {
          throw new GalerkinException("polygon: edges " + i + " and " + k + " cross; give a simple polygon");
        }
      }
    }
    double sign = Math.signum(area2);
    normals = new double[2 * v];
    for (int i = 0; i < v; i++) {
      int j = (i + 1) % v;
      double dx = xy[2 * j] - xy[2 * i];
      double dy = xy[2 * j + 1] - xy[2 * i + 1];
      double len = Math.hypot(dx, dy);
      normals[2 * i] = sign * dy / len;
      normals[2 * i + 1] = -sign * dx / len;
    }
  }

  private boolean crosses(int i, int k) {
    int v = xy.length / 2;
    double[] a = {xy[2 * i], xy[2 * i + 1]};
    double[] b = {xy[2 * ((i + 1) % v)], xy[2 * ((i + 1) % v) + 1]};
    double[] c = {xy[2 * k], xy[2 * k + 1]};
    double[] d = {xy[2 * ((k + 1) % v)], xy[2 * ((k + 1) % v) + 1]};
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
  }

  private static double orient(double[] a, double[] b, double[] c) {
    return Math.signum((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  }

  @Override
  public String coordinates() {
    return "xy";
  }

  @Override
  public double[] lower() {
    return lo.clone();
  }

  @Override
  public double[] upper() {
    return hi.clone();
  }

  @Override
  public boolean contains(double[] p) {
    int v = xy.length / 2;
    boolean in = false;
    for (int i = 0, j = v - 1; i < v; j = i++) {
      double xi = xy[2 * i];
      double yi = xy[2 * i + 1];
      double xj = xy[2 * j];
      double yj = xy[2 * j + 1];
      if ((yi > p[1]) != (yj > p[1]) && p[0] < (xj - xi) * (p[1] - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    return List.of(Pieces.polyline("edges", xy, true, normals));
  }

  @Override
  public String toString() {
    return "polygon with " + xy.length / 2 + " vertices";
  }
}
