package dev.galerkin.solvers.darcy;

/**
 * The operator-dependent prolongation of one multigrid level, {@code P = Px · Py}: first along
 * {@code y} on the coarse-{@code x} lines ({@code Py}, coarse → coarse-x × fine-y), then along
 * {@code x} on every fine {@code y} line ({@code Px}, coarse-x × fine-y → fine), each a 1D
 * interpolation whose weights come from the operator instead of the node positions.
 *
 * <p><b>Why.</b> Bilinear interpolation assumes the correction is smooth across the coarse cell;
 * across a jump of the coefficient {@code a} it is not (its gradient jumps by the inverse ratio),
 * so the coarse-grid correction of a bilinear hierarchy degrades with the contrast: on 257² with a
 * two-valued coefficient ({@code DarcyIterationCountTest}) it took 7, 9, 12, 13, 14, 15 CG
 * iterations at contrast 4, 10, 100, 1000, 10⁴, 10⁶ (6 for a constant coefficient). Interpolating
 * by flux continuity instead (Alcouffe, Brandt, Dendy and Painter, "The multi-grid method for the
 * diffusion equation with strongly discontinuous coefficients", SIAM J. Sci. Stat. Comput. 2
 * (1981) 430–454; de Zeeuw, "Matrix-dependent prolongations and restrictions in a blackbox
 * multigrid solver", J. Comput. Appl. Math. 33 (1990) 1–27) takes 6, 7, 8, 8, 9, 10 there, and
 * on FNO's 421² coefficients 7 instead of 8 ({@code DarcyIterationCountTest.fnoResolutionsUpTo421}).
 *
 * <p><b>Weights.</b> A fine node strictly between coarse nodes {@code K} and {@code K + 1} along
 * the interpolation axis takes the value of the 1D problem obtained by collapsing the operator's
 * stencil onto that axis: with {@code α, β > 0} the summed couplings of the node to the previous
 * and next line ({@code −Σ} of the stencil entries on that side), the weights are {@code α/(α+β)}
 * and {@code β/(α+β)} (for a constant coefficient {@code ½, ½}: bilinear). In a gap of two fine
 * nodes (the one wider cell of an odd cell count, {@link AxisTransfer}) the two nodes' collapsed
 * 2×2 system is solved exactly (for a constant coefficient {@code ⅔, ⅓}: linear). The collapsed
 * diagonal is taken as {@code α + β} (the row sum of the pure diffusion operator is zero away from
 * the boundary), so the weights sum to one. A node whose collapsed couplings are not both positive
 * keeps the geometric weights: the nodes next to a Dirichlet boundary along the interpolation
 * axis (their couplings to boundary nodes are not stored, {@link StencilOperator}), next to a
 * {@link DarcyMask}'s decoupled identity rows, and, in principle, where a 9-point Galerkin
 * operator has a positive collapsed coupling.
 * Weights towards a coarse boundary node are zero (the Dirichlet value), as in {@link
 * AxisTransfer}.
 *
 * <p>{@code Px} is computed from the fine operator ({@link #updateX}), {@code Py} from the
 * intermediate Galerkin product {@code T = Pxᵀ A Px} ({@link #updateY}), so {@link
 * GalerkinCoarsening} forms {@code Pᵀ A P = Pyᵀ (Pxᵀ A Px) Py} in the same two stages as before,
 * with per-node instead of per-line weights.
 *
 * <p><b>Storage.</b> Only nodes strictly between coarse nodes carry weights (coarse nodes inject),
 * stored compactly as {@code float}: the V-cycle reads them twice per level, and on 421² full
 * {@code double} arrays (4.2 MB on the finest level) cost 12 % of a V-cycle in cache traffic. The
 * weights are rounded to {@code float} once, when computed, and the Galerkin product uses the
 * rounded values, so restriction, prolongation and coarse operator are exactly consistent. Not
 * thread-safe.
 */
