package dev.galerkin.operators.physics.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.pde.Condition;
import dev.galerkin.operators.physics.pde.Pde;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pinn.PinnConfig;
import org.junit.jupiter.api.Test;

/** The README's "a new PDE in a few lines of Java", verbatim. */
class NewPdeExampleTest {

  @Test
  void readmeExampleRuns() {
    // −u'' + u = (π² + 1) sin(πx) on [0, 1], u(0) = 0, u'(1) = −π; the solution is sin(πx)
    double pi = Math.PI;
    Pde pde = Pde.of("reaction-diffusion",
        u -> u.d("xx").negate().plus(u.value()).minus(u.x("x").times(pi).sin().times(pi * pi + 1)), "xx");
    Problem problem = Problem.builder("example", Geometry.interval(0, 1), pde).interior(200)
        .condition(Condition.dirichlet(x -> 0, "left"), 1)
        .condition(Condition.neumann(x -> -pi, "right"), 1)
        .exact(x -> Math.sin(pi * x[0])).build();
    try (PhysicsLoss loss = new PhysicsLoss(problem, PinnConfig.tanh(2, 16), 0, 2)) {
      PhysicsTraining.Result r = PhysicsTraining.run(loss, PhysicsTrainingConfig.of(200, 1e-2, 300), PhysicsListener.NONE);
      double err = Errors.relativeL2(loss, r.parameters(), problem.exact(), problem.geometry(), 101);
      System.out.printf("README example: relative L2 %.3e in %.1f s%n", err, r.seconds());
      assertTrue(err < 1e-4, "relative L2 " + err + " (measured 2.2e-6)");
    }
  }
}
