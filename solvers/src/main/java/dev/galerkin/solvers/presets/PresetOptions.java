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

  /** @return the lists joined, in order */
  @SafeVarargs
  static List<OptionSpec> join(List<OptionSpec>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
