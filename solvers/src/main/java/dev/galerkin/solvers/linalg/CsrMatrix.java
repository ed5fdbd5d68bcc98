package dev.galerkin.solvers.linalg;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/**
 * A square sparse matrix in compressed sparse row (CSR) form, assembled from triplets {@code (i,
 * j, a)} with duplicates summed: the stiffness matrices of the finite-element solvers.
 *
 * <p><b>Layout</b> (EJML style): row {@code i} holds the entries {@code k = rowStart[i] …
 * rowStart[i + 1] - 1}, with {@code A[i][columns[k]] = values[k]}; columns within a row are
 * strictly ascending. {@code rowStart} has length {@code n + 1}, {@code columns} and {@code values}
 * length {@code rowStart[n]}. Entries that sum to zero stay in the pattern.
 *
 * <p>The matrix is immutable; {@link #withDirichlet} returns a new one. Methods do not check
 * symmetry; {@link ConjugateGradient} needs a symmetric positive definite matrix.
 */
public final class CsrMatrix {
  private final int n;
  private final int[] rowStart;
  private final int[] columns;
  private final double[] values;

  private CsrMatrix(int n, int[] rowStart, int[] columns, double[] values) {
    this.n = n;
    this.rowStart = rowStart;
    this.columns = columns;
    this.values = values;
  }

