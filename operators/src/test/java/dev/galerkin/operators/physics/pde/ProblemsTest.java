package dev.galerkin.operators.physics.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.optim.Lbfgs;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import dev.galerkin.operators.physics.training.PhysicsLoss;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * Every library problem with a closed-form solution: its residual and conditions vanish (to
 * round-off) when the "model" is that solution, built from jets — a check of the residuals, the
 * conditions and the jet product rule at once.
 */
class ProblemsTest {

  @Test
  void residualsAndConditionsVanishAtTheExactSolutions() {
    double pi = Math.PI;
    check(Problems.poisson2d(), (tf, x) -> lin(tf, x, pi, 0).map(JetActivation.SIN)
        .times(lin(tf, x, 0, pi).map(JetActivation.SIN)));
    check(Problems.helmholtz2d(1, 4, 1), (tf, x) -> lin(tf, x, pi, 0).map(JetActivation.SIN)
        .times(lin(tf, x, 0, 4 * pi).map(JetActivation.SIN)));
    check(Problems.heat1d(0.1), (tf, x) -> lin(tf, x, 0, -0.1 * pi * pi).map(JetActivation.EXP)
        .times(lin(tf, x, pi, 0).map(JetActivation.SIN)));
    check(Problems.convection1d(30), (tf, x) -> lin(tf, x, 1, -30).map(JetActivation.SIN));
    check(Problems.kleinGordon1d(), (tf, x) -> {
      Jet xx = lin(tf, x, 1, 0);
      Jet xt = xx.times(lin(tf, x, 0, 1));
      return xx.times(lin(tf, x, 0, 5 * pi).map(JetActivation.COS)).plus(xt.times(xt).times(xt));
    });
  }

  /** The reaction's closed form solves {@code u_t = ρ u(1 − u)} (central differences in t) and starts at h. */
  @Test
  void reactionExactSolutionSolvesItsOde() {
    double rho = 5;
    Problem p = Problems.reaction1d(rho);
    double dt = 1e-5;
    for (double[] q : new double[][] {{1.0, 0.3}, {Math.PI, 0.5}, {4.0, 0.9}}) {
      double u = p.exact().at(q);
      double ut = (p.exact().at(new double[] {q[0], q[1] + dt}) - p.exact().at(new double[] {q[0], q[1] - dt})) / (2 * dt);
      assertEquals(rho * u * (1 - u), ut, 1e-6 * Math.max(1, Math.abs(ut)), "at " + java.util.Arrays.toString(q));
    }
    assertEquals(1, p.exact().at(new double[] {Math.PI, 0}), 1e-15);
    assertEquals(p.exact().at(new double[] {0, 0.4}), p.exact().at(new double[] {2 * Math.PI, 0.4}), 1e-15);
    org.junit.jupiter.api.Assertions.assertThrows(dev.galerkin.GalerkinException.class, () -> Problems.reaction1d(-1));
  }

  /** The jet of {@code a·x₀ + b·x₁}. */
  private static Jet lin(Ops tf, Jet x, double a, double b) {
    return x.dense(tf.constant(new double[][] {{a}, {b}}), null);
  }

  private static void check(Problem p, BiFunction<Ops, Jet, Jet> exact) {
    PhysicsModel model = new PhysicsModel() {
      @Override
      public Network build(PhysicsGraph g, Geometry geometry, long seed) {
        Operand<TFloat64> one = g.parameter("one", new long[] {1, 1}, new double[] {1});
        return x -> exact.apply(g.ops(), x).dense(one, null);
      }

      @Override
      public String describe() {
        return "exact " + p.name();
      }
    };
    try (PhysicsLoss loss = new PhysicsLoss(p, model, 0, 1)) {
      Lbfgs.Evaluation e = loss.evaluate(loss.initialParameters());
      double[] terms = e.parts();
      assertEquals(p.termLabels().size(), terms.length);
      for (int i = 0; i < terms.length; i++) {
        assertTrue(terms[i] < 1e-18, p.name() + " " + p.termLabels().get(i) + ": mean square " + terms[i]);
      }
      double[] pts = {0.3, 0.7};
      double u = loss.predict(loss.initialParameters(), pts)[0];
      assertEquals(p.exact().at(pts), u, 1e-12, p.name());
    }
  }
}
