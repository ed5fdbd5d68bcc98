package dev.galerkin.operators.physics.pig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.DerivativeSet;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.pig.PigConfig.Covariance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/**
 * The Gaussians' closed-form derivatives (diagonal and full covariances), through the tiny MLP,
 * against finite differences; full covariances with a diagonal factor against the diagonal PIG;
 * the Java-side {@link PigGaussians}; bad input.
 */
class PigTest {
  private static final String[] NAMES = {"x", "y", "xx", "yy", "xy"};
  private static final double[] POINTS = {0.1, -0.3, -0.6, 0.7, 0.9, 0.2};

  @Test
  void closedFormDerivativesMatchFiniteDifferences() {
    checkAgainstFiniteDifferences(PigConfig.of(3));
  }

  @Test
  void fullCovarianceDerivativesMatchFiniteDifferences() {
    // tilted, stretched Gaussians: random strictly lower entries and perturbed log-diagonals of L
    checkAgainstFiniteDifferences(PigConfig.of(3).withCovariance(Covariance.FULL));
  }

  @Test
  void fullWithDiagonalFactorIsExactlyTheDiagonalPig() {
    Geometry box = Geometry.rectangle(-1, -1, 1, 1);
    double[][] diag = evaluate(PigConfig.of(4), box, false);
    double[][] full = evaluate(PigConfig.of(4).withCovariance(Covariance.FULL), box, false);
    for (int k = 0; k < diag.length; k++) {
      assertArrayEquals(diag[k], full[k], 0.0, k == 0 ? "u" : "d" + NAMES[k - 1]);
    }
  }

