package dev.galerkin.solvers.darcy;

import dev.galerkin.solvers.linalg.BandedCholesky;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A geometric multigrid hierarchy with Galerkin coarse operators for a symmetric 5-point operator
 * on a node grid with Dirichlet boundary nodes, and its V-cycle.
 *
 * <p><b>Levels.</b> Level 0 is the fine 5-point operator, filled by the caller. Each coarser level
 * coarsens each axis by about two ({@link AxisTransfer}: every other node, with one wider cell
 * when the cell count is odd) and carries the 9-point Galerkin operator {@code A_{l+1} = Pᵀ A_l P}
 * ({@link GalerkinCoarsening}) of the operator-dependent prolongation {@code P} ({@link
 * OperatorTransfer}), recomputed from {@code A_l} at every {@link #setup()}. Coarsening stops once a
 * level has at most {@value #COARSEST_UNKNOWNS} unknowns or neither axis can coarsen; that level is
 * solved exactly by a banded Cholesky factorisation ({@link BandedCholesky}).
 *
 * <p><b>V-cycle.</b> Starting from zero: {@code ν} red–black Gauss–Seidel sweeps,
 * restriction of the residual by {@code Pᵀ} (full weighting up to the factor 4 that the Galerkin
 * operator absorbs), the cycle on the next level (exact solve on the coarsest), prolongation of the
 * correction, {@code ν} sweeps in the reverse order. Post-smoothing is the adjoint of
 * pre-smoothing and restriction the transpose of prolongation, so the cycle is a symmetric positive
 * definite operator, a valid preconditioner for conjugate gradients. See Trottenberg, Oosterlee
 * and Schüller, <i>Multigrid</i> (Academic Press, 2001), chapters 2 and 7; Tatebe, "The multigrid
 * preconditioned conjugate gradient method", NASA CP-3224 (1993).
 *
 * <p>All arrays are allocated once; {@link #setup()} recomputes the coarse operators and the
 * coarsest factorisation after the fine operator changes. Not thread-safe.
 */
final class MultigridHierarchy {
  /** The coarsest level has at most this many unknowns (unless no axis can coarsen further). */
  static final int COARSEST_UNKNOWNS = 400;

  private final StencilOperator[] ops;
  /** The prolongation of each level to the next coarser one. */
  private final OperatorTransfer[] transfer;
  /** Stage-1 Galerkin products, coarse-x × fine-y, per transfer. */
  private final StencilOperator[] half;
  /** Transfer scratch, coarse-x × fine-y, per transfer. */
  private final double[][] scratch;
  private final double[][] x;
  private final double[][] b;
  private final double[][] r;
  private final BandedCholesky coarsest;
  private final double[] coarsestVector;
  private final int sweeps;

  /**
   * @param nx nodes along {@code x} (slow axis), including the two boundary nodes, {@code >= 3}
   * @param ny nodes along {@code y} (fast axis), {@code >= 3}
   * @param sweeps Gauss–Seidel sweeps before and after the coarse correction, {@code >= 1}
   */
  MultigridHierarchy(int nx, int ny, int sweeps) {
    this.sweeps = sweeps;
    List<StencilOperator> levels = new ArrayList<>();
    List<AxisTransfer> lx = new ArrayList<>();
    List<AxisTransfer> ly = new ArrayList<>();
    levels.add(new StencilOperator(nx, ny, false));
    double[] px = indices(nx);
    double[] py = indices(ny);
    while (true) {
      StencilOperator fine = levels.get(levels.size() - 1);
      int mx = fine.nx - 1;
      int my = fine.ny - 1;
      if (fine.unknowns() <= COARSEST_UNKNOWNS
          || (!AxisTransfer.coarsens(mx) && !AxisTransfer.coarsens(my))) {
        break;
      }
      AxisTransfer ax = new AxisTransfer(px);
      AxisTransfer ay = new AxisTransfer(py);
      lx.add(ax);
      ly.add(ay);
      px = ax.coarsePositions;
      py = ay.coarsePositions;
      levels.add(new StencilOperator(ax.coarseCells + 1, ay.coarseCells + 1, true));
    }
    ops = levels.toArray(new StencilOperator[0]);
    int depth = ops.length;
    transfer = new OperatorTransfer[depth - 1];
    for (int l = 0; l < depth - 1; l++) {
      transfer[l] = new OperatorTransfer(lx.get(l), ly.get(l));
    }
    half = new StencilOperator[depth - 1];
    scratch = new double[depth - 1][];
    for (int l = 0; l < depth - 1; l++) {
      half[l] = new StencilOperator(ops[l + 1].nx, ops[l].ny, true);
      scratch[l] = new double[ops[l + 1].nx * ops[l].ny];
    }
    x = new double[depth][];
    b = new double[depth][];
    r = new double[depth][];
    for (int l = 0; l < depth; l++) {
      int size = ops[l].nx * ops[l].ny;
      x[l] = new double[size];
      b[l] = new double[size];
      r[l] = new double[size];
    }
    StencilOperator last = ops[depth - 1];
    int nyi = last.ny - 2;
    coarsest = new BandedCholesky(last.unknowns(), last.ninePoint ? nyi + 1 : nyi);
    coarsestVector = new double[last.unknowns()];
  }

  private static double[] indices(int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /** @return the fine operator (level 0), for the caller to fill */
  StencilOperator fine() {
    return ops[0];
  }

  /** @return the number of levels, including the fine and the coarsest */
  int depth() {
    return ops.length;
  }

  /** @param level 0 (fine) … depth - 1 (coarsest) @return that level's operator */
  StencilOperator level(int level) {
    return ops[level];
  }

  /**
   * Recomputes every coarse operator from the fine one, the smoothers' inverse diagonals and the
   * coarsest factorisation.
   *
   * @throws dev.galerkin.GalerkinException if the coarsest operator is not positive definite
   */
  void setup() {
    ops[0].updateInverse();
    for (int l = 0; l + 1 < ops.length; l++) {
      transfer[l].updateX(ops[l]);
      GalerkinCoarsening.coarsenX(ops[l], transfer[l], half[l]);
      transfer[l].updateY(half[l]);
      GalerkinCoarsening.coarsenY(half[l], transfer[l], ops[l + 1]);
      ops[l + 1].updateInverse();
    }
    StencilOperator a = ops[ops.length - 1];
    coarsest.clear();
    int nyi = a.ny - 2;
    for (int i = 1; i < a.nx - 1; i++) {
      for (int j = 1; j < a.ny - 1; j++) {
        int p = i * a.ny + j;
        int k = (i - 1) * nyi + (j - 1);
        coarsest.add(k, k, a.c[p]);
        if (j + 1 < a.ny - 1) {
          coarsest.add(k, k + 1, a.n[p]);
        }
        if (i + 1 < a.nx - 1) {
          coarsest.add(k, k + nyi, a.e[p]);
          if (a.ninePoint) {
            if (j + 1 < a.ny - 1) {
              coarsest.add(k, k + nyi + 1, a.ne[p]);
            }
            if (j > 1) {
              coarsest.add(k, k + nyi - 1, a.se[p]);
            }
          }
        }
      }
    }
    coarsest.factor();
  }

  /**
   * One V-cycle from a zero initial guess: {@code z = M r}, with {@code M ≈ A⁻¹} symmetric positive
   * definite.
   *
   * @param rhs the fine-level right-hand side, zero on the boundary; not modified
   * @param z the result, fine-level layout; overwritten (boundary set to zero)
   */
  void vcycle(double[] rhs, double[] z) {
    cycle(0, rhs, z);
  }

  private void cycle(int l, double[] rhs, double[] out) {
    StencilOperator a = ops[l];
    if (l == ops.length - 1) {
      Arrays.fill(out, 0.0);
      solveCoarsest(a, rhs, out);
      return;
    }
    a.gaussSeidelForwardFromZero(out, rhs);
    for (int s = 1; s < sweeps; s++) {
      a.gaussSeidelForward(out, rhs);
    }
    a.residualAfterForwardSweep(out, rhs, r[l]);
    restrict(l, r[l], b[l + 1]);
    cycle(l + 1, b[l + 1], x[l + 1]);
    prolongAdd(l, x[l + 1], out);
    for (int s = 0; s < sweeps; s++) {
      a.gaussSeidelBackward(out, rhs);
    }
  }

  private void solveCoarsest(StencilOperator a, double[] rhs, double[] out) {
    int nyi = a.ny - 2;
    for (int i = 1; i < a.nx - 1; i++) {
      System.arraycopy(rhs, i * a.ny + 1, coarsestVector, (i - 1) * nyi, nyi);
    }
    coarsest.solve(coarsestVector);
    for (int i = 1; i < a.nx - 1; i++) {
      System.arraycopy(coarsestVector, (i - 1) * nyi, out, i * a.ny + 1, nyi);
    }
  }

  /**
   * {@code coarse = Pᵀ fine} from level {@code l} to {@code l + 1}.
   *
   * @param fine level-{@code l} vector; not modified
   * @param coarse level-{@code l+1} vector; overwritten (zero on the boundary)
   */
  void restrict(int l, double[] fine, double[] coarse) {
    if (transfer[l].x.regular && transfer[l].y.regular) {
      restrictRegular(l, fine, coarse);
      return;
    }
    OperatorTransfer tr = transfer[l];
    AxisTransfer ax = tr.x;
    AxisTransfer ay = tr.y;
    int nyf = ops[l].ny;
    int nyc = ops[l + 1].ny;
    double[] t = scratch[l];
    Arrays.fill(t, 0.0);
    for (int i = 1; i < ax.fineCells; i++) {
      int f = i * nyf;
      int w = tr.xRow[i] * nyf;
      if (w < 0) { // a coarse line: injection, weight 1 (0 on the boundary)
        if (ax.wLo[i] != 0.0) {
          add(fine, f, t, ax.lo[i] * nyf, nyf);
        }
        continue;
      }
      if (ax.wLo[i] != 0.0) {
        weightedAdd(tr.xLo, w, fine, f, t, ax.lo[i] * nyf, nyf);
      }
      if (ax.wHi[i] != 0.0) {
        weightedAdd(tr.xHi, w, fine, f, t, ax.hi[i] * nyf, nyf);
      }
    }
    Arrays.fill(coarse, 0.0);
    int[] lo = ay.lo;
    int[] hi = ay.hi;
    int[] injected = tr.yCoarse;
    int[] gap = tr.yGap;
    float[] wl = tr.yLo;
    float[] wh = tr.yHi;
    for (int k = 1; k < ops[l + 1].nx - 1; k++) {
      int f = k * nyf;
      int g = k * nyc;
      for (int j : injected) {
        coarse[g + lo[j]] += t[f + j];
      }
      int w = k * gap.length;
      for (int q = 0; q < gap.length; q++) {
        int j = gap[q];
        double v = t[f + j];
        coarse[g + lo[j]] += wl[w + q] * v;
        coarse[g + hi[j]] += wh[w + q] * v;
      }
      coarse[g] = 0.0;
      coarse[g + nyc - 1] = 0.0;
    }
  }

  /**
   * {@link #restrict} for standard coarsening of both axes, in gather form: each intermediate and
   * coarse value is written once from its three fine contributors instead of accumulated, in the
   * order the general loops add them, so the result is bit for bit the same.
   */
  private void restrictRegular(int l, double[] fine, double[] coarse) {
    OperatorTransfer tr = transfer[l];
    int nyf = ops[l].ny;
    int nyc = ops[l + 1].ny;
    int nxc = ops[l + 1].nx;
    double[] t = scratch[l];
    float[] xl = tr.xLo;
    float[] xh = tr.xHi;
    for (int k = 1; k < nxc - 1; k++) {
      // fine lines 2k - 1 (towards its hi, k), 2k (injected), 2k + 1 (towards its lo, k)
      int g = k * nyf;
      int below = (2 * k - 1) * nyf;
      int centre = 2 * k * nyf;
      int above = (2 * k + 1) * nyf;
      int wb = tr.xRow[2 * k - 1] * nyf;
      int wa = tr.xRow[2 * k + 1] * nyf;
      for (int j = 1; j < nyf - 1; j++) {
        t[g + j] = (xh[wb + j] * fine[below + j] + fine[centre + j]) + xl[wa + j] * fine[above + j];
      }
    }
    float[] yl = tr.yLo;
    float[] yh = tr.yHi;
    int gaps = tr.yGap.length;
    for (int k = 1; k < nxc - 1; k++) {
      int f = k * nyf;
      int g = k * nyc;
      int w = k * gaps;
      coarse[g] = 0.0;
      for (int c = 1; c < nyc - 1; c++) {
        // fine nodes 2c (injected), 2c - 1 (gap c - 1, towards its hi), 2c + 1 (gap c, its lo)
        coarse[g + c] = (t[f + 2 * c] + yh[w + c - 1] * t[f + 2 * c - 1])
            + yl[w + c] * t[f + 2 * c + 1];
      }
      coarse[g + nyc - 1] = 0.0;
    }
    Arrays.fill(coarse, 0, nyc, 0.0);
    Arrays.fill(coarse, (nxc - 1) * nyc, nxc * nyc, 0.0);
  }

  /**
   * {@code fine += P coarse} from level {@code l + 1} to {@code l}.
   *
   * @param coarse level-{@code l+1} vector, zero on the boundary; not modified
   * @param fine level-{@code l} vector; modified on interior nodes
   */
  void prolongAdd(int l, double[] coarse, double[] fine) {
    OperatorTransfer tr = transfer[l];
    AxisTransfer ax = tr.x;
    AxisTransfer ay = tr.y;
    int nyf = ops[l].ny;
    int nyc = ops[l + 1].ny;
    double[] t = scratch[l];
    int[] lo = ay.lo;
    int[] hi = ay.hi;
    int[] injected = tr.yCoarse;
    int[] gap = tr.yGap;
    float[] wl = tr.yLo;
    float[] wh = tr.yHi;
    int nxc = ops[l + 1].nx;
    Arrays.fill(t, 0, nyf, 0.0);
    Arrays.fill(t, (nxc - 1) * nyf, nxc * nyf, 0.0);
    for (int k = 1; k < nxc - 1; k++) {
      int f = k * nyf;
      int g = k * nyc;
      int w = k * gap.length;
      if (ay.regular) { // coarse node c is fine node 2c; gap q is fine node 2q + 1
        for (int c = 1; c < nyc - 1; c++) {
          t[f + 2 * c] = coarse[g + c];
        }
        for (int q = 0; q < gap.length; q++) {
          t[f + 2 * q + 1] = wl[w + q] * coarse[g + q] + wh[w + q] * coarse[g + q + 1];
        }
        continue;
      }
      for (int j : injected) {
        t[f + j] = coarse[g + lo[j]];
      }
      for (int q = 0; q < gap.length; q++) {
        int j = gap[q];
        t[f + j] = wl[w + q] * coarse[g + lo[j]] + wh[w + q] * coarse[g + hi[j]];
      }
    }
    float[] xl = tr.xLo;
    float[] xh = tr.xHi;
    for (int i = 1; i < ax.fineCells; i++) {
      int f = i * nyf;
      int g1 = ax.lo[i] * nyf;
      int g2 = ax.hi[i] * nyf;
      if (tr.xRow[i] < 0) { // a coarse line: injection (t is zero on the boundary lines)
        add(t, g1, fine, f, nyf);
        continue;
      }
      int w = tr.xRow[i] * nyf - f; // xl[w + p]: the weight of node p
      for (int p = f + 1; p < f + nyf - 1; p++) {
        fine[p] += xl[w + p] * t[g1 - f + p] + xh[w + p] * t[g2 - f + p];
      }
    }
  }

  /** {@code dst[to + j] += src[from + j]} for the interior {@code j} of a line. */
  private static void add(double[] src, int from, double[] dst, int to, int len) {
    for (int j = 1; j < len - 1; j++) {
      dst[to + j] += src[from + j];
    }
  }

  /** {@code dst[to + j] += w[wo + j] · src[from + j]} for the interior {@code j} of a line. */
  private static void weightedAdd(float[] w, int wo, double[] src, int from, double[] dst,
      int to, int len) {
    for (int j = 1; j < len - 1; j++) {
      dst[to + j] += w[wo + j] * src[from + j];
    }
  }
}
