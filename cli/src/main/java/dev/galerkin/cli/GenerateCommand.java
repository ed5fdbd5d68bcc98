package dev.galerkin.cli;

import dev.galerkin.solvers.presets.PresetCatalog;
import dev.galerkin.solvers.presets.Preset;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code galerkin generate PRESET}: make a dataset with a reference solver. Each preset of
 * {@link PresetCatalog} is a subcommand ({@link GeneratePreset}) with its own options (units and
 * defaults in its {@code --help}); {@code --list} shows the presets and the papers they follow.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a dataset with a reference solver: galerkin generate PRESET [options].")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--list", description = "List the presets and their sources.")
  boolean list;

  private CommandLine.Model.CommandSpec spec;

  /** Receives this command's spec when picocli builds it, and adds one subcommand per preset. */
  @CommandLine.Spec
  void spec(CommandLine.Model.CommandSpec value) {
    this.spec = value;
    for (Preset p : presets()) {
      if (!value.subcommands().containsKey(p.name())) {
        value.addSubcommand(p.name(), GeneratePreset.command(p));
      }
    }
  }

  /** @return the grid presets, then the mesh presets */
  private static List<Preset> presets() {
    List<Preset> all = new ArrayList<>(PresetCatalog.presets());
    all.addAll(PresetCatalog.meshPresets());
    return all;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!list) {
      spec.commandLine().usage(out);
      return 0;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"preset", "problem", "source"});
    for (Preset p : presets()) {
      rows.add(new String[] {p.name(), p.summary(), p.source()});
    }
    InfoCommand.printTable(out, rows);
    out.println("options of a preset: galerkin generate PRESET --help");
    return 0;
  }
}
