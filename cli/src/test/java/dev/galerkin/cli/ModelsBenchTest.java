package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin bench models} end to end at a tiny size (the real runs and their numbers are in
 * the README): both models trained, the report and pictures written, a second run refused without
 * {@code --resume} and continued with it.
 */
@Tag("slow")
class ModelsBenchTest {
  @TempDir Path tmp;

  @Test
  void trainsBothModelsWritesTheReportAndResumes() throws Exception {
    String[] args = {"bench", "models", "--resolution", "33", "--stride", "2", "--train", "40",
        "--validation", "4", "--test", "4", "--epochs", "2", "--out", tmp.toString(), "--quiet"};
    CliRunner r = CliRunner.run(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("fno: ") && r.out().contains("mgno: ")
        && r.out().contains("trainable parameters") && r.out().contains("about"), r.out());
    for (String f : new String[] {"report.csv", "loss-curves.png", "fno-samples.png",
        "mgno-samples.png", "fno.h5", "mgno.h5"}) {
      assertTrue(Files.size(tmp.resolve(f)) > 0, f);
    }
    assertEquals(3, Files.readAllLines(tmp.resolve("report.csv")).size());
    CliRunner again = CliRunner.run(args);
    assertEquals(1, again.code());
    assertTrue(again.err().contains("add --resume"), again.err());
    String[] more = args.clone();
    more[13] = "3";
    String[] resumed = java.util.Arrays.copyOf(more, more.length + 1);
    resumed[more.length] = "--resume";
    CliRunner cont = CliRunner.run(resumed);
    assertEquals(0, cont.code(), cont.err());
    assertTrue(cont.out().lines().anyMatch(l -> l.startsWith("  mgno ") && l.contains(" 3 ")),
        cont.out());
  }

  @Test
  void rollsOutTimeSteppersOnNavierStokesForEqualMinutes() throws Exception {
    Path out = tmp.resolve("rollout");
    CliRunner r = CliRunner.run("bench", "models", "--task", "rollout", "--set", "resolution=16",
        "--set", "final-time=4", "--set", "time-steps=8", "--train", "8", "--validation", "2",
        "--test", "2", "--minutes", "0.02", "--history", "2", "--models",
        "fno:width=6;modes=3;layers=2,fno:width=4;modes=2;layers=1", "--out", out.toString(),
        "--quiet");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 frames in, rolled out to frame 8"), r.out());
    assertTrue(r.out().contains("fno-width6-modes3-layers2") && r.out().contains("corr. time"),
        r.out());
    java.util.List<String> csv = Files.readAllLines(out.resolve("report.csv"));
    assertEquals(3, csv.size());
    assertTrue(csv.get(0).startsWith("model,parameters,seconds_per_epoch,cpu_seconds_per_epoch,"),
        csv.get(0));
    for (String row : csv.subList(1, 3)) {
      assertTrue(Double.parseDouble(row.split(",")[3]) > 0, "CPU seconds per epoch in " + row);
    }
    assertTrue(r.out().contains("CPU s per epoch") && r.out().contains("validation included"),
        r.out());
    assertTrue(r.out().contains("published: FNO-2D 1.28% rollout relative L2 at nu = 1e-3"),
        r.out());
    assertTrue(Files.size(out.resolve("rollout-curves.png")) > 0);
    assertTrue(Files.size(out.resolve("fno-width4-modes2-layers1.rollout.png")) > 0);
    CliRunner bad = CliRunner.run("bench", "models", "--task", "rollout", "--models", "fno:width", "--history", "2",
        "--set", "resolution=16", "--set", "final-time=4", "--set", "time-steps=8", "--train", "4",
        "--validation", "2", "--test", "2", "--out", tmp.resolve("bad").toString(), "--quiet");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("FAMILY:key=value"), bad.err());
  }
}
