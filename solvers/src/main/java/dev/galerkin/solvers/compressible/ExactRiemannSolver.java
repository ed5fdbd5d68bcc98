package dev.galerkin.solvers.compressible;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;

/**
 * The exact solution of the Riemann problem of the 1D Euler equations of an ideal gas (Toro,
 * <i>Riemann Solvers and Numerical Methods for Fluid Dynamics</i>, 3rd ed., 2009, ch. 4): the
 * initial data {@code (ρ, u, p) = W_L} for {@code x < x0} and {@code W_R} for {@code x > x0}
 * evolve into a left wave, a contact and a right wave, each wave a shock or a rarefaction. The
 * star pressure {@code p*} is the root of Toro's pressure function {@code f(p) = f_L(p) + f_R(p) +
 * u_R − u_L} (eqs. 4.5–4.7), found by Newton's method from the primitive-variable guess (eq.
 * 4.47) to a relative change below {@code 1e-15}; {@code u* = (u_L + u_R + f_R(p*) − f_L(p*))/2};
 * {@link #sample} evaluates the self-similar solution at {@code x/t} (§4.5). Data that would
 * create a vacuum (the pressure positivity condition, eq. 4.40, fails) are refused. Immutable.
 */
public final class ExactRiemannSolver {
  private final double gamma;
  private final double[] left;
  private final double[] right;
  private final double cl;
  private final double cr;
  private final double pStar;
  private final double uStar;

  /**
   * @param gamma {@code γ > 1}
   * @param left {@code (ρ_L, u_L, p_L)}, {@code ρ, p > 0}, not modified
   * @param right {@code (ρ_R, u_R, p_R)}, not modified
   * @throws GalerkinException if a state is not positive or the data create a vacuum
   */
  public ExactRiemannSolver(double gamma, double[] left, double[] right) {
    new EulerEquations(1, gamma);
    for (double[] w : new double[][] {left, right}) {
      if (w.length != 3 || !(w[0] > 0) || !(w[2] > 0) || !Double.isFinite(w[1])) {
        throw new GalerkinException("Riemann state " + java.util.Arrays.toString(w) + " is not"
            + " (rho > 0, finite u, p > 0); pass a positive density and pressure");
      }
    }
    this.gamma = gamma;
    this.left = left.clone();
    this.right = right.clone();
    this.cl = Math.sqrt(gamma * left[2] / left[0]);
    this.cr = Math.sqrt(gamma * right[2] / right[0]);
    if (2 * (cl + cr) / (gamma - 1) <= right[1] - left[1]) {
      throw new GalerkinException("the Riemann data create a vacuum (u_R - u_L = "
          + (right[1] - left[1]) + " >= 2(c_L + c_R)/(gamma - 1)); this solver has no vacuum");
    }
    this.pStar = solvePressure();
    double[] fl = pressureFunction(pStar, this.left, cl);
    double[] fr = pressureFunction(pStar, this.right, cr);
    this.uStar = 0.5 * (left[1] + right[1] + fr[0] - fl[0]);
  }

  /** @return the pressure {@code p*} between the two waves */
  public double starPressure() {
    return pStar;
  }

  /** @return the velocity {@code u*} of the contact */
  public double starVelocity() {
    return uStar;
  }

  /** @return {@code {f_K(p), f_K'(p)}} for side {@code K} (Toro eqs. 4.6–4.7 and 4.37) */
  private double[] pressureFunction(double p, double[] w, double c) {
    double rho = w[0];
    double pk = w[2];
    if (p > pk) {
      double a = 2 / ((gamma + 1) * rho);
      double b = (gamma - 1) / (gamma + 1) * pk;
      double root = Math.sqrt(a / (p + b));
      return new double[] {(p - pk) * root, root * (1 - 0.5 * (p - pk) / (b + p))};
    }
    double ratio = p / pk;
    return new double[] {2 * c / (gamma - 1) * (Math.pow(ratio, (gamma - 1) / (2 * gamma)) - 1),
        Math.pow(ratio, -(gamma + 1) / (2 * gamma)) / (rho * c)};
  }

  private double solvePressure() {
    double du = right[1] - left[1];
    double guess = 0.5 * (left[2] + right[2])
        - 0.125 * du * (left[0] + right[0]) * (cl + cr);
    double p = Math.max(guess, 1e-8 * Math.min(left[2], right[2]));
    for (int it = 0; it < 100; it++) {
      double[] fl = pressureFunction(p, left, cl);
      double[] fr = pressureFunction(p, right, cr);
      double next = p - (fl[0] + fr[0] + du) / (fl[1] + fr[1]);
      if (next <= 0) {
        next = 0.5 * p;
      }
      double change = 2 * Math.abs(next - p) / (next + p);
      p = next;
      if (change < 1e-15) {
        return p;
      }
    }
    throw new SolverException("exact Riemann solver: Newton's method for p* did not converge in"
        + " 100 iterations (p = " + p + "); check the states");
  }

  /**
   * The solution at {@code x/t = s} (Toro §4.5).
   *
   * @param s the similarity variable {@code (x − x0)/t}
   * @param w {@code (ρ, u, p)} there; modified
   */
  public void sample(double s, double[] w) {
    double g1 = (gamma - 1) / (2 * gamma);
    double g6 = (gamma - 1) / (gamma + 1);
    boolean leftSide = s <= uStar;
    double[] k = leftSide ? left : right;
    double c = leftSide ? cl : cr;
    double sign = leftSide ? -1 : 1;   // the outer wave moves as u + sign·c
    double ratio = pStar / k[2];
    if (pStar > k[2]) {
      double shock = k[1] + sign * c * Math.sqrt((gamma + 1) / (2 * gamma) * ratio + g1);
      if (sign * (s - shock) >= 0) {
        set(w, k[0], k[1], k[2]);
      } else {
        set(w, k[0] * (ratio + g6) / (g6 * ratio + 1), uStar, pStar);
      }
      return;
    }
    double head = k[1] + sign * c;
    double tail = uStar + sign * c * Math.pow(ratio, g1);
    if (sign * (s - head) >= 0) {
      set(w, k[0], k[1], k[2]);
    } else if (sign * (s - tail) <= 0) {
      set(w, k[0] * Math.pow(ratio, 1 / gamma), uStar, pStar);
    } else {
      double cf = 2 / (gamma + 1) * (c - sign * 0.5 * (gamma - 1) * (k[1] - s));
      double u = 2 / (gamma + 1) * (-sign * c + 0.5 * (gamma - 1) * k[1] + s);
      double q = cf / c;
      set(w, k[0] * Math.pow(q, 2 / (gamma - 1)), u, k[2] * Math.pow(q, 2 * gamma / (gamma - 1)));
    }
  }

  /**
   * The mean of the solution over {@code [a, b]} at time {@code t}, by the midpoint rule.
   *
   * @param a left end
   * @param b right end, {@code > a}
   * @param x0 the initial discontinuity
   * @param t the time, {@code > 0}
   * @param points midpoints of the rule, {@code >= 1}
   * @param w the mean {@code (ρ, u, p)}; modified
   */
  public void average(double a, double b, double x0, double t, int points, double[] w) {
    double[] v = new double[3];
    java.util.Arrays.fill(w, 0);
    for (int i = 0; i < points; i++) {
      sample((a + (i + 0.5) * (b - a) / points - x0) / t, v);
      for (int k = 0; k < 3; k++) {
        w[k] += v[k] / points;
      }
    }
  }

  private static void set(double[] w, double rho, double u, double p) {
    w[0] = rho;
    w[1] = u;
    w[2] = p;
  }
}
