package dev.galerkin.solvers.presets;

import dev.galerkin.options.OptionSpec;
import java.util.List;

/**
 * What every {@code galerkin generate} preset says of itself, whichever kind of dataset it makes:
 * grid datasets ({@link PresetFactory}) or mesh datasets ({@link MeshPresetFactory}). {@code
 * galerkin generate --list} and each preset's {@code --help} come from these.
 */
public interface Preset {

  /** @return the {@code galerkin generate} subcommand, for example {@code darcy} */
  String name();

  /** @return one line: the equation, its inputs and the stored fields ({@code --list}) */
  String summary();

  /** @return the paper whose setup the preset follows */
  String source();

  /** @return the paragraphs of {@code galerkin generate NAME --help}: the problem, the fields */
  List<String> description();

  /** @return the preset's own options, in {@code --help} order */
  List<OptionSpec> options();
}
