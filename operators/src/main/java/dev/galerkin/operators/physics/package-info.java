/**
 * Physics-informed models: forward-mode derivatives ({@code jet}), geometry and sampling
 * ({@code geometry}), PDEs as residual functions and their conditions ({@code pde}), the PINN
 * ({@code pinn}), the Lagrangian PINN of characteristics ({@code lpinn}) and the Adam-then-L-BFGS training of a residual loss ({@code training}), all in a
 * {@code float64} graph with a flat parameter vector ({@link dev.galerkin.operators.physics.PhysicsGraph}).
 */
package dev.galerkin.operators.physics;