final class OperatorTransfer {
  /** The node selection and index maps along {@code x} (and its geometric weights). */
  final AxisTransfer x;
  /** The same along {@code y}. */
  final AxisTransfer y;
  /** Fine nodes per line ({@code y.fineCells + 1}). */
  final int nyf;
  /** Row of fine line {@code i} in {@link #xLo}/{@link #xHi}, or {@code -1} for a coarse line. */
  final int[] xRow;
  /** Weight of fine node {@code (i, j)} towards {@code (x.lo[i], j)}, at {@code xRow[i] * nyf + j}. */
  final float[] xLo;
  /** Weight of fine node {@code (i, j)} towards {@code (x.hi[i], j)}, same index. */
  final float[] xHi;
  /** The interior {@code j} that are coarse nodes along {@code y} (injected), increasing. */
  final int[] yCoarse;
  /** The {@code j} strictly between coarse nodes along {@code y} (interpolated), increasing. */
  final int[] yGap;
  /** Weight of node {@code (K, yGap[q])} towards {@code (K, y.lo[yGap[q]])}, at {@code K * yGap.length + q}. */
  final float[] yLo;
  /** Weight of node {@code (K, yGap[q])} towards {@code (K, y.hi[yGap[q]])}, same index. */
  final float[] yHi;
  /** Ones, one fine line long: the weights of a coarse line, for {@link GalerkinCoarsening}. */
  final float[] ones;

  /**
   * @param x the transfer along {@code x} (fine {@code x.fineCells + 1} nodes)
   * @param y the transfer along {@code y}
   */
  OperatorTransfer(AxisTransfer x, AxisTransfer y) {
    this.x = x;
    this.y = y;
    int nxf = x.fineCells + 1;
    int nxc = x.coarseCells + 1;
    nyf = y.fineCells + 1;
    xRow = new int[nxf];
    int rows = 0;
    for (int i = 0; i < nxf; i++) {
      xRow[i] = x.lo[i] == x.hi[i] ? -1 : rows++;
    }
    xLo = new float[rows * nyf];
    xHi = new float[rows * nyf];
    for (int i = 0; i < nxf; i++) {
      if (xRow[i] >= 0) {
        java.util.Arrays.fill(xLo, xRow[i] * nyf, (xRow[i] + 1) * nyf, (float) x.wLo[i]);
        java.util.Arrays.fill(xHi, xRow[i] * nyf, (xRow[i] + 1) * nyf, (float) x.wHi[i]);
      }
    }
    int gaps = 0;
    for (int j = 1; j < nyf - 1; j++) {
      gaps += y.lo[j] == y.hi[j] ? 0 : 1;
    }
    yGap = new int[gaps];
    yCoarse = new int[nyf - 2 - gaps];
    for (int j = 1, g = 0, c = 0; j < nyf - 1; j++) {
      if (y.lo[j] == y.hi[j]) {
        yCoarse[c++] = j;
      } else {
        yGap[g++] = j;
      }
    }
    yLo = new float[nxc * gaps];
    yHi = new float[nxc * gaps];
    for (int k = 0; k < nxc; k++) {
      for (int q = 0; q < gaps; q++) {
        yLo[k * gaps + q] = (float) y.wLo[yGap[q]];
        yHi[k * gaps + q] = (float) y.wHi[yGap[q]];
      }
    }
    ones = new float[nyf];
    java.util.Arrays.fill(ones, 1f);
  }

  /**
   * Recomputes the {@code x} weights from the fine operator.
   *
   * @param a the fine operator, {@code (x.fineCells + 1) × nyf}; not modified
   */
  void updateX(StencilOperator a) {
    int ny = nyf;
    int m = x.fineCells;
    boolean nine = a.ninePoint;
    for (int i = 1; i < m; i++) {
      if (xRow[i] < 0) {
        continue; // a coarse line: injection
      }
      boolean pair = i + 1 < m && xRow[i + 1] >= 0;
      int f = i * ny;
      int w = xRow[i] * ny;
      for (int j = 1; j < ny - 1; j++) {
        int p = f + j;
        // couplings of (i, j) to line i - 1 and to line i + 1, summed over the stencil's column
        double west = nine ? a.e[p - ny] + a.ne[p - ny - 1] + a.se[p - ny + 1] : a.e[p - ny];
        double east = nine ? a.e[p] + a.ne[p] + a.se[p] : a.e[p];
        if (!pair) {
          single(-west, -east, i, w + j, x, xLo, xHi);
          continue;
        }
        int q = p + ny;
        double west2 = nine ? a.e[q - ny] + a.ne[q - ny - 1] + a.se[q - ny + 1] : a.e[q - ny];
        double east2 = nine ? a.e[q] + a.ne[q] + a.se[q] : a.e[q];
        pair(-west, -east, -west2, -east2, i, w + j, w + ny + j, x, xLo, xHi);
      }
      if (pair) {
        i++;
      }
    }
  }

