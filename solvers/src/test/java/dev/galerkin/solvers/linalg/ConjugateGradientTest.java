package dev.galerkin.solvers.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {

  /** The 5-point Laplacian on an m × m interior grid (Dirichlet), numbered row by row. */
  static CsrMatrix laplacian(int m) {
    CsrMatrix.Triplets t = new CsrMatrix.Triplets(5 * m * m);
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < m; i++) {
        int p = j * m + i;
        t.add(p, p, 4);
        if (i > 0) {
          t.add(p, p - 1, -1);
        }
        if (i < m - 1) {
          t.add(p, p + 1, -1);
        }
        if (j > 0) {
          t.add(p, p - m, -1);
        }
        if (j < m - 1) {
          t.add(p, p + m, -1);
        }
      }
    }
    return t.toMatrix(m * m);
  }

  @Test
  void solvesALaplacianToTheTolerance() {
    CsrMatrix a = laplacian(30);
    double[] xTrue = new double[a.size()];
    for (int i = 0; i < xTrue.length; i++) {
      xTrue[i] = Math.sin(0.01 * i * i);
    }
    double[] b = new double[a.size()];
    a.multiply(xTrue, b);
    for (PreconditionerKind kind : PreconditionerKind.values()) {
      CgResult r = ConjugateGradient.solve(a, b, null, kind.create(a), 1e-10, 1000);
      assertTrue(r.relativeResidual() <= 1e-9, kind + " " + r.relativeResidual());
      double err = 0;
      for (int i = 0; i < xTrue.length; i++) {
        err = Math.max(err, Math.abs(r.x()[i] - xTrue[i]));
      }
      assertTrue(err < 1e-6, kind + " max error " + err);
    }
  }

  @Test
  void incompleteCholeskyNeedsFewerIterationsThanJacobi() {
    CsrMatrix a = laplacian(100); // 10^4 unknowns
    double[] b = new double[a.size()];
    java.util.Arrays.fill(b, 1.0);
    CgResult jacobi = ConjugateGradient.solve(a, b, null, new JacobiPreconditioner(a), 1e-8, 2000);
    CgResult ic = ConjugateGradient.solve(a, b, null, IncompleteCholesky.factor(a), 1e-8, 2000);
    System.out.println("5-point Laplacian 100x100, tol 1e-8: Jacobi " + jacobi.iterations()
        + " iterations, IC(0) " + ic.iterations());
    assertEquals("IC(0)", ic.preconditioner());
    assertTrue(ic.iterations() < 0.6 * jacobi.iterations(),
        "IC(0) " + ic.iterations() + " vs Jacobi " + jacobi.iterations());
  }

  @Test
  void incompleteCholeskyOfATridiagonalMatrixIsExact() {
    int n = 50;
    CsrMatrix.Triplets t = new CsrMatrix.Triplets(3 * n);
    for (int i = 0; i < n; i++) {
      t.add(i, i, 2.5);
      if (i > 0) {
        t.add(i, i - 1, -1);
        t.add(i - 1, i, -1);
      }
    }
    CsrMatrix a = t.toMatrix(n);
    double[] b = new double[n];
    b[7] = 1;
    CgResult r = ConjugateGradient.solve(a, b, null, IncompleteCholesky.factor(a), 1e-12, 10);
    assertEquals(1, r.iterations(), "no fill-in, so IC(0) is the exact Cholesky factor");
  }

  @Test
  void incompleteCholeskyBreakdownFallsBackToJacobi() {
    // symmetric, positive diagonal, but indefinite: IC(0) finds a negative pivot
    CsrMatrix a = CsrMatrix.fromTriplets(2, new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1},
        new double[] {1, 2, 2, 1}, 4);
    assertTrue(IncompleteCholesky.tryFactor(a).isEmpty());
    GalerkinException e = assertThrows(GalerkinException.class, () -> IncompleteCholesky.factor(a));
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    assertEquals("Jacobi", PreconditionerKind.INCOMPLETE_CHOLESKY.create(a).name());
  }

  @Test
  void nonConvergenceThrowsWithIterationsAndResidual() {
    CsrMatrix a = laplacian(40);
    double[] b = new double[a.size()];
    java.util.Arrays.fill(b, 1.0);
    SolverException e = assertThrows(SolverException.class,
        () -> ConjugateGradient.solve(a, b, null, new JacobiPreconditioner(a), 1e-10, 5));
    assertTrue(e.getMessage().contains("did not converge in 5 iterations"), e.getMessage());
    assertTrue(e.getMessage().contains("relative residual"), e.getMessage());
  }

  @Test
  void zeroRightHandSideGivesZero() {
    CsrMatrix a = laplacian(4);
    CgResult r = ConjugateGradient.solve(a, new double[16], null, new JacobiPreconditioner(a),
        1e-8, 10);
    assertEquals(0, r.iterations());
    assertEquals(0.0, r.relativeResidual());
  }
}
