package dev.galerkin.solvers.linalg;

/**
 * Inner products of {@code double} vectors with four independent partial sums.
 *
 * <p>A loop {@code s += x[i] * y[i]} is one chain of dependent additions: each waits for the last
 * (about four cycles), and the JIT may not reorder floating-point sums to vectorise it. Four
 * partial sums over the indices modulo four, added at the end, keep four additions in flight. The
 * result differs from the sequential sum by rounding only (it is a different order of the same
 * sum), and is the same on every run and machine: the order does not depend on threads or data.
 * The Krylov solvers call it two to three times per iteration on vectors of every unknown.
 */
public final class Dot {
  private Dot() {}

  /**
   * @param x a vector; not modified
   * @param y a vector at least as long as {@code x}; not modified
   * @return {@code Σ x[i] y[i]} over the indices of {@code x}
   */
  public static double of(double[] x, double[] y) {
    return of(x, y, 0, x.length);
  }

  /**
   * @param x a vector; not modified
   * @param y a vector; not modified
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return {@code Σ x[i] y[i]} over {@code from <= i < to}
   */
  public static double of(double[] x, double[] y, int from, int to) {
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    int i = from;
    for (; i + 3 < to; i += 4) {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
    for (; i < to; i++) {
      s0 += x[i] * y[i];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
