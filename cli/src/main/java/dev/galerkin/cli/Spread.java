package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Minimum, median and maximum of a bench's per-round figures (one figure per round and side), and
 * the standalone check: whether a peer's in-bench median drifted from its standalone figure.
 *
 * @param min the smallest figure
 * @param median the median (the mean of the two middle figures for an even count)
 * @param max the largest figure
 * @param count how many figures
 */
record Spread(double min, double median, double max, int count) {
  /** Relative difference above which {@link #drifted} warns: 10 %. */
  static final double DRIFT = 0.10;

  /** @return the spread of {@code values}, at least one */
  static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new GalerkinException("no figures to summarise");
    }
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    return new Spread(v.get(0), median(v), v.get(v.size() - 1), v.size());
  }

  /** @return the median of {@code values} (any order, at least one) */
  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    if (n == 0) {
      throw new GalerkinException("no figures to take the median of");
    }
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /**
   * @param standalone the peer's figure measured alone, before any of our side ran
   * @param inBench the peer's median over the alternating rounds
   * @return whether they differ by more than {@link #DRIFT} of the standalone figure
   */
  static boolean drifted(double standalone, double inBench) {
    return Math.abs(inBench - standalone) > DRIFT * Math.abs(standalone);
  }
}
