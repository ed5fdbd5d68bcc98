package dev.galerkin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin evaluate --engine spark}: the per-sample errors and their statistics are those of
 * the single-machine evaluation, to the last digit, on a shard directory.
 */
class SparkEvaluationTest {
  @TempDir Path tmp;

  @Test
  void sparkEvaluationGivesTheSingleMachineReport() throws Exception {
    Path data = tmp.resolve("darcy");
    Cli g = Cli.run("generate", "darcy", "--resolution", "29", "--stride", "2", "--samples", "70",
        "--shard-size", "20", "--quiet", "--out", data.toString(), "--engine", "spark", "--master",
        "local[2]");
    assertEquals(0, g.code(), g.err());
    Path model = tmp.resolve("fno.h5");
    Cli t = Cli.run("train", "fno", "--data", data.toString(), "--out", model.toString(),
        "--modes", "4", "--width", "8", "--epochs", "2", "--batch", "10", "--quiet");
    assertEquals(0, t.code(), t.err());
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    Cli a = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--samples", "all", "--out", local.toString());
    assertEquals(0, a.code(), a.err());
    // 70 samples in tasks of 32 (10 rounded up to one prediction batch): three tasks.
    Cli b = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--samples", "all", "--out", spark.toString(), "--engine", "spark", "--master", "local[2]",
        "--samples-per-task", "10");
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("errors computed on spark (local[2])"), b.out());
    List<String> csv = Files.readAllLines(local.resolve("errors.csv"));
    assertEquals(71, csv.size());
    assertEquals(csv, Files.readAllLines(spark.resolve("errors.csv")));
    assertEquals(Files.readString(local.resolve("report.json")),
        Files.readString(spark.resolve("report.json")));
    assertTrue(Files.size(spark.resolve("samples.png")) > 0);
    // The test split the model records, too.
    Cli c = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--out", tmp.resolve("split").toString(), "--engine", "spark", "--master", "local[2]");
    assertEquals(0, c.code(), c.err());
    Cli d = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--out", tmp.resolve("split-local").toString());
    assertEquals(Files.readString(tmp.resolve("split-local/errors.csv")),
        Files.readString(tmp.resolve("split/errors.csv")));
  }

  @Test
  void badEvaluationInputIsOneLine() throws Exception {
    Path data = tmp.resolve("d.h5");
    assertEquals(0, Cli.run("generate", "darcy", "--resolution", "29", "--stride", "4",
        "--samples", "12", "--quiet", "--out", data.toString()).code());
    Path model = tmp.resolve("m.h5");
    assertEquals(0, Cli.run("train", "fno", "--data", data.toString(), "--out", model.toString(),
        "--modes", "2", "--width", "4", "--epochs", "1", "--quiet").code());
    Cli zero = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--samples", "all", "--out", tmp.resolve("r").toString(), "--engine", "spark", "--master",
        "local[2]", "--samples-per-task", "0");
    assertEquals(1, zero.code(), zero.err());
    assertTrue(zero.err().contains("--samples-per-task = 0"), zero.err());
    assertEquals(1, zero.err().strip().lines().count(), zero.err());
  }
}
