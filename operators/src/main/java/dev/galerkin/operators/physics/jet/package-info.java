/**
 * Forward-mode derivatives inside a TensorFlow graph: a {@link dev.galerkin.operators.physics.jet.Jet}
 * carries a value and the partial derivatives a residual needs (first and second order, mixed ones
 * included) through dense layers, element-wise functions, sums and products by the chain rule, so
 * that a physics-informed loss needs only first-order reverse gradients (TensorFlow Java 1.1.0 has
 * no second-order gradients).
 */
package dev.galerkin.operators.physics.jet;
