/**
 * The physics-informed loss of a problem and its minimisation: full-batch Adam then L-BFGS in
 * {@code float64}, with the loss terms recorded separately.
 */
package dev.galerkin.operators.physics.training;
