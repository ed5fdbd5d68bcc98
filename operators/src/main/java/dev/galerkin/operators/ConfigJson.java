package dev.galerkin.operators;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.galerkin.GalerkinException;

/**
 * JSON for model configurations (records): one Gson set-up for every family, so a configuration
 * round-trips the same way everywhere and a validation error inside a record's constructor reaches
 * the user as its own one-line message instead of Gson's wrapper.
 */
public final class ConfigJson {
  private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  private ConfigJson() {}

  /** @return {@code config} as compact JSON */
  public static String write(Object config) {
    return GSON.toJson(config);
  }

  /** @return {@code config} as indented JSON, for files a person edits */
  public static String pretty(String json) {
    JsonElement e = JsonParser.parseString(json);
    return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
        .toJson(e);
  }

  /**
   * As {@link #read}, but every component of the record must be present: for families whose zero
   * values are valid settings (a U-Net's {@code groups = 0} means no norms), so a field left out
   * of a hand-written configuration is an error instead of a silent change.
   *
   * @return the validated configuration; fails in one line naming the missing fields
   */
  public static <T extends Record> T readComplete(String json, Class<T> type, String family) {
    JsonElement e;
    try {
      e = JsonParser.parseString(json);
    } catch (RuntimeException x) {
      throw new GalerkinException(family + " configuration JSON is not valid: " + x.getMessage(), x);
    }
    if (e.isJsonObject()) {
      java.util.List<String> missing = new java.util.ArrayList<>();
      for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
        if (!e.getAsJsonObject().has(c.getName())) {
          missing.add(c.getName());
        }
      }
      if (!missing.isEmpty()) {
        throw new GalerkinException(family + " configuration JSON lacks " + missing + "; give every"
            + " field, as the architecture in a model's MODEL.config.json has them");
      }
    }
    return read(json, type, family);
  }

  /**
   * @param json a configuration; fields it lacks read as the record's zero/null, which the record
   *     validates or fills with its default
   * @param type the record
   * @param family the family name, for messages
   * @return the validated configuration
   */
  public static <T> T read(String json, Class<T> type, String family) {
    T c;
    try {
      c = GSON.fromJson(json, type);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof GalerkinException g) {
          throw g;
        }
      }
      throw new GalerkinException(family + " configuration JSON is not valid: " + e.getMessage(), e);
    }
    if (c == null) {
      throw new GalerkinException(family + " configuration JSON is empty");
    }
    return c;
  }
}
