package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LbfgsConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;

/**
 * How a physics-informed loss is minimised: full-batch Adam for {@code adamSteps}, optionally rounds
 * of residual-based refinement each followed by more Adam steps, then L-BFGS (the recipe of Raissi
 * et al. 2019 and DeepXDE). The loss weights are fixed or annealed during Adam and frozen for
 * L-BFGS. Everything runs in {@code float64}.
 *
 * @param adamSteps Adam updates, {@code >= 0}
 * @param adam Adam's settings
 * @param lbfgs L-BFGS's settings, or {@code null} for no L-BFGS phase
 * @param seed the seed of the collocation points and initial parameters
 * @param threads TensorFlow intra-op threads, {@code >= 1}
 * @param recordEvery record the loss terms every this many Adam steps, {@code >= 1} (every L-BFGS
 *     iteration is recorded)
 * @param refinement residual-based adaptive refinement after the first Adam phase, or {@code null}
 *     for none; needs a {@link Refinable} objective
 * @param weighting how the loss weights evolve during Adam; annealing needs a {@link Reweighable}
 *     objective
 */
public record PhysicsTrainingConfig(int adamSteps, AdamConfig adam, LbfgsConfig lbfgs, long seed, int threads,
    int recordEvery, Refinement refinement, LossWeighting weighting) {

  /** Validates. */
  public PhysicsTrainingConfig {
    if (adamSteps < 0) {
      throw new GalerkinException("physics training: adamSteps must be >= 0, got " + adamSteps);
    }
    if (adam == null) {
      throw new GalerkinException("physics training: adam must not be null");
    }
    if (adamSteps == 0 && lbfgs == null) {
      throw new GalerkinException("physics training: give adamSteps > 0 or an L-BFGS phase (both are empty)");
    }
    if (threads < 1) {
      throw new GalerkinException("physics training: threads must be >= 1, got " + threads);
    }
    if (recordEvery < 1) {
      throw new GalerkinException("physics training: recordEvery must be >= 1, got " + recordEvery);
    }
    if (weighting == null) {
      throw new GalerkinException("physics training: weighting must not be null (LossWeighting.FIXED for none)");
    }
  }

  /** Without refinement, with fixed weights. */
  public PhysicsTrainingConfig(int adamSteps, AdamConfig adam, LbfgsConfig lbfgs, long seed, int threads,
      int recordEvery) {
    this(adamSteps, adam, lbfgs, seed, threads, recordEvery, null, LossWeighting.FIXED);
  }

  /**
   * @param adamSteps Adam updates at a constant rate {@code rate}
   * @param rate Adam's learning rate
   * @param lbfgsIterations L-BFGS iterations after Adam, 0 for none ({@link LbfgsConfig#of})
   * @return the configuration: seed 0, two threads, recording every 10 Adam steps
   */
  public static PhysicsTrainingConfig of(int adamSteps, double rate, int lbfgsIterations) {
    return new PhysicsTrainingConfig(adamSteps, AdamConfig.adam(LearningRateSchedule.constant(rate)),
        lbfgsIterations > 0 ? LbfgsConfig.of(lbfgsIterations) : null, 0, 2, 10);
  }

  /** @return this with another seed */
  public PhysicsTrainingConfig withSeed(long s) {
    return new PhysicsTrainingConfig(adamSteps, adam, lbfgs, s, threads, recordEvery, refinement, weighting);
  }

  /** @return this with another thread count */
  public PhysicsTrainingConfig withThreads(int t) {
    return new PhysicsTrainingConfig(adamSteps, adam, lbfgs, seed, t, recordEvery, refinement, weighting);
  }

  /** @return this with refinement {@code r} ({@code null}: none) */
  public PhysicsTrainingConfig withRefinement(Refinement r) {
    return new PhysicsTrainingConfig(adamSteps, adam, lbfgs, seed, threads, recordEvery, r, weighting);
  }

  /** @return this with weighting {@code w} */
  public PhysicsTrainingConfig withWeighting(LossWeighting w) {
    return new PhysicsTrainingConfig(adamSteps, adam, lbfgs, seed, threads, recordEvery, refinement, w);
  }
}
