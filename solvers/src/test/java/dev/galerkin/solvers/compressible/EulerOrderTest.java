package dev.galerkin.solvers.compressible;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.BoundaryKind;
import dev.galerkin.solvers.finitevolume.CellGrid;
import org.junit.jupiter.api.Test;

/**
 * Convergence of {@link CompressibleSolver} on the inviscid Euler equations: the L1 density error
 * of Sod's shock tube against {@link ExactRiemannSolver} (first order at discontinuities), and of
 * a smooth density wave advected by a uniform flow on a periodic domain (second order).
 */
class EulerOrderTest {

  /** @return the least-squares slope of {@code −log(error)} against {@code log(cells)} */
  static double fittedOrder(int[] cells, double[] errors) {
    int n = cells.length;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int k = 0; k < n; k++) {
      double x = Math.log(cells[k]);
      double y = -Math.log(errors[k]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static double sodError(int n) {
    CellGrid grid = CellGrid.line(n, 0, 1);
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.all(BoundaryKind.TRANSMISSIVE),
        CompressibleConfig.euler(1.4));
    double[] w0 = new double[3 * n];
    double[] x = grid.xCentres();
    for (int i = 0; i < n; i++) {
      boolean left = x[i] < 0.5;
      w0[3 * i] = left ? 1 : 0.125;
      w0[3 * i + 2] = left ? 1 : 0.1;
    }
    double[] w = s.solve(w0, new double[] {0.2}, "sod").frame(0);
    ExactRiemannSolver exact = new ExactRiemannSolver(1.4, new double[] {1, 0, 1},
        new double[] {0.125, 0, 0.1});
    double[] e = new double[3];
    double error = 0;
    for (int i = 0; i < n; i++) {
      exact.average(i * grid.dx(), (i + 1) * grid.dx(), 0.5, 0.2, 16, e);
      error += Math.abs(w[3 * i] - e[0]) * grid.dx();
    }
    return error;
  }

  @Test
  void sodShockTubeConvergesAtFirstOrderInL1() {
    int[] cells = {100, 200, 400, 800};
    double[] errors = new double[cells.length];
    StringBuilder report = new StringBuilder("Sod (gamma 1.4, t = 0.2, HLLC, MUSCL-MC, SSP-RK3)"
        + " L1 density errors:");
    for (int k = 0; k < cells.length; k++) {
      errors[k] = sodError(cells[k]);
      report.append(String.format(" %d: %.3e", cells[k], errors[k]));
    }
    double order = fittedOrder(cells, errors);
    report.append(String.format("; fitted order %.3f", order));
    System.out.println(report);
    assertTrue(order > 0.6 && order < 1.3, report.toString());
    assertTrue(errors[3] < 5e-3, report.toString());
  }

  private static double advectionError(int n, double tEnd) {
    CellGrid grid = CellGrid.line(n, 0, 1);
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(),
        CompressibleConfig.euler(1.4));
    double dx = grid.dx();
    double[] w0 = new double[3 * n];
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) {
      w0[3 * i] = densityAverage(i * dx, dx, 0);
      w0[3 * i + 1] = 1;
      w0[3 * i + 2] = 1;
      exact[i] = densityAverage(i * dx, dx, tEnd);
    }
    double[] w = s.solve(w0, new double[] {tEnd}, "density wave").frame(0);
    double error = 0;
    for (int i = 0; i < n; i++) {
      error += Math.abs(w[3 * i] - exact[i]) * dx;
    }
    return error;
  }

  /** The mean of {@code 1 + 0.2 sin(2π(x − t))} over {@code [a, a + dx]}. */
  private static double densityAverage(double a, double dx, double t) {
    double k = 2 * Math.PI;
    return 1 + 0.2 * (Math.cos(k * (a - t)) - Math.cos(k * (a + dx - t))) / (k * dx);
  }

  @Test
  void anAdvectedDensityWaveConvergesAtSecondOrderInL1() {
    int[] cells = {32, 64, 128, 256};
    double[] errors = new double[cells.length];
    StringBuilder report = new StringBuilder("density wave 1 + 0.2 sin(2 pi x), v = 1, p = 1,"
        + " periodic, t = 1, L1 density errors:");
    for (int k = 0; k < cells.length; k++) {
      errors[k] = advectionError(cells[k], 1);
      report.append(String.format(" %d: %.3e", cells[k], errors[k]));
    }
    double order = fittedOrder(cells, errors);
    report.append(String.format("; fitted order %.3f", order));
    System.out.println(report);
    assertTrue(order >= 1.8, report.toString());
  }
}
