package dev.galerkin.operators.physics;

import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.Jet;

/**
 * A model of a scalar field {@code u(x)} on a geometry whose forward pass works on forward-mode
 * {@link Jet}s, so that any derivative it carries is exact (PINN, PIG …).
 */
public interface PhysicsModel {

  /** The built network: parameters live in a {@link PhysicsGraph}. */
  interface Network {
    /**
     * @param x the jet of the points, {@code [N, d]}
     * @return the jet of {@code u}, {@code [N, 1]}; may be applied several times (shared parameters)
     */
    Jet apply(Jet x);
  }

  /**
   * @param g the graph that holds the parameters
   * @param geometry the domain (its bounding box scales the inputs)
   * @param seed the seed of the initial parameters
   * @return the network
   */
  Network build(PhysicsGraph g, Geometry geometry, long seed);

  /** @return a one-line description, for example {@code PINN 2-50-50-50-1 tanh} */
  String describe();
}
