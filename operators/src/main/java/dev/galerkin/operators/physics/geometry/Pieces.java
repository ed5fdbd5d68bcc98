package dev.galerkin.operators.physics.geometry;

/** Boundary pieces of the elementary shapes. */
final class Pieces {
  private Pieces() {}

  /** A single point of a 1D domain with outward normal {@code ±1}. */
  static BoundaryPiece point(String name, double x, double normal) {
    return new BoundaryPiece() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int parameterDimension() {
        return 0;
      }

      @Override
      public double measure() {
        return 1;
      }

      @Override
      public boolean map(double[] u, double[] p, double[] n) {
        p[0] = x;
        n[0] = normal;
        return true;
      }
    };
  }

  /** The segment from {@code a} to {@code b} with a fixed outward normal. */
  static BoundaryPiece segment(String name, double ax, double ay, double bx, double by, double nx, double ny) {
    return polyline(name, new double[] {ax, ay, bx, by}, false, new double[] {nx, ny});
  }

  /**
   * A polyline parameterised by arc length.
   *
   * @param xy vertices {@code {x0, y0, x1, y1, …}}
   * @param closed whether the last vertex joins the first
   * @param normals one outward normal per edge, {@code {nx, ny, …}}
   */
  static BoundaryPiece polyline(String name, double[] xy, boolean closed, double[] normals) {
    int v = xy.length / 2;
    int edges = closed ? v : v - 1;
    double[] cum = new double[edges + 1];
    for (int e = 0; e < edges; e++) {
      int f = (e + 1) % v;
      cum[e + 1] = cum[e] + Math.hypot(xy[2 * f] - xy[2 * e], xy[2 * f + 1] - xy[2 * e + 1]);
    }
    double total = cum[edges];
    return new BoundaryPiece() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int parameterDimension() {
        return 1;
      }

      @Override
      public double measure() {
        return total;
      }

      @Override
      public boolean map(double[] u, double[] p, double[] n) {
        double s = u[0] * total;
        int e = 0;
        while (e < edges - 1 && cum[e + 1] <= s) {
          e++;
        }
        int f = (e + 1) % v;
        double w = (s - cum[e]) / (cum[e + 1] - cum[e]);
        p[0] = xy[2 * e] + w * (xy[2 * f] - xy[2 * e]);
        p[1] = xy[2 * e + 1] + w * (xy[2 * f + 1] - xy[2 * e + 1]);
        n[0] = normals[2 * e];
        n[1] = normals[2 * e + 1];
        return true;
      }
    };
  }
}
