package dev.galerkin.solvers.darcy;

/**
 * The Galerkin coarse operator {@code Ac = Pᵀ A P} for the prolongation {@code P = Px · Py} of
 * {@link OperatorTransfer} (1D interpolation along {@code y} on the coarse-{@code x} lines, then
 * along {@code x} on every line, with per-node, operator-dependent weights), computed in two
 * stages:
 *
 * <ol>
 *   <li>{@link #coarsenX}: {@code T = Pxᵀ A Px} on the coarse-x × fine-y grid. Each fine grid
 *       line {@code i} contributes its within-line and line-to-line tridiagonal blocks to the
 *       blocks of the coarse lines it interpolates from, entry by entry scaled by the products of
 *       the weights of the two nodes coupled, so this stage is a sequence of contiguous loops.
 *   <li>{@link #coarsenY}: {@code Ac = Pyᵀ T Py}, a 1D Galerkin product of each tridiagonal block
 *       along the lines.
 * </ol>
 *
 * Where an axis coarsens regularly ({@link AxisTransfer#regular}: coarse node {@code K} is fine
 * node {@code 2K}) its stage runs in gather form, each coarse entry summed once from the fine
 * couplings between the two basis functions' supports ({@code coarsenXRegular}, {@code
 * symmetricRegular}, {@code generalRegular}); the scatter loops below serve the other cases (an
 * odd cell count's wider cell, an axis that no longer coarsens). On 421² the gather forms cut the
 * setup from 3.4 to 2.1 ms.
 *
 * <p>Both stages keep the operator symmetric and 9-point (each coarse basis function is supported
 * strictly between its neighbouring coarse nodes), and touch every fine coefficient a fixed number
 * of times, so the cost is linear in the number of nodes. The coefficients of coarse levels are
 * exactly those of the algebraic Galerkin product; no rediscretisation of the PDE is involved
 * (Alcouffe, Brandt, Dendy and Painter, SIAM J. Sci. Stat. Comput. 2 (1981) 430–454; Trottenberg,
 * Oosterlee and Schüller, <i>Multigrid</i>, 2001, §7.7).
 */
final class GalerkinCoarsening {
  private GalerkinCoarsening() {}

  /**
   * Stage 1: coarsen the slow ({@code x}, {@code i}) axis.
   *
   * @param a the fine operator, {@code nxf × ny}; not modified
   * @param tr the level's transfer, whose {@code x} weights are current
   * @param t the result, 9-point, {@code nxc × ny}; overwritten
   */
  static void coarsenX(StencilOperator a, OperatorTransfer tr, StencilOperator t) {
    t.clear();
    if (tr.x.regular) {
      coarsenXRegular(a, tr, t);
      return;
    }
    AxisTransfer tx = tr.x;
    int ny = a.ny;
    int mx = tx.fineCells;
    for (int i = 1; i < mx; i++) {
      int lo = tx.lo[i];
      int hi = tx.hi[i];
      // the weights of line i towards lo and hi: a coarse line injects (ones), a gap line has its row
      boolean gap = tr.xRow[i] >= 0;
      float[] wl = gap ? tr.xLo : tr.ones;
      float[] wh = gap ? tr.xHi : null;
      int wo = gap ? tr.xRow[i] * ny : 0;
      boolean hasLo = tx.wLo[i] != 0.0;
      boolean hasHi = tx.wHi[i] != 0.0;
      if (hasLo) {
        within(a, i, t, lo, wl, wo);
      }
      if (hasHi) {
        within(a, i, t, hi, wh, wo);
        if (hasLo) {
          withinToNext(a, i, t, lo, wl, wh, wo);
        }
      }
      if (i + 1 < mx) {
        int lo2 = tx.lo[i + 1];
        int hi2 = tx.hi[i + 1];
        boolean gap2 = tr.xRow[i + 1] >= 0;
        float[] wl2 = gap2 ? tr.xLo : tr.ones;
        int wo2 = gap2 ? tr.xRow[i + 1] * ny : 0;
        if (tx.wLo[i + 1] != 0.0) {
          if (hasLo) {
            cross(a, i, t, lo, lo2, wl, wo, wl2, wo2);
          }
          if (hasHi) {
            cross(a, i, t, hi, lo2, wh, wo, wl2, wo2);
          }
        }
        if (tx.wHi[i + 1] != 0.0) {
          if (hasLo) {
            cross(a, i, t, lo, hi2, wl, wo, tr.xHi, wo2);
          }
          if (hasHi) {
            cross(a, i, t, hi, hi2, wh, wo, tr.xHi, wo2);
          }
        }
      }
    }
  }