  /**
   * Recomputes the {@code y} weights from the stage-1 product {@code T = Pxᵀ A Px}.
   *
   * @param t the 9-point intermediate operator, {@code (x.coarseCells + 1) × nyf}; not modified
   */
  void updateY(StencilOperator t) {
    int ny = nyf;
    int gaps = yGap.length;
    for (int k = 1; k < t.nx - 1; k++) {
      int f = k * ny;
      for (int g = 0; g < gaps; g++) {
        int j = yGap[g];
        int p = f + j;
        // couplings of (k, j) to column j - 1 and to column j + 1, summed over the stencil's row
        double south = t.n[p - 1] + t.se[p] + t.ne[p - ny - 1];
        double north = t.n[p] + t.ne[p] + t.se[p - ny + 1];
        int w = k * gaps + g;
        if (g + 1 < gaps && yGap[g + 1] == j + 1) {
          int q = p + 1;
          double south2 = t.n[q - 1] + t.se[q] + t.ne[q - ny - 1];
          double north2 = t.n[q] + t.ne[q] + t.se[q - ny + 1];
          pair(-south, -north, -south2, -north2, j, w, w + 1, y, yLo, yHi);
          g++;
        } else {
          single(-south, -north, j, w, y, yLo, yHi);
        }
      }
    }
  }

  /**
   * Fills {@code lo, hi} (length {@code nyf}) with the geometric {@code y} weights: 1 and 0 at the
   * coarse nodes, which {@link #gapsY} leaves alone.
   */
  void geometricY(double[] lo, double[] hi) {
    System.arraycopy(y.wLo, 0, lo, 0, nyf);
    System.arraycopy(y.wHi, 0, hi, 0, nyf);
  }

  /**
   * Writes the {@code y} weights of intermediate line {@code k} at its gap nodes into arrays
   * indexed by {@code j} (their coarse-node entries as {@link #geometricY} left them).
   *
   * @param k a line of the intermediate grid
   * @param lo {@code lo[j]}: the weight of {@code (k, j)} towards {@code (k, y.lo[j])}
   * @param hi {@code hi[j]}: towards {@code (k, y.hi[j])}
   */
  void gapsY(int k, double[] lo, double[] hi) {
    int w = k * yGap.length;
    for (int q = 0; q < yGap.length; q++) {
      lo[yGap[q]] = yLo[w + q];
      hi[yGap[q]] = yHi[w + q];
    }
  }

  /** The weights of the one fine node at weight index {@code w} (axis index {@code s}) in a gap of one. */
  private static void single(double alpha, double beta, int s, int w, AxisTransfer axis,
      float[] lo, float[] hi) {
    if (alpha > 0 && beta > 0) {
      double inverse = 1.0 / (alpha + beta);
      lo[w] = axis.wLo[s] == 0.0 ? 0f : (float) (alpha * inverse);
      hi[w] = axis.wHi[s] == 0.0 ? 0f : (float) (beta * inverse);
    } else {
      lo[w] = (float) axis.wLo[s];
      hi[w] = (float) axis.wHi[s];
    }
  }

  /**
   * The weights of the two fine nodes (axis indices {@code s}, {@code s + 1}; weight indices
   * {@code wp}, {@code wq}) in a gap of two, from their collapsed couplings: {@code a1} from the
   * first to the lower coarse node, {@code b1} from the first to the second, {@code a2} from the
   * second to the first, {@code b2} from the second to the upper coarse node.
   */
  private static void pair(double a1, double b1, double a2, double b2, int s, int wp, int wq,
      AxisTransfer axis, float[] lo, float[] hi) {
    if (a1 > 0 && b1 > 0 && a2 > 0 && b2 > 0) {
      // (a1 + b1) u1 − b1 u2 = a1 U0,  −a2 u1 + (a2 + b2) u2 = b2 U1
      double inverse = 1.0 / ((a1 + b1) * (a2 + b2) - b1 * a2);
      lo[wp] = axis.wLo[s] == 0.0 ? 0f : (float) (a1 * (a2 + b2) * inverse);
      hi[wp] = axis.wHi[s] == 0.0 ? 0f : (float) (b1 * b2 * inverse);
      lo[wq] = axis.wLo[s + 1] == 0.0 ? 0f : (float) (a1 * a2 * inverse);
      hi[wq] = axis.wHi[s + 1] == 0.0 ? 0f : (float) ((a1 + b1) * b2 * inverse);
    } else {
      lo[wp] = (float) axis.wLo[s];
      hi[wp] = (float) axis.wHi[s];
      lo[wq] = (float) axis.wLo[s + 1];
      hi[wq] = (float) axis.wHi[s + 1];
    }
  }
}
