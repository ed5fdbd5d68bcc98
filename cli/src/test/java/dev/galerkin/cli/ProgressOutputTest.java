package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress written where standard error is not a terminal (here: surefire's pipe, and a file for a
 * fresh JVM) is a few plain lines, no carriage returns.
 */
@Tag("slow")
class ProgressOutputTest {
  @TempDir Path tmp;

  /** Runs {@link Main#run} with {@link System#err} captured too; returns both stderr texts joined. */
  private static String runCapturingStderr(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      CliRunner r = CliRunner.run(args);
      assertEquals(0, r.code(), r.err());
      return r.err() + buf.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void standardErrorOfTheTestsIsNotATerminal() {
    assertEquals(StderrKind.PLAIN, StderrKind.detect(), "surefire pipes standard error");
  }

  @Test
  void generationAndTrainingPrintPlainLinesOnly() {
    Path data = tmp.resolve("d.h5");
    String gen = runCapturingStderr("generate", "darcy", "--resolution", "25", "--stride", "1",
        "--samples", "24", "--threads", "1", "--out", data.toString());
    assertFalse(gen.contains("\r"), "no carriage return: " + gen);
    long genLines = gen.lines().count();
    assertTrue(genLines >= 1 && genLines <= 4, "a few lines: " + gen);
    assertTrue(gen.contains("darcy: 24/24 samples (100%)"), gen);

    int epochs = 3;
    String train = runCapturingStderr("train", "--model", "fno", "--data", data.toString(),
        "--epochs", Integer.toString(epochs), "--out", tmp.resolve("m.h5").toString());
    assertFalse(train.contains("\r"), "no carriage return: " + train);
    long trainLines = train.lines().count();
    assertTrue(trainLines >= epochs && trainLines <= epochs + 6, "one line per epoch: " + train);
    for (int e = 1; e <= epochs; e++) {
      assertTrue(train.contains("epoch " + e + "/" + epochs + " done"), train);
    }
  }

  @Test
  void aFreshJvmWritingStandardErrorToAFilePrintsNoCarriageReturn() throws Exception {
    Path log = tmp.resolve("err.log");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "darcy",
        "--resolution", "29", "--stride", "4", "--samples", "8", "--threads", "1", "--out",
        tmp.resolve("f.h5").toString());
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile())
        .redirectOutput(tmp.resolve("out.log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the fresh JVM finishes");
    assertEquals(0, p.exitValue(), Files.readString(log));
    String err = Files.readString(log);
    assertFalse(err.contains("\r"), "no carriage return: " + err);
    assertTrue(err.contains("darcy: 8/8 samples (100%)") && err.lines().count() <= 3, err);
  }
}