  /**
   * {@link #coarsenX} for standard coarsening ({@code K ↔ 2K}), in gather form. Intermediate node
   * {@code (K, j)}'s basis function is 1 at fine {@code (2K, j)}, {@code β = xHi} of line {@code 2K
   * − 1} and {@code α = xLo} of line {@code 2K + 1} at column {@code j}; node {@code (K + 1, j)}'s
   * takes {@code γ = xHi} of line {@code 2K + 1} there. Each entry of {@code T} is the sum over the
   * fine couplings between the two supports (the diagonal couplings {@code ne, se} only when the
   * fine operator is 9-point).
   */
  private static void coarsenXRegular(StencilOperator a, OperatorTransfer tr, StencilOperator t) {
    int ny = a.ny;
    boolean nine = a.ninePoint;
    float[] xl = tr.xLo;
    float[] xh = tr.xHi;
    for (int k = 1; k < t.nx - 1; k++) {
      int lower = (2 * k - 1) * ny; // fine line 2K - 1
      int mid = 2 * k * ny;
      int upper = (2 * k + 1) * ny;
      int wb = tr.xRow[2 * k - 1] * ny; // β = xh[wb + j]
      int wa = tr.xRow[2 * k + 1] * ny; // α = xl[wa + j], γ = xh[wa + j]
      int g = k * ny;
      boolean last = k + 1 == t.nx - 1;
      for (int j = 1; j < ny - 1; j++) {
        double b0 = xh[wb + j];
        double a0 = xl[wa + j];
        double b1 = xh[wb + j + 1];
        double a1 = xl[wa + j + 1];
        int pl = lower + j;
        int pm = mid + j;
        int pu = upper + j;
        t.c[g + j] = a.c[pm] + b0 * b0 * a.c[pl] + a0 * a0 * a.c[pu] + 2 * b0 * a.e[pl]
            + 2 * a0 * a.e[pm];
        double n = b0 * b1 * a.n[pl] + a.n[pm] + a0 * a1 * a.n[pu];
        if (nine) {
          n += b0 * a.ne[pl] + a1 * a.ne[pm] + b1 * a.se[pl + 1] + a0 * a.se[pm + 1];
        }
        t.n[g + j] = n;
        if (last) {
          continue; // no coupling to the boundary line
        }
        double c0 = xh[wa + j];
        double c1 = xh[wa + j + 1];
        double cm = xh[wa + j - 1];
        t.e[g + j] = a.e[pm] * c0 + a0 * a.c[pu] * c0 + a0 * a.e[pu];
        double ne = a0 * c1 * a.n[pu];
        double se = a0 * cm * a.n[pu - 1];
        if (nine) {
          ne += c1 * a.ne[pm] + a0 * a.ne[pu];
          se += cm * a.se[pm] + a0 * a.se[pu];
        }
        t.ne[g + j] = ne;
        t.se[g + j] = se;
      }
    }
  }

  /**
   * Line {@code i}'s own block {@code (c, n)} into coarse line {@code k}'s own block, each entry
   * scaled by the weights ({@code w[wo + j]} for node {@code (i, j)}) of the two nodes it couples.
   */
  private static void within(StencilOperator a, int i, StencilOperator t, int k, float[] w,
      int wo) {
    int ny = a.ny;
    int f = i * ny;
    int g = k * ny;
    for (int j = 1; j < ny - 1; j++) {
      double wj = w[wo + j];
      t.c[g + j] += wj * wj * a.c[f + j];
      t.n[g + j] += wj * w[wo + j + 1] * a.n[f + j];
    }
  }

