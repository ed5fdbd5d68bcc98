package dev.galerkin.solvers.darcy;

import dev.galerkin.GalerkinException;

/**
 * Cubic-spline interpolation with not-a-knot end conditions (the third derivative continuous at
 * the second and the second-to-last point: MATLAB's {@code spline}, and so {@code interp2(…,
 * 'spline')}) from {@code n} uniformly spaced points {@code x_i = x0 + i h} to fixed targets,
 * extrapolating with the end pieces. A linear map built once for its points and applied to many
 * lines; reproduces cubic polynomials exactly.
 *
 * <p>Method: the second derivatives {@code M_i} solve {@code M_{i−1} + 4 M_i + M_{i+1} = 6 (y_{i−1}
 * − 2 y_i + y_{i+1}) / h²} for {@code i = 1 … n − 2}; not-a-knot means {@code M_0 = 2 M_1 − M_2}
 * and {@code M_{n−1} = 2 M_{n−2} − M_{n−3}}, which on a uniform grid give {@code M_1 = d_1 / 6},
 * {@code M_{n−2} = d_{n−2} / 6}, and a tridiagonal system for the rest (Thomas algorithm, O(n) per
 * line). Not thread-safe (it keeps its work arrays).
 */
public final class NotAKnotSpline {
  private final int n;
  private final double h;
  private final int[] interval;
  private final double[] p;
  private final double[] q;
  private final double[] m;
  private final double[] d;
  private final double[] c;

  /**
   * @param x0 the first source point
   * @param h the spacing of the source points, {@code > 0}
   * @param n the number of source points, {@code >= 4}
   * @param targets the points to interpolate at; not modified
   */
  public NotAKnotSpline(double x0, double h, int n, double[] targets) {
    if (n < 4 || !(h > 0)) {
      throw new GalerkinException("NotAKnotSpline needs n >= 4 points and spacing h > 0; got n = "
          + n + ", h = " + h);
    }
    this.n = n;
    this.h = h;
    interval = new int[targets.length];
    p = new double[targets.length];
    q = new double[targets.length];
    for (int t = 0; t < targets.length; t++) {
      int k = (int) Math.floor((targets[t] - x0) / h);
      k = Math.max(0, Math.min(n - 2, k));
      interval[t] = k;
      q[t] = (targets[t] - (x0 + k * h)) / h;
      p[t] = 1 - q[t];
    }
    m = new double[n];
    d = new double[n];
    c = new double[n];
  }

  /** @return the number of targets */
  public int targets() {
    return interval.length;
  }

  /**
   * Interpolates one line.
   *
   * @param y source values {@code y[yOff + i * yStride]}, {@code i < n}; not modified
   * @param out target values {@code out[oOff + t * oStride]}; modified
   */
  public void apply(double[] y, int yOff, int yStride, double[] out, int oOff, int oStride) {
    double scale = 6 / (h * h);
    for (int i = 1; i < n - 1; i++) {
      d[i] = scale * (y[yOff + (i - 1) * yStride] - 2 * y[yOff + i * yStride]
          + y[yOff + (i + 1) * yStride]);
    }
    m[1] = d[1] / 6;
    m[n - 2] = d[n - 2] / 6;
    // rows 2 … n − 3: M_{i−1} + 4 M_i + M_{i+1} = d_i, M_1 and M_{n−2} known
    int first = 2;
    int last = n - 3;
    if (last >= first) {
      d[first] -= m[1];
      d[last] -= m[n - 2];
      c[first] = 0.25;
      d[first] /= 4;
      for (int i = first + 1; i <= last; i++) {
        double den = 4 - c[i - 1];
        c[i] = 1 / den;
        d[i] = (d[i] - d[i - 1]) / den;
      }
      m[last] = d[last];
      for (int i = last - 1; i >= first; i--) {
        m[i] = d[i] - c[i] * m[i + 1];
      }
    }
    m[0] = 2 * m[1] - m[2];
    m[n - 1] = 2 * m[n - 2] - m[n - 3];
    double h26 = h * h / 6;
    for (int t = 0; t < interval.length; t++) {
      int k = interval[t];
      double pt = p[t];
      double qt = q[t];
      out[oOff + t * oStride] = y[yOff + k * yStride] * pt + y[yOff + (k + 1) * yStride] * qt
          + h26 * (m[k] * (pt * pt * pt - pt) + m[k + 1] * (qt * qt * qt - qt));
    }
  }

  /**
   * Tensor-product interpolation of a square array, as {@code interp2(…, 'spline')}.
   *
   * @param spline the same spline for both axes ({@code n} sources, {@code t} targets)
   * @param in {@code in[i * n + j]}; not modified
   * @param tmp work, length {@code >= n * t}; modified
   * @param out {@code out[i * t + j]}, length {@code >= t * t}; modified
   */
  public static void apply2d(NotAKnotSpline spline, double[] in, double[] tmp, double[] out) {
    int n = spline.n;
    int t = spline.targets();
    for (int i = 0; i < n; i++) {
      spline.apply(in, i * n, 1, tmp, i * t, 1);          // along j
    }
    for (int j = 0; j < t; j++) {
      spline.apply(tmp, j, t, out, j, t);                 // along i
    }
  }
}
