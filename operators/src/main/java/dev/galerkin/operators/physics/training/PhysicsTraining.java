package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import dev.galerkin.operators.physics.geometry.Sampler;
import dev.galerkin.operators.physics.geometry.Sampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimises a {@link PhysicsObjective} (such as a {@link PhysicsLoss}): full-batch Adam (the flat form of the graph optimiser, same
 * {@code AdamConfig}), then L-BFGS ({@link Lbfgs}) from where Adam stopped, all in {@code float64}.
 * It is not the {@code training.TrainingLoop}: that one runs mini-batch epochs of {@code float32}
 * graph variables with validation; a physics-informed loss is one full batch whose parameters
 * cross into Java as a flat vector for L-BFGS. The history records every term separately.
 *
 * <p>With a {@link Refinement}, rounds of residual-based adaptive refinement (each followed by its
 * own Adam phase, {@code rar-<round>}) run between the first Adam phase and L-BFGS; the objective
 * must be {@link Refinable}. With annealing {@link LossWeighting}, the weights are updated during
 * every Adam phase and frozen for L-BFGS; the objective must be {@link Reweighable}. An objective
 * that cannot do what the configuration asks is an error before any training.
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
   * @throws GalerkinException if the loss becomes NaN or infinite during Adam, or if the
   *     configuration asks for refinement or annealing of an objective that cannot do it
   */
  public static Result run(PhysicsObjective loss, PhysicsTrainingConfig config, PhysicsListener listener) {
    if (config.refinement() != null && !(loss instanceof Refinable)) {
      throw new GalerkinException("residual-based refinement needs an objective whose interior points can grow ("
          + Refinable.class.getSimpleName() + "); " + loss.getClass().getSimpleName() + " cannot");
    }
    if (config.weighting().annealing() && !(loss instanceof Reweighable)) {
      throw new GalerkinException("annealed loss weights need an objective with fed weights and per-term gradients ("
          + Reweighable.class.getSimpleName() + "); " + loss.getClass().getSimpleName() + " has neither");
    }
    return new Run(loss, config, listener).go();
  }

  /** The state of one run. */
  private static final class Run {
    private final PhysicsObjective loss;
    private final PhysicsTrainingConfig config;
    private final PhysicsListener listener;
    private final List<PhysicsHistory.Record> records = new ArrayList<>();
    private final int nt;
    private final long t0 = System.nanoTime();
    private double[] theta;
    private Lbfgs.Evaluation e;
    private int iteration;

    Run(PhysicsObjective loss, PhysicsTrainingConfig config, PhysicsListener listener) {
      this.loss = loss;
      this.config = config;
      this.listener = listener;
      this.nt = loss.termLabels().size();
    }

    Result go() {
      theta = loss.initialParameters();
      Lbfgs.Stop stop = null;
      try {
        e = loss.evaluate(theta);
        record("adam", 0);
        adam("adam", config.adamSteps());
        if (config.refinement() != null) {
          refine((Refinable) loss, config.refinement());
        }
        if (config.lbfgs() != null) {
          listener.phase("lbfgs", config.lbfgs().maxIterations());
          int base = iteration;
          Lbfgs.Result r = Lbfgs.minimize(loss::evaluate, theta, config.lbfgs(), (k, at) -> {
            listener.step("lbfgs", k, at.value());
            iteration = base + k;
            e = at;
            record("lbfgs", k);
          });
          theta = r.x();
          stop = r.stop();
        }
      } finally {
        listener.finished();
      }
      return new Result(theta, new PhysicsHistory(loss.termLabels(), loss.unknownNames(), records), stop,
          (System.nanoTime() - t0) / 1e9);
    }

    private void adam(String phase, int steps) {
      if (steps <= 0) {
        return;
      }
      listener.phase(phase, steps);
      FlatAdam adam = new FlatAdam(config.adam(), theta.length);
      LossWeighting w = config.weighting();
      for (int s = 1; s <= steps; s++) {
        adam.step(theta, e.gradient());
        e = loss.evaluate(theta);
        iteration++;
        if (!Double.isFinite(e.value())) {
          throw new GalerkinException("physics training diverged at " + phase + " step " + s + ": the loss is "
              + e.value() + "; lower the learning rate (now " + adam.rate() + ")");
        }
        if (w.annealing() && iteration % w.every() == 0) {
          anneal((Reweighable) loss, w);
        }
        listener.step(phase, s, e.value());
        if (s % config.recordEvery() == 0 || s == steps) {
          record(phase, s);
        }
      }
    }

    /** Updates the weights at {@code θ} and recomputes the total and its gradient from the per-term gradients. */
    private void anneal(Reweighable rw, LossWeighting w) {
      double[][] grads = rw.termGradients(theta);
      double[] weights = rw.weights();
      w.update(weights, grads);
      rw.setWeights(weights);
      double total = 0;
      double[] gradient = new double[theta.length];
      for (int k = 0; k < nt; k++) {
        total += weights[k] * e.parts()[k];
        for (int i = 0; i < gradient.length; i++) {
          gradient[i] += weights[k] * grads[k][i];
        }
      }
      e = new Lbfgs.Evaluation(total, gradient, e.parts());
    }

    private void refine(Refinable rf, Refinement ref) {
      int d = rf.geometry().dimension();
      for (int round = 1; round <= ref.rounds(); round++) {
        double[] candidates = Sampler.interior(rf.geometry(), ref.candidates(), Sampling.UNIFORM,
            config.seed() * 1_000_003L + round).coordinates();
        double[] r = rf.residualAt(theta, candidates);
        double mean = 0;
        for (double v : r) {
          mean += Math.abs(v);
        }
        mean /= r.length;
        if (mean < ref.tolerance()) {
          listener.refined(round, 0, mean, rf.interiorCount());
          return;
        }
        int[] top = largest(r, ref.added());
        double[] added = new double[top.length * d];
        for (int i = 0; i < top.length; i++) {
          System.arraycopy(candidates, top[i] * d, added, i * d, d);
        }
        rf.addInterior(added);
        listener.refined(round, top.length, mean, rf.interiorCount());
        e = loss.evaluate(theta);
        String phase = "rar-" + round;
        record(phase, 0);
        adam(phase, ref.steps());
      }
    }

    private void record(String phase, int step) {
      double[] parts = e.parts();
      double[] weights = loss instanceof Reweighable rw ? rw.weights() : new double[0];
      int points = loss instanceof Refinable rf ? rf.interiorCount() : 0;
      PhysicsHistory.Record r = new PhysicsHistory.Record(phase, step, iteration, e.value(),
          Arrays.copyOf(parts, nt), Arrays.copyOfRange(parts, nt, parts.length), (System.nanoTime() - t0) / 1e9,
          weights, points);
      records.add(r);
      listener.recorded(r);
    }
  }

  /**
   * @param values the values, not modified
   * @param m how many, {@code <= values.length}
   * @return the indices of the {@code m} largest {@code |values|}, largest first
   */
  static int[] largest(double[] values, int m) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(Math.abs(values[b]), Math.abs(values[a])));
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
