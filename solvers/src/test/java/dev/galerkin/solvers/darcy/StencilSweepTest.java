package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The red–black sweeps of {@link StencilOperator} against their definition written out node by
 * node (every red node, then every black node; backward the exact reverse): bit-identical iterates
 * for 5- and 9-point operators on odd and even grids; the V-cycle's shortcuts (the first sweep
 * from zero, the residual after a forward sweep) against the kernels they stand for.
 */
class StencilSweepTest {

  @ParameterizedTest
  @CsvSource({"5, 7, false", "8, 6, false", "9, 9, true", "12, 7, true", "3, 3, true", "4, 11, false"})
  void sweepsFollowTheRedBlackOrderBitForBit(int nx, int ny, boolean ninePoint) {
    StencilOperator a = randomOperator(nx, ny, ninePoint, new Random(nx * 31L + ny));
    Random rnd = new Random(7);
    double[] b = interior(nx, ny, rnd);
    double[] x = interior(nx, ny, rnd);
    double[] reference = x.clone();

    a.gaussSeidelForward(x, b);
    twoPassForward(a, reference, b);
    assertArrayEquals(reference, x, 0.0, "forward sweep");
    assertFalse(Arrays.equals(x, interior(nx, ny, new Random(7))), "the sweep changed nothing");

    a.gaussSeidelBackward(x, b);
    twoPassBackward(a, reference, b);
    assertArrayEquals(reference, x, 0.0, "backward sweep");
  }

  @ParameterizedTest
  @CsvSource({"5, 7, false", "8, 6, false", "9, 9, true", "4, 11, false"})
  void theFirstSweepFromZeroIsTheSweepOfZero(int nx, int ny, boolean ninePoint) {
    StencilOperator a = randomOperator(nx, ny, ninePoint, new Random(nx * 17L + ny));
    double[] b = interior(nx, ny, new Random(3));
    double[] x = new double[nx * ny];
    Arrays.fill(x, Double.NaN); // whatever the array held before must not matter
    double[] reference = new double[nx * ny];

    a.gaussSeidelForwardFromZero(x, b);
    twoPassForward(a, reference, b);
    assertArrayEquals(reference, x, 0.0);
  }

  @ParameterizedTest
  @CsvSource({"5, 7, false", "8, 6, false", "9, 9, true", "4, 11, false", "12, 13, false"})
  void theResidualAfterAForwardSweepIsTheResidual(int nx, int ny, boolean ninePoint) {
    StencilOperator a = randomOperator(nx, ny, ninePoint, new Random(nx * 5L + ny));
    double[] b = interior(nx, ny, new Random(11));
    double[] x = interior(nx, ny, new Random(12));
    a.gaussSeidelForward(x, b);
    double[] full = new double[nx * ny];
    double[] fast = new double[nx * ny];
    Arrays.fill(fast, Double.NaN);
    a.residual(x, b, full);
    a.residualAfterForwardSweep(x, b, fast);
    double scale = Arrays.stream(b).map(Math::abs).max().orElse(1.0);
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int p = i * ny + j;
        boolean boundary = i == 0 || j == 0 || i == nx - 1 || j == ny - 1;
        if (boundary) {
          continue; // neither kernel writes the boundary
        }
        if (ninePoint || ((i + j) & 1) == 0) {
          assertEquals(full[p], fast[p], 0.0, "node (" + i + ", " + j + ")");
        } else {
          assertEquals(0.0, fast[p], 0.0, "black node (" + i + ", " + j + ")");
          assertEquals(0.0, full[p], 1e-14 * scale, "black residual is rounding only");
        }
      }
    }
    assertTrue(Arrays.stream(full).anyMatch(v -> Math.abs(v) > 1e-3), "the residual is not trivial");
  }

  private static StencilOperator randomOperator(int nx, int ny, boolean ninePoint, Random rnd) {
    StencilOperator a = new StencilOperator(nx, ny, ninePoint);
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        int p = i * ny + j;
        a.c[p] = 8 + rnd.nextDouble();
        a.e[p] = i + 1 < nx - 1 ? -rnd.nextDouble() : 0.0;
        a.n[p] = j + 1 < ny - 1 ? -rnd.nextDouble() : 0.0;
        if (ninePoint) {
          a.ne[p] = i + 1 < nx - 1 && j + 1 < ny - 1 ? -rnd.nextDouble() : 0.0;
          a.se[p] = i + 1 < nx - 1 && j > 1 ? -rnd.nextDouble() : 0.0;
        }
      }
    }
    a.updateInverse();
    return a;
  }

  private static double[] interior(int nx, int ny, Random rnd) {
    double[] v = new double[nx * ny];
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        v[i * ny + j] = rnd.nextGaussian();
      }
    }
    return v;
  }

  /** Every node of colour 0 ({@code i + j} even) in increasing order, then every node of colour 1. */
  private static void twoPassForward(StencilOperator a, double[] x, double[] b) {
    for (int colour = 0; colour < 2; colour++) {
      for (int i = 1; i < a.nx - 1; i++) {
        for (int j = 1; j < a.ny - 1; j++) {
          if (((i + j) & 1) == colour) {
            update(a, x, b, i, j);
          }
        }
      }
    }
  }

  /** The exact reverse of {@link #twoPassForward}. */
  private static void twoPassBackward(StencilOperator a, double[] x, double[] b) {
    for (int colour = 1; colour >= 0; colour--) {
      for (int i = a.nx - 2; i >= 1; i--) {
        for (int j = a.ny - 2; j >= 1; j--) {
          if (((i + j) & 1) == colour) {
            update(a, x, b, i, j);
          }
        }
      }
    }
  }

  /** {@code x_p = (b_p - Σ_{q≠p} A_pq x_q) / A_pp}, the stencil written out from its definition. */
  private static void update(StencilOperator a, double[] x, double[] b, int i, int j) {
    int ny = a.ny;
    int p = i * ny + j;
    double off = a.e[p] * x[p + ny] + a.e[p - ny] * x[p - ny] + a.n[p] * x[p + 1]
        + a.n[p - 1] * x[p - 1];
    if (a.ninePoint) { // added one by one, left to right, as the operator sums them
      off = off + a.ne[p] * x[p + ny + 1];
      off = off + a.ne[p - ny - 1] * x[p - ny - 1];
      off = off + a.se[p] * x[p + ny - 1];
      off = off + a.se[p - ny + 1] * x[p - ny + 1];
    }
    x[p] = (b[p] - off) * a.invC[p];
  }
}
