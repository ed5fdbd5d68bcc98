package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PROSE from the command line on a small {@code ode-systems} file: {@code train prose} (with and
 * without symbols, resume), {@code evaluate} (table, report, errors, picture), {@code bench
 * prose}, and the one-line refusals: data of another kind, data with other times, an existing
 * output.
 */
class ProseCommandTest {
  @TempDir Path tmp;

  private Path generate(String name, String points) {
    Path data = tmp.resolve(name);
    CliRunner g = CliRunner.run("generate", "ode-systems", "--samples", "36", "--points", points,
        "--input-points", "16", "--out", data.toString(), "--quiet");
    assertEquals(0, g.code(), g.err());
    return data;
  }

  @Test
  void trainEvaluateResumeAndBench() throws Exception {
    Path data = generate("ode.h5", "48");
    Path model = tmp.resolve("prose.h5");
    CliRunner t = CliRunner.run("train", "prose", "--data", data.toString(), "--out",
        model.toString(), "--epochs", "2", "--width", "16", "--heads", "2", "--batch", "8",
        "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("36 samples (29 train, 4 validation, 3 test), 16 input and 32"
        + " output points, 3 state variables, 64 tokens"), t.out());
    assertTrue(t.out().contains("wrote " + model + ": PROSE, 2 epochs"), t.out());
    CliRunner more = CliRunner.run("train", "prose", "--data", data.toString(), "--out",
        model.toString(), "--epochs", "3", "--width", "16", "--heads", "2", "--batch", "8",
        "--resume", "--overwrite", "--quiet");
    assertEquals(0, more.code(), more.err());
    assertTrue(more.out().contains("PROSE, 3 epochs"), more.out());

    Path out = tmp.resolve("eval");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", out.toString(), "--pictures", "2");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("PROSE (data + symbols) on ode.h5, test split (3 samples"),
        e.out());
    assertTrue(e.out().matches("(?s).*as stored \\(corrupted\\)\\s+\\S+%.*true equation\\s+\\S+%"
        + ".*"), e.out());
    assertEquals(4, Files.readAllLines(out.resolve("errors.csv")).size());
    assertTrue(Files.readString(out.resolve("report.json")).contains("recovered_r2_0.99"));
    assertTrue(Files.size(out.resolve("prose.png")) > 1000);

    CliRunner alone = CliRunner.run("train", "prose", "--data", data.toString(), "--out",
        tmp.resolve("alone.h5").toString(), "--epochs", "1", "--width", "16", "--heads", "2",
        "--no-symbols", "--quiet");
    assertEquals(0, alone.code(), alone.err());
    assertTrue(alone.out().contains("data only"), alone.out());

    CliRunner b = CliRunner.run("bench", "prose", "--data", data.toString(), "--epochs", "1",
        "--width", "16", "--out", tmp.resolve("bench").toString(), "--quiet");
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().matches("(?s).*PROSE, data only\\s+none\\s+3\\s+\\S+%.*"), b.out());
    assertTrue(b.out().contains("multimodal beats data-only"), b.out());
    assertTrue(Files.size(tmp.resolve("bench").resolve("prose-bench.png")) > 1000);

    CliRunner again = CliRunner.run("train", "prose", "--data", data.toString(), "--out",
        model.toString(), "--epochs", "1");
    assertEquals(1, again.code());
    assertTrue(again.err().contains("--overwrite"), again.err());
    Path other = generate("other.h5", "40");
    CliRunner times = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        other.toString(), "--out", out.toString(), "--samples", "all");
    assertEquals(1, times.code());
    assertTrue(times.err().contains("are not the model's"), times.err());
    Path darcy = tmp.resolve("darcy.h5");
    assertEquals(0, CliRunner.run("generate", "darcy", "--samples", "2", "--resolution", "17", "--stride", "1",
        "--out", darcy.toString(), "--quiet").code());
    CliRunner wrong = CliRunner.run("train", "prose", "--data", darcy.toString(), "--out",
        tmp.resolve("w.h5").toString());
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("needs an ode-systems dataset"), wrong.err());
  }
}
