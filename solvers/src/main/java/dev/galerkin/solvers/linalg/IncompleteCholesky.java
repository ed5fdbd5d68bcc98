package dev.galerkin.solvers.linalg;

import dev.galerkin.GalerkinException;
import java.util.Optional;

/**
 * Zero fill-in incomplete Cholesky, IC(0): {@code M = L Lᵀ} where {@code L} is lower triangular
 * with the pattern of the lower triangle of {@code A}, and {@code (L Lᵀ)[i][j] = A[i][j]} on that
 * pattern. Row-oriented factorisation (Saad, <i>Iterative Methods for Sparse Linear Systems</i>,
 * 2nd ed., 2003, §10.3, the symmetric case of ILU(0); Golub and Van Loan, <i>Matrix
 * Computations</i>, 4th ed., §11.5.8). It exists for M-matrices (the P1 Laplacian on meshes without
 * obtuse angles); otherwise a pivot may turn non-positive, and {@link #tryFactor} reports that as
 * empty so a caller can fall back to {@link JacobiPreconditioner}.
 *
 * <p><b>Storage.</b> {@code L} in CSR with the layout of {@link CsrMatrix}: row {@code i} holds
 * columns {@code j < i} ascending, then the diagonal last.
 */
public final class IncompleteCholesky implements Preconditioner {
  private final int n;
  private final int[] start;
  private final int[] cols;
  private final double[] vals;
  private final double[] work;

  private IncompleteCholesky(int n, int[] start, int[] cols, double[] vals) {
    this.n = n;
    this.start = start;
    this.cols = cols;
    this.vals = vals;
    this.work = new double[n];
  }

  /**
   * Factors {@code A}, throwing on breakdown.
   *
   * @param a a symmetric matrix, not modified
   * @return the preconditioner
   * @throws GalerkinException naming the row whose pivot was not positive
   */
  public static IncompleteCholesky factor(CsrMatrix a) {
    return compute(a);
  }

  /**
   * Factors {@code A}, or reports breakdown.
   *
   * @param a a symmetric matrix, not modified
   * @return the preconditioner, or empty if a pivot was not positive
   */
  public static Optional<IncompleteCholesky> tryFactor(CsrMatrix a) {
    try {
      return Optional.of(compute(a));
    } catch (GalerkinException breakdown) {
      return Optional.empty();
    }
  }

  private static IncompleteCholesky compute(CsrMatrix a) {
    int n = a.size();
    int[] as = a.rowStart();
    int[] ac = a.columns();
    double[] av = a.values();
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int k = as[i]; k < as[i + 1]; k++) {
        if (ac[k] <= i) {
          count++;
        }
      }
      start[i + 1] = start[i] + count;
    }
    int[] cols = new int[start[n]];
    double[] vals = new double[start[n]];
    for (int i = 0; i < n; i++) {
      int p = start[i];
      boolean diagonal = false;
      for (int k = as[i]; k < as[i + 1]; k++) {
        if (ac[k] <= i) {
          cols[p] = ac[k];
          vals[p] = av[k];
          diagonal |= ac[k] == i;
          p++;
        }
      }
      if (!diagonal) {
        throw new GalerkinException(
            "IncompleteCholesky: row " + i + " has no diagonal entry in the pattern");
      }
    }
    for (int i = 0; i < n; i++) {
      int di = start[i + 1] - 1; // the diagonal is last in the row
      for (int p = start[i]; p < di; p++) {
        int k = cols[p];
        // L[i][k] = (A[i][k] - sum_{j<k} L[i][j] L[k][j]) / L[k][k], a sparse dot of rows i and k
        double s = vals[p];
        int q = start[i];
        int r = start[k];
        int rEnd = start[k + 1] - 1;
        while (q < p && r < rEnd) {
          if (cols[q] == cols[r]) {
            s -= vals[q++] * vals[r++];
          } else if (cols[q] < cols[r]) {
            q++;
          } else {
            r++;
          }
        }
        vals[p] = s / vals[rEnd];
      }
      double d = vals[di];
      for (int p = start[i]; p < di; p++) {
        d -= vals[p] * vals[p];
      }
      if (!(d > 0) || !Double.isFinite(d)) {
        throw new GalerkinException(
            "IncompleteCholesky broke down at row " + i + ": pivot " + d
                + " is not positive; use Jacobi preconditioning");
      }
      vals[di] = Math.sqrt(d);
    }
    return new IncompleteCholesky(n, start, cols, vals);
  }

  @Override
  public void apply(double[] r, double[] z) {
    double[] y = work;
    for (int i = 0; i < n; i++) { // L y = r
      double s = r[i];
      int di = start[i + 1] - 1;
      for (int p = start[i]; p < di; p++) {
        s -= vals[p] * y[cols[p]];
      }
      y[i] = s / vals[di];
    }
    for (int i = n - 1; i >= 0; i--) { // Lᵀ z = y, column by column
      int di = start[i + 1] - 1;
      double zi = y[i] / vals[di];
      z[i] = zi;
      for (int p = start[i]; p < di; p++) {
        y[cols[p]] -= vals[p] * zi;
      }
    }
  }

  @Override
  public String name() {
    return "IC(0)";
  }
}
