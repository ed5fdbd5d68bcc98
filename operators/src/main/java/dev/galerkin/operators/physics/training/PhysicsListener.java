package dev.galerkin.operators.physics.training;

/** Hears a physics-informed run: phases, every step, and the recorded points. */
public interface PhysicsListener {
  /** A listener that ignores everything. */
  PhysicsListener NONE = new PhysicsListener() {};

  /** A phase starts: {@code adam}, {@code rar-<round>} or {@code lbfgs}, with its step budget. */
  default void phase(String name, int steps) {}

  /** One Adam step or L-BFGS iteration finished, with the total loss. */
  default void step(String phase, int step, double loss) {}

  /** A point of the history was recorded. */
  default void recorded(PhysicsHistory.Record r) {}

  /**
   * A refinement round examined its candidates ({@link Refinement}).
   *
   * @param round the round, from 1
   * @param added points added this round (0 when the mean residual was below the tolerance and
   *     refinement stopped)
   * @param meanResidual the mean {@code |R|} on the round's candidates, before adding
   * @param points the interior points after the round
   */
  default void refined(int round, int added, double meanResidual, int points) {}

  /** Training ended (normally or not). */
  default void finished() {}
}
