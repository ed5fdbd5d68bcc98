package dev.galerkin.operators.physics.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pde.Problems;
import dev.galerkin.operators.physics.pinn.PinnConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning-rate annealing of the loss weights (Wang, Teng and Perdikaris 2021, Algorithm 1). */
class AnnealingTest {

  @Test
  void updateFollowsTheMovingAverageOfTheGradientRatio() {
    double[] w = {2, 0.5};
    double[][] g = {{1, -4, 2}, {1, 1, -1}};
    LossWeighting.annealing(10).update(w, g);
    // λ̂ = max|2·∇L_pde| / mean|0.5·∇L_1| = 8 / 0.5 = 16; λ = 0.9·0.5 + 0.1·16
    assertArrayEquals(new double[] {2, 2.05}, w, 1e-15);
    double[] zero = {1, 3};
    LossWeighting.annealing(10).update(zero, new double[][] {{1}, {0}});
    assertEquals(3, zero[1], "a term without gradient keeps its weight");
    assertThrows(GalerkinException.class, () -> new LossWeighting(true, 0, 0.1));
    assertThrows(GalerkinException.class, () -> new LossWeighting(true, 10, 0));
  }

  @Test
  void fedWeightsGiveTheWeightedTotalAndPerTermGradients() {
    Problem p = PinnTest.withConditionWeight(Problems.poisson2d().toBuilder().interior(200).build(), 40, 1);
    try (PhysicsLoss loss = new PhysicsLoss(p, PinnConfig.tanh(1, 8), 3, 1)) {
      double[] theta = loss.initialParameters();
      var e1 = loss.evaluate(theta);
      double[][] g = loss.termGradients(theta);
      loss.setWeights(new double[] {0.5, 4});
      var e2 = loss.evaluate(theta);
      assertEquals(0.5 * e1.parts()[0] + 4 * e1.parts()[1], e2.value(), 1e-12 * e2.value());
      for (int i = 0; i < theta.length; i++) {
        assertEquals(0.5 * g[0][i] + 4 * g[1][i], e2.gradient()[i], 1e-10 * (1 + Math.abs(e2.gradient()[i])));
        assertEquals(g[0][i] + g[1][i], e1.gradient()[i], 1e-10 * (1 + Math.abs(e1.gradient()[i])));
      }
      assertThrows(GalerkinException.class, () -> loss.setWeights(new double[] {1}));
      assertThrows(GalerkinException.class, () -> loss.setWeights(new double[] {1, -1}));
    }
  }

  /**
   * Poisson 2D with the boundary weight 1e-3 (400 interior, 80 boundary points, 2×20 tanh, 1000
   * Adam steps at 1e-3, no L-BFGS): with fixed weights the boundary is ignored (measured relative
   * L2 1.50); annealing every 10 steps raises the weight to 56 and the error to 0.70.
   */
  @Test
  void aBadlyScaledBoundaryWeightRecovers() {
    Problem p = PinnTest.withConditionWeight(Problems.poisson2d().toBuilder().interior(400).build(), 80, 1e-3);
    PhysicsTrainingConfig cfg = PhysicsTrainingConfig.of(1000, 1e-3, 0).withSeed(1);
    double fixed = error(p, PinnConfig.tanh(2, 20), cfg, null);
    PhysicsHistory[] h = new PhysicsHistory[1];
    double annealed = error(p, PinnConfig.tanh(2, 20), cfg.withWeighting(LossWeighting.annealing(10)), h);
    double[] last = h[0].last().weights();
    System.out.printf("poisson, boundary weight 1e-3: fixed %.3e, annealed %.3e (weights %s)%n", fixed, annealed,
        java.util.Arrays.toString(last));
    assertEquals(1, last[0]);
    assertTrue(last[1] > 10, "the boundary weight rises from 1e-3: " + last[1]);
    assertTrue(annealed < 0.7 * fixed, "annealed " + annealed + " vs fixed " + fixed);
    List<PhysicsHistory.Record> rec = h[0].records();
    assertEquals(1e-3, rec.get(0).weights()[1]);
    assertTrue(rec.get(rec.size() / 2).weights()[1] > 1e-3);
  }

  static double error(Problem p, PinnConfig m, PhysicsTrainingConfig cfg, PhysicsHistory[] history) {
    try (PhysicsLoss loss = new PhysicsLoss(p, m, cfg.seed(), 2)) {
      PhysicsTraining.Result r = PhysicsTraining.run(loss, cfg, PhysicsListener.NONE);
      if (history != null) {
        history[0] = r.history();
      }
      return Errors.relativeL2(loss, r.parameters(), p.exact(), p.geometry(), 41);
    }
  }

  /**
   * Helmholtz (1, 4), k = 1, the case of Wang et al.: 500 interior, 100 boundary points, 2×32 tanh,
   * 800 Adam steps at 1e-3, no L-BFGS. Measured relative L2: 4.67 fixed, 1.86 annealed (neither
   * converged at this budget; the gap is what is tested). About 40 s for both.
   */
  @Test
  void annealingBeatsFixedWeightsOnHelmholtz() {
    Problem p = PinnTest.withConditionWeight(Problems.helmholtz2d(1, 4, 1).toBuilder().interior(500).build(), 100, 1);
    PhysicsTrainingConfig cfg = PhysicsTrainingConfig.of(800, 1e-3, 0).withSeed(1);
    double fixed = error(p, PinnConfig.tanh(2, 32), cfg, null);
    double annealed = error(p, PinnConfig.tanh(2, 32), cfg.withWeighting(LossWeighting.annealing(10)), null);
    System.out.printf("helmholtz (1,4): fixed %.3e, annealed %.3e%n", fixed, annealed);
    assertTrue(annealed < 0.5 * fixed, "annealed " + annealed + " vs fixed " + fixed);
  }
}
