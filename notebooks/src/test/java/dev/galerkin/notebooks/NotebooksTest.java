package dev.galerkin.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes every notebook of this directory in a real Jupyter ({@code jupyter nbconvert --to
 * notebook --execute}) through Galerkin's kernel at the CI scale
 * ({@code GALERKIN_NOTEBOOK_SCALE=ci}), and checks what a reader would: no cell failed, each
 * notebook showed at least one {@code image/png}, each starts by putting Galerkin on the class path
 * the IJava way ({@code %jars} or {@code %maven}), and each committed {@code .ipynb} is under
 * 200 kB.
 */
class NotebooksTest {
  /** Largest committed notebook, outputs included. */
  static final long MAX_BYTES = 200_000;
  /** Per notebook at the CI scale: 30 s of work, with room for a slower, shared machine. */
  static final int TIMEOUT_SECONDS = 180;

  @TempDir Path tmp;

  static List<Path> notebooks() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("."))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void committedNotebooksAreSmallAndStartWithTheJar() throws Exception {
    List<Path> all = notebooks();
    assertTrue(all.size() >= 2, "expected the notebooks in " + Path.of(".").toAbsolutePath()
        + ", found " + all);
    for (Path nb : all) {
      long size = Files.size(nb);
      assertTrue(size < MAX_BYTES, nb + " is " + size + " bytes; committed notebooks stay under "
          + MAX_BYTES + " (clear or shrink its outputs)");
      JsonObject json = JsonParser.parseString(Files.readString(nb)).getAsJsonObject();
      assertEquals("java", json.getAsJsonObject("metadata").getAsJsonObject("kernelspec")
          .get("name").getAsString(), nb + ": kernelspec name");
      String first = "";
      for (JsonElement c : json.getAsJsonArray("cells")) {
        if (c.getAsJsonObject().get("cell_type").getAsString().equals("code")) {
          first = source(c.getAsJsonObject()).strip();
          break;
        }
      }
      assertTrue(first.startsWith("%jars") || first.startsWith("%maven"), nb + ": the first code"
          + " cell puts Galerkin on the class path with %jars or %maven, as under IJava; it is: "
          + first);
    }
  }

  @Test
  void everyNotebookRunsInJupyterWithPicturesInline() throws Exception {
    Jupyter jupyter = Jupyter.install(tmp.resolve("prefix"));
    List<String> failures = new ArrayList<>();
    for (Path nb : notebooks()) {
      Path out = Files.createDirectories(tmp.resolve("out"));
      Jupyter.Result r = jupyter.run(List.of("jupyter-nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=" + TIMEOUT_SECONDS, "--output-dir", out.toString(),
          nb.getFileName().toString()), Path.of("."), TIMEOUT_SECONDS + 60, "ci");
      System.out.printf("%s executed in %.1f s%n", nb.getFileName(), r.seconds());
      Path executed = out.resolve(nb.getFileName());
      if (r.code() != 0 || !Files.exists(executed)) {
        failures.add(nb + ": nbconvert failed (exit " + r.code() + "):\n" + tail(r.output()));
        continue;
      }
      JsonObject json = JsonParser.parseString(Files.readString(executed)).getAsJsonObject();
      int pngs = 0;
      for (JsonElement c : json.getAsJsonArray("cells")) {
        JsonArray outputs = c.getAsJsonObject().getAsJsonArray("outputs");
        if (outputs == null) {
          continue;
        }
        for (JsonElement o : outputs) {
          JsonObject output = o.getAsJsonObject();
          if (output.get("output_type").getAsString().equals("error")) {
            failures.add(nb + ": cell failed: " + output.get("ename").getAsString() + ": "
                + output.get("evalue").getAsString() + "\n" + source(c.getAsJsonObject()));
          }
          if (output.has("data") && output.getAsJsonObject("data").has("image/png")) {
            pngs++;
          }
        }
      }
      if (pngs == 0) {
        failures.add(nb + ": executed without showing any image/png");
      }
    }
    assertFalse(notebooks().isEmpty(), "no notebooks found");
    assertTrue(failures.isEmpty(), String.join("\n\n", failures));
  }

  private static String source(JsonObject cell) {
    JsonElement s = cell.get("source");
    if (s.isJsonArray()) {
      StringBuilder b = new StringBuilder();
      s.getAsJsonArray().forEach(l -> b.append(l.getAsString()));
      return b.toString();
    }
    return s.getAsString();
  }

  private static String tail(String s) {
    List<String> lines = s.lines().filter(l -> !l.contains("frozen modules")
        && !l.contains("Debugg")).toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