  /**
   * Line {@code i}'s own block into the coupling of coarse lines {@code k} and {@code k + 1}:
   * {@code lo} the weights towards {@code k}, {@code hi} towards {@code k + 1}.
   */
  private static void withinToNext(StencilOperator a, int i, StencilOperator t, int k,
      float[] lo, float[] hi, int wo) {
    int ny = a.ny;
    int f = i * ny;
    int g = k * ny;
    for (int j = 1; j < ny - 1; j++) {
      int p = f + j;
      int w = wo + j;
      double l = lo[w];
      t.e[g + j] += l * hi[w] * a.c[p];
      t.ne[g + j] += l * hi[w + 1] * a.n[p];
      t.se[g + j] += l * hi[w - 1] * a.n[p - 1];
    }
  }

  /**
   * The coupling block {@code E} of fine lines {@code i → i + 1} (diagonal {@code e}, super {@code
   * ne}, sub {@code se}), mapped to coarse lines {@code ki → kj}, with its transpose: {@code
   * wr[ro + j]} the weights of line {@code i} towards {@code ki}, {@code wc[co + j]} those of line
   * {@code i + 1} towards {@code kj}.
   */
  private static void cross(StencilOperator a, int i, StencilOperator t, int ki, int kj,
      float[] wr, int ro, float[] wc, int co) {
    int ny = a.ny;
    int f = i * ny;
    int r = ro - f; // wr[r + p]: the weight of line i's node p
    int d = co - f; // wc[d + p]: the weight of line i + 1's node at the same j as p
    boolean nine = a.ninePoint;
    if (kj == ki) {
      int g = ki * ny;
      for (int p = f + 1; p < f + ny - 1; p++) {
        t.c[g + p - f] += 2.0 * wr[r + p] * wc[d + p] * a.e[p];
      }
      if (nine) {
        for (int p = f + 1; p < f + ny - 1; p++) {
          t.n[g + p - f] += (double) wr[r + p] * wc[d + p + 1] * a.ne[p]
              + (double) wr[r + p + 1] * wc[d + p] * a.se[p + 1];
        }
      }
    } else if (kj == ki + 1) {
      int g = ki * ny;
      for (int p = f + 1; p < f + ny - 1; p++) {
        t.e[g + p - f] += (double) wr[r + p] * wc[d + p] * a.e[p];
      }
      if (nine) {
        for (int p = f + 1; p < f + ny - 1; p++) {
          t.ne[g + p - f] += (double) wr[r + p] * wc[d + p + 1] * a.ne[p];
          t.se[g + p - f] += (double) wr[r + p] * wc[d + p - 1] * a.se[p];
        }
      }
    } else if (kj == ki - 1) {
      int g = kj * ny;
      for (int p = f + 1; p < f + ny - 1; p++) {
        t.e[g + p - f] += (double) wr[r + p] * wc[d + p] * a.e[p];
      }
      if (nine) {
        for (int p = f + 1; p < f + ny - 1; p++) {
          t.ne[g + p - f] += (double) wr[r + p + 1] * wc[d + p] * a.se[p + 1];
          t.se[g + p - f] += (double) wr[r + p - 1] * wc[d + p] * a.ne[p - 1];
        }
      }
    } else {
      throw new IllegalStateException("coarse lines " + ki + " and " + kj + " are not adjacent");
    }
  }

