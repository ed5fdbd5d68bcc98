package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import org.junit.jupiter.api.Test;

/**
 * {@link DarcyScheme#ARITHMETIC} (PDEBench's arithmetic-mean faces) is second order for a smooth
 * coefficient: the manufactured solution of {@link DarcySolverConvergenceTest} on the nodes of the
 * unit square, max-norm order in [1.8, 2.2].
 */
class DarcyArithmeticSchemeTest {

  @Test
  void secondOrderForASmoothCoefficient() {
    double previous = Double.NaN;
    for (int n : new int[] {17, 33, 65, 129}) {
      Grid2D grid = new Grid2D(Grid1D.bounded(0, 1, n), Grid1D.bounded(0, 1, n));
      double[] x = grid.xCoordinates();
      double[] a = new double[n * n];
      double[] f = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i * n + j] = DarcySolverConvergenceTest.a(x[i], x[j]);
          f[i * n + j] = DarcySolverConvergenceTest.source(x[i], x[j]);
        }
      }
      DarcySolution sol = new DarcySolver(grid, DarcyConfig.defaults().withTolerance(1e-12)
          .withScheme(DarcyScheme.ARITHMETIC)).solve(a, f);
      double max = 0;
      for (int i = 1; i < n - 1; i++) {
        for (int j = 1; j < n - 1; j++) {
          max = Math.max(max, Math.abs(sol.valueAt(i, j)
              - DarcySolverConvergenceTest.exact(x[i], x[j])));
        }
      }
      if (!Double.isNaN(previous)) {
        double order = Math.log(previous / max) / Math.log(2);
        System.out.printf("darcy arithmetic faces, manufactured, %d^2 nodes: max err %.3e, order"
            + " %.2f%n", n, max, order);
        assertTrue(order >= 1.8 && order <= 2.2, "order " + order);
      }
      previous = max;
    }
  }
}
