package dev.galerkin.solvers.darcy;

import dev.galerkin.solvers.linalg.Dot;

/**
 * A symmetric 5- or 9-point operator on the interior nodes of an {@code nx × ny} node grid with
 * Dirichlet boundary nodes, and its kernels: product, residual and Gauss–Seidel sweeps.
 *
 * <p><b>Layout.</b> Every array, coefficients and vectors alike, covers all {@code nx * ny} nodes
 * with {@code v[i * ny + j]} at node {@code (i, j)}; the unknowns are the interior nodes {@code
 * 1 <= i <= nx - 2}, {@code 1 <= j <= ny - 2}. Vectors hold zero on the boundary (the Dirichlet value),
 * and kernels neither read nor write boundary values other than those zeros, so no loop branches
 * on the boundary. Only half of the symmetric stencil is stored; with {@code p = i * ny + j}:
 *
 * <pre>{@code
 * c[p]  = A(p, p)                 diagonal
 * e[p]  = A(p, p + ny)            (i, j) – (i+1, j)
 * n[p]  = A(p, p + 1)             (i, j) – (i, j+1)
 * ne[p] = A(p, p + ny + 1)        (i, j) – (i+1, j+1)    9-point only
 * se[p] = A(p, p + ny - 1)        (i, j) – (i+1, j-1)    9-point only
 * }</pre>
 *
 * and the other half by symmetry ({@code A(p, p - ny) = e[p - ny]} and so on). A coupling to a
 * boundary node is stored as zero, as is every coefficient at a boundary node. Symmetry of the
 * operator is therefore exact in floating point.
 *
 * <p>Not thread-safe; the arrays are owned by one {@link MultigridHierarchy}.
 */
final class StencilOperator {
  final int nx;
  final int ny;
  final boolean ninePoint;
  final double[] c;
  final double[] e;
  final double[] n;
  final double[] ne;
  final double[] se;
  /** {@code 1 / c} at interior nodes, zero on the boundary; refreshed by {@link #updateInverse}. */
  final double[] invC;

  StencilOperator(int nx, int ny, boolean ninePoint) {
    this.nx = nx;
    this.ny = ny;
    this.ninePoint = ninePoint;
    int size = nx * ny;
    c = new double[size];
    e = new double[size];
    n = new double[size];
    ne = ninePoint ? new double[size] : null;
    se = ninePoint ? new double[size] : null;
    invC = new double[size];
  }

  /** @return the number of unknowns {@code (nx - 2)(ny - 2)} */
  int unknowns() {
    return (nx - 2) * (ny - 2);
  }

  /** Recomputes {@link #invC} from {@link #c}. */
  void updateInverse() {
    for (int i = 1; i < nx - 1; i++) {
      int row = i * ny;
      for (int p = row + 1; p < row + ny - 1; p++) {
        invC[p] = 1.0 / c[p];
      }
    }
  }

  /**
   * {@code out = b - A x} on interior nodes (boundary of {@code out} untouched).
   *
   * @param x the vector, zero on the boundary; not modified
   * @param b the right-hand side; not modified
   * @param out modified
   */
  void residual(double[] x, double[] b, double[] out) {
    for (int i = 1; i < nx - 1; i++) {
      int from = i * ny + 1;
      int to = i * ny + ny - 1;
      if (ninePoint) {
        residualRow9(x, b, out, from, to);
      } else {
        residualRow5(x, b, out, from, to);
      }
    }
  }

  private void residualRow5(double[] x, double[] b, double[] out, int from, int to) {
    final int ny = this.ny;
    final double[] c = this.c;
    final double[] e = this.e;
    final double[] n = this.n;
    for (int p = from; p < to; p++) {
      out[p] = residual5(x, b, p);
    }
  }

  /** {@code (b - A x)[p]} for the 5-point operator; one expression, so every caller rounds alike. */
  private double residual5(double[] x, double[] b, int p) {
    return b[p]
        - (c[p] * x[p] + e[p] * x[p + ny] + e[p - ny] * x[p - ny] + n[p] * x[p + 1]
            + n[p - 1] * x[p - 1]);
  }

