package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TriangleQuadratureTest {

  private static double factorial(int k) {
    double f = 1;
    for (int i = 2; i <= k; i++) {
      f *= i;
    }
    return f;
  }

  /** On the reference triangle (0,0),(1,0),(0,1): ∫ x^p y^q = p! q! / (p + q + 2)!. */
  @Test
  void rulesAreExactToTheirDegreeAndNotBeyond() {
    for (TriangleQuadrature rule : new TriangleQuadrature[] {
        TriangleQuadrature.DEGREE_2, TriangleQuadrature.DEGREE_4, TriangleQuadrature.DEGREE_5}) {
      double sumW = 0;
      for (int q = 0; q < rule.points(); q++) {
        sumW += rule.weight(q);
        assertEquals(1.0, rule.lambda(q, 0) + rule.lambda(q, 1) + rule.lambda(q, 2), 1e-14);
      }
      assertEquals(1.0, sumW, 1e-14);
      double worstBeyond = 0;
      for (int p = 0; p <= rule.degree() + 1; p++) {
        for (int s = 0; p + s <= rule.degree() + 1; s++) {
          double exact = factorial(p) * factorial(s) / factorial(p + s + 2);
          double approx = 0;
          for (int q = 0; q < rule.points(); q++) {
            approx += 0.5 * rule.weight(q) * Math.pow(rule.lambda(q, 1), p)
                * Math.pow(rule.lambda(q, 2), s);
          }
          if (p + s <= rule.degree()) {
            assertEquals(exact, approx, 1e-13, "degree " + rule.degree() + ": x^" + p + " y^" + s);
          } else {
            worstBeyond = Math.max(worstBeyond, Math.abs(exact - approx));
          }
        }
      }
      assertTrue(worstBeyond > 1e-8, "degree " + rule.degree() + " should not be exact beyond");
    }
  }

  @Test
  void edgeRuleIsExactForCubics() {
    double approx = 0;
    for (int q = 0; q < 2; q++) {
      double t = TriangleQuadrature.EDGE_POINTS[q];
      approx += TriangleQuadrature.EDGE_WEIGHTS[q] * (t * t * t - 2 * t + 1);
    }
    assertEquals(0.25 - 1 + 1, approx, 1e-15);
  }
}
