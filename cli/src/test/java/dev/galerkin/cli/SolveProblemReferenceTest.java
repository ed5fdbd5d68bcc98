package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.physics.pde.Problem;
import org.junit.jupiter.api.Test;

/**
 * The spectral references of {@code galerkin solve} satisfy the problems' PDEs as stated: finite
 * differences of the reference on the output grid (central in t and x) make the residual small
 * against the size of its terms, so the time scaling of the Allen–Cahn reference and the Burgers
 * set-up match the equations the networks are trained on.
 */
class SolveProblemReferenceTest {

  @Test
  void allenCahnReferenceSatisfiesItsPde() {
    double r = relativeResidual(SolveProblem.ALLEN_CAHN, (u, ut, uxx) -> ut - 1e-4 * uxx + 5 * u * u * u - 5 * u,
        (u, ut, uxx) -> Math.abs(5 * u * u * u - 5 * u) + Math.abs(ut));
    System.out.printf("allen-cahn reference: finite-difference residual / term size %.3e%n", r);
    assertTrue(r < 0.05, "relative residual " + r);
    double wrong = relativeResidual(SolveProblem.ALLEN_CAHN, (u, ut, uxx) -> ut - 1e-4 * uxx + u * u * u - u,
        (u, ut, uxx) -> Math.abs(5 * u * u * u - 5 * u) + Math.abs(ut));
    assertTrue(wrong > 5 * r, "an unscaled reaction must not fit as well: " + wrong + " against " + r);
  }

  interface Residual {
    double at(double u, double ut, double uxx);
  }

  /** RMS of the residual over RMS of the terms' size, at the interior nodes of the output grid. */
  static double relativeResidual(SolveProblem sp, Residual residual, Residual size) {
    SolveProblem.Parameters params = new SolveProblem.Parameters(1, 4, 1, 0.01 / Math.PI, 0.1, 10, 5);
    Problem p = sp.problem(params);
    int nx = sp.nx;
    int ny = sp.ny;
    double[] pts = SolveProblem.grid(p, nx, ny);
    double[] u = sp.reference(p, params, pts, nx, ny);
    double dx = pts[2 * ny] - pts[0];
    double dt = pts[3] - pts[1];
    double num = 0;
    double den = 0;
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        double c = u[i * ny + j];
        double ut = (u[i * ny + j + 1] - u[i * ny + j - 1]) / (2 * dt);
        double uxx = (u[(i + 1) * ny + j] - 2 * c + u[(i - 1) * ny + j]) / (dx * dx);
        double r = residual.at(c, ut, uxx);
        double s = size.at(c, ut, uxx);
        num += r * r;
        den += s * s;
      }
    }
    return Math.sqrt(num / den);
  }
}
