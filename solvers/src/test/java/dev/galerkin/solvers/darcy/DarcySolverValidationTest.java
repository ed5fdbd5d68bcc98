package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.SolverException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a one-line message naming the parameter or node. */
class DarcySolverValidationTest {
  private static final Grid2D GRID = Grid2D.unitSquare(9, Boundary.DIRICHLET);

  private static double[] ones(int n) {
    double[] a = new double[n];
    Arrays.fill(a, 1.0);
    return a;
  }

  private static String message(Runnable r) {
    GalerkinException e = assertThrows(GalerkinException.class, r::run);
    System.out.println("darcy refused: " + e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one-line message");
    return e.getMessage();
  }

  @Test
  void solutionSubsampleIsTheGridSubsampleOfU() {
    Grid2D grid = Grid2D.unitSquare(21, Boundary.DIRICHLET);
    DarcySolution sol = new DarcySolver(grid).solve(TestFields.fnoLike(21, 21, 5), 1.0);
    org.junit.jupiter.api.Assertions.assertArrayEquals(grid.subsample(sol.u(), 5),
        sol.subsample(5));
    assertEquals(25, sol.subsample(5).length);
  }

  @Test
  void configFieldsAreValidated() {
    assertTrue(message(() -> DarcyConfig.defaults().withTolerance(0.0)).contains("tolerance = 0.0"));
    assertTrue(message(() -> DarcyConfig.defaults().withTolerance(-1e-8)).contains("tolerance"));
    assertTrue(message(() -> DarcyConfig.defaults().withTolerance(Double.NaN)).contains("NaN"));
    assertTrue(message(() -> DarcyConfig.defaults().withTolerance(1.0)).contains("< 1"));
    assertTrue(message(() -> DarcyConfig.defaults().withMaxIterations(0)).contains("maxIterations = 0"));
    assertTrue(message(() -> DarcyConfig.defaults().withSmootherSweeps(0)).contains("smootherSweeps = 0"));
    assertTrue(message(() -> DarcyConfig.defaults().withSmootherSweeps(9)).contains("<= 8"));
  }

  @Test
  void gridMustBeBoundedWithInteriorNodes() {
    assertTrue(message(() -> new DarcySolver(Grid2D.unitSquare(2, Boundary.DIRICHLET))).contains("has 2 nodes"));
    assertTrue(message(() -> new DarcySolver(Grid2D.unitSquare(16, Boundary.PERIODIC))).contains("PERIODIC"));
    assertTrue(
        message(() -> new DarcySolver(new Grid2D(Grid1D.bounded(0, 1, 9), Grid1D.bounded(0, 1, 2))))
            .contains("axis y"));
    assertTrue(message(() -> new DarcySolver(null)).contains("grid is null"));
    assertTrue(message(() -> new DarcySolver(GRID, null)).contains("config is null"));
  }

  @Test
  void coefficientIsValidatedNodeByNode() {
    DarcySolver solver = new DarcySolver(GRID);
    assertTrue(message(() -> solver.solve(new double[80], 1.0)).contains("length 80; expected nx * ny = 9 * 9 = 81"));
    assertTrue(message(() -> solver.solve((double[]) null, 1.0)).contains("coefficient a is null"));
    double[] a = ones(81);
    a[2 * 9 + 3] = Double.NaN;
    assertTrue(message(() -> solver.solve(a, 1.0)).contains("a[21] = NaN at node (i, j) = (2, 3)"));
    a[2 * 9 + 3] = 0.0;
    assertTrue(message(() -> solver.solve(a, 1.0)).contains("a[21] = 0.0"));
    a[2 * 9 + 3] = -3.0;
    assertTrue(message(() -> solver.solve(a, 1.0)).contains("a[21] = -3.0"));
    a[2 * 9 + 3] = Double.POSITIVE_INFINITY;
    assertTrue(message(() -> solver.solve(a, 1.0)).contains("Infinity"));
    a[2 * 9 + 3] = 1.0;
    a[0] = -1.0; // boundary values enter the face means, so they are checked too
    assertTrue(message(() -> solver.solve(a, 1.0)).contains("node (i, j) = (0, 0)"));
  }

  @Test
  void sourceIsValidated() {
    DarcySolver solver = new DarcySolver(GRID);
    double[] a = ones(81);
    assertTrue(message(() -> solver.solve(a, Double.NaN)).contains("source f = NaN"));
    assertTrue(message(() -> solver.solve(a, new double[81 + 1])).contains("source f has length 82"));
    double[] f = ones(81);
    f[40] = Double.NEGATIVE_INFINITY;
    assertTrue(message(() -> solver.solve(a, f)).contains("f[40] = -Infinity at node (i, j) = (4, 4)"));
  }

  @Test
  void zeroSourceGivesZeroSolutionWithoutIterating() {
    DarcySolution sol = new DarcySolver(GRID).solve(ones(81), 0.0);
    assertEquals(0, sol.iterations());
    assertEquals(0.0, sol.maxAbs());
    assertEquals(1, sol.residualHistory().length);
  }

  @Test
  void nonConvergenceThrowsWithIterationsAndResidual() {
    Grid2D grid = Grid2D.unitSquare(65, Boundary.DIRICHLET);
    DarcySolver solver =
        new DarcySolver(grid, DarcyConfig.defaults().withTolerance(1e-14).withMaxIterations(2));
    SolverException e =
        assertThrows(SolverException.class, () -> solver.solve(TestFields.fnoLike(65, 65, 1), 1.0));
    System.out.println("darcy refused: " + e.getMessage());
    assertTrue(e.getMessage().contains("did not converge in 2 iterations"));
    assertTrue(e.getMessage().contains("relative residual"));
    assertTrue(e.getMessage().contains("tolerance 1.0E-14"));
  }

  @Test
  void solutionRecordCopiesItsArrays() {
    DarcySolution sol = new DarcySolver(GRID).solve(ones(81), 1.0);
    double[] u = sol.u();
    u[40] = 99;
    assertTrue(sol.valueAt(4, 4) < 1.0);
    assertEquals(0.0, sol.valueAt(0, 4));
    assertEquals(sol.iterations() + 1, sol.residualHistory().length);
    assertTrue(
        message(() -> new DarcySolution(GRID, new double[3], 0, 0.0, new double[1], 1, 1))
            .contains("u has length 3"));
  }
}
