package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;
import java.util.Arrays;

/** Evaluation grids over a geometry's bounding box. */
public final class Grids {
  private Grids() {}

  /**
   * The full tensor grid of the bounding box, end points included, the first coordinate slowest:
   * point {@code (i₀, i₁, …)} at row {@code i₀·n^{d−1} + i₁·n^{d−2} + …}.
   *
   * @param geometry the domain (1 to 3 coordinates)
   * @param n points per axis, {@code >= 2}
   * @return row-major {@code [n^d, d]} coordinates
   */
  public static double[] box(Geometry geometry, int n) {
    if (n < 2) {
      throw new GalerkinException("grid: points per axis must be >= 2, got " + n);
    }
    int d = geometry.dimension();
    double[] lo = geometry.lower();
    double[] hi = geometry.upper();
    int total = (int) Math.pow(n, d);
    double[] out = new double[total * d];
    for (int p = 0; p < total; p++) {
      int rest = p;
      for (int i = d - 1; i >= 0; i--) {
        int k = rest % n;
        rest /= n;
        out[p * d + i] = lo[i] + (hi[i] - lo[i]) * k / (n - 1);
      }
    }
    return out;
  }

  /** @return the points of {@link #box} inside the geometry */
  public static double[] inside(Geometry geometry, int n) {
    double[] all = box(geometry, n);
    int d = geometry.dimension();
    double[] out = new double[all.length];
    int m = 0;
    for (int p = 0; p < all.length / d; p++) {
      double[] q = Arrays.copyOfRange(all, p * d, (p + 1) * d);
      if (geometry.contains(q)) {
        System.arraycopy(q, 0, out, m * d, d);
        m++;
      }
    }
    return Arrays.copyOf(out, m * d);
  }
}
