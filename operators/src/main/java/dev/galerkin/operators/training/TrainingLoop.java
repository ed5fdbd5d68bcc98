package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.tf.TfGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The one training loop every objective runs in: epochs of shuffled batches stepped by Adam(W),
 * validation after every epoch, the best epoch's weights kept, early stop after {@code patience}
 * epochs without improvement, a NaN or infinite loss stopping the run with its epoch and step, a
 * checkpoint after every epoch (weights, optimiser slots, best weights, history) from which a run
 * resumes bit for bit, and progress to a {@link TrainingListener}.
 *
 * <pre>{@code
 * TrainingLoop.Result r = TrainingLoop.run(objective, config, listener, checkpointOrNull);
 * }</pre>
 */
public final class TrainingLoop {
  private TrainingLoop() {}

  /**
   * What the loop produced; the objective turns it into a trained artefact.
   *
   * @param best the best epoch's variable values, by name
   * @param history one record per epoch run
   * @param bestEpoch the epoch whose weights are kept (from 1)
   */
  public record Result(Map<String, float[]> best, List<EpochRecord> history, int bestEpoch) {
    /** @return the validation error of the kept weights */
    public double bestValidationError() {
      return history.get(bestEpoch - 1).validationError();
    }
  }

  /**
   * Runs the training; when {@code checkpoint} exists, resumes from it.
   *
   * @param objective what to minimise (built on a new graph here)
   * @param config epochs, batch size, optimiser, seed, patience, threads, device
   * @param listener hears progress
   * @param checkpoint written after every epoch; {@code null} for none
   * @return the best weights and the history
   */
  public static Result run(Objective objective, TrainingConfig config, TrainingListener listener,
      Path checkpoint) {
    return run(objective, config, listener, checkpoint, null);
  }

  /**
   * Runs the training from the weights of {@code start} (when not {@code null}) instead of the
   * random initialisation, updating only the variables it does not freeze; a checkpoint, when it
   * exists, still takes precedence (resume).
   *
   * @param start the warm start, or {@code null} to start from the random initialisation
   * @return the best weights (frozen ones included, unchanged) and the history
   */
  public static Result run(Objective objective, TrainingConfig config, TrainingListener listener,
      Path checkpoint, WarmStart start) {
    long stepsPerEpoch = objective.stepsPerEpoch(config.batchSize());
    List<EpochRecord> history = new ArrayList<>();
    listener.started(config.epochs(), stepsPerEpoch);
    try (TfGraph g = TfGraph.builder().seed(config.seed()).threads(config.threads())
        .device(config.device()).build()) {
      Operand<TFloat32> loss = objective.build(g);
      List<dev.galerkin.operators.tf.TfVariable> trained = g.trainableVariables();
      if (start != null) {
        start.apply(g, objective.modelType());
        trained = start.trained(g);
      }
      listener.built(objective.modelType(), trained.stream()
          .mapToLong(v -> v.shape().size()).sum());
      Adam adam = Adam.minimize(g, loss, trained, config.optimizer());
      Map<String, float[]> best = g.readVariables();
      int bestEpoch = 0;
      double bestError = Double.POSITIVE_INFINITY;
      int first = 1;
      if (checkpoint != null && Files.exists(checkpoint)) {
        TrainingCheckpoint c = TrainingCheckpoint.read(checkpoint, objective, config);
        g.writeAll(c.weights());
        adam.restore(c.optimizer());
        best = c.best();
        bestEpoch = c.bestEpoch();
        history.addAll(c.history());
        bestError = bestEpoch > 0 ? history.get(bestEpoch - 1).validationError() : bestError;
        first = history.size() + 1;
      }
      for (int epoch = first; epoch <= config.epochs(); epoch++) {
        long t0 = System.nanoTime();
        double lossSum = 0;
        int batches = 0;
        try (Objective.Steps steps = objective.steps(epoch, config.batchSize(), config.seed())) {
          while (steps.hasNext()) {
            Objective.Step s = steps.next();
            float l = adam.step(s.feeds());
            if (!Float.isFinite(l)) {
              throw new GalerkinException("training diverged at epoch " + epoch + ", step "
                  + adam.stepCount() + ": the loss is " + l + "; lower the learning rate (now "
                  + adam.learningRate() + ") or check the data");
            }
            lossSum += l;
            batches++;
            listener.step(l, s.samples());
          }
        }
        double val = objective.validate(config.batchSize());
        boolean improved = val < bestError;
        if (improved) {
          bestError = val;
          bestEpoch = epoch;
          best = g.readVariables();
        }
        EpochRecord rec = new EpochRecord(epoch, lossSum / Math.max(1, batches), val,
            adam.learningRate(), (System.nanoTime() - t0) / 1e9);
        history.add(rec);
        if (checkpoint != null) {
          new TrainingCheckpoint(g.readVariables(), adam.state(), best, bestEpoch, history)
              .write(checkpoint, objective, config);
        }
        listener.epoch(rec, improved);
        if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
          break;
        }
      }
      return new Result(best, List.copyOf(history), bestEpoch);
    } finally {
      listener.finished();
    }
  }

  /**
   * Times training steps of {@code objective} as the loop runs them (same graph, same optimiser),
   * on the first batch of epoch 1 repeated, for {@code galerkin bench train}.
   *
   * @param warmup untimed steps first, {@code >= 0}
   * @param steps timed steps, {@code >= 1} (more while under {@link CostProbe#MIN_TIMED_NANOS})
   * @return milliseconds per timed step
   */
  public static double timeSteps(Objective objective, TrainingConfig config, int warmup,
      int steps) {
    return CostProbe.measure(objective, config, warmup, steps, false).stepWallMs();
  }
}