  /**
   * Stage 2: coarsen the fast ({@code y}, {@code j}) axis.
   *
   * @param t the stage-1 operator, 9-point, {@code nxc × nyf}; not modified
   * @param tr the level's transfer, whose {@code y} weights are current
   * @param ac the coarse operator, 9-point, {@code nxc × nyc}; overwritten
   */
  static void coarsenY(StencilOperator t, OperatorTransfer tr, StencilOperator ac) {
    ac.clear();
    int nyf = t.ny;
    int nyc = ac.ny;
    // the y weights of line k (row) and k + 1 (column), expanded to every j
    double[] lo = new double[nyf];
    double[] hi = new double[nyf];
    double[] lo2 = new double[nyf];
    double[] hi2 = new double[nyf];
    tr.geometricY(lo, hi);
    tr.geometricY(lo2, hi2);
    tr.gapsY(1, lo, hi);
    for (int k = 1; k < t.nx - 1; k++) {
      int f = k * nyf;
      int g = k * nyc;
      boolean regular = tr.y.regular;
      if (regular) {
        symmetricRegular(t.c, t.n, f, nyc, lo, hi, ac.c, ac.n, g);
      } else {
        symmetric(t.c, t.n, f, tr.y, lo, hi, ac.c, ac.n, g);
      }
      if (k + 1 < t.nx - 1) {
        tr.gapsY(k + 1, lo2, hi2);
        if (regular) {
          generalRegular(t.e, t.ne, t.se, f, nyc, lo, hi, lo2, hi2, ac.e, ac.ne, ac.se, g);
        } else {
          general(t.e, t.ne, t.se, f, tr.y, lo, hi, lo2, hi2, ac.e, ac.ne, ac.se, g);
        }
        double[] swap = lo;
        lo = lo2;
        lo2 = swap;
        swap = hi;
        hi = hi2;
        hi2 = swap;
      }
    }
  }

  /**
   * {@link #symmetric} for standard coarsening ({@code c ↔ 2c}), in gather form: the coarse basis
   * function of node {@code c} is {@code 1} at {@code 2c}, {@code b = hi[2c − 1]} at {@code 2c − 1}
   * and {@code a = lo[2c + 1]} at {@code 2c + 1}, so {@code C[c] = d[2c] + b² d[2c−1] + a² d[2c+1] +
   * 2b o[2c−1] + 2a o[2c]} and the coupling to {@code c + 1} is {@code o[2c] b' + a d[2c+1] b' + a
   * o[2c+1]}, {@code b' = hi[2c + 1]} (zero towards the boundary, as the couplings there).
   */
  private static void symmetricRegular(double[] d, double[] o, int f, int nyc, double[] lo,
      double[] hi, double[] cd, double[] co, int g) {
    for (int c = 1; c < nyc - 1; c++) {
      int j = f + 2 * c;
      double b = hi[2 * c - 1];
      double a = lo[2 * c + 1];
      double up = hi[2 * c + 1];
      cd[g + c] += d[j] + b * b * d[j - 1] + a * a * d[j + 1] + 2 * b * o[j - 1] + 2 * a * o[j];
      co[g + c] += o[j] * up + a * d[j + 1] * up + a * o[j + 1];
    }
  }

  /**
   * {@link #general} for standard coarsening, in gather form: coarse node {@code c} of the row line
   * (weights {@code lo, hi}) against nodes {@code c, c + 1, c − 1} of the column line ({@code lo2,
   * hi2}), each the sum over the fine pairs {@code (j, j')}, {@code |j − j'| <= 1}, of the two basis
   * functions' values times the block entry ({@code d} for {@code j' = j}, {@code u} for {@code j +
   * 1}, {@code l} for {@code j − 1}).
   */
  private static void generalRegular(double[] d, double[] u, double[] l, int f, int nyc,
      double[] lo, double[] hi, double[] lo2, double[] hi2, double[] cd, double[] cu,
      double[] cl, int g) {
    for (int c = 1; c < nyc - 1; c++) {
      int j = f + 2 * c;
      double rb = hi[2 * c - 1]; // row basis at 2c - 1
      double ra = lo[2 * c + 1]; // row basis at 2c + 1
      double cb = hi2[2 * c - 1]; // column basis of c at 2c - 1
      double ca = lo2[2 * c + 1]; // column basis of c at 2c + 1
      cd[g + c] += rb * d[j - 1] * cb + rb * u[j - 1] + l[j] * cb + d[j] + u[j] * ca
          + ra * l[j + 1] + ra * d[j + 1] * ca;
      double nb = hi2[2 * c + 1]; // column basis of c + 1 at 2c + 1
      cu[g + c] += u[j] * nb + ra * d[j + 1] * nb + ra * u[j + 1];
      double sa = lo2[2 * c - 1]; // column basis of c - 1 at 2c - 1
      cl[g + c] += rb * d[j - 1] * sa + rb * l[j - 1] + l[j] * sa;
    }
  }

