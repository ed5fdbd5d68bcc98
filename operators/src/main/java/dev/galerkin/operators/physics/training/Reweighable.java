package dev.galerkin.operators.physics.training;

/**
 * A {@link PhysicsObjective} whose total is {@code Σ_k w_k L_k} with the weights fed at run time
 * rather than built into the graph, and with each term's own gradient: what annealing weights
 * ({@link LossWeighting}) needs. {@link PhysicsLoss} is one.
 */
public interface Reweighable extends PhysicsObjective {

  /** @return the current weights, one per {@link #termLabels()} (a copy) */
  double[] weights();

  /** @param weights the new weights, one per term, finite and {@code >= 0}; copied */
  void setWeights(double[] weights);

  /**
   * @param theta the parameters, not modified
   * @return {@code ∇_θ L_k} of each unweighted term, in the order of {@link #termLabels()}
   */
  double[][] termGradients(double[] theta);
}
