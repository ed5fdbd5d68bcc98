package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measurement of {@code bench train} or {@code bench predict}, in the peer-neutral form that
 * both our hidden {@code galerkin bench step} and every {@link Peer} of those benches receive:
 * {@code --mode train|predict --model fno|deeponet --batch B --resolution R --warmup W --steps N
 * --threads T}.
 *
 * @param mode {@code train} (one Adam step per timed step) or {@code predict} (one batch predicted)
 * @param model {@code fno} (FNO-2D of the FNO Darcy benchmark on R²) or {@code deeponet} (the
 *     antiderivative DeepONet; R is ignored)
 * @param batch samples per step
 * @param resolution grid side of the FNO
 * @param warmup untimed steps first
 * @param steps timed steps
 * @param threads intra-op threads
 */
record StepTask(String mode, String model, int batch, int resolution, int warmup, int steps,
    int threads) {
  /** The modes. */
  static final List<String> MODES = List.of("train", "predict");
  /** The models. */
  static final List<String> MODELS = List.of("fno", "deeponet");

  StepTask {
    if (!MODES.contains(mode)) {
      throw new GalerkinException("--mode " + mode + " is not one of " + MODES);
    }
    if (!MODELS.contains(model)) {
      throw new GalerkinException("--model " + model + " is not one of " + MODELS);
    }
    Checks.positive("--batch", batch);
    Checks.positive("--resolution", resolution);
    Checks.atLeast("--warmup", warmup, 0);
    Checks.positive("--steps", steps);
    Checks.positive("--threads", threads);
  }

  /** @return the arguments, as {@code bench step} takes them */
  List<String> args() {
    return List.of("--mode", mode, "--model", model, "--batch", Integer.toString(batch),
        "--resolution", Integer.toString(resolution), "--warmup", Integer.toString(warmup),
        "--steps", Integer.toString(steps), "--threads", Integer.toString(threads));
  }

  /** @return the task {@link #args()} describe (for a peer's command builder) */
  static StepTask parse(List<String> args) {
    Map<String, String> m = new LinkedHashMap<>();
    List<String> a = new ArrayList<>(args);
    for (int i = 0; i + 1 < a.size(); i += 2) {
      if (!a.get(i).startsWith("--")) {
        throw new GalerkinException("bad step task argument " + a.get(i) + " in " + args);
      }
      m.put(a.get(i).substring(2), a.get(i + 1));
    }
    try {
      return new StepTask(m.getOrDefault("mode", "train"), m.getOrDefault("model", "fno"),
          Integer.parseInt(m.getOrDefault("batch", "20")),
          Integer.parseInt(m.getOrDefault("resolution", "85")),
          Integer.parseInt(m.getOrDefault("warmup", "3")),
          Integer.parseInt(m.getOrDefault("steps", "10")),
          Integer.parseInt(m.getOrDefault("threads", "2")));
    } catch (NumberFormatException e) {
      throw new GalerkinException("bad step task " + args + ": " + e.getMessage());
    }
  }

  /** @return the key figures are filed under and the PEER line's {@code model=} */
  String key() {
    return model;
  }

  /** @return the one-figure line of this mode: {@code TRAIN_STEP_MS} or {@code PREDICT_MS} */
  String singleLine() {
    return mode.equals("train") ? "TRAIN_STEP_MS" : "PREDICT_MS";
  }
}
