package dev.galerkin.solvers.presets;

import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.random.WhittleMaternCovariance;
import java.util.List;

/**
 * Options several presets share: the initial-field covariance overrides ({@code --grf-*}) and the
 * output times ({@code --final-time}, {@code --time-steps}), each defaulting to the preset's own
 * value.
 */
final class PresetOptions {
  /** The covariance overrides {@code --grf-variance}, {@code --grf-tau}, {@code --grf-alpha}. */
  static final List<OptionSpec> GRF = List.of(
      OptionSpec.real("grf-variance", "sigma^2 of the initial-field covariance (default: the paper's)."),
      OptionSpec.real("grf-tau", "tau of the initial-field covariance (default: the paper's)."),
      OptionSpec.real("grf-alpha", "alpha of the initial-field covariance (default: the paper's)."));

  /** The output times {@code --final-time}, {@code --time-steps}. */
  static final List<OptionSpec> TIMES = List.of(
      OptionSpec.real("final-time", "Final time T, in the PDE's time units (default: the preset's)."),
      OptionSpec.integer("time-steps", "Stored times T/K, 2T/K, ..., T: K of them (default: the"
          + " preset's)."));

  private PresetOptions() {}

  /**
   * A double option whose default keeps its written form ({@code 1e-8}, not {@code 1.0E-8}).
   *
   * @param defaultText the default as it should read in {@code --help}
   */
  static OptionSpec real(String name, String defaultText, String description) {
    return new OptionSpec(name, OptionSpec.Kind.DOUBLE, defaultText, description, List.of(), false);
  }

  /** @return {@code preset} with the {@code --grf-*} values given in {@code v} */
  static WhittleMaternCovariance covariance(OptionValues v, WhittleMaternCovariance preset) {
    return new WhittleMaternCovariance(v.getDouble("grf-variance", preset.sigma2()),
        v.getDouble("grf-tau", preset.tau()), v.getDouble("grf-alpha", preset.alpha()),
        preset.zeroMean());
  }

  /** @return {@code preset} with the {@code --final-time} and {@code --time-steps} given in {@code v} */
  static OutputTimes times(OptionValues v, OutputTimes preset) {
    return new OutputTimes(v.getDouble("final-time", preset.finalTime()),
        v.getInt("time-steps", preset.count()));
  }

  /**
   * Parses a comma-separated list of enum labels ({@code a-b} names {@code A_B}).
   *
   * @param option the option's name, for messages
   * @param text the value, for example {@code square,disk}
   * @return the constants in the given order, without repeats; throws naming the known labels
   */
  static <E extends Enum<E>> List<E> enumList(String option, String text, Class<E> type) {
    java.util.LinkedHashSet<E> out = new java.util.LinkedHashSet<>();
    String known = String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
    for (String part : text.split(",", -1)) {
      String name = part.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      E found = null;
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          found = e;
        }
      }
      if (found == null) {
        throw new dev.galerkin.GalerkinException("--" + option + " = '" + text + "': '"
            + part.trim() + "' is not known; give a comma-separated list of " + known);
      }
      out.add(found);
    }
    return List.copyOf(out);
  }

  /** @return the lists joined, in order */
  @SafeVarargs
  static List<OptionSpec> join(List<OptionSpec>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
