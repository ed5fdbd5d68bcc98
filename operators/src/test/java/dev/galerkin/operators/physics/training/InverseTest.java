package dev.galerkin.operators.physics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.geometry.Points;
import dev.galerkin.operators.physics.geometry.Sampler;
import dev.galerkin.operators.physics.geometry.Sampling;
import dev.galerkin.operators.physics.pde.Condition;
import dev.galerkin.operators.physics.pde.Observations;
import dev.galerkin.operators.physics.pde.Pde;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pinn.PinnConfig;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An unknown diffusivity recovered from noisy measurements with the solution. */
class InverseTest {

  /**
   * Heat {@code u_t = α u_xx}, true α = 0.1, started from the guess 0.5; 200 measurements of the
   * exact solution with 1% Gaussian noise (of the values' standard deviation). Measured: α
   * 0.09999 in 3.6 s; the test allows 5%.
   */
  @Test
  void heatDiffusivityWithinFivePercentFromOnePercentNoise() {
    double alpha = 0.1;
    Geometry g = Geometry.interval(0, 1).times(0, 1);
    Points at = Sampler.interior(g, 200, Sampling.UNIFORM, 11);
    double[] v = new double[at.count()];
    double mean = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.exp(-alpha * Math.PI * Math.PI * at.at(i, 1)) * Math.sin(Math.PI * at.at(i, 0));
      mean += v[i] / v.length;
    }
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean) / v.length;
    }
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < v.length; i++) {
      double n = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
      v[i] += 0.01 * Math.sqrt(var) * n;
    }
    Pde heat = Pde.of("heat", u -> u.d("t").minus(u.d("xx").times(u.unknown("alpha"))), "t", "xx");
    Problem p = Problem.builder("inverse-heat", g, heat).interior(500)
        .condition(Condition.dirichlet(x -> 0, "left", "right"), 50)
        .condition(Condition.initial(x -> Math.sin(Math.PI * x[0])), 50)
        .unknown("alpha", 0.5)
        .observations(new Observations(at.count(), 2, at.coordinates(), v, 1)).build();
    try (PhysicsLoss loss = new PhysicsLoss(p, PinnConfig.tanh(2, 20), 2, 2)) {
      PhysicsTraining.Result res = PhysicsTraining.run(loss, PhysicsTrainingConfig.of(300, 1e-2, 500),
          PhysicsListener.NONE);
      double found = loss.unknowns(res.parameters())[0];
      System.out.printf("inverse heat: alpha %.5f (true %.5f, start 0.5) in %.1f s%n", found, alpha, res.seconds());
      assertEquals(alpha, found, 0.05 * alpha);
      assertEquals(List.of("alpha"), res.history().unknownNames());
      assertEquals(0.5, res.history().records().get(0).unknowns()[0]);
      assertEquals(found, res.history().last().unknowns()[0], 1e-12);
      assertTrue(res.history().labels().contains("data"));
    }
    Pde undeclared = Pde.of("heat", u -> u.d("t").minus(u.d("xx").times(u.unknown("kappa"))), "t", "xx");
    Problem bad = Problem.builder("bad", g, undeclared).interior(10).unknown("alpha", 1).build();
    GalerkinException e = assertThrows(GalerkinException.class, () -> new PhysicsLoss(bad, PinnConfig.tanh(1, 4), 0, 1));
    assertTrue(e.getMessage().contains("'kappa'"), e.getMessage());
  }
}
