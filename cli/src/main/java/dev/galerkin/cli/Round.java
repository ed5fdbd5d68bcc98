package dev.galerkin.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What one side measured in one round of a bench: milliseconds per unit of work under one or more
 * keys (one key, the model, for {@code bench train}; one per grid size or operation for
 * {@code bench solvers} and {@code bench io}), and the process's peak resident memory when known.
 *
 * @param ms key → milliseconds, in the order measured
 * @param peakRssKb peak resident set size of the process that measured, in KB (VmHWM, ru_maxrss)
 */
record Round(Map<String, Double> ms, OptionalLong peakRssKb) {
  Round {
    ms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ms));
  }

  /** @return a round of one figure */
  static Round of(String key, double ms, OptionalLong peakRssKb) {
    return new Round(Map.of(key, ms), peakRssKb);
  }

  /** @return the figure under {@code key}, or null when this round has none */
  Double get(String key) {
    return ms.get(key);
  }
}
