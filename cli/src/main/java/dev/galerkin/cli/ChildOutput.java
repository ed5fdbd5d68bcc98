package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads what a measuring child process printed: our {@code galerkin bench step}, the PyTorch
 * scripts of {@code bench/peers/}, or any later peer (a DJL main) that prints the same lines.
 * Tolerant of other output (TensorFlow's start-up lines, progress) and of both line forms:
 *
 * <ul>
 *   <li>{@code STEP_MS a b c ...}: every timed step in milliseconds; the round's figure is their
 *       <b>median</b>;
 *   <li>{@code TRAIN_STEP_MS x} or {@code PREDICT_MS x}: one figure per round (the scripts print
 *       the mean of their timed steps), used when no {@code STEP_MS} line is present;
 *   <li>{@code PEAK_RSS_KB n}: peak resident memory (optional).
 * </ul>
 *
 * A key may be followed by {@code =} or {@code :} instead of a space.
 */
final class ChildOutput {
  private ChildOutput() {}

  /**
   * @param out the child's combined output
   * @param key the key the round's figure is filed under (the model)
   * @param single the one-figure line to fall back on: {@code TRAIN_STEP_MS} or {@code PREDICT_MS}
   * @return the round
   * @throws GalerkinException when the output holds no figure
   */
  static Round parse(String out, String key, String single) {
    List<Double> steps = values(out, "STEP_MS");
    double ms;
    if (!steps.isEmpty()) {
      ms = Spread.median(steps);
    } else {
      List<Double> one = values(out, single);
      if (one.isEmpty()) {
        throw new GalerkinException("printed neither STEP_MS nor " + single + ": " + tail(out));
      }
      ms = one.get(0);
    }
    return Round.of(key, ms, peakRssKb(out));
  }

  /** @return the numbers after the first line starting with {@code name}, or none */
  static List<Double> values(String out, String name) {
    for (String line : out.split("\\R")) {
      String t = line.strip();
      if (t.length() > name.length() && t.startsWith(name)
          && " =:\t".indexOf(t.charAt(name.length())) >= 0) {
        List<Double> v = new ArrayList<>();
        for (String w : t.substring(name.length() + 1).replace('=', ' ').replace(':', ' ')
            .replace(',', ' ').strip().split("\\s+")) {
          try {
            v.add(Double.parseDouble(w));
          } catch (NumberFormatException e) {
            break;
          }
        }
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return List.of();
  }

  /** @return the {@code PEAK_RSS_KB} figure, when printed */
  static OptionalLong peakRssKb(String out) {
    List<Double> v = values(out, "PEAK_RSS_KB");
    return v.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Math.round(v.get(0)));
  }

  /** @return the last few lines of {@code out}, on one line, for an error message */
  static String tail(String out) {
    List<String> lines = out.strip().lines().toList();
    String t = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    return t.isEmpty() ? "(no output)" : t.length() > 400 ? t.substring(t.length() - 400) : t;
  }

  /** @return {@code ms} with two decimals, as in PEER lines */
  static String ms(double ms) {
    return String.format(Locale.ROOT, "%.2f", ms);
  }
}