  @Test
  void fullInOneDimensionHasNoLowerEntries() {
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      PigConfig.of(5).withCovariance(Covariance.FULL).build(g, Geometry.interval(0, 1), 1);
      assertTrue(g.parameterNames().contains(PigConfig.LOG_FACTOR_DIAGONAL));
      assertFalse(g.parameterNames().contains(PigConfig.FACTOR_LOWER));
    }
  }

  @Test
  void gaussiansCovarianceInvertsThePrecision() {
    // one Gaussian, L = [[2, 0], [0.5, 1]]: L Lᵀ = [[4, 1], [1, 1.25]], Σ = (1/4) [[1.25, -1], [-1, 4]]
    PigGaussians g = PigGaussians.full(new double[] {0.2, -0.1}, new double[] {Math.log(2), 0}, new double[] {0.5}, 2);
    assertArrayEquals(new double[] {0.3125, -0.25, -0.25, 1}, g.covariances(), 1e-15);
    assertArrayEquals(new double[] {2, 0, 0.5, 1}, g.factors(), 1e-15);
    // density at μ + (a, b): exp(−½ |Lᵀ (a, b)|²), Lᵀ (a, b) = (2a + 0.5b, b)
    double[] d = g.density(new double[] {0.2, -0.1, 0.5, 0.3});
    assertEquals(1, d[0], 1e-15);
    assertEquals(Math.exp(-0.5 * (0.8 * 0.8 + 0.4 * 0.4)), d[1], 1e-15);
    PigGaussians diag = PigGaussians.diagonal(new double[] {0, 0}, new double[] {Math.log(2), Math.log(0.5)}, 2);
    assertArrayEquals(new double[] {0.25, 0, 0, 4}, diag.covariances(), 1e-15);
    assertArrayEquals(diag.density(new double[] {0.3, 0.4}),
        PigConfig.density(new double[] {0, 0}, new double[] {Math.log(2), Math.log(0.5)}, new double[] {0.3, 0.4}, 2), 0);
  }

  @Test
  void badInputIsRefusedClearly() {
    assertThrows(GalerkinException.class, () -> new PigConfig(0, 4, 16, 1));
    assertThrows(GalerkinException.class, () -> new PigConfig(3, -1, 16, 1));
    assertThrows(GalerkinException.class, () -> new PigConfig(3, 4, 16, 0));
    assertThrows(GalerkinException.class, () -> new PigConfig(3, 4, 16, 1, null));
    GalerkinException e = assertThrows(GalerkinException.class, () -> Covariance.parse("spherical"));
    assertTrue(e.getMessage().contains("diagonal or full"), e.getMessage());
    assertEquals(Covariance.FULL, Covariance.parse("FULL"));
    assertThrows(GalerkinException.class, () -> PigGaussians.full(new double[] {0, 0}, new double[] {0}, new double[] {0}, 2));
    assertThrows(GalerkinException.class, () -> PigGaussians.full(new double[] {0, 0}, new double[] {0, 0}, null, 2));
    assertThrows(GalerkinException.class, () -> PigGaussians.diagonal(new double[] {0, 0, 0}, new double[] {0, 0, 0}, 2));
    assertThrows(GalerkinException.class, () -> PigGaussians.diagonal(new double[] {0, 0}, new double[] {0, 0}, 0));
    assertThrows(GalerkinException.class, () -> PigGaussians.diagonal(new double[] {0, 0}, new double[] {0, 0}, 2)
        .density(new double[] {1, 2, 3}));
    assertEquals("PIG 20^d Gaussians (full), 4 channels, MLP 4-16-1 tanh",
        PigConfig.of(20).withCovariance(Covariance.FULL).describe());
    assertEquals("PIG 20^d Gaussians (diagonal), 4 channels, MLP 4-16-1 tanh", PigConfig.of(20).describe());
  }

  /** u and its five derivatives at {@link #POINTS}: {@code [6][3]}; {@code tilt} randomises L. */
  private static double[][] evaluate(PigConfig c, Geometry box, boolean tilt) {
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      PhysicsModel.Network net = c.build(g, box, 5);
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet u = net.apply(Jet.input(g.ops(), x, DerivativeSet.all("xy", 2)));
      List<Operand<TFloat64>> fetch = new ArrayList<>();
      fetch.add(u.value());
      for (String n : NAMES) {
        fetch.add(u.d(n));
      }
      double[] theta = g.initialParameters();
      if (tilt) {
        tilt(g, theta);
      }
      return g.run(theta, fetch, Map.of(x, POINTS)).toArray(new double[0][]);
    }
  }

  /** Random strictly lower entries in [−1, 1] and log-diagonals moved by up to ±0.3. */
  private static void tilt(PhysicsGraph g, double[] theta) {
    SplittableRandom r = new SplittableRandom(11);
    int n = g.values(PigConfig.MEANS, theta).length / 2;
    int lo = g.offset(PigConfig.FACTOR_LOWER);
    for (int i = 0; i < n; i++) {
      theta[lo + i] = 2 * r.nextDouble() - 1;
    }
    int ld = g.offset(PigConfig.LOG_FACTOR_DIAGONAL);
    for (int i = 0; i < 2 * n; i++) {
      theta[ld + i] += 0.6 * r.nextDouble() - 0.3;
    }
  }

  private static void checkAgainstFiniteDifferences(PigConfig c) {
    boolean tilt = c.covariance() == Covariance.FULL;
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      PhysicsModel.Network net = c.build(g, Geometry.rectangle(-1, -1, 1, 1), 5);
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet u = net.apply(Jet.input(g.ops(), x, DerivativeSet.all("xy", 2)));
      List<Operand<TFloat64>> fetch = new ArrayList<>();
      fetch.add(u.value());
      for (String n : NAMES) {
        fetch.add(u.d(n));
      }
      double[] theta = g.initialParameters();
      if (tilt) {
        tilt(g, theta);
        assertTrue(Math.abs(g.values(PigConfig.FACTOR_LOWER, theta)[0]) > 0);
      }
      List<double[]> out = g.run(theta, fetch, Map.of(x, POINTS));
      Function<double[], Double> f = q -> g.run(theta, List.of(u.value()), Map.of(x, q)).get(0)[0];
      double h = 1e-5;
      double h2 = 1e-4;
      for (int p = 0; p < 3; p++) {
        double a = POINTS[2 * p];
        double b = POINTS[2 * p + 1];
        double[] fd = {
          (f.apply(new double[] {a + h, b}) - f.apply(new double[] {a - h, b})) / (2 * h),
          (f.apply(new double[] {a, b + h}) - f.apply(new double[] {a, b - h})) / (2 * h),
          (f.apply(new double[] {a + h2, b}) - 2 * f.apply(new double[] {a, b}) + f.apply(new double[] {a - h2, b})) / (h2 * h2),
          (f.apply(new double[] {a, b + h2}) - 2 * f.apply(new double[] {a, b}) + f.apply(new double[] {a, b - h2})) / (h2 * h2),
          (f.apply(new double[] {a + h2, b + h2}) - f.apply(new double[] {a + h2, b - h2})
              - f.apply(new double[] {a - h2, b + h2}) + f.apply(new double[] {a - h2, b - h2})) / (4 * h2 * h2)
        };
        for (int k = 0; k < NAMES.length; k++) {
          assertEquals(fd[k], out.get(k + 1)[p], 2e-6 * Math.max(1, Math.abs(fd[k])), "d" + NAMES[k] + " at point " + p);
        }
      }
    }
  }
}
