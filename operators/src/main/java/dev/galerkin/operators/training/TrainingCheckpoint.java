package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import dev.galerkin.operators.optim.OptimizerState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a training run after an epoch, in a model file: current weights, optimiser slots
 * and step, the best epoch's weights, and the history. Resuming from it continues the run exactly:
 * batches are shuffled from {@code (seed, epoch)}, so the resumed run equals an uninterrupted one.
 *
 * @param weights current variable values
 * @param optimizer Adam's step count and slots
 * @param best the best epoch's variable values
 * @param bestEpoch the best epoch so far (0 before the first)
 * @param history the epochs done
 */
record TrainingCheckpoint(Map<String, float[]> weights, OptimizerState optimizer,
    Map<String, float[]> best, int bestEpoch, List<EpochRecord> history) {
  private static final String SLOT = "optimizer/";
  private static final String BEST = "best/";

  /** Writes the checkpoint (atomically, replacing the previous one). */
  void write(Path file, Objective objective, TrainingConfig config) {
    Map<String, FloatArray> state = new LinkedHashMap<>();
    optimizer.slots().forEach((k, v) -> state.put(SLOT + k, flat(v)));
    best.forEach((k, v) -> state.put(BEST + k, flat(v)));
    Map<String, Object> prov = new LinkedHashMap<>();
    prov.put("optimizer_step", optimizer.step());
    prov.put("best_epoch", (long) bestEpoch);
    prov.put("seed", config.seed());
    prov.put("batch_size", (long) config.batchSize());
    prov.put("history_train_loss", history.stream().mapToDouble(EpochRecord::trainLoss).toArray());
    prov.put("history_validation", history.stream().mapToDouble(EpochRecord::validationError)
        .toArray());
    prov.put("history_learning_rate", history.stream().mapToDouble(EpochRecord::learningRate)
        .toArray());
    prov.put("history_seconds", history.stream().mapToDouble(EpochRecord::seconds).toArray());
    Map<String, FloatArray> w = new LinkedHashMap<>();
    weights.forEach((k, v) -> w.put(k, flat(v)));
    ModelFile.write(new ModelCheckpoint(objective.modelType(), objective.architectureJson(), w,
        objective.normalisers(), prov, state), file, true);
  }

  /** Reads a checkpoint and checks that it belongs to this model and configuration. */
  static TrainingCheckpoint read(Path file, Objective objective, TrainingConfig config) {
    ModelCheckpoint c = ModelFile.read(file);
    if (!c.modelType().equals(objective.modelType())
        || !c.architectureJson().equals(objective.architectureJson())) {
      throw new GalerkinException(file + " is a checkpoint of " + c.modelType() + " "
          + c.architectureJson() + ", not of this " + objective.modelType() + " "
          + objective.architectureJson() + "; resume with the same model options or delete the"
          + " checkpoint");
    }
    Map<String, Object> p = c.provenance();
    if (!Long.valueOf(config.seed()).equals(p.get("seed"))
        || !Long.valueOf(config.batchSize()).equals(p.get("batch_size"))) {
      throw new GalerkinException(file + " was written with seed " + p.get("seed") + " and batch "
          + p.get("batch_size") + ", not " + config.seed() + " and " + config.batchSize()
          + "; an exact resume needs the same ones");
    }
    Map<String, float[]> weights = new LinkedHashMap<>();
    c.weights().forEach((k, v) -> weights.put(k, v.toArray()));
    Map<String, float[]> slots = new LinkedHashMap<>();
    Map<String, float[]> best = new LinkedHashMap<>();
    c.trainingState().forEach((k, v) -> {
      if (k.startsWith(SLOT)) {
        slots.put(k.substring(SLOT.length()), v.toArray());
      } else if (k.startsWith(BEST)) {
        best.put(k.substring(BEST.length()), v.toArray());
      }
    });
    double[] loss = (double[]) p.get("history_train_loss");
    double[] val = (double[]) p.get("history_validation");
    double[] lr = (double[]) p.get("history_learning_rate");
    double[] sec = (double[]) p.get("history_seconds");
    List<EpochRecord> history = new ArrayList<>();
    for (int i = 0; loss != null && i < loss.length; i++) {
      history.add(new EpochRecord(i + 1, loss[i], val[i], lr[i], sec[i]));
    }
    return new TrainingCheckpoint(weights, new OptimizerState((Long) p.get("optimizer_step"), slots),
        best, ((Long) p.get("best_epoch")).intValue(), history);
  }

  private static FloatArray flat(float[] v) {
    return FloatArray.wrap(Shape.of(v.length), v);
  }
}
