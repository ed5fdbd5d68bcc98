package dev.galerkin.cli;

import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Turns the neutral {@link OptionSpec}s a plug-in declares (a model family, a dataset preset) into
 * picocli options of a command, and reads what the user gave back as {@link OptionValues}. This is
 * the one place where plug-in options meet picocli, so plug-ins stay free of picocli types.
 */
final class PluginOptions {
  private PluginOptions() {}

  /**
   * Adds one {@code --name} option per declaration to {@code spec}, with the declaration's help
   * text (allowed values and default included). Values are kept as text and converted by
   * {@link OptionValues}, so a wrong value fails there with one line naming the option.
   */
  static void addTo(CommandSpec spec, List<OptionSpec> options) {
    addTo(spec, options, null);
  }

  /**
   * @param text a plug-in's help or description text, which may hold a {@code %} ("+-10%")
   * @return the text for picocli, which reads descriptions as format strings: {@code %} doubled
   */
  static String literal(String text) {
    return text.replace("%", "%%");
  }

  /** As {@link #addTo(CommandSpec, List)}, listed in {@code --help} under {@code heading}. */
  static void addTo(CommandSpec spec, List<OptionSpec> options, String heading) {
    CommandLine.Model.ArgGroupSpec.Builder group = heading == null ? null
        : CommandLine.Model.ArgGroupSpec.builder().heading(heading + "%n").exclusive(false)
            .multiplicity("0..1");
    for (OptionSpec o : options) {
      CommandLine.Model.OptionSpec.Builder b = CommandLine.Model.OptionSpec.builder("--" + o.name())
          .description(literal(o.helpText()));
      if (o.kind() == OptionSpec.Kind.FLAG) {
        b.type(boolean.class).arity("0");
      } else {
        b.type(String.class).paramLabel("<" + o.kind().label() + ">").arity("1");
      }
      if (group == null) {
        spec.addOption(b.build());
      } else {
        group.addArg(b.build());
      }
    }
    if (group != null && !options.isEmpty()) {
      spec.addArgGroup(group.build());
    }
  }

  /** @return the values the user gave on the command line for {@code options}, checked */
  static OptionValues read(CommandSpec spec, List<OptionSpec> options) {
    return OptionValues.of(options, given(spec, options));
  }

  /** @return name → text of the declared options present on the command line */
  static Map<String, String> given(CommandSpec spec, List<OptionSpec> options) {
    Map<String, String> raw = new LinkedHashMap<>();
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    for (OptionSpec o : options) {
      if (parsed != null && parsed.hasMatchedOption("--" + o.name())) {
        Object v = spec.findOption("--" + o.name()).getValue();
        raw.put(o.name(), o.kind() == OptionSpec.Kind.FLAG ? "true" : String.valueOf(v));
      }
    }
    return raw;
  }
}
