package dev.galerkin.operators.optim;

import dev.galerkin.GalerkinException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything an optimiser carries between steps, as plain arrays: the number of updates made and
 * its slot variables by name (for {@link Adam}: {@code <variable>/adam_m} and
 * {@code <variable>/adam_v}). With the model's variables it is what a checkpoint needs to resume
 * training exactly. A value: arrays are copied in and out.
 *
 * @param step updates made, {@code >= 0}
 * @param slots slot name → row-major values
 */
public record OptimizerState(long step, Map<String, float[]> slots) {

  /** Validates and deep-copies. */
  public OptimizerState {
    if (step < 0) {
      throw new GalerkinException("optimizer state: step must be >= 0, got " + step);
    }
    slots = Collections.unmodifiableMap(copy(slots));
  }

  /** @return a deep copy of the slots, in their original order */
  @Override
  public Map<String, float[]> slots() {
    return copy(slots);
  }

  private static Map<String, float[]> copy(Map<String, float[]> m) {
    Map<String, float[]> c = new LinkedHashMap<>();
    m.forEach((k, v) -> c.put(k, v.clone()));
    return c;
  }
}
