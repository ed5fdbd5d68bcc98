package dev.galerkin.solvers.darcy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import org.junit.jupiter.api.Test;

/**
 * The FNO scheme of {@link DarcySolver} ({@code solve_gwf.m}): its spline reproduces cubics, it is
 * second order on a smooth manufactured solution at the cell centres (measured 2.00 from 17² to
 * 129²), and with a constant coefficient it is the vertex solution splined to the cell centres.
 */
class DarcyFnoSchemeTest {

  private static double cubic(double x) {
    return 1 + 2 * x - 3 * x * x + 0.5 * x * x * x;
  }

  @Test
  void notAKnotSplineReproducesACubicIncludingTheExtrapolatedEnds() {
    int n = 9;
    double[] centres = new double[n];
    double[] nodes = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      centres[i] = (i + 0.5) / n;
      nodes[i] = i / (n - 1.0);
      y[i] = cubic(centres[i]);
    }
    NotAKnotSpline s = new NotAKnotSpline(centres[0], 1.0 / n, n, nodes);
    double[] out = new double[n];
    s.apply(y, 0, 1, out, 0, 1);
    for (int i = 0; i < n; i++) {
      assertEquals(cubic(nodes[i]), out[i], 1e-12, "at x = " + nodes[i]);
    }
    // a quartic is not reproduced: the check above can fail
    for (int i = 0; i < n; i++) {
      y[i] = Math.pow(centres[i], 4);
    }
    s.apply(y, 0, 1, out, 0, 1);
    assertTrue(Math.abs(out[0] - 0) > 1e-6, "the quartic's extrapolated end: " + out[0]);
  }

  /** u = sin(πx) sin(πy), a = 2 + sin(πx) cos(πy), f = −∇·(a∇u). */
  private static double u(double x, double y) {
    return Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
  }

  private static double a(double x, double y) {
    return 2 + Math.sin(Math.PI * x) * Math.cos(Math.PI * y);
  }

  private static double f(double x, double y) {
    double pi = Math.PI;
    double ux = pi * Math.cos(pi * x) * Math.sin(pi * y);
    double uy = pi * Math.sin(pi * x) * Math.cos(pi * y);
    double ax = pi * Math.cos(pi * x) * Math.cos(pi * y);
    double ay = -pi * Math.sin(pi * x) * Math.sin(pi * y);
    return -(ax * ux + ay * uy) + 2 * pi * pi * a(x, y) * u(x, y);
  }

  /** @return the relative L2 error at the cell centres of an s × s fno-scheme solve */
  private static double error(int s) {
    Grid2D grid = Grid2D.unitSquare(s, Boundary.DIRICHLET);
    DarcySolver solver = new DarcySolver(grid,
        DarcyConfig.defaults().withTolerance(1e-12).withScheme(DarcyScheme.FNO));
    double[] av = new double[s * s];
    double[] fv = new double[s * s];
    double[] exact = new double[s * s];
    for (int i = 0; i < s; i++) {
      for (int j = 0; j < s; j++) {
        double x = (i + 0.5) / s;
        double y = (j + 0.5) / s;
        av[i * s + j] = a(x, y);
        fv[i * s + j] = f(x, y);
        exact[i * s + j] = u(x, y);
      }
    }
    double[] got = solver.solve(av, fv).u();
    double num = 0;
    double den = 0;
    for (int k = 0; k < got.length; k++) {
      num += (got[k] - exact[k]) * (got[k] - exact[k]);
      den += exact[k] * exact[k];
    }
    return Math.sqrt(num / den);
  }

  @Test
  void isSecondOrderAtTheCellCentresForASmoothCoefficient() {
    int[] sizes = {17, 33, 65, 129};
    double[] e = new double[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      e[k] = error(sizes[k]);
    }
    for (int k = 1; k < sizes.length; k++) {
      // h = 1/(s − 1) halves from one size to the next
      double order = Math.log(e[k - 1] / e[k]) / Math.log(2);
      assertTrue(order > 1.8 && order < 2.3, "order " + order + " from " + sizes[k - 1] + " to "
          + sizes[k] + ", errors " + java.util.Arrays.toString(e));
    }
    assertTrue(e[sizes.length - 1] < 1e-3, java.util.Arrays.toString(e));
  }

  @Test
  void withAConstantCoefficientItIsTheVertexSolutionSplinedToTheCellCentres() {
    int s = 13;
    Grid2D grid = Grid2D.unitSquare(s, Boundary.DIRICHLET);
    double[] av = new double[s * s];
    java.util.Arrays.fill(av, 2.5);
    DarcyConfig tight = DarcyConfig.defaults().withTolerance(1e-13);
    double[] vertex = new DarcySolver(grid, tight).solve(av, 1.0).u();
    double[] fno = new DarcySolver(grid, tight.withScheme(DarcyScheme.FNO)).solve(av, 1.0).u();
    double[] centres = new double[s];
    for (int i = 0; i < s; i++) {
      centres[i] = (i + 0.5) / s;
    }
    double[] expected = new double[s * s];
    NotAKnotSpline.apply2d(new NotAKnotSpline(0, 1.0 / (s - 1), s, centres), vertex,
        new double[s * s], expected);
    double max = 0;
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], fno[k], 1e-10, "point " + k);
      max = Math.max(max, Math.abs(vertex[k] - fno[k]));
    }
    assertTrue(max > 1e-3, "the points differ by half a cell, so the values do: " + max);
  }

  @Test
  void needsASquareGrid() {
    GalerkinException g = assertThrows(GalerkinException.class, () -> new DarcySolver(
        new Grid2D(dev.galerkin.meshes.Grid1D.bounded(0, 1, 9),
            dev.galerkin.meshes.Grid1D.bounded(0, 1, 7)),
        DarcyConfig.defaults().withScheme(DarcyScheme.FNO)));
    assertTrue(g.getMessage().contains("square grid"), g.getMessage());
  }
}
