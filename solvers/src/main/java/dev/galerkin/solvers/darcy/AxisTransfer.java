package dev.galerkin.solvers.darcy;

/**
 * The coarse nodes of one axis (a subset of the fine nodes), each fine node's coarse neighbours,
 * and the linear interpolation weights between them: the index maps of {@link OperatorTransfer},
 * whose operator-dependent weights replace these linear ones except at coarse nodes (injection),
 * towards boundary nodes (zero) and where the operator's couplings have the wrong sign.
 *
 * <p><b>Coarsening.</b> The fine axis has nodes {@code 0 … m} ({@code m} cells, the two ends are
 * Dirichlet boundary nodes). The coarse nodes are fine nodes {@code c[0] = 0 < c[1] < … < c[mc] =
 * m}:
 *
 * <ul>
 *   <li>{@code m} even: every other node, {@code c[K] = 2K}, {@code mc = m / 2} (standard
 *       coarsening);
 *   <li>{@code m} odd, {@code m >= 5}: every other node except one gap of three fine cells in the
 *       middle, {@code mc = (m - 1) / 2}; so {@code 420 → 210 → 105 → 52 → 26 → 13 → 6};
 *   <li>{@code m < 4}: no coarsening, {@code c[K] = K} (the identity; used when the other axis
 *       still coarsens).
 * </ul>
 *
 * <p><b>Interpolation.</b> Fine node {@code p} takes {@code wLo · U[lo] + wHi · U[hi]}: a fine node
 * that is a coarse node {@code K} has {@code lo = hi = K}, {@code wLo = 1}, {@code wHi = 0}; a node
 * strictly between coarse nodes {@code K} and {@code K + 1} has {@code lo = K}, {@code hi = K + 1}
 * and the linear weights from the nodes' positions. Coarse boundary nodes carry the Dirichlet value
 * zero, so their weights are set to zero: interpolation, restriction and the Galerkin product never
 * move anything into or out of boundary slots. Because each coarse hat function is supported
 * strictly between its neighbouring coarse nodes, the Galerkin product of a 9-point operator is
 * again 9-point.
 */
final class AxisTransfer {
  /** Fine cells {@code m}. */
  final int fineCells;
  /** Coarse cells {@code mc}. */
  final int coarseCells;
  /** Positions of the coarse nodes (a subset of the fine positions), length {@code mc + 1}. */
  final double[] coarsePositions;
  /** Lower coarse neighbour of each fine node, length {@code m + 1}. */
  final int[] lo;
  /** Upper coarse neighbour of each fine node ({@code == lo} at coarse nodes). */
  final int[] hi;
  /** Weight of {@code lo} (zero when {@code lo} is a boundary node). */
  final double[] wLo;
  /** Weight of {@code hi} (zero at coarse nodes and when {@code hi} is a boundary node). */
  final double[] wHi;
  /**
   * Standard coarsening: coarse node {@code K} is fine node {@code 2K} ({@code m} even, {@code m >=
   * 4}), so fine node {@code 2K + 1} lies between coarse nodes {@code K} and {@code K + 1}.
   */
  final boolean regular;

  /**
   * @param positions the fine node positions, length {@code m + 1}, increasing
   */
  AxisTransfer(double[] positions) {
    int m = positions.length - 1;
    this.fineCells = m;
    int[] c = selectCoarse(m);
    int mc = c.length - 1;
    this.coarseCells = mc;
    this.regular = coarsens(m) && m % 2 == 0;
    this.coarsePositions = new double[mc + 1];
    for (int k = 0; k <= mc; k++) {
      coarsePositions[k] = positions[c[k]];
    }
    lo = new int[m + 1];
    hi = new int[m + 1];
    wLo = new double[m + 1];
    wHi = new double[m + 1];
    for (int k = 0; k < mc; k++) {
      double x0 = positions[c[k]];
      double x1 = positions[c[k + 1]];
      lo[c[k]] = k;
      hi[c[k]] = k;
      wLo[c[k]] = 1.0;
      for (int p = c[k] + 1; p < c[k + 1]; p++) {
        lo[p] = k;
        hi[p] = k + 1;
        double t = (positions[p] - x0) / (x1 - x0);
        wLo[p] = 1.0 - t;
        wHi[p] = t;
      }
    }
    lo[m] = mc;
    hi[m] = mc;
    wLo[m] = 1.0;
    for (int p = 0; p <= m; p++) {
      if (lo[p] == 0 || lo[p] == mc) {
        wLo[p] = 0.0;
      }
      if (hi[p] == 0 || hi[p] == mc) {
        wHi[p] = 0.0;
      }
    }
  }

  /**
   * @param m fine cells
   * @return whether {@link #AxisTransfer} coarsens an axis of {@code m} cells (else the identity)
   */
  static boolean coarsens(int m) {
    return m >= 4;
  }

  /**
   * @param m fine cells
   * @return the coarse cells the rule above gives for {@code m} fine cells
   */
  static int coarseCells(int m) {
    if (!coarsens(m)) {
      return m;
    }
    return m / 2;
  }

  private static int[] selectCoarse(int m) {
    int mc = coarseCells(m);
    int[] c = new int[mc + 1];
    if (!coarsens(m)) {
      for (int k = 0; k <= m; k++) {
        c[k] = k;
      }
      return c;
    }
    int wide = (m % 2 == 1) ? mc / 2 : -1; // the one cell of three fine cells
    for (int k = 1; k <= mc; k++) {
      c[k] = c[k - 1] + (k - 1 == wide ? 3 : 2);
    }
    return c;
  }

  /**
   * @return whether this transfer is the identity (no coarsening along this axis)
   */
  boolean identity() {
    return coarseCells == fineCells;
  }
}
