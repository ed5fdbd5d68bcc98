package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Structure of the multigrid hierarchy: coarsening, transfers, Galerkin operators, symmetry. */
class MultigridHierarchyTest {

  private static double[] randomInterior(int nx, int ny, Random rnd) {
    double[] v = new double[nx * ny];
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        v[i * ny + j] = rnd.nextGaussian();
      }
    }
    return v;
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int k = 0; k < x.length; k++) {
      s += x[k] * y[k];
    }
    return s;
  }

  private static double[] positions(int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  @Test
  void coarseningHandlesEveryCellCount() {
    List<Integer> chain = new ArrayList<>();
    int m = 420;
    while (AxisTransfer.coarsens(m)) {
      chain.add(m);
      m = AxisTransfer.coarseCells(m);
    }
    chain.add(m);
    System.out.println("darcy coarsening of 420 cells: " + chain);
    assertEquals(List.of(420, 210, 105, 52, 26, 13, 6, 3), chain);
    for (int cells = 1; cells <= 64; cells++) {
      AxisTransfer t = new AxisTransfer(positions(cells + 1));
      double[] cp = t.coarsePositions;
      assertEquals(0.0, cp[0]);
      assertEquals(cells, cp[cp.length - 1]);
      for (int k = 1; k < cp.length; k++) {
        double gap = cp[k] - cp[k - 1];
        assertTrue(gap >= 1 && gap <= 3, "gap " + gap + " for " + cells + " cells");
      }
      // interpolation reproduces linear functions vanishing on the boundary... at least away from
      // the boundary weights: interior fine nodes between interior coarse nodes sum to one and
      // interpolate x exactly
      for (int p = 1; p < cells; p++) {
        int lo = t.lo[p];
        int hi = t.hi[p];
        boolean interior = lo > 0 && hi < t.coarseCells;
        if (interior) {
          assertEquals(1.0, t.wLo[p] + t.wHi[p], 1e-15);
          assertEquals(p, t.wLo[p] * cp[lo] + t.wHi[p] * cp[hi], 1e-12);
        }
      }
    }
  }

  private static DarcySolver assembled(Grid2D grid, int sweeps, long seed) {
    DarcySolver solver = new DarcySolver(grid, DarcyConfig.defaults().withSmootherSweeps(sweeps));
    solver.solve(TestFields.fnoLike(grid.nx(), grid.ny(), seed), 1.0);
    return solver;
  }

  private static List<Grid2D> grids() {
    return List.of(
        Grid2D.unitSquare(65, Boundary.DIRICHLET),
        Grid2D.unitSquare(70, Boundary.DIRICHLET),
        new Grid2D(Grid1D.bounded(0, 1, 50), Grid1D.bounded(0, 1, 37)),
        new Grid2D(Grid1D.bounded(0, 1, 300), Grid1D.bounded(0, 1, 4)));
  }

  @Test
  void restrictionIsTheTransposeOfProlongation() {
    Random rnd = new Random(1);
    for (Grid2D grid : grids()) {
      MultigridHierarchy h = assembled(grid, 1, 3).hierarchy();
      for (int l = 0; l + 1 < h.depth(); l++) {
        StencilOperator f = h.level(l);
        StencilOperator c = h.level(l + 1);
        double[] uc = randomInterior(c.nx, c.ny, rnd);
        double[] vf = randomInterior(f.nx, f.ny, rnd);
        double[] puc = new double[f.nx * f.ny];
        h.prolongAdd(l, uc, puc);
        double[] rvf = new double[c.nx * c.ny];
        h.restrict(l, vf, rvf);
        double lhs = dot(puc, vf);
        double rhs = dot(uc, rvf);
        assertEquals(lhs, rhs, 1e-12 * Math.abs(lhs) + 1e-12, "level " + l + " of " + grid);
      }
    }
  }

  @Test
  void coarseOperatorsAreTheGalerkinProducts() {
    Random rnd = new Random(2);
    for (Grid2D grid : grids()) {
      MultigridHierarchy h = assembled(grid, 1, 4).hierarchy();
      System.out.println(
          "darcy hierarchy " + grid.nx() + " x " + grid.ny() + ": " + h.depth() + " levels, coarsest "
              + h.level(h.depth() - 1).nx + " x " + h.level(h.depth() - 1).ny + " nodes");
      for (int l = 0; l + 1 < h.depth(); l++) {
        StencilOperator f = h.level(l);
        StencilOperator c = h.level(l + 1);
        double[] xc = randomInterior(c.nx, c.ny, rnd);
        double[] direct = new double[c.nx * c.ny];
        c.apply(xc, direct);
        double[] px = new double[f.nx * f.ny];
        h.prolongAdd(l, xc, px);
        double[] apx = new double[f.nx * f.ny];
        f.apply(px, apx);
        double[] rapx = new double[c.nx * c.ny];
        h.restrict(l, apx, rapx);
        double scale = Math.sqrt(dot(rapx, rapx));
        for (int k = 0; k < direct.length; k++) {
          assertEquals(rapx[k], direct[k], 1e-12 * scale, "level " + (l + 1) + " node " + k);
        }
        // symmetric storage: boundary coefficients are zero
        for (int j = 0; j < c.ny; j++) {
          assertEquals(0.0, c.e[(c.nx - 2) * c.ny + j]);
        }
      }
    }
  }

  @Test
  void vCycleIsSymmetricPositiveDefinite() {
    Random rnd = new Random(3);
    for (Grid2D grid : grids()) {
      for (int sweeps = 1; sweeps <= 2; sweeps++) {
        DarcySolver solver = assembled(grid, sweeps, 5);
        int n = grid.nodes();
        for (int trial = 0; trial < 3; trial++) {
          double[] x = randomInterior(grid.nx(), grid.ny(), rnd);
          double[] y = randomInterior(grid.nx(), grid.ny(), rnd);
          double[] mx = new double[n];
          double[] my = new double[n];
          solver.applyPreconditioner(x, mx);
          solver.applyPreconditioner(y, my);
          double a = dot(mx, y);
          double b = dot(x, my);
          double scale = Math.sqrt(dot(mx, mx) * dot(y, y));
          assertEquals(a, b, 1e-13 * scale, "<Mx,y> vs <x,My> on " + grid + ", sweeps " + sweeps);
          assertTrue(dot(mx, x) > 0, "<Mx,x> > 0");
          if (trial == 0 && sweeps == 1) {
            System.out.printf(
                "darcy V-cycle %d x %d: |<Mx,y> - <x,My>| / (|Mx||y|) = %.1e, <Mx,x> = %.3e%n",
                grid.nx(), grid.ny(), Math.abs(a - b) / scale, dot(mx, x));
          }
        }
      }
    }
  }

  @Test
  void solverReuseGivesTheSameAnswerAsAFreshSolver() {
    Grid2D grid = Grid2D.unitSquare(70, Boundary.DIRICHLET);
    DarcySolver reused = new DarcySolver(grid);
    reused.solve(TestFields.fnoLike(70, 70, 1), 1.0);
    reused.solve(TestFields.fnoLike(70, 70, 2), 2.5);
    double[] a = TestFields.fnoLike(70, 70, 3);
    DarcySolution again = reused.solve(a, 1.0);
    DarcySolution fresh = new DarcySolver(grid).solve(a, 1.0);
    assertArrayEquals(fresh.u(), again.u(), 0.0);
    assertEquals(fresh.iterations(), again.iterations());
  }
}
