package dev.galerkin.operators.physics.pde;

import dev.galerkin.operators.physics.jet.Jet;

/**
 * What a residual sees: the coordinates of the collocation points and the model's value and
 * derivatives there (from a forward-mode {@link Jet}).
 */
public final class Solution {
  private final Jet coordinates;
  private final Jet u;
  private final java.util.Map<String, org.tensorflow.Operand<org.tensorflow.types.TFloat64>> unknowns;

  /**
   * @param coordinates the input jet (the points, {@code [N, d]})
   * @param u the model's output jet, {@code [N, 1]}
   */
  public Solution(Jet coordinates, Jet u) {
    this(coordinates, u, java.util.Map.of());
  }

  /**
   * @param coordinates the input jet (the points, {@code [N, d]})
   * @param u the model's output jet, {@code [N, 1]}
   * @param unknowns the unknown coefficients by name, scalars of shape {@code [1]}
   */
  public Solution(Jet coordinates, Jet u,
      java.util.Map<String, org.tensorflow.Operand<org.tensorflow.types.TFloat64>> unknowns) {
    this.coordinates = coordinates;
    this.u = u;
    this.unknowns = java.util.Map.copyOf(unknowns);
  }

  /**
   * @param name an unknown coefficient of the problem
   * @return its current value (trained with the solution), broadcastable to {@code [N, 1]}
   */
  public Expr unknown(String name) {
    var v = unknowns.get(name);
    if (v == null) {
      throw new dev.galerkin.GalerkinException("the residual reads the unknown coefficient '" + name
          + "' but the problem declares " + unknowns.keySet() + "; add it with Problem.Builder.unknown");
    }
    return new Expr(ops(), v);
  }

  /** @return {@code u}, {@code [N, 1]} */
  public Expr value() {
    return new Expr(ops(), u.value());
  }

  /**
   * @param name a derivative such as {@code "x"}, {@code "xx"}, {@code "xt"}
   * @return it, {@code [N, 1]}
   * @throws dev.galerkin.GalerkinException if the model does not carry it (when the graph is built)
   */
  public Expr d(String name) {
    return new Expr(ops(), u.d(name));
  }

  /**
   * @param name a coordinate letter such as {@code x}
   * @return that coordinate of every point, {@code [N, 1]}
   */
  public Expr x(String name) {
    String c = coordinates.carried().coordinates();
    int i = c.indexOf(name);
    if (name.length() != 1 || i < 0) {
      throw new dev.galerkin.GalerkinException("coordinate '" + name + "' is not one of '" + c + "'");
    }
    var tf = ops();
    return new Expr(tf, tf.slice(coordinates.value(), tf.constant(new int[] {0, i}), tf.constant(new int[] {-1, 1})));
  }

  /** @return the constant {@code c} */
  public Expr constant(double c) {
    return new Expr(ops(), ops().constant(c));
  }

  /** @return the coordinate letters */
  public String coordinates() {
    return coordinates.carried().coordinates();
  }

  private org.tensorflow.op.Ops ops() {
    return u.ops();
  }
}
