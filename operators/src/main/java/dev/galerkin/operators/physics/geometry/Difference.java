package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code A \ B}: the points of {@code A} outside the interior of {@code B}. Its boundary is the part
 * of {@code A}'s boundary outside {@code B} (same names) and the part of {@code B}'s boundary inside
 * {@code A} (named {@code hole_<name>}, normals pointing into {@code B}). Whether anything is left
 * is checked when sampling: an empty difference fails there with a clear message.
 */
record Difference(Geometry a, Geometry b) implements Geometry {
  Difference {
    if (!a.coordinates().equals(b.coordinates())) {
      throw new GalerkinException("difference: coordinates '" + a.coordinates() + "' and '"
          + b.coordinates() + "' differ");
    }
    if (a instanceof SpaceTime || b instanceof SpaceTime) {
      throw new GalerkinException("difference: take differences of spatial domains, then the product with time");
    }
  }

  @Override
  public String coordinates() {
    return a.coordinates();
  }

  @Override
  public double[] lower() {
    return a.lower();
  }

  @Override
  public double[] upper() {
    return a.upper();
  }

  @Override
  public boolean contains(double[] p) {
    return a.contains(p) && !insideB(p);
  }

  /** Strictly inside {@code B}: in {@code B} and not on its boundary up to round-off (tested by a small shrink). */
  private boolean insideB(double[] p) {
    if (!b.contains(p)) {
      return false;
    }
    double[] lo = b.lower();
    double[] hi = b.upper();
    double eps = 1e-9;
    for (int i = 0; i < p.length; i++) {
      eps = Math.max(eps, 1e-9 * (hi[i] - lo[i]));
    }
    for (int i = 0; i < p.length; i++) {
      for (double s : new double[] {-eps, eps}) {
        double[] q = p.clone();
        q[i] += s;
        if (!b.contains(q)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    List<BoundaryPiece> out = new ArrayList<>();
    for (BoundaryPiece pa : a.boundaries()) {
      out.add(filtered(pa, pa.name(), false));
    }
    for (BoundaryPiece pb : b.boundaries()) {
      out.add(filtered(pb, "hole_" + pb.name(), true));
    }
    return out;
  }

  private BoundaryPiece filtered(BoundaryPiece p, String name, boolean hole) {
    return new BoundaryPiece() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int parameterDimension() {
        return p.parameterDimension();
      }

      @Override
      public double measure() {
        return p.measure();
      }

      @Override
      public boolean map(double[] u, double[] pt, double[] n) {
        if (!p.map(u, pt, n)) {
          return false;
        }
        if (hole) {
          for (int i = 0; i < n.length; i++) {
            n[i] = -n[i];
          }
          return a.contains(pt);
        }
        return !insideB(pt);
      }
    };
  }

  @Override
  public String toString() {
    return "(" + a + ") minus (" + b + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Difference d && d.a.equals(a) && d.b.equals(b);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {a, b});
  }
}
