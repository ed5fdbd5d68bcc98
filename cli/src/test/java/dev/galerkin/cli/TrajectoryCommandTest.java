package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin train FAMILY --trajectory} on generated Navier–Stokes trajectories, then
 * {@code galerkin evaluate} on the time-stepper: the rollout table, CSVs, pictures and GIF; and
 * the one-line errors for data without a time axis and a rollout longer than the reference.
 */
@Tag("slow")
class TrajectoryCommandTest {
  @TempDir Path tmp;

  @Test
  void trainsATimeStepperAndEvaluatesItsRollouts() throws Exception {
    Path data = tmp.resolve("ns.h5");
    CliRunner g = CliRunner.run("generate", "navier-stokes", "--resolution", "16",
        "--final-time", "4", "--time-steps", "8", "--samples", "12", "--quiet",
        "--out", data.toString());
    assertEquals(0, g.code(), g.err());
    Path model = tmp.resolve("ts.h5");
    CliRunner t = CliRunner.run("train", "fno", "--data", data.toString(), "--out",
        model.toString(), "--trajectory", "w", "--history", "2", "--unroll", "pushforward:1",
        "--windows", "2", "--epochs", "2", "--width", "6", "--modes", "3", "--layers", "2",
        "--batch", "4", "--train-fraction", "0.5", "--validation-fraction", "0.25", "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("time-stepper: w, 2 frames in, 1 out, pushforward:1"), t.out());
    assertTrue(t.out().contains("validation rollout relative L2"), t.out());
    Path report = tmp.resolve("report");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", report.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("6 frames rolled out from 2"), e.out());
    assertTrue(e.out().contains("corr. time"), e.out());
    for (String f : new String[] {"rollout.csv", "errors.csv", "rollout.png", "rollout-error.png",
        "rollout.gif"}) {
      assertTrue(Files.size(report.resolve(f)) > 0, f);
    }
    assertEquals(1 + 6, Files.readAllLines(report.resolve("rollout.csv")).size(),
        "a header and one line per frame");

    CliRunner tooLong = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", report.toString(), "--frames", "7");
    assertEquals(1, tooLong.code());
    assertTrue(tooLong.err().contains("the reference has 6 frames after the 2-frame window"),
        tooLong.err());
    CliRunner noTime = CliRunner.run("train", "fno", "--data", data.toString(), "--out",
        tmp.resolve("x.h5").toString(), "--trajectory", "a", "--epochs", "1", "--quiet");
    assertEquals(1, noTime.code());
    assertTrue(noTime.err().contains("time axis first"), noTime.err());
    CliRunner window = CliRunner.run("train", "fno", "--data", data.toString(), "--out",
        tmp.resolve("y.h5").toString(), "--trajectory", "w", "--history", "8", "--epochs", "1",
        "--quiet");
    assertEquals(1, window.code());
    assertTrue(window.err().contains("longer than the trajectories' 8 frames"), window.err());
  }
}
