package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.hdf5.DatasetFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code galerkin generate --shard-size}: a real SIGINT to a real {@code galerkin}
 * process keeps every finished shard, leaves no partial or temporary file, and {@code --resume}
 * completes the dataset.
 */
@Tag("slow")
class InterruptedGenerationTest {
  @TempDir Path tmp;

  @Test
  void sigintKeepsFinishedShardsAndResumeCompletes() throws Exception {
    Path dir = tmp.resolve("darcy");
    // A shell without job control starts background commands with SIGINT ignored, the JVM keeps an
    // ignored SIGINT ignored, and the run then finishes with 0 (seen when this suite ran under
    // "nohup ... &"). Perl resets SIGINT to its default before exec'ing the JVM.
    List<String> cmd = List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"$!\"",
        "--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "darcy",
        "--samples", "40", "--shard-size", "2", "--threads", "1", "--quiet", "--out", dir.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("log.txt").toFile()).start();
    long deadline = System.currentTimeMillis() + 120_000;
    while (!Files.exists(dir.resolve("shard-00002.h5")) && System.currentTimeMillis() < deadline
        && p.isAlive()) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the run ended before it could be interrupted: "
        + Files.readString(tmp.resolve("log.txt")));
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process stops on SIGINT");
    assertTrue(p.exitValue() != 0, "an interrupted run does not report success");

    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertTrue(!names.contains("index.h5"), "no index: the directory is not a complete dataset");
    assertTrue(names.size() >= 3 && names.size() < 20, "finished shards kept: " + names);
    for (String n : names) {
      assertTrue(n.matches("shard-\\d{5}\\.h5"), "only complete shards, no temporary file: " + names);
      try (DatasetFile f = DatasetFile.open(dir.resolve(n))) {
        assertEquals(2, f.sampleCount(), n);
      }
    }

    CliRunner r = CliRunner.run("generate", "darcy", "--samples", "40", "--shard-size", "2",
        "--quiet", "--resume", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(names.size() * 2 + " resumed"), r.out());
    try (DatasetFile f = DatasetFile.open(dir)) {
      assertEquals(40, f.sampleCount());
    }
    assertTrue(new File(dir.toFile(), "index.h5").exists());
  }
}
