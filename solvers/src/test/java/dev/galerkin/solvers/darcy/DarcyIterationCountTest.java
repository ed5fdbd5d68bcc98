package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The multigrid preconditioner makes the CG iteration count (nearly) independent of the
 * resolution, for smooth and for FNO's piecewise-constant (3/12) coefficients, and for node counts
 * whose cell counts are not powers of two (84 = 2²·21, 140, 210, 420 = 2²·3·5·7).
 */
class DarcyIterationCountTest {
  private static final int BOUND = 20;

  private static double[] smoothCoefficient(int s, long seed) {
    double[] w = TestFields.smoothRandom(s, s, seed, 12);
    double[] a = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      a[k] = Math.exp(10 * w[k]);
    }
    return a;
  }

  private static int[] iterations(int[] sizes, boolean fno) {
    int[] its = new int[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      int s = sizes[k];
      double[] a = fno ? TestFields.fnoLike(s, s, 17) : smoothCoefficient(s, 17);
      DarcySolution sol = new DarcySolver(Grid2D.unitSquare(s, Boundary.DIRICHLET)).solve(a, 1.0);
      its[k] = sol.iterations();
      System.out.printf(
          "darcy iterations %s s=%d: %d (relative residual %.2e, %d levels, coarsest %d unknowns)%n",
          fno ? "FNO 3/12" : "smooth  ", s, sol.iterations(), sol.relativeResidual(),
          sol.multigridLevels(), sol.coarsestUnknowns());
    }
    return its;
  }

  private static void assertFlat(int[] sizes, int[] its) {
    int min = Arrays.stream(its).min().getAsInt();
    int max = Arrays.stream(its).max().getAsInt();
    assertTrue(
        max <= BOUND && max <= 1.5 * min,
        "iterations " + Arrays.toString(its) + " at s = " + Arrays.toString(sizes)
            + " should stay within [min, 1.5 min] and <= " + BOUND);
  }

  @Test
  void iterationsDoNotGrowWithResolution() {
    int[] sizes = {65, 129, 257};
    assertFlat(sizes, iterations(sizes, false));
    assertFlat(sizes, iterations(sizes, true));
  }

  @Test
  void iterationsDoNotGrowAtFnoResolutions() {
    int[] sizes = {85, 141, 211};
    assertFlat(sizes, iterations(sizes, true));
  }

  /**
   * The operator-dependent prolongation ({@link OperatorTransfer}) keeps the count nearly flat in
   * the contrast of a two-valued coefficient (FNO's interfaces, values {@code c} and 1): measured
   * on s = 257 with the bilinear prolongation it replaced, 7, 9, 12, 13, 14 and 15 iterations at
   * contrast 4, 10, 100, 1000, 10⁴, 10⁶ (so these bounds fail for it); with it 6, 7, 8, 8, 9 and
   * 10 (this test prints them).
   */
  @Test
  void iterationsGrowSlowlyWithTheContrast() {
    int s = 257;
    double[] contrasts = {4, 10, 100, 1000, 1e4, 1e6};
    int[] bounds = {7, 8, 9, 10, 12, 13};
    int[] its = new int[contrasts.length];
    DarcySolver solver = new DarcySolver(Grid2D.unitSquare(s, Boundary.DIRICHLET));
    double[] shape = TestFields.fnoLike(s, s, 23);
    for (int k = 0; k < contrasts.length; k++) {
      double[] a = new double[shape.length];
      for (int p = 0; p < a.length; p++) {
        a[p] = shape[p] == 12.0 ? contrasts[k] : 1.0;
      }
      its[k] = solver.solve(a, 1.0).iterations();
    }
    System.out.printf("darcy CG iterations at s = %d for contrast %s: %s%n", s,
        Arrays.toString(contrasts), Arrays.toString(its));
    for (int k = 0; k < contrasts.length; k++) {
      assertTrue(its[k] <= bounds[k], "contrast " + contrasts[k] + ": " + its[k]
          + " iterations > " + bounds[k] + "; all: " + Arrays.toString(its));
    }
  }

  /**
   * Iteration counts at the FNO resolutions, up to the full 421 × 421 grid, worst of four
   * coefficient samples per size. (The time per solve is {@code galerkin bench solvers}, beside
   * SciPy's direct solve of the same matrix.)
   */
  @Test
  @Tag("slow")
  void fnoResolutionsUpTo421() {
    int[] sizes = {85, 141, 211, 421};
    int[] its = new int[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      int s = sizes[k];
      DarcySolver solver = new DarcySolver(Grid2D.unitSquare(s, Boundary.DIRICHLET));
      for (int q = 0; q < 4; q++) {
        its[k] = Math.max(its[k], solver.solve(TestFields.fnoLike(s, s, 1000 + q), 1.0).iterations());
      }
    }
    System.out.printf("darcy FNO 3/12 worst CG iterations at s = %s: %s%n", Arrays.toString(sizes),
        Arrays.toString(its));
    assertFlat(sizes, its);
  }
}
