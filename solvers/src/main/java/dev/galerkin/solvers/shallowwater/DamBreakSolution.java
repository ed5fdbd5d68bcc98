package dev.galerkin.solvers.shallowwater;

import dev.galerkin.GalerkinException;

/**
 * The exact solution of the 1D dam break over a flat bed: still water of depth {@code hl} left of
 * the dam at {@code x0} and {@code hr < hl} right of it, released at {@code t = 0}. For {@code hr >
 * 0} it is Stoker's (<i>Water Waves</i>, 1957): a rarefaction into the left water, a middle state
 * {@code (h_m, u_m)} and a shock into the right water; for {@code hr = 0} Ritter's (1892): one
 * rarefaction that ends at the dry front {@code x0 + 2 c_l t}. With {@code c = √(g h)} and {@code ξ
 * = (x − x0)/t}:
 *
 * <pre>
 *   ξ < −c_l:                 h = hl,                 u = 0
 *   −c_l <= ξ < u_m − c_m:    h = (2c_l − ξ)²/(9g),   u = 2(c_l + ξ)/3     (rarefaction)
 *   u_m − c_m <= ξ < S:       h = h_m,                u = u_m               (Stoker only)
 *   ξ >= S:                   h = hr,                 u = 0
 * </pre>
 *
 * where {@code u_m = 2(c_l − c_m)} (the left Riemann invariant) and the shock satisfies {@code u_m
 * = (h_m − hr)√(g(h_m + hr)/(2 h_m hr))}, {@code S = h_m u_m/(h_m − hr)}; {@code h_m} is found by
 * bisection on {@code (hr, hl)} to round-off. For Ritter {@code h_m = 0} and {@code S = 2c_l}. See
 * Delestre et al., "SWASHES: a compilation of shallow water analytic solutions", Int. J. Numer.
 * Meth. Fluids 72, 2013, §4.1.
 *
 */
public final class DamBreakSolution {
  private final double hl;
  private final double hr;
  private final double gravity;
  private final double x0;
  private final double hm;
  private final double um;
  private final double front;

  /**
   * @param hl the depth left of the dam, {@code > 0}
   * @param hr the depth right of the dam, {@code 0 <= hr < hl} (0: Ritter's dry bed)
   * @param gravity {@code g > 0}
   * @param x0 the dam's position
   * @throws GalerkinException naming the bad value, in one line
   */
  public DamBreakSolution(double hl, double hr, double gravity, double x0) {
    if (!(hl > 0) || !(hr >= 0) || !(hr < hl) || !(gravity > 0)) {
      throw new GalerkinException("dam break hl = " + hl + ", hr = " + hr + ", g = " + gravity
          + " is not a dam break; pass hl > hr >= 0 and g > 0");
    }
    this.hl = hl;
    this.hr = hr;
    this.gravity = gravity;
    this.x0 = x0;
    this.hm = hr == 0 ? 0 : bisect();
    this.um = 2 * (Math.sqrt(gravity * hl) - Math.sqrt(gravity * hm));
    this.front = hr == 0 ? 2 * Math.sqrt(gravity * hl) : hm * um / (hm - hr);
  }

  /** @return the depth {@code hl} left of the dam at {@code t = 0} */
  public double leftDepth() {
    return hl;
  }

  /** @return the depth {@code hr} right of the dam at {@code t = 0} */
  public double rightDepth() {
    return hr;
  }

  /** @return the middle depth {@code h_m} (0 for Ritter's dry bed) */
  public double middleDepth() {
    return hm;
  }

  /** @return the middle velocity {@code u_m = 2(c_l − c_m)} */
  public double middleVelocity() {
    return um;
  }

  /** @return the speed of the shock (Stoker) or of the dry front {@code 2 c_l} (Ritter) */
  public double frontSpeed() {
    return front;
  }

  private double bisect() {
    double lo = hr;
    double hi = hl;
    for (int k = 0; k < 200 && hi - lo > 1e-16 * hl; k++) {
      double mid = 0.5 * (lo + hi);
      if (residual(mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The rarefaction's {@code u_m} minus the shock's, decreasing in {@code hm}. */
  private double residual(double hm) {
    double shockVelocity = (hm - hr) * Math.sqrt(gravity * (hm + hr) / (2 * hm * hr));
    return 2 * (Math.sqrt(gravity * hl) - Math.sqrt(gravity * hm)) - shockVelocity;
  }

  /**
   * @param x position
   * @param t time, {@code > 0}
   * @return {@code (h, u)} at {@code (x, t)}
   */
  public double[] state(double x, double t) {
    double cl = Math.sqrt(gravity * hl);
    double xi = (x - x0) / t;
    if (xi < -cl) {
      return new double[] {hl, 0};
    }
    if (xi < um - Math.sqrt(gravity * hm)) {
      double c = (2 * cl - xi) / 3;
      return new double[] {c * c / gravity, 2 * (cl + xi) / 3};
    }
    if (xi < front) {
      return new double[] {hm, um};
    }
    return new double[] {hr, 0};
  }

  /**
   * The exact cell averages of the depth by composite Gauss–Legendre quadrature (64 sub-intervals of
   * 3 points per cell; the profile is piecewise smooth, so the error is set by the kinks).
   *
   * @param centres cell centres
   * @param dx cell width
   * @param t time, {@code > 0}
   * @return the average depth of each cell
   */
  public double[] averageDepths(double[] centres, double dx, double t) {
    double[] nodes = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
    double[] weights = {5.0 / 9, 8.0 / 9, 5.0 / 9};
    int sub = 64;
    double[] out = new double[centres.length];
    for (int i = 0; i < centres.length; i++) {
      double s = 0;
      for (int p = 0; p < sub; p++) {
        double mid = centres[i] - 0.5 * dx + (p + 0.5) * dx / sub;
        for (int k = 0; k < 3; k++) {
          s += weights[k] * state(mid + 0.5 * dx / sub * nodes[k], t)[0];
        }
      }
      out[i] = s / (2 * sub);
    }
    return out;
  }
}