  /**
   * 1D Galerkin product of the symmetric tridiagonal block with diagonal {@code d[f + j]} and
   * off-diagonal {@code o[f + j] = B(j, j + 1)}, with the line's weights {@code wl[j], wh[j]},
   * added to {@code (cd, co)} at offset {@code g}.
   */
  private static void symmetric(
      double[] d, double[] o, int f, AxisTransfer ty, double[] wl, double[] wh, double[] cd,
      double[] co, int g) {
    int m = ty.fineCells;
    int[] lo = ty.lo;
    int[] hi = ty.hi;
    for (int j = 1; j < m; j++) {
      int l = lo[j];
      int h = hi[j];
      double a = wl[j];
      double b = wh[j];
      double dj = d[f + j];
      cd[g + l] += a * a * dj;
      if (b != 0.0) { // zero at a coarse node (injection) and towards the boundary
        cd[g + h] += b * b * dj;
        co[g + l] += a * b * dj;
      }
      if (j + 1 < m) {
        double oj = o[f + j];
        int l2 = lo[j + 1];
        int h2 = hi[j + 1];
        double a2 = wl[j + 1];
        double b2 = wh[j + 1];
        addSymmetric(cd, co, g, l, l2, a * a2 * oj);
        if (b2 != 0.0) {
          addSymmetric(cd, co, g, l, h2, a * b2 * oj);
        }
        if (b != 0.0) {
          addSymmetric(cd, co, g, h, l2, b * a2 * oj);
          if (b2 != 0.0) {
            addSymmetric(cd, co, g, h, h2, b * b2 * oj);
          }
        }
      }
    }
  }

  private static void addSymmetric(double[] cd, double[] co, int g, int k1, int k2, double v) {
    if (k1 == k2) {
      cd[g + k1] += 2.0 * v;
    } else {
      co[g + Math.min(k1, k2)] += v;
    }
  }

  /**
   * 1D Galerkin product of the general tridiagonal block {@code B(j, j) = d[f + j]}, {@code B(j, j
   * + 1) = u[f + j]}, {@code B(j, j - 1) = l[f + j]} coupling a line (rows, weights {@code wl,
   * wh}) to the next line (columns, weights {@code wl2, wh2}), added to {@code (cd, cu, cl)} at
   * offset {@code g}.
   */
  private static void general(
      double[] d,
      double[] u,
      double[] l,
      int f,
      AxisTransfer ty,
      double[] wl,
      double[] wh,
      double[] wl2,
      double[] wh2,
      double[] cd,
      double[] cu,
      double[] cl,
      int g) {
    int m = ty.fineCells;
    int[] lo = ty.lo;
    int[] hi = ty.hi;
    for (int j = 1; j < m; j++) {
      int r1 = lo[j];
      int r2 = hi[j];
      double a = wl[j];
      double b = wh[j];
      for (int q = j - 1; q <= j + 1; q++) {
        if (q < 1 || q >= m) {
          continue;
        }
        double v = q == j ? d[f + j] : (q > j ? u[f + j] : l[f + j]);
        if (v == 0.0) {
          continue;
        }
        int s1 = lo[q];
        int s2 = hi[q];
        double a2 = wl2[q];
        double b2 = wh2[q];
        addGeneral(cd, cu, cl, g, r1, s1, a * a2 * v);
        if (b2 != 0.0) { // zero at a coarse node (injection) and towards the boundary
          addGeneral(cd, cu, cl, g, r1, s2, a * b2 * v);
        }
        if (b != 0.0) {
          addGeneral(cd, cu, cl, g, r2, s1, b * a2 * v);
          if (b2 != 0.0) {
            addGeneral(cd, cu, cl, g, r2, s2, b * b2 * v);
          }
        }
      }
    }
  }
  private static void addGeneral(
      double[] cd, double[] cu, double[] cl, int g, int r, int s, double v) {
    if (v == 0.0) {
      return;
    }
    int off = s - r;
    if (off == 0) {
      cd[g + r] += v;
    } else if (off == 1) {
      cu[g + r] += v;
    } else if (off == -1) {
      cl[g + r] += v;
    } else {
      throw new IllegalStateException("coarse nodes " + r + " and " + s + " are not adjacent");
    }
  }
}
