package dev.galerkin.solvers.compressible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.NumericalFlux;
import org.junit.jupiter.api.Test;

/**
 * The exact Riemann solver against Toro's tabulated star states of tests 1–5 (Toro 2009, ch. 4),
 * and the HLLC flux: consistent, and exact on a stationary contact.
 */
class ExactRiemannSolverTest {

  private static void star(double[] l, double[] r, double p, double u, double tol) {
    ExactRiemannSolver s = new ExactRiemannSolver(1.4, l, r);
    System.out.printf("exact Riemann: p* = %.6f (Toro %.5f), u* = %.6f (Toro %.5f)%n",
        s.starPressure(), p, s.starVelocity(), u);
    assertEquals(p, s.starPressure(), tol * Math.max(1, p), "p*");
    assertEquals(u, s.starVelocity(), tol * Math.max(1, Math.abs(u)), "u*");
  }

  @Test
  void starStatesMatchToroTable43() {
    star(new double[] {1, 0, 1}, new double[] {0.125, 0, 0.1}, 0.30313, 0.92745, 1e-5);
    star(new double[] {1, -2, 0.4}, new double[] {1, 2, 0.4}, 0.00189, 0, 1e-5);
    star(new double[] {1, 0, 1000}, new double[] {1, 0, 0.01}, 460.894, 19.5975, 1e-5);
    star(new double[] {1, 0, 0.01}, new double[] {1, 0, 100}, 46.0950, -6.19633, 1e-5);
    star(new double[] {5.99924, 19.5975, 460.894}, new double[] {5.99242, -6.19633, 46.0950},
        1691.64, 8.68975, 1e-5);
  }

  @Test
  void sodSamplesHaveTheRightWaves() {
    ExactRiemannSolver s = new ExactRiemannSolver(1.4, new double[] {1, 0, 1},
        new double[] {0.125, 0, 0.1});
    double[] w = new double[3];
    s.sample(-2, w);
    assertEquals(1, w[0]);
    s.sample(2, w);
    assertEquals(0.125, w[0]);
    s.sample(0.5, w);   // between rarefaction tail and contact: rho*_L = 0.42632 (Toro)
    assertEquals(0.42632, w[0], 1e-5);
    s.sample(1.2, w);   // between contact and shock: rho*_R = 0.26557
    assertEquals(0.26557, w[0], 1e-5);
    s.sample(-0.5, w);  // inside the fan, continuous
    assertTrue(w[0] < 1 && w[0] > 0.42632 && w[1] > 0, "fan " + w[0] + ", " + w[1]);
    String m = assertThrows(GalerkinException.class, () -> new ExactRiemannSolver(1.4,
        new double[] {1, -20, 0.4}, new double[] {1, 20, 0.4})).getMessage();
    assertTrue(m.contains("vacuum") && !m.contains("\n"), m);
  }

  @Test
  void hllcIsConsistentAndKeepsAStationaryContact() {
    EulerEquations law = new EulerEquations(2, 1.4);
    NumericalFlux hllc = new HllcFlux(law);
    double[] q = new double[4];
    law.toConserved(new double[] {1.3, 0.4, -0.7, 2.1}, 0, q, 0);
    double[] f = new double[4];
    double[] exact = new double[4];
    for (int axis = 0; axis < 2; axis++) {
      hllc.flux(axis, q, q, f);
      law.flux(axis, q, 0, exact);
      for (int k = 0; k < 4; k++) {
        assertEquals(exact[k], f[k], 1e-14, "axis " + axis + ", component " + k);
      }
    }
    double[] l = new double[4];
    double[] r = new double[4];
    law.toConserved(new double[] {1, 0, 0.3, 1}, 0, l, 0);
    law.toConserved(new double[] {0.1, 0, -0.5, 1}, 0, r, 0);
    hllc.flux(0, l, r, f);   // the exact flux of a stationary contact: pressure only
    assertEquals(0, f[0], 1e-15);
    assertEquals(1, f[1], 1e-15);
    assertEquals(0, f[2], 1e-15);
    assertEquals(0, f[3], 1e-15);
  }
}
