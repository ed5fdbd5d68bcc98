package dev.galerkin.cli;

import dev.galerkin.solvers.presets.MeshPresetFactory;
import dev.galerkin.solvers.presets.Preset;
import dev.galerkin.solvers.presets.PresetFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin generate PRESET}: one subcommand per {@link Preset} of the catalog (grid presets,
 * {@link PresetFactory}, and mesh presets, {@link MeshPresetFactory}), built at start-up: the preset's description, its own options (from its {@code OptionSpec}s, through
 * {@link PluginOptions}) and the shared {@link GenerationOptions}.
 */
final class GeneratePreset implements Callable<Integer> {
  private final Preset preset;
  private final GenerationOptions generation = new GenerationOptions();
  private CommandSpec spec;

  private GeneratePreset(Preset preset) {
    this.preset = preset;
  }

  /** @return the subcommand of {@code preset}, ready to add to {@code galerkin generate} */
  static CommandLine command(Preset preset) {
    GeneratePreset cmd = new GeneratePreset(preset);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(cmd);
    spec.name(preset.name());
    spec.usageMessage().description(preset.description().stream().map(PluginOptions::literal)
        .toArray(String[]::new))
        .sortOptions(false);
    PluginOptions.addTo(spec, preset.options());
    spec.addMixin("generation", CommandSpec.forAnnotatedObject(cmd.generation));
    spec.mixinStandardHelpOptions(true);
    cmd.spec = spec;
    return new CommandLine(spec);
  }

  @Override
  public Integer call() {
    var values = PluginOptions.read(spec, preset.options());
    if (preset instanceof MeshPresetFactory mesh) {
      return generation.runMesh(mesh.create(values), spec.commandLine().getOut());
    }
    return generation.run(((PresetFactory) preset).create(values), preset.name(),
        values.givenAsText(), spec.commandLine().getOut());
  }
}
