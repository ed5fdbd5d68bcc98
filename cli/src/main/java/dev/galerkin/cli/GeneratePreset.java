package dev.galerkin.cli;

import dev.galerkin.solvers.presets.PresetFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin generate PRESET}: one subcommand per {@link PresetFactory} of the catalog, built
 * at start-up: the preset's description, its own options (from its {@code OptionSpec}s, through
 * {@link PluginOptions}) and the shared {@link GenerationOptions}.
 */
final class GeneratePreset implements Callable<Integer> {
  private final PresetFactory preset;
  private final GenerationOptions generation = new GenerationOptions();
  private CommandSpec spec;

  private GeneratePreset(PresetFactory preset) {
    this.preset = preset;
  }

  /** @return the subcommand of {@code preset}, ready to add to {@code galerkin generate} */
  static CommandLine command(PresetFactory preset) {
    GeneratePreset cmd = new GeneratePreset(preset);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(cmd);
    spec.name(preset.name());
    spec.usageMessage().description(preset.description().toArray(String[]::new))
        .sortOptions(false);
    PluginOptions.addTo(spec, preset.options());
    spec.addMixin("generation", CommandSpec.forAnnotatedObject(cmd.generation));
    spec.mixinStandardHelpOptions(true);
    cmd.spec = spec;
    return new CommandLine(spec);
  }

  @Override
  public Integer call() {
    return generation.run(preset.create(PluginOptions.read(spec, preset.options())),
        spec.commandLine().getOut());
  }
}
