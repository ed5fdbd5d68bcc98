package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import dev.galerkin.operators.tf.Initializer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

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
  private final List<Operand<TFloat64>> weights = new ArrayList<>();
  private final List<Operand<TFloat64>> biases = new ArrayList<>();

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
    int in = periodic ? 3 : 2;
    List<Integer> widths = new ArrayList<>(hidden);
    widths.add(1);
    for (int k = 0; k < widths.size(); k++) {
      int out = widths.get(k);
      long[] shape = {in, out};
      float[] w = Initializer.glorotUniform().values(shape, random.split());
      double[] wd = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        wd[i] = zeroOutput && k == widths.size() - 1 ? 0 : w[i];
      }
      weights.add(g.parameter(name + "/dense_" + k + "/w", shape, wd));
      biases.add(g.parameter(name + "/dense_" + k + "/b", new long[] {out}, new double[out]));
      in = out;
    }
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
    for (int k = 0; k < weights.size(); k++) {
      h = h.dense(weights.get(k), biases.get(k));
      if (k < weights.size() - 1) {
        h = h.map(JetActivation.TANH);
      }
    }
    return h;
  }
}
