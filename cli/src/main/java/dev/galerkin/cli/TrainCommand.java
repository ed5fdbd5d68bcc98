package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.options.OptionValues;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin train}: one subcommand per registered model family ({@code galerkin train fno
 * …}, each with only its own options in {@code --help}), {@code --list} for the families, and the
 * older spelling {@code galerkin train --model FAMILY …}, kept so that scripts written against it
 * still run: its {@code --width}, {@code --modes}, {@code --layers}, {@code --dims} and
 * {@code --channels} go to the family that declares them.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train a model family on a dataset: galerkin train FAMILY --data FILE --out MODEL.h5"
        + " [options]. 'galerkin train --list' lists the families, 'galerkin train FAMILY --help'"
        + " shows a family's options.",
        "The older spelling 'galerkin train --model FAMILY ...' still works."})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--list", description = "List the model families.")
  boolean list;

  @Option(names = "--model", description = "Older spelling: the model family (prefer 'galerkin train FAMILY').")
  String model;

  @Option(names = "--width", hidden = true) String width;
  @Option(names = "--modes", hidden = true) String modes;
  @Option(names = "--layers", hidden = true) String layers;
  @Option(names = "--dims", hidden = true) String dims;
  @Option(names = "--channels", hidden = true) String channels;

  @Mixin TrainOptions options;

  @Spec CommandSpec spec;

  /** Adds one subcommand per registered family to the {@code train} command line. */
  static void addFamilies(CommandLine train) {
    train.setAllowSubcommandsAsOptionParameters(true);   // the older spelling: --model fno
    for (ModelFamily f : ModelFamilies.all()) {
      train.addSubcommand(f.name(), FamilyCommand.commandLine(f));
    }
    for (dev.galerkin.operators.MeshModelFamily f : ModelFamilies.meshFamilies()) {
      train.addSubcommand(f.name(), MeshTrainCommand.commandLine(f));
    }
    train.addSubcommand("prose", new CommandLine(new ProseTrainCommand()));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"family", "what it is"});
      for (ModelFamily f : ModelFamilies.all()) {
        rows.add(new String[] {f.name(), f.summary()});
      }
      for (dev.galerkin.operators.MeshModelFamily f : ModelFamilies.meshFamilies()) {
        rows.add(new String[] {f.name(), f.summary() + " [mesh datasets]"});
      }
      rows.add(new String[] {"prose", "PROSE: a multimodal transformer that continues ODE"
          + " trajectories and writes their equations (Liu, Zhang, Schaeffer 2024)"
          + " [ode-systems datasets]"});
      InfoCommand.printTable(out, rows);
      out.println("options of a family: galerkin train FAMILY --help");
      return 0;
    }
    if (model == null) {
      spec.commandLine().usage(out);
      return 0;
    }
    ModelFamily family;
    try {
      family = ModelFamilies.get(model);
    } catch (GalerkinException e) {
      throw new GalerkinException("--model " + model + " is not known; use one of "
          + ModelFamilies.all().stream().map(ModelFamily::name).toList());
    }
    Map<String, String> legacy = new LinkedHashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    put(legacy, family, "width", width, err);
    put(legacy, family, "modes", modes, err);
    put(legacy, family, "layers", layers, err);
    put(legacy, family, "dimensions", dims, err);
    put(legacy, family, "channels", channels, err);
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    return TrainRun.run(family, OptionValues.of(family.options(), legacy), options,
        parsed::hasMatchedOption, out);
  }

  /**
   * The older spelling accepted every model option for every family and ignored those that did
   * not apply; it still does, saying so, so that old scripts run unchanged.
   */
  private static void put(Map<String, String> m, ModelFamily f, String name, String value,
      PrintWriter err) {
    if (value == null) {
      return;
    }
    String option = "--" + (name.equals("dimensions") ? "dims" : name);
    if (f.options().stream().noneMatch(o -> o.name().equals(name))) {
      err.println("galerkin train: note: " + option + " is not an option of " + f.name()
          + "; ignored, as the older spelling always did ('galerkin train " + f.name()
          + "' refuses it)");
      return;
    }
    m.put(name, value);
  }

  /** {@code galerkin train FAMILY}: the shared options plus the family's own. */
  @Command(mixinStandardHelpOptions = true, sortOptions = false)
  static final class FamilyCommand implements Callable<Integer> {
    private final ModelFamily family;

    @Mixin TrainOptions options;

    @Spec CommandSpec spec;

    private FamilyCommand(ModelFamily family) {
      this.family = family;
    }

    static CommandLine commandLine(ModelFamily family) {
      CommandSpec spec = CommandSpec.forAnnotatedObject(new FamilyCommand(family));
      spec.name(family.name());
      spec.usageMessage().description(PluginOptions.literal(family.summary()) + ".",
          "The training options shared by every family come first, then the model's own.");
      PluginOptions.addTo(spec, family.options(), "Model options (" + family.name() + "):");
      return new CommandLine(spec);
    }

    @Override
    public Integer call() {
      CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
      return TrainRun.run(family, PluginOptions.read(spec, family.options()), options,
          parsed::hasMatchedOption, spec.commandLine().getOut());
    }
  }
}
