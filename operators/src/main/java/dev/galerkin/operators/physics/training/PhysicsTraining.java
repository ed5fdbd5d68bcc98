package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimises a {@link PhysicsObjective} (such as a {@link PhysicsLoss}): full-batch Adam (the flat form of the graph optimiser, same
 * {@code AdamConfig}), then L-BFGS ({@link Lbfgs}) from where Adam stopped, all in {@code float64}.
 * It is not the {@code training.TrainingLoop}: that one runs mini-batch epochs of {@code float32}
 * graph variables with validation; a physics-informed loss is one full batch whose parameters
 * cross into Java as a flat vector for L-BFGS. The history records every term separately.
 */
public final class PhysicsTraining {
  private PhysicsTraining() {}

  /**
   * The outcome.
   *
   * @param parameters the final {@code θ}
   * @param history the loss terms over the run
   * @param lbfgsStop why L-BFGS stopped, or {@code null} without an L-BFGS phase
   * @param seconds wall time of training
   */
  public record Result(double[] parameters, PhysicsHistory history, Lbfgs.Stop lbfgsStop, double seconds) {}

  /**
   * @param loss the loss (built, with its points)
   * @param config the phases and budgets
   * @param listener hears progress
   * @return the trained parameters and the history
   * @throws GalerkinException if the loss becomes NaN or infinite during Adam
   */
  public static Result run(PhysicsObjective loss, PhysicsTrainingConfig config, PhysicsListener listener) {
    long t0 = System.nanoTime();
    List<PhysicsHistory.Record> records = new ArrayList<>();
    double[] theta = loss.initialParameters();
    Lbfgs.Stop stop = null;
    try {
      Lbfgs.Evaluation e = loss.evaluate(theta);
      int nt = loss.termLabels().size();
      record(records, listener, "adam", 0, 0, e, nt, t0);
      if (config.adamSteps() > 0) {
        listener.phase("adam", config.adamSteps());
        FlatAdam adam = new FlatAdam(config.adam(), theta.length);
        for (int s = 1; s <= config.adamSteps(); s++) {
          adam.step(theta, e.gradient());
          e = loss.evaluate(theta);
          if (!Double.isFinite(e.value())) {
            throw new GalerkinException("physics training diverged at Adam step " + s + ": the loss is "
                + e.value() + "; lower the learning rate (now " + adam.rate() + ")");
          }
          listener.step("adam", s, e.value());
          if (s % config.recordEvery() == 0 || s == config.adamSteps()) {
            record(records, listener, "adam", s, s, e, nt, t0);
          }
        }
      }
      if (config.lbfgs() != null) {
        listener.phase("lbfgs", config.lbfgs().maxIterations());
        int base = config.adamSteps();
        Lbfgs.Result r = Lbfgs.minimize(loss::evaluate, theta, config.lbfgs(), (k, at) -> {
          listener.step("lbfgs", k, at.value());
          record(records, listener, "lbfgs", k, base + k, at, nt, t0);
        });
        theta = r.x();
        stop = r.stop();
      }
    } finally {
      listener.finished();
    }
    return new Result(theta, new PhysicsHistory(loss.termLabels(), loss.unknownNames(), records), stop, (System.nanoTime() - t0) / 1e9);
  }

  private static void record(List<PhysicsHistory.Record> records, PhysicsListener listener, String phase, int step,
      int iteration, Lbfgs.Evaluation e, int termCount, long t0) {
    double[] parts = e.parts();
    PhysicsHistory.Record r = new PhysicsHistory.Record(phase, step, iteration, e.value(),
        java.util.Arrays.copyOf(parts, termCount), java.util.Arrays.copyOfRange(parts, termCount, parts.length),
        (System.nanoTime() - t0) / 1e9);
    records.add(r);
    listener.recorded(r);
  }
}
