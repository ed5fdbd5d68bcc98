package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;

/**
 * Residual-based adaptive refinement (RAR) of the interior collocation points, after Lu, Meng, Mao
 * and Karniadakis, "DeepXDE: a deep learning library for solving differential equations" (SIAM
 * Review 63, 2021), §2.8 and DeepXDE's {@code Burgers_RAR} example. After the first Adam phase,
 * each round samples {@code candidates} uniform random points of the interior, evaluates the PDE
 * residual {@code |R[u]|} there, stops if its mean is below {@code tolerance}, and otherwise adds
 * the {@code added} candidates of largest {@code |R|} to the interior points and runs
 * {@code steps} more Adam steps (a fresh Adam state, as DeepXDE recompiles its optimiser); L-BFGS
 * follows the last round. DeepXDE's example uses 100 000 candidates (drawn once), adds one point
 * per round and stops at mean {@code |R|} below 0.005; here the candidates are drawn afresh each
 * round (seeded) and several points may be added at once.
 *
 * @param rounds refinement rounds at most, {@code >= 1}
 * @param candidates random interior points examined per round, {@code >= added}
 * @param added points added per round, {@code >= 1}
 * @param steps Adam steps after each round, {@code >= 0}
 * @param tolerance stop refining once the mean {@code |R|} on the candidates is below this,
 *     {@code >= 0} (0: run every round)
 */
public record Refinement(int rounds, int candidates, int added, int steps, double tolerance) {

  /** Validates. */
  public Refinement {
    if (rounds < 1) {
      throw new GalerkinException("refinement: rounds must be >= 1, got " + rounds);
    }
    if (added < 1) {
      throw new GalerkinException("refinement: points added per round must be >= 1, got " + added);
    }
    if (candidates < added) {
      throw new GalerkinException("refinement: candidates (" + candidates + ") must be >= the points added per round ("
          + added + ")");
    }
    if (steps < 0) {
      throw new GalerkinException("refinement: Adam steps per round must be >= 0, got " + steps);
    }
    if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
      throw new GalerkinException("refinement: tolerance must be finite and >= 0, got " + tolerance);
    }
  }

  /**
   * @param rounds refinement rounds at most
   * @param steps Adam steps after each round
   * @return {@code rounds} rounds of 100 000 candidates stopping at mean {@code |R|} below 0.005
   *     (DeepXDE's Burgers example), adding 10 points per round (the example adds 1)
   */
  public static Refinement of(int rounds, int steps) {
    return new Refinement(rounds, 100_000, 10, steps, 0.005);
  }
}
