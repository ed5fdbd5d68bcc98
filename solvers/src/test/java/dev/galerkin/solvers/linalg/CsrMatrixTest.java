package dev.galerkin.solvers.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsrMatrixTest {

  @Test
  void duplicatesAreSummedAndRowsSorted() {
    CsrMatrix.Triplets t = new CsrMatrix.Triplets(2);
    t.add(1, 2, 3.0);
    t.add(0, 0, 1.0);
    t.add(1, 0, 2.0);
    t.add(1, 2, 4.0);
    t.add(2, 2, 5.0);
    t.add(0, 0, -0.5);
    CsrMatrix a = t.toMatrix(3);
    assertEquals(4, a.nonZeros());
    assertEquals(0.5, a.get(0, 0));
    assertEquals(7.0, a.get(1, 2));
    assertEquals(2.0, a.get(1, 0));
    assertEquals(0.0, a.get(2, 0));
    assertArrayEquals(new int[] {0, 1, 3, 4}, a.rowStart());
    assertArrayEquals(new int[] {0, 0, 2, 2}, a.columns());
  }

  @Test
  void multiplyMatchesDense() {
    Random rnd = new Random(3);
    int n = 7;
    double[][] dense = new double[n][n];
    CsrMatrix.Triplets t = new CsrMatrix.Triplets(1);
    for (int k = 0; k < 40; k++) {
      int i = rnd.nextInt(n);
      int j = rnd.nextInt(n);
      double v = rnd.nextGaussian();
      dense[i][j] += v;
      t.add(i, j, v);
    }
    CsrMatrix a = t.toMatrix(n);
    double[] x = rnd.doubles(n).toArray();
    double[] y = new double[n];
    a.multiply(x, y);
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += dense[i][j] * x[j];
      }
      assertEquals(s, y[i], 1e-13);
    }
  }

  @Test
  void dirichletEliminationIsSymmetricAndKeepsTheSolution() {
    // 1D Laplacian on 6 nodes, u(0) = 1, u(5) = 3: the solution is linear
    int n = 6;
    CsrMatrix.Triplets t = new CsrMatrix.Triplets(16);
    for (int e = 0; e < n - 1; e++) {
      t.add(e, e, 1);
      t.add(e + 1, e + 1, 1);
      t.add(e, e + 1, -1);
      t.add(e + 1, e, -1);
    }
    CsrMatrix a = t.toMatrix(n);
    boolean[] fixed = new boolean[n];
    double[] known = new double[n];
    fixed[0] = fixed[n - 1] = true;
    known[0] = 1;
    known[n - 1] = 3;
    double[] b = new double[n];
    CsrMatrix d = a.withDirichlet(fixed, known, b);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertEquals(d.get(i, j), d.get(j, i), 0.0);
      }
    }
    assertEquals(0.0, d.get(0, 1));
    assertEquals(1.0, d.get(0, 0));
    assertEquals(1.0, a.get(0, 0), "the original is unchanged");
    assertEquals(-1.0, a.get(1, 0), "the original is unchanged");
    CgResult r = ConjugateGradient.solve(d, b, null, new JacobiPreconditioner(d), 1e-12, 50);
    for (int i = 0; i < n; i++) {
      assertEquals(1 + 2.0 * i / (n - 1), r.x()[i], 1e-10);
    }
  }

  @Test
  void badTripletsAreNamed() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> CsrMatrix.fromTriplets(2, new int[] {0, 2}, new int[] {0, 0}, new double[] {1, 1}, 2));
    assertTrue(e.getMessage().contains("triplet 1 at (2, 0)"), e.getMessage());
    e = assertThrows(GalerkinException.class,
        () -> CsrMatrix.fromTriplets(2, new int[] {0}, new int[] {0}, new double[] {Double.NaN}, 1));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}
