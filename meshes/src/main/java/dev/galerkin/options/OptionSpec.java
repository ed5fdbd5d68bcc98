package dev.galerkin.options;

import dev.galerkin.GalerkinException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One option of a plug-in (a model family, a dataset preset), declared without any command-line
 * library: the {@code cli} module turns each into a {@code --name} option with this description and
 * default, and a Java caller passes the same values through {@link OptionValues}. So a family's
 * {@code --help} lists exactly the options it declares, and its configuration is built in one
 * place whichever way the values arrive.
 *
 * @param name the option's name without dashes, lower case words joined by {@code -}, for example
 *     {@code width} or {@code grf-variance}
 * @param kind what values it takes
 * @param defaultValue the default as text, or {@code null} when there is none: the option is then
 *     either derived from the data (say so in the description) or, when {@code required}, must be
 *     given; flags default to {@code false}
 * @param description one sentence with units, for {@code --help}; the default is appended there
 * @param choices the allowed values of a {@link Kind#CHOICE}, empty otherwise
 * @param required whether the option must be given
 */
public record OptionSpec(String name, Kind kind, String defaultValue, String description,
    List<String> choices, boolean required) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The value types an option can take. */
  public enum Kind {
    /** A 32-bit integer. */
    INT,
    /** A 64-bit integer. */
    LONG,
    /** A double, in Java's syntax ({@code 1e-3}). */
    DOUBLE,
    /** Free text. */
    STRING,
    /** One of {@link OptionSpec#choices()}. */
    CHOICE,
    /** A flag: present means {@code true}, takes no value. */
    FLAG,
    /** Comma-separated integers, for example {@code 12,12}. */
    INT_LIST,
    /** Comma-separated doubles, for example {@code 1,0.5}. */
    DOUBLE_LIST;

    /** @return the label shown in place of the value in {@code --help} */
    public String label() {
      return switch (this) {
        case INT, LONG -> "N";
        case DOUBLE -> "X";
        case STRING -> "TEXT";
        case CHOICE -> "CHOICE";
        case FLAG -> "";
        case INT_LIST -> "N,N...";
        case DOUBLE_LIST -> "X,X...";
      };
    }
  }

  /** Validates the declaration (a programming error, reported at start-up). */
  public OptionSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new GalerkinException("option name '" + name + "' must be lower-case words joined by -");
    }
    if (kind == null || description == null || description.isBlank()) {
      throw new GalerkinException("option --" + name + " needs a kind and a description");
    }
    choices = choices == null ? List.of() : List.copyOf(choices);
    if ((kind == Kind.CHOICE) == choices.isEmpty()) {
      throw new GalerkinException("option --" + name + ": choices are given exactly for CHOICE options");
    }
    if (kind == Kind.FLAG && (defaultValue != null || required)) {
      throw new GalerkinException("option --" + name + ": a flag has no default and is never required");
    }
    if (defaultValue != null) {
      OptionValues.convert(name, kind, choices, defaultValue);
    }
  }

  /** @return an integer option with a default */
  public static OptionSpec integer(String name, int defaultValue, String description) {
    return new OptionSpec(name, Kind.INT, Integer.toString(defaultValue), description, List.of(), false);
  }

  /** @return an integer option whose default is derived from the data (described) */
  public static OptionSpec integer(String name, String description) {
    return new OptionSpec(name, Kind.INT, null, description, List.of(), false);
  }

  /** @return a long option with a default */
  public static OptionSpec longValue(String name, long defaultValue, String description) {
    return new OptionSpec(name, Kind.LONG, Long.toString(defaultValue), description, List.of(), false);
  }

  /** @return a double option with a default */
  public static OptionSpec real(String name, double defaultValue, String description) {
    return new OptionSpec(name, Kind.DOUBLE, format(defaultValue), description, List.of(), false);
  }

  /** @return a double option whose default is derived from the data (described) */
  public static OptionSpec real(String name, String description) {
    return new OptionSpec(name, Kind.DOUBLE, null, description, List.of(), false);
  }

  /** @return a text option with a default ({@code null}: none) */
  public static OptionSpec text(String name, String defaultValue, String description) {
    return new OptionSpec(name, Kind.STRING, defaultValue, description, List.of(), false);
  }

  /** @return a choice among {@code choices}, the first being the default unless {@code defaultValue} */
  public static OptionSpec choice(String name, String defaultValue, String description,
      List<String> choices) {
    return new OptionSpec(name, Kind.CHOICE, defaultValue, description, choices, false);
  }

  /** @return a choice among the lower-case names of an enum's constants */
  public static <E extends Enum<E>> OptionSpec choice(String name, E defaultValue,
      String description, Class<E> type) {
    List<String> names = java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    return new OptionSpec(name, Kind.CHOICE, defaultValue == null ? null
        : defaultValue.name().toLowerCase(Locale.ROOT).replace('_', '-'), description, names, false);
  }

  /** @return a flag */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(name, Kind.FLAG, null, description, List.of(), false);
  }

  /** @return a comma-separated list of integers with a default ({@code null}: derived) */
  public static OptionSpec integers(String name, String defaultValue, String description) {
    return new OptionSpec(name, Kind.INT_LIST, defaultValue, description, List.of(), false);
  }

  /** @return a comma-separated list of doubles with a default ({@code null}: derived) */
  public static OptionSpec reals(String name, String defaultValue, String description) {
    return new OptionSpec(name, Kind.DOUBLE_LIST, defaultValue, description, List.of(), false);
  }

  /** @return this option, required */
  public OptionSpec require() {
    return new OptionSpec(name, kind, defaultValue, description, choices, true);
  }

  /** @return the description with the allowed values and the default, as {@code --help} shows it */
  public String helpText() {
    String d = description.strip();
    boolean stop = d.endsWith(".");
    String base = stop ? d.substring(0, d.length() - 1) : d;
    if (base.endsWith(")") && defaultValue == null && kind != Kind.CHOICE) {
      return d;
    }
    List<String> extra = new java.util.ArrayList<>();
    if (kind == Kind.CHOICE) {
      extra.add("one of: " + String.join(", ", choices));
    }
    if (defaultValue != null) {
      extra.add("default " + defaultValue);
    }
    return extra.isEmpty() ? d : base + " (" + String.join("; ", extra) + ").";
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
