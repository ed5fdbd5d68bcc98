package dev.galerkin.solvers.finitevolume;

/**
 * The slope limiters of MUSCL reconstruction (van Leer 1979): the limited slope of a cell, per
 * cell width, from its backward and forward differences {@code a = w_i − w_{i−1}}, {@code b =
 * w_{i+1} − w_i}. Each is TVD, zero at extrema, so reconstructed face values stay between the
 * neighbouring cell averages (which keeps a positive depth positive). See LeVeque, <i>Finite
 * Volume Methods for Hyperbolic Problems</i>, 2002, §6.9–6.12.
 */
public enum Limiter {
  /** No slope: the first-order Godunov scheme. */
  NONE {
    @Override
    public double slope(double a, double b) {
      return 0;
    }
  },
  /** {@code minmod(a, b)}: the most diffusive second-order limiter. */
  MINMOD {
    @Override
    public double slope(double a, double b) {
      return minmod(a, b);
    }
  },
  /** Monotonised central, {@code minmod((a + b)/2, 2a, 2b)} (van Leer 1977). */
  MONOTONISED_CENTRAL {
    @Override
    public double slope(double a, double b) {
      if (a * b <= 0) {
        return 0;
      }
      double c = 0.5 * (a + b);
      double m = Math.min(Math.abs(c), 2 * Math.min(Math.abs(a), Math.abs(b)));
      return Math.copySign(m, a);
    }
  },
  /** Van Leer's harmonic limiter, {@code 2ab/(a + b)} where {@code ab > 0}. */
  VAN_LEER {
    @Override
    public double slope(double a, double b) {
      return a * b <= 0 ? 0 : 2 * a * b / (a + b);
    }
  };

  /**
   * @param a the backward difference {@code w_i − w_{i−1}}
   * @param b the forward difference {@code w_{i+1} − w_i}
   * @return the limited difference across the cell; the face values are {@code w_i ± slope/2}
   */
  public abstract double slope(double a, double b);

  /** @return {@code a} or {@code b}, whichever is smaller in magnitude, if of one sign; else 0 */
  public static double minmod(double a, double b) {
    if (a * b <= 0) {
      return 0;
    }
    return Math.abs(a) < Math.abs(b) ? a : b;
  }
}
