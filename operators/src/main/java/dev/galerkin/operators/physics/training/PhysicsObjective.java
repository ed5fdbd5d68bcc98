package dev.galerkin.operators.physics.training;

import dev.galerkin.operators.optim.Lbfgs;
import java.util.List;

/**
 * What {@link PhysicsTraining} minimises: a full-batch loss of a flat {@code float64} parameter
 * vector {@code θ}, with its gradient and its separate terms, and the field it represents. The
 * residual loss of a {@link PhysicsLoss} (PINN, PIG) is one; a model with its own loss (the
 * Lagrangian PINN, whose network is a map of characteristics rather than of {@code u}) is another.
 */
public interface PhysicsObjective extends AutoCloseable {

  /** @return the initial parameters {@code θ₀} (a copy) */
  double[] initialParameters();

  /** @return the labels of the loss terms, in the order of {@link Lbfgs.Evaluation#parts()} */
  List<String> termLabels();

  /** @return the names of the unknown coefficients, whose values follow the terms in the parts */
  List<String> unknownNames();

  /**
   * @param theta the parameters, not modified
   * @return the weighted total, its gradient, and as parts the unweighted terms followed by the
   *     unknown coefficients' values
   */
  Lbfgs.Evaluation evaluate(double[] theta);

  /**
   * @param theta the parameters, not modified
   * @param points row-major {@code [n, d]} coordinates of the problem's geometry, not modified
   * @return {@code u} at the points, length {@code n}
   */
  double[] predict(double[] theta, double[] points);

  /** Releases the graph. */
  @Override
  void close();
}