  /**
   * Sums triplets into a CSR matrix.
   *
   * @param n the order, {@code >= 1}
   * @param rows row index of each triplet, {@code 0 <= rows[k] < n}, not modified
   * @param cols column index of each triplet, not modified
   * @param vals value of each triplet, not modified
   * @param count how many triplets of the arrays to use
   * @return the matrix, duplicates summed
   * @throws GalerkinException on an index out of range or a non-finite value
   */
  public static CsrMatrix fromTriplets(int n, int[] rows, int[] cols, double[] vals, int count) {
    if (n < 1) {
      throw new GalerkinException("CsrMatrix order n = " + n + "; need n >= 1");
    }
    if (count < 0 || count > rows.length || count > cols.length || count > vals.length) {
      throw new GalerkinException(
          "CsrMatrix.fromTriplets: count " + count + " exceeds the triplet arrays (" + rows.length
              + ", " + cols.length + ", " + vals.length + ")");
    }
    int[] perRow = new int[n + 1];
    for (int k = 0; k < count; k++) {
      if (rows[k] < 0 || rows[k] >= n || cols[k] < 0 || cols[k] >= n) {
        throw new GalerkinException(
            "CsrMatrix triplet " + k + " at (" + rows[k] + ", " + cols[k]
                + ") is outside a " + n + " x " + n + " matrix");
      }
      if (!Double.isFinite(vals[k])) {
        throw new GalerkinException(
            "CsrMatrix triplet " + k + " at (" + rows[k] + ", " + cols[k] + ") is " + vals[k]
                + "; entries must be finite");
      }
      perRow[rows[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      perRow[i + 1] += perRow[i];
    }
    // bucket the triplets by row
    int[] fill = Arrays.copyOf(perRow, n);
    int[] c = new int[count];
    double[] v = new double[count];
    for (int k = 0; k < count; k++) {
      int p = fill[rows[k]]++;
      c[p] = cols[k];
      v[p] = vals[k];
    }
    // sort each row by column and merge duplicates
    int[] start = new int[n + 1];
    int out = 0;
    for (int i = 0; i < n; i++) {
      int lo = perRow[i];
      int hi = perRow[i + 1];
      sortRow(c, v, lo, hi);
      start[i] = out;
      for (int k = lo; k < hi; k++) {
        if (out > start[i] && c[out - 1] == c[k]) {
          v[out - 1] += v[k];
        } else {
          c[out] = c[k];
          v[out] = v[k];
          out++;
        }
      }
    }
    start[n] = out;
    return new CsrMatrix(n, start, Arrays.copyOf(c, out), Arrays.copyOf(v, out));
  }

  private static void sortRow(int[] c, double[] v, int lo, int hi) {
    for (int k = lo + 1; k < hi; k++) { // insertion sort: rows of FEM matrices are short
      int ck = c[k];
      double vk = v[k];
      int j = k - 1;
      while (j >= lo && c[j] > ck) {
        c[j + 1] = c[j];
        v[j + 1] = v[j];
        j--;
      }
      c[j + 1] = ck;
      v[j + 1] = vk;
    }
  }

  /** @return the order {@code n} */
  public int size() {
    return n;
  }

  /** @return the number of stored entries */
  public int nonZeros() {
    return rowStart[n];
  }

  /**
   * @param i row
   * @param j column
   * @return {@code A[i][j]}, 0 outside the pattern
   */
  public double get(int i, int j) {
    int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
    return k >= 0 ? values[k] : 0.0;
  }

  /** @return a copy of the row pointers, length {@code n + 1} */
  public int[] rowStart() {
    return rowStart.clone();
  }

  /** @return a copy of the column indices, length {@link #nonZeros()} */
  public int[] columns() {
    return columns.clone();
  }

  /** @return a copy of the values, length {@link #nonZeros()} */
  public double[] values() {
    return values.clone();
  }

  /** @return the diagonal {@code A[i][i]}, length {@code n} */
  public double[] diagonal() {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = get(i, i);
    }
    return d;
  }

  /**
   * {@code y = A x}.
   *
   * @param x length {@code n}, not modified
   * @param y length {@code n}, modified (overwritten)
   */
  public void multiply(double[] x, double[] y) {
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        s += values[k] * x[columns[k]];
      }
      y[i] = s;
    }
  }

  /**
   * Imposes {@code x[i] = known[i]} for every {@code fixed[i]} by symmetric row and column
   * elimination: the known values move to the right-hand side ({@code b -= A[:, fixed] known}),
   * rows and columns of the fixed unknowns become zero except their diagonal, which keeps its value
   * {@code d} (so the matrix keeps its scale), and {@code b[i] = d known[i]}. The result is
   * symmetric if {@code A} is, and positive definite if {@code A} is positive definite on the free
   * unknowns.
   *
   * @param fixed which unknowns are known, length {@code n}, not modified
   * @param known their values (others ignored), length {@code n}, not modified
   * @param rhs the right-hand side, length {@code n}, modified in place
   * @return the eliminated matrix
   * @throws GalerkinException if a fixed unknown has a diagonal that is not positive
   */
  public CsrMatrix withDirichlet(boolean[] fixed, double[] known, double[] rhs) {
    if (fixed.length != n || known.length != n || rhs.length != n) {
      throw new GalerkinException(
          "CsrMatrix.withDirichlet: arrays of length " + fixed.length + ", " + known.length + ", "
              + rhs.length + " for a matrix of order " + n);
    }
    double[] v = values.clone();
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int j = columns[k];
        if (fixed[j] && !fixed[i]) {
          rhs[i] -= v[k] * known[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!fixed[i]) {
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
          if (fixed[columns[k]]) {
            v[k] = 0;
          }
        }
        continue;
      }
      double d = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (columns[k] == i) {
          d = v[k];
        } else {
          v[k] = 0;
        }
      }
      if (!(d > 0)) {
        throw new GalerkinException(
            "CsrMatrix.withDirichlet: fixed unknown " + i + " has diagonal " + d
                + "; need a positive diagonal entry in the pattern");
      }
      rhs[i] = d * known[i];
    }
    return new CsrMatrix(n, rowStart, columns, v);
  }

  /**
   * Collects triplets in growing flat arrays, for {@link CsrMatrix#fromTriplets}. Not
   * thread-safe.
   */
  public static final class Triplets {
    private int[] rows;
    private int[] cols;
    private double[] vals;
    private int count;

    /** @param capacity initial number of triplets, {@code >= 1} */
    public Triplets(int capacity) {
      int c = Math.max(1, capacity);
      rows = new int[c];
      cols = new int[c];
      vals = new double[c];
    }

    /**
     * Adds {@code a} to entry {@code (i, j)}.
     *
     * @param i row
     * @param j column
     * @param a value
     */
    public void add(int i, int j, double a) {
      if (count == rows.length) {
        int c = 2 * count;
        rows = Arrays.copyOf(rows, c);
        cols = Arrays.copyOf(cols, c);
        vals = Arrays.copyOf(vals, c);
      }
      rows[count] = i;
      cols[count] = j;
      vals[count] = a;
      count++;
    }

    /** @return the number of triplets added */
    public int count() {
      return count;
    }

    /**
     * @param n the order of the matrix
     * @return the summed matrix
     */
    public CsrMatrix toMatrix(int n) {
      return fromTriplets(n, rows, cols, vals, count);
    }
  }
}
