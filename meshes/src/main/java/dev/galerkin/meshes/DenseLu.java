package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * LU factorisation with partial (row) pivoting of a small dense square matrix, {@code P A = L U}
 * (Golub and Van Loan, <i>Matrix Computations</i>, algorithm 3.4.1): the solver of {@link
 * RbfMorphing}'s saddle-point system, whose matrix is symmetric but indefinite. Row-major layout,
 * {@code a[i * n + j]}; the factors overwrite a copy of the matrix. Package-private: {@code meshes}
 * has no linear-algebra dependency and exposes none.
 */
final class DenseLu {
  private final int n;
  private final double[] lu;
  private final int[] pivot;

  /**
   * Factors a matrix.
   *
   * @param a the matrix, {@code n × n} row-major, not modified
   * @param n its order
   * @param what the system's name, for the error
   * @throws GalerkinException if a pivot is below {@code n · 1e-14} times the largest entry (the
   *     matrix is singular to working precision)
   */
  DenseLu(double[] a, int n, String what) {
    this.n = n;
    this.lu = a.clone();
    this.pivot = new int[n];
    double scale = 0;
    for (double v : a) {
      scale = Math.max(scale, Math.abs(v));
    }
    double floor = n * 1e-14 * scale;
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(lu[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(lu[i * n + k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      if (!(max > floor)) {
        throw new GalerkinException(
            what + " is singular: pivot " + k + " of " + n + " is " + max + " (largest entry "
                + scale + ")");
      }
      pivot[k] = p;
      if (p != k) {
        for (int j = 0; j < n; j++) {
          double swap = lu[k * n + j];
          lu[k * n + j] = lu[p * n + j];
          lu[p * n + j] = swap;
        }
      }
      double inv = 1 / lu[k * n + k];
      for (int i = k + 1; i < n; i++) {
        double l = lu[i * n + k] * inv;
        lu[i * n + k] = l;
        if (l != 0) {
          int ri = i * n;
          int rk = k * n;
          for (int j = k + 1; j < n; j++) {
            lu[ri + j] -= l * lu[rk + j];
          }
        }
      }
    }
  }

  /**
   * Solves {@code A x = b} in place.
   *
   * @param b the right-hand side, length {@code n}; modified (overwritten with the solution)
   */
  void solve(double[] b) {
    for (int k = 0; k < n; k++) {
      int p = pivot[k];
      if (p != k) {
        double swap = b[k];
        b[k] = b[p];
        b[p] = swap;
      }
    }
    for (int i = 1; i < n; i++) {
      double sum = b[i];
      for (int j = 0; j < i; j++) {
        sum -= lu[i * n + j] * b[j];
      }
      b[i] = sum;
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[i];
      for (int j = i + 1; j < n; j++) {
        sum -= lu[i * n + j] * b[j];
      }
      b[i] = sum / lu[i * n + i];
    }
  }
}