  private void residualRow9(double[] x, double[] b, double[] out, int from, int to) {
    for (int p = from; p < to; p++) {
      out[p] = b[p] - (c[p] * x[p] + neighbours9(x, p));
    }
  }

  /**
   * {@code out = A x} on interior nodes (boundary of {@code out} untouched).
   *
   * @param x the vector, zero on the boundary; not modified
   * @param out modified
   * @return {@code xᵀ A x}
   */
  double apply(double[] x, double[] out) {
    double xax = 0.0;
    for (int i = 1; i < nx - 1; i++) {
      int from = i * ny + 1;
      int to = i * ny + ny - 1;
      if (ninePoint) {
        for (int p = from; p < to; p++) {
          out[p] = c[p] * x[p] + neighbours9(x, p);
        }
      } else {
        applyRow5(x, out, from, to);
      }
      xax += Dot.of(x, out, from, to);
    }
    return xax;
  }

  private void applyRow5(double[] x, double[] out, int from, int to) {
    final int ny = this.ny;
    final double[] c = this.c;
    final double[] e = this.e;
    final double[] n = this.n;
    for (int p = from; p < to; p++) {
      out[p] =
          c[p] * x[p]
              + e[p] * x[p + ny]
              + e[p - ny] * x[p - ny]
              + n[p] * x[p + 1]
              + n[p - 1] * x[p - 1];
    }
  }

  /**
   * One red–black Gauss–Seidel sweep: the red nodes ({@code i + j} even) in increasing order, then
   * the black nodes ({@code i + j} odd) in increasing order. For the 5-point operator the nodes of
   * one colour are uncoupled, so this is the classical red–black smoother; for a 9-point operator
   * it is Gauss–Seidel in that ordering (nodes of one colour couple diagonally). Either way no two
   * consecutive updates in a row depend on each other, which keeps the loop free of a serial
   * dependence chain.
   *
   * @param x the iterate, zero on the boundary; modified
   * @param b the right-hand side; not modified
   */
  void gaussSeidelForward(double[] x, double[] b) {
    sweepUp(x, b, 0);
    sweepUp(x, b, 1);
  }

  /**
   * {@link #gaussSeidelForward} from {@code x = 0}, without reading {@code x}: the first sweep of a
   * V-cycle. For the 5-point operator the red nodes see only zero neighbours, so their update is
   * {@code b · invC} (bit for bit what the sweep computes) and every interior node is written at
   * once, red with that and black with zero, before the black half-sweep; the 9-point operator
   * (whose red nodes couple) zeroes {@code x} and sweeps.
   *
   * @param x overwritten: the iterate after one forward sweep from zero, zero on the boundary
   * @param b the right-hand side; not modified
   */
  void gaussSeidelForwardFromZero(double[] x, double[] b) {
    if (ninePoint) {
      java.util.Arrays.fill(x, 0.0);
      gaussSeidelForward(x, b);
      return;
    }
    java.util.Arrays.fill(x, 0, ny, 0.0);
    java.util.Arrays.fill(x, (nx - 1) * ny, nx * ny, 0.0);
    for (int i = 1; i < nx - 1; i++) {
      int row = i * ny;
      x[row] = 0.0;
      x[row + ny - 1] = 0.0;
      int red = 1 + ((i + 1) & 1); // first j with i + j even
      for (int j = 1; j < ny - 1; j++) {
        x[row + j] = 0.0;
      }
      for (int p = row + red; p < row + ny - 1; p += 2) {
        x[p] = b[p] * invC[p];
      }
    }
    sweepUp(x, b, 1);
  }

