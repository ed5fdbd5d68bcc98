package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * A square sparse matrix in compressed-row form (row {@code i} holds {@code values[k]} at column
 * {@code columns[k]} for {@code k} in {@code [rowStart[i], rowStart[i + 1])}) and BiCGSTAB for
 * {@code A x = b} (van der Vorst, "Bi-CGSTAB: a fast and smoothly converging variant of Bi-CG for
 * the solution of nonsymmetric linear systems", SIAM J. Sci. Stat. Comput. 13, 1992), without
 * preconditioner: the solver of {@link FloaterParameterization}'s non-symmetric system, whose
 * diagonal is 1. Package-private: {@code meshes} exposes no general sparse algebra.
 */
final class CsrMatrix {
  final int n;
  final int[] rowStart;
  final int[] columns;
  final double[] values;

  /**
   * Assembles from triplets, summing duplicates.
   *
   * @param n order
   * @param count number of triplets used
   * @param rows row of each triplet, not modified
   * @param cols column of each triplet, not modified
   * @param vals value of each triplet, not modified
   */
  CsrMatrix(int n, int count, int[] rows, int[] cols, double[] vals) {
    this.n = n;
    int[] start = new int[n + 1];
    for (int k = 0; k < count; k++) {
      start[rows[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = start.clone();
    int[] c = new int[count];
    double[] v = new double[count];
    for (int k = 0; k < count; k++) {
      int at = fill[rows[k]]++;
      c[at] = cols[k];
      v[at] = vals[k];
    }
    // sort each (short) row by column and merge duplicates
    int[] outStart = new int[n + 1];
    int out = 0;
    for (int i = 0; i < n; i++) {
      int lo = start[i];
      int hi = start[i + 1];
      for (int a = lo + 1; a < hi; a++) {
        int key = c[a];
        double val = v[a];
        int b = a - 1;
        while (b >= lo && c[b] > key) {
          c[b + 1] = c[b];
          v[b + 1] = v[b];
          b--;
        }
        c[b + 1] = key;
        v[b + 1] = val;
      }
      for (int a = lo; a < hi; a++) {
        if (out > outStart[i] && c[out - 1] == c[a]) {
          v[out - 1] += v[a];
        } else {
          c[out] = c[a];
          v[out] = v[a];
          out++;
        }
      }
      outStart[i + 1] = out;
    }
    this.rowStart = outStart;
    this.columns = java.util.Arrays.copyOf(c, out);
    this.values = java.util.Arrays.copyOf(v, out);
  }

  /** {@code y = A x}; x not modified, y overwritten. */
  void multiply(double[] x, double[] y) {
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        sum += values[k] * x[columns[k]];
      }
      y[i] = sum;
    }
  }

  /**
   * Solves {@code A x = b} by BiCGSTAB until {@code |b - A x| ≤ tolerance |b|}.
   *
   * @param b right-hand side, not modified
   * @param x initial guess; modified (overwritten with the solution)
   * @param tolerance relative residual to reach
   * @param maxIterations iteration budget
   * @param what the system's name, for the error
   * @return {@code {iterations, final relative residual}}
   * @throws GalerkinException with both numbers if it does not converge (the true residual
   *     {@code |b - A x| / |b|}, recomputed at the end, exceeds {@code 10 · tolerance}: the
   *     recursively updated residual that stops the iteration may drift from it slightly)
   */
  double[] solve(double[] b, double[] x, double tolerance, int maxIterations, String what) {
    double bNorm = norm(b);
    if (bNorm == 0) {
      java.util.Arrays.fill(x, 0);
      return new double[] {0, 0};
    }
    double[] r = new double[n];
    double[] rHat = new double[n];
    double[] p = new double[n];
    double[] v = new double[n];
    double[] s = new double[n];
    double[] t = new double[n];
    multiply(x, r);
    for (int i = 0; i < n; i++) {
      r[i] = b[i] - r[i];
    }
    System.arraycopy(r, 0, rHat, 0, n);
    double rho = 1;
    double alpha = 1;
    double omega = 1;
    double residual = norm(r) / bNorm;
    int iteration = 0;
    while (residual > tolerance && iteration < maxIterations) {
      iteration++;
      double rhoNext = dot(rHat, r);
      if (rhoNext == 0 || omega == 0) { // breakdown: restart from the current iterate
        multiply(x, r);
        for (int i = 0; i < n; i++) {
          r[i] = b[i] - r[i];
        }
        System.arraycopy(r, 0, rHat, 0, n);
        java.util.Arrays.fill(p, 0);
        java.util.Arrays.fill(v, 0);
        rho = alpha = omega = 1;
        rhoNext = dot(rHat, r);
        if (rhoNext == 0) {
          break;
        }
      }
      double beta = (rhoNext / rho) * (alpha / omega);
      rho = rhoNext;
      for (int i = 0; i < n; i++) {
        p[i] = r[i] + beta * (p[i] - omega * v[i]);
      }
      multiply(p, v);
      alpha = rho / dot(rHat, v);
      for (int i = 0; i < n; i++) {
        s[i] = r[i] - alpha * v[i];
      }
      if (norm(s) / bNorm <= tolerance) {
        for (int i = 0; i < n; i++) {
          x[i] += alpha * p[i];
        }
        residual = norm(s) / bNorm;
        break;
      }
      multiply(s, t);
      double tt = dot(t, t);
      omega = tt == 0 ? 0 : dot(t, s) / tt;
      for (int i = 0; i < n; i++) {
        x[i] += alpha * p[i] + omega * s[i];
        r[i] = s[i] - omega * t[i];
      }
      residual = norm(r) / bNorm;
    }
    multiply(x, r); // the true residual, not the recursively updated one
    for (int i = 0; i < n; i++) {
      r[i] = b[i] - r[i];
    }
    double trueResidual = norm(r) / bNorm;
    if (!(trueResidual <= tolerance * 10)) {
      throw new GalerkinException(
          what + ": BiCGSTAB did not converge, relative residual " + trueResidual + " after "
              + iteration + " iterations (tolerance " + tolerance + ", budget " + maxIterations
              + "); raise maxIterations or the tolerance, or check the mesh for isolated nodes");
    }
    return new double[] {iteration, trueResidual};
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }
}
