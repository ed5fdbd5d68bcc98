package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.List;

/** The closed disk of centre {@code (cx, cy)} and radius {@code r}; boundary {@code circle}. */
record Disk(double cx, double cy, double r) implements Geometry {
  Disk {
    if (!Double.isFinite(cx) || !Double.isFinite(cy) || !(r > 0) || !Double.isFinite(r)) {
      throw new GalerkinException("disk: need a finite centre and radius > 0, got centre (" + cx + ", " + cy + "), radius " + r);
    }
  }

  @Override
  public String coordinates() {
    return "xy";
  }

  @Override
  public double[] lower() {
    return new double[] {cx - r, cy - r};
  }

  @Override
  public double[] upper() {
    return new double[] {cx + r, cy + r};
  }

  @Override
  public boolean contains(double[] p) {
    double dx = p[0] - cx;
    double dy = p[1] - cy;
    return dx * dx + dy * dy <= r * r * (1 + 1e-12);
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    return List.of(new BoundaryPiece() {
      @Override
      public String name() {
        return "circle";
      }

      @Override
      public int parameterDimension() {
        return 1;
      }

      @Override
      public double measure() {
        return 2 * Math.PI * r;
      }

      @Override
      public boolean map(double[] u, double[] p, double[] n) {
        double a = 2 * Math.PI * u[0];
        n[0] = Math.cos(a);
        n[1] = Math.sin(a);
        p[0] = cx + r * n[0];
        p[1] = cy + r * n[1];
        return true;
      }
    });
  }

  @Override
  public String toString() {
    return "disk centre (" + cx + ", " + cy + ") radius " + r;
  }
}
