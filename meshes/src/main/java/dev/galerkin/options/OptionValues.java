package dev.galerkin.options;

import dev.galerkin.GalerkinException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values given for a list of {@link OptionSpec}s, checked and converted once: an unknown name,
 * a value of the wrong type or outside the choices, a missing required option each fail here with
 * one line naming the option. Options not given take their declared default; those without one
 * read as absent ({@link #has}), so a family can derive them from the data.
 *
 * <pre>{@code
 * OptionValues v = OptionValues.of(FnoFamily.OPTIONS, Map.of("width", "24", "modes", "8"));
 * int width = v.getInt("width");
 * }</pre>
 */
public final class OptionValues {
  private final Map<String, OptionSpec> specs = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Boolean> given = new LinkedHashMap<>();

  private OptionValues(List<OptionSpec> declared, Map<String, String> raw) {
    for (OptionSpec s : declared) {
      if (specs.put(s.name(), s) != null) {
        throw new GalerkinException("option --" + s.name() + " is declared twice");
      }
    }
    raw.forEach((k, v) -> {
      String name = k.startsWith("--") ? k.substring(2) : k;
      OptionSpec s = specs.get(name);
      if (s == null) {
        throw new GalerkinException("unknown option --" + name + "; the options are "
            + specs.keySet().stream().map(n -> "--" + n).toList());
      }
      values.put(name, convert(name, s.kind(), s.choices(), s.kind() == OptionSpec.Kind.FLAG
          && v == null ? "true" : v));
      given.put(name, true);
    });
    for (OptionSpec s : declared) {
      if (values.containsKey(s.name())) {
        continue;
      }
      if (s.required()) {
        throw new GalerkinException("option --" + s.name() + " is required: " + s.description());
      }
      if (s.kind() == OptionSpec.Kind.FLAG) {
        values.put(s.name(), false);
      } else if (s.defaultValue() != null) {
        values.put(s.name(), convert(s.name(), s.kind(), s.choices(), s.defaultValue()));
      }
    }
  }

  /**
   * @param declared the options there are
   * @param raw name (with or without {@code --}) → value as text; {@code null} or {@code "true"}
   *     for a flag that is present
   * @return the checked values
   */
  public static OptionValues of(List<OptionSpec> declared, Map<String, String> raw) {
    return new OptionValues(declared, raw == null ? Map.of() : raw);
  }

  /** @return every option at its default */
  public static OptionValues defaults(List<OptionSpec> declared) {
    return of(declared, Map.of());
  }

  /** @return whether {@code name} has a value, given or by default */
  public boolean has(String name) {
    spec(name);
    return values.containsKey(name);
  }

  /** @return whether the value of {@code name} was given (not a default) */
  public boolean given(String name) {
    spec(name);
    return given.containsKey(name);
  }

  /** @return the integer value; fails when absent */
  public int getInt(String name) {
    return (Integer) get(name, OptionSpec.Kind.INT);
  }

  /** @return the integer value, or {@code fallback} when absent (derived from the data) */
  public int getInt(String name, int fallback) {
    return has(name) ? getInt(name) : fallback;
  }

  /** @return the long value */
  public long getLong(String name) {
    return (Long) get(name, OptionSpec.Kind.LONG);
  }

  /** @return the double value */
  public double getDouble(String name) {
    return (Double) get(name, OptionSpec.Kind.DOUBLE);
  }

  /** @return the double value, or {@code fallback} when absent */
  public double getDouble(String name, double fallback) {
    return has(name) ? getDouble(name) : fallback;
  }

  /** @return the text or choice value */
  public String getString(String name) {
    OptionSpec s = spec(name);
    if (s.kind() != OptionSpec.Kind.STRING && s.kind() != OptionSpec.Kind.CHOICE) {
      throw new IllegalArgumentException("--" + name + " is " + s.kind() + ", not text");
    }
    return (String) require(name);
  }

  /** @return the text or choice value, if any */
  public Optional<String> optionalString(String name) {
    return has(name) ? Optional.of(getString(name)) : Optional.empty();
  }

  /** @return the choice as a constant of {@code type} ({@code a-b} names {@code A_B}) */
  public <E extends Enum<E>> E getEnum(String name, Class<E> type) {
    return Enum.valueOf(type, getString(name).toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** @return whether the flag is present */
  public boolean flag(String name) {
    return (Boolean) get(name, OptionSpec.Kind.FLAG);
  }

  /** @return the integers of a list option (a copy) */
  public int[] getInts(String name) {
    return ((int[]) get(name, OptionSpec.Kind.INT_LIST)).clone();
  }

  /** @return the doubles of a list option (a copy) */
  public double[] getDoubles(String name) {
    return ((double[]) get(name, OptionSpec.Kind.DOUBLE_LIST)).clone();
  }

  /** @return the declared options, in order */
  public List<OptionSpec> specs() {
    return List.copyOf(specs.values());
  }

  /** @return the options that were given, as text, in declaration order (for provenance) */
  public Map<String, String> givenAsText() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : specs.keySet()) {
      if (given.containsKey(n)) {
        out.put(n, text(values.get(n)));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private Object get(String name, OptionSpec.Kind kind) {
    OptionSpec s = spec(name);
    if (s.kind() != kind) {
      throw new IllegalArgumentException("--" + name + " is " + s.kind() + ", not " + kind);
    }
    return require(name);
  }

  private Object require(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new GalerkinException("option --" + name + " has no value and no default; give it");
    }
    return v;
  }

  private OptionSpec spec(String name) {
    OptionSpec s = specs.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no option --" + name + " is declared; declared: "
          + specs.keySet());
    }
    return s;
  }

  private static String text(Object v) {
    if (v instanceof int[] a) {
      return String.join(",", Arrays.stream(a).mapToObj(Integer::toString).toList());
    }
    if (v instanceof double[] a) {
      return String.join(",", Arrays.stream(a).mapToObj(OptionSpec::format).toList());
    }
    return String.valueOf(v);
  }

  /** Converts one value, failing with a line that names the option and what it expects. */
  static Object convert(String name, OptionSpec.Kind kind, List<String> choices, String text) {
    if (text == null) {
      throw new GalerkinException("option --" + name + " needs a value");
    }
    String t = text.strip();
    try {
      return switch (kind) {
        case INT -> Integer.parseInt(t);
        case LONG -> Long.parseLong(t);
        case DOUBLE -> finite(name, Double.parseDouble(t));
        case STRING -> t;
        case CHOICE -> {
          if (!choices.contains(t)) {
            throw new GalerkinException("--" + name + " " + t + " is not known; use one of "
                + String.join(", ", choices));
          }
          yield t;
        }
        case FLAG -> {
          if (!t.equals("true") && !t.equals("false")) {
            throw new GalerkinException("--" + name + " is a flag; it takes no value (got " + t + ")");
          }
          yield Boolean.parseBoolean(t);
        }
        case INT_LIST -> Arrays.stream(t.split(",")).map(String::strip)
            .mapToInt(Integer::parseInt).toArray();
        case DOUBLE_LIST -> Arrays.stream(t.split(",")).map(String::strip)
            .mapToDouble(Double::parseDouble).map(d -> finite(name, d)).toArray();
      };
    } catch (NumberFormatException e) {
      throw new GalerkinException("--" + name + " " + t + " is not " + switch (kind) {
        case INT, LONG -> "an integer";
        case DOUBLE -> "a number";
        case INT_LIST -> "a comma-separated list of integers";
        default -> "a comma-separated list of numbers";
      });
    }
  }

  private static double finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new GalerkinException("--" + name + " " + v + " is not a finite number");
    }
    return v;
  }
}