  /**
   * {@link #residual} right after a {@link #gaussSeidelForward} sweep, which ends with the black
   * nodes. For the 5-point operator a black node's neighbours are all red, so its residual is zero
   * in exact arithmetic (a few ulps of {@code b} in floating point) and is stored as zero; only the
   * red nodes are computed. The 9-point operator computes every node.
   *
   * @param x the iterate just swept; not modified
   * @param b the right-hand side; not modified
   * @param out modified on interior nodes
   */
  void residualAfterForwardSweep(double[] x, double[] b, double[] out) {
    if (ninePoint) {
      residual(x, b, out);
      return;
    }
    for (int i = 1; i < nx - 1; i++) {
      int row = i * ny;
      for (int j = 1; j < ny - 1; j++) {
        out[row + j] = 0.0;
      }
      for (int p = row + 1 + ((i + 1) & 1); p < row + ny - 1; p += 2) { // red: i + j even
        out[p] = residual5(x, b, p);
      }
    }
  }

  /**
   * The adjoint of {@link #gaussSeidelForward}: the same updates in exactly the reverse order
   * (black nodes decreasing, then red nodes decreasing). A forward pre-smoothing sweep and a
   * backward post-smoothing sweep make the V-cycle symmetric.
   *
   * @param x the iterate, zero on the boundary; modified
   * @param b the right-hand side; not modified
   */
  void gaussSeidelBackward(double[] x, double[] b) {
    sweepDown(x, b, 1);
    sweepDown(x, b, 0);
  }

  /** Updates the nodes with {@code (i + j) % 2 == colour}, {@code i} then {@code j} increasing. */
  private void sweepUp(double[] x, double[] b, int colour) {
    final int ny = this.ny;
    for (int i = 1; i < nx - 1; i++) {
      int row = i * ny;
      int j0 = 1 + ((i + 1 + colour) & 1);
      if (ninePoint) {
        for (int p = row + j0; p < row + ny - 1; p += 2) {
          x[p] = (b[p] - neighbours9(x, p)) * invC[p];
        }
      } else {
        for (int p = row + j0; p < row + ny - 1; p += 2) {
          x[p] = (b[p] - neighbours5(x, p)) * invC[p];
        }
      }
    }
  }

  /** Updates the nodes with {@code (i + j) % 2 == colour}, {@code i} then {@code j} decreasing. */
  private void sweepDown(double[] x, double[] b, int colour) {
    final int ny = this.ny;
    for (int i = nx - 2; i >= 1; i--) {
      int row = i * ny;
      int j0 = 1 + ((i + 1 + colour) & 1);
      int last = j0 + Math.floorDiv(ny - 2 - j0, 2) * 2; // largest j <= ny - 2 of this colour
      if (ninePoint) {
        for (int p = row + last; p >= row + j0; p -= 2) {
          x[p] = (b[p] - neighbours9(x, p)) * invC[p];
        }
      } else {
        for (int p = row + last; p >= row + j0; p -= 2) {
          x[p] = (b[p] - neighbours5(x, p)) * invC[p];
        }
      }
    }
  }

  /** The off-diagonal part of {@code (A x)[p]}, 5-point. */
  private double neighbours5(double[] x, int p) {
    return e[p] * x[p + ny] + e[p - ny] * x[p - ny] + n[p] * x[p + 1] + n[p - 1] * x[p - 1];
  }

  /** The off-diagonal part of {@code (A x)[p]}, 9-point. */
  private double neighbours9(double[] x, int p) {
    final int ny = this.ny;
    return e[p] * x[p + ny]
        + e[p - ny] * x[p - ny]
        + n[p] * x[p + 1]
        + n[p - 1] * x[p - 1]
        + ne[p] * x[p + ny + 1]
        + ne[p - ny - 1] * x[p - ny - 1]
        + se[p] * x[p + ny - 1]
        + se[p - ny + 1] * x[p - ny + 1];
  }

  /** Sets every coefficient to zero. */
  void clear() {
    java.util.Arrays.fill(c, 0.0);
    java.util.Arrays.fill(e, 0.0);
    java.util.Arrays.fill(n, 0.0);
    if (ninePoint) {
      java.util.Arrays.fill(ne, 0.0);
      java.util.Arrays.fill(se, 0.0);
    }
  }
}
