package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;

/**
 * A spatial domain times the time interval {@code [t0, t1]}; time is the last coordinate,
 * {@code t}. Its boundary pieces are the spatial ones times {@code [t0, t1]} (same names, spatial
 * normals) and {@code initial}, the slice {@code t = t0} of the spatial domain.
 */
record SpaceTime(Geometry space, double t0, double t1) implements Geometry {
  SpaceTime {
    Geometry.checkRange("time interval", t0, t1);
    if (space.coordinates().indexOf('t') >= 0) {
      throw new GalerkinException("time product: the domain '" + space.coordinates() + "' already has a t coordinate");
    }
  }

  @Override
  public String coordinates() {
    return space.coordinates() + "t";
  }

  @Override
  public double[] lower() {
    return append(space.lower(), t0);
  }

  @Override
  public double[] upper() {
    return append(space.upper(), t1);
  }

  @Override
  public boolean contains(double[] p) {
    double t = p[p.length - 1];
    return t >= t0 && t <= t1 && space.contains(java.util.Arrays.copyOf(p, p.length - 1));
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    List<BoundaryPiece> out = new ArrayList<>();
    int d = space.dimension();
    for (BoundaryPiece p : space.boundaries()) {
      out.add(new BoundaryPiece() {
        @Override
        public String name() {
          return p.name();
        }

        @Override
        public int parameterDimension() {
          return p.parameterDimension() + 1;
        }

        @Override
        public double measure() {
          return p.measure() * (t1 - t0);
        }

        @Override
        public boolean map(double[] u, double[] pt, double[] n) {
          int k = p.parameterDimension();
          double[] sp = new double[d];
          double[] sn = new double[d];
          if (!p.map(java.util.Arrays.copyOf(u, k), sp, sn)) {
            return false;
          }
          System.arraycopy(sp, 0, pt, 0, d);
          System.arraycopy(sn, 0, n, 0, d);
          pt[d] = t0 + (t1 - t0) * u[k];
          n[d] = 0;
          return true;
        }
      });
    }
    out.add(new BoundaryPiece() {
      @Override
      public String name() {
        return "initial";
      }

      @Override
      public int parameterDimension() {
        return d;
      }

      @Override
      public double measure() {
        double m = 1;
        for (int i = 0; i < d; i++) {
          m *= space.upper()[i] - space.lower()[i];
        }
        return m;
      }

      @Override
      public boolean map(double[] u, double[] pt, double[] n) {
        double[] lo = space.lower();
        double[] hi = space.upper();
        for (int i = 0; i < d; i++) {
          pt[i] = lo[i] + (hi[i] - lo[i]) * u[i];
          n[i] = 0;
        }
        pt[d] = t0;
        n[d] = 0;
        return space.contains(java.util.Arrays.copyOf(pt, d));
      }
    });
    return out;
  }

  private static double[] append(double[] a, double v) {
    double[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = v;
    return r;
  }

  @Override
  public String toString() {
    return space + " × time [" + t0 + ", " + t1 + "]";
  }
}
