package dev.galerkin.operators.physics.training;

/** Hears a physics-informed run: phases, every step, and the recorded points. */
public interface PhysicsListener {
  /** A listener that ignores everything. */
  PhysicsListener NONE = new PhysicsListener() {};

  /** A phase starts: {@code adam} or {@code lbfgs}, with its step budget. */
  default void phase(String name, int steps) {}

  /** One Adam step or L-BFGS iteration finished, with the total loss. */
  default void step(String phase, int step, double loss) {}

  /** A point of the history was recorded. */
  default void recorded(PhysicsHistory.Record r) {}

  /** Training ended (normally or not). */
  default void finished() {}
}
