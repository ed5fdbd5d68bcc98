package dev.galerkin.operators.physics.pinn;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import dev.galerkin.operators.tf.Initializer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat64;

/**
 * A multilayer perceptron on forward-mode {@link Jet}s, its weights in a {@link PhysicsGraph}:
 * dense layers of the given widths with the activation between them (none after the last),
 * Glorot-uniform weights and zero biases (Glorot and Bengio 2010), named
 * {@code NAME/dense_k/w} and {@code NAME/dense_k/b}. The PINN's network and the Lagrangian PINN's
 * branches are each one.
 */
public final class JetMlp {
  private final JetActivation activation;
  private final List<Operand<TFloat64>> weights = new ArrayList<>();
  private final List<Operand<TFloat64>> biases = new ArrayList<>();

  /**
   * @param g the graph that holds the weights
   * @param name the parameters' prefix, unique in {@code g}
   * @param in input channels
   * @param widths the layers' widths, the last one the output's
   * @param activation between the layers
   * @param random one {@code split()} per layer draws its weights
   * @param zeroOutput start the last layer's weights at zero (the output is then 0 everywhere)
   */
  public JetMlp(PhysicsGraph g, String name, int in, List<Integer> widths, JetActivation activation,
      SplittableRandom random, boolean zeroOutput) {
    this.activation = activation;
    for (int k = 0; k < widths.size(); k++) {
      int out = widths.get(k);
      long[] shape = {in, out};
      float[] w = Initializer.glorotUniform().values(shape, random.split());
      double[] wd = new double[w.length];
      boolean zero = zeroOutput && k == widths.size() - 1;
      for (int i = 0; i < w.length; i++) {
        wd[i] = zero ? 0 : w[i];
      }
      weights.add(g.parameter(name + "/dense_" + k + "/w", shape, wd));
      biases.add(g.parameter(name + "/dense_" + k + "/b", new long[] {out}, new double[out]));
      in = out;
    }
  }

  /**
   * @param h the input features' jet, {@code [N, in]}
   * @return the output's jet, {@code [N, widths.last]}
   */
  public Jet apply(Jet h) {
    for (int k = 0; k < weights.size(); k++) {
      h = h.dense(weights.get(k), biases.get(k));
      if (k < weights.size() - 1) {
        h = h.map(activation);
      }
    }
    return h;
  }
}
