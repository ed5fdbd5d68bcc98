package dev.galerkin.operators.training;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.galerkin.GalerkinException;

/**
 * A whole training run as JSON: the family, its architecture, and the {@link TrainingRecipe}.
 *
 * <pre>
 * {"family": "fno", "model": {"dimensions": 2, "width": 32, …}, "training": {"epochs": 100, …}}
 * </pre>
 *
 * {@code galerkin train} writes it beside the model ({@code MODEL.config.json}) and into the
 * model file ({@code training.run_config}); {@code --config} reads it back (or a bare
 * architecture JSON, which then has no {@code training} part).
 *
 * @param family the model family, or {@code null} for a bare architecture
 * @param modelJson the architecture JSON, or {@code null}
 * @param training the training recipe, or {@code null}
 */
public record RunConfig(String family, String modelJson, TrainingRecipe training) {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
      .serializeSpecialFloatingPointValues().create();

  /** @return the run as indented JSON */
  public String toJson() {
    JsonObject o = new JsonObject();
    if (family != null) {
      o.addProperty("family", family);
    }
    if (modelJson != null) {
      o.add("model", JsonParser.parseString(modelJson));
    }
    if (training != null) {
      o.add("training", GSON.toJsonTree(training));
    }
    return GSON.toJson(o);
  }

  /**
   * @param json a run configuration, or a bare architecture (an object without {@code model})
   * @param source where it came from, for messages
   * @return the parsed configuration; fails with one line when it is not valid
   */
  public static RunConfig parse(String json, String source) {
    JsonElement e;
    try {
      e = JsonParser.parseString(json);
    } catch (RuntimeException ex) {
      throw new GalerkinException(source + " is not valid JSON (" + ex.getMessage() + ")", ex);
    }
    if (!e.isJsonObject()) {
      throw new GalerkinException(source + " must hold a JSON object, e.g. {\"family\": \"fno\","
          + " \"model\": {...}, \"training\": {...}}");
    }
    JsonObject o = e.getAsJsonObject();
    if (!o.has("model") && !o.has("training")) {
      return new RunConfig(null, o.toString(), null);
    }
    String family = o.has("family") ? o.get("family").getAsString() : null;
    String model = o.has("model") ? o.get("model").toString() : null;
    TrainingRecipe t = null;
    if (o.has("training")) {
      try {
        t = GSON.fromJson(o.get("training"), TrainingRecipe.class);
      } catch (RuntimeException ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
          if (c instanceof GalerkinException g) {
            throw new GalerkinException(source + ": " + g.getMessage(), g);
          }
        }
        throw new GalerkinException(source + ": the training part is not valid (" + ex.getMessage()
            + ")", ex);
      }
    }
    return new RunConfig(family, model, t);
  }
}
