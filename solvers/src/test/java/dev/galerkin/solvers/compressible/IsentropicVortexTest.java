package dev.galerkin.solvers.compressible;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import org.junit.jupiter.api.Test;

/**
 * Second-order convergence of {@link CompressibleSolver} in 2D on the isentropic vortex of Shu
 * ("Essentially non-oscillatory and weighted essentially non-oscillatory schemes for hyperbolic
 * conservation laws", 1998, §4.1; also Yee, Sandham &amp; Djomehri 1999): on the periodic {@code
 * [−5, 5]²}, {@code γ = 1.4}, a vortex of strength {@code β = 5} on the uniform flow {@code (ρ, u,
 * v, p) = (1, 1, 1, 1)},
 *
 * <pre>
 *   (δu, δv) = β/(2π) e^{(1 − r²)/2} (−ȳ, x̄),   T = 1 − (γ − 1)β²/(8γπ²) e^{1 − r²},
 *   ρ = T^{1/(γ − 1)},   p = ρT,
 * </pre>
 *
 * ({@code x̄, ȳ} relative to the centre, {@code r² = x̄² + ȳ²}) is an exact solution moving with
 * the flow; at {@code r = 5} the perturbation is below {@code 1e−5}, which bounds how far the
 * periodic images disturb it.
 */
class IsentropicVortexTest {
  private static final double GAMMA = 1.4;
  private static final double BETA = 5;
  private static final double[] GAUSS = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
  private static final double[] WEIGHTS = {5.0 / 18, 8.0 / 18, 5.0 / 18};

  /** The vortex centred at {@code (c, c)}: {@code (ρ, u, v, p)} at {@code (x, y)}. */
  private static void vortex(double x, double y, double c, double[] w) {
    double dx = x - c;
    double dy = y - c;
    double r2 = dx * dx + dy * dy;
    double e = BETA / (2 * Math.PI) * Math.exp(0.5 * (1 - r2));
    double t = 1 - (GAMMA - 1) * BETA * BETA / (8 * GAMMA * Math.PI * Math.PI) * Math.exp(1 - r2);
    double rho = Math.pow(t, 1 / (GAMMA - 1));
    w[0] = rho;
    w[1] = 1 - e * dy;
    w[2] = 1 + e * dx;
    w[3] = rho * t;
  }

  /** Cell averages (3 × 3 Gauss points) of the density of the vortex centred at {@code c}. */
  private static double[] averages(CellGrid g, double c, boolean densityOnly) {
    int m = densityOnly ? 1 : 4;
    double[] out = new double[g.interiorCells() * m];
    double[] w = new double[4];
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    for (int i = 0; i < g.nx(); i++) {
      for (int j = 0; j < g.ny(); j++) {
        for (int a = 0; a < 3; a++) {
          for (int b = 0; b < 3; b++) {
            vortex(x[i] + 0.5 * g.dx() * GAUSS[a], y[j] + 0.5 * g.dy() * GAUSS[b], c, w);
            for (int k = 0; k < m; k++) {
              out[(i * g.ny() + j) * m + k] += WEIGHTS[a] * WEIGHTS[b] * w[k];
            }
          }
        }
      }
    }
    return out;
  }

  private static double error(int n, double tEnd) {
    CellGrid g = CellGrid.rectangle(n, n, -5, 5, -5, 5);
    CompressibleSolver s = new CompressibleSolver(g, Boundaries.periodic(),
        CompressibleConfig.euler(GAMMA));
    double[] w = s.solve(averages(g, 0, false), new double[] {tEnd}, "vortex").frame(0);
    double[] exact = averages(g, tEnd, true);
    double e = 0;
    for (int c = 0; c < g.interiorCells(); c++) {
      e += Math.abs(w[4 * c] - exact[c]) * g.cellVolume();
    }
    return e / 100;   // the mean over the domain
  }

  @Test
  void theIsentropicVortexConvergesAtSecondOrderInL1() {
    int[] cells = {32, 64, 128};
    double[] errors = new double[cells.length];
    StringBuilder r = new StringBuilder("isentropic vortex (beta 5, gamma 1.4, periodic [-5, 5]^2,"
        + " t = 1), mean L1 density errors:");
    for (int k = 0; k < cells.length; k++) {
      errors[k] = error(cells[k], 1);
      r.append(String.format(" %d^2: %.3e", cells[k], errors[k]));
    }
    double order = EulerOrderTest.fittedOrder(cells, errors);
    r.append(String.format("; fitted order %.3f", order));
    System.out.println(r);
    assertTrue(order >= 1.8, r.toString());
  }
}
