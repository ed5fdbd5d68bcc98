package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import dev.galerkin.operators.physics.pinn.JetMlp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.op.Ops;

/**
 * One branch of a Lagrangian PINN: a tanh MLP from the features of {@code (ξ, t)} to one output
 * ({@code [N, 1]}), on jets so that its derivatives in {@code ξ} and {@code t} are exact. The
 * features are {@code (cos ω(ξ − a), sin ω(ξ − a), t')} when periodic, else {@code (ξ', t')}.
 */
final class Branch {
  private final Ops tf;
  private final boolean periodic;
  private final double a;
  private final double b;
  private final double t0;
  private final double t1;
  private final JetMlp mlp;

  /**
   * @param zeroOutput start the output layer at zero (the branch's output is then 0 everywhere)
   */
  Branch(String name, List<Integer> hidden, LagrangianProblem p, PhysicsGraph g, SplittableRandom random,
      boolean zeroOutput) {
    this.tf = g.ops();
    this.periodic = p.periodic();
    this.a = p.a();
    this.b = p.b();
    this.t0 = p.t0();
    this.t1 = p.t1();
    List<Integer> widths = new ArrayList<>(hidden);
    widths.add(1);
    mlp = new JetMlp(g, name, periodic ? 3 : 2, widths, JetActivation.TANH, random, zeroOutput);
  }

  /**
   * @param xt the jet of the Lagrangian points {@code (ξ, t)}, {@code [N, 2]}
   * @return the jet of the branch output, {@code [N, 1]}
   */
  Jet apply(Jet xt) {
    double ts = 2 / (t1 - t0);
    Jet time = xt.dense(tf.constant(new double[][] {{0}, {ts}}), tf.constant(new double[] {-1 - ts * t0}));
    Jet h;
    if (periodic) {
      double w = 2 * Math.PI / (b - a);
      Jet angle = xt.dense(tf.constant(new double[][] {{w}, {0}}), tf.constant(new double[] {-w * a}));
      h = Jet.concat(List.of(angle.map(JetActivation.COS), angle.map(JetActivation.SIN), time));
    } else {
      double s = 2 / (b - a);
      Jet space = xt.dense(tf.constant(new double[][] {{s}, {0}}), tf.constant(new double[] {-1 - s * a}));
      h = Jet.concat(List.of(space, time));
    }
    return mlp.apply(h);
  }
}
