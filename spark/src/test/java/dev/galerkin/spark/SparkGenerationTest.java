package dev.galerkin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin generate --engine spark} in process ({@code local[2]}): the same data as the
 * single-machine generator, resume, a retried task, provenance and bad input.
 */
class SparkGenerationTest {
  private static final String[] DARCY = {"generate", "darcy", "--resolution", "29", "--stride", "4",
      "--samples", "10", "--shard-size", "3", "--seed", "7", "--quiet"};

  @TempDir Path tmp;

  private static String[] args(String[] base, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(base));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  @Test
  void sparkShardsHoldTheSingleMachineDataAndResumeSkipsCompleteOnes() throws Exception {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    Cli a = Cli.run(args(DARCY, "--out", local.toString(), "--threads", "2"));
    assertEquals(0, a.code(), a.err());
    Cli b = Cli.run(args(DARCY, "--out", spark.toString(), "--engine", "spark", "--master",
        "local[2]"));
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("on spark (local[2]): 10 samples (10 made, 0 resumed)"), b.out());
    Shards.assertSameData(local, spark);
    for (int k = 0; k < 4; k++) {
      Shards.assertSameData(local.resolve(String.format("shard-%05d.h5", k)),
          spark.resolve(String.format("shard-%05d.h5", k)));
    }
    Map<String, Object> attrs = Shards.attributes(spark, 0);
    assertEquals("spark", attrs.get("engine"));
    assertEquals("local[2]", attrs.get("engine_master"));
    assertEquals(4L, attrs.get("engine_tasks"));
    Cli info = Cli.run("info", spark.toString());
    assertTrue(info.out().contains("engine_master") && info.out().contains("local[2]"), info.out());

    // Resume: nothing complete is made again; a deleted shard is.
    FileTime before = Files.getLastModifiedTime(spark.resolve("shard-00000.h5"));
    Files.delete(spark.resolve("shard-00002.h5"));
    Cli c = Cli.run(args(DARCY, "--out", spark.toString(), "--engine", "spark", "--master",
        "local[2]", "--resume"));
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("10 samples (3 made, 7 resumed)"), c.out());
    assertEquals(before, Files.getLastModifiedTime(spark.resolve("shard-00000.h5")));
    assertEquals(1L, Shards.attributes(spark, 2).get("engine_tasks"));
    Shards.assertSameData(local, spark);

    // A complete dataset resumed: no task at all, the index rewritten.
    Cli d = Cli.run(args(DARCY, "--out", spark.toString(), "--engine", "spark", "--resume"));
    assertEquals(0, d.code(), d.err());
    assertTrue(d.out().contains("(0 made, 10 resumed)"), d.out());
    // Shards made by Spark resume a single-machine run too: the engine is not compared.
    Cli e = Cli.run(args(DARCY, "--out", spark.toString(), "--resume"));
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("(0 made, 10 resumed)"), e.out());
  }

  @Test
  void aHadoopFileSystemUriIsWrittenThroughTheHadoopClient() throws Exception {
    Path local = tmp.resolve("local");
    assertEquals(0, Cli.run(args(DARCY, "--out", local.toString())).code());
    Path dir = tmp.resolve("hadoop");
    String uri = dir.toUri().toString(); // file:///…/hadoop/, through Hadoop's LocalFileSystem
    assertTrue(uri.startsWith("file:///"), uri);
    Cli a = Cli.run(args(DARCY, "--out", uri, "--engine", "spark", "--master", "local[2]"));
    assertEquals(0, a.code(), a.err());
    Shards.assertSameData(local, dir);
    try (var files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("index.h5", "shard-00000.h5", "shard-00001.h5", "shard-00002.h5",
          "shard-00003.h5"), names, "no temporary or checksum files are left");
    }
    FileTime kept = Files.getLastModifiedTime(dir.resolve("shard-00000.h5"));
    Files.delete(dir.resolve("shard-00001.h5"));
    Cli b = Cli.run(args(DARCY, "--out", uri, "--engine", "spark", "--master", "local[2]",
        "--resume"));
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("(3 made, 7 resumed)"), b.out());
    assertEquals(kept, Files.getLastModifiedTime(dir.resolve("shard-00000.h5")));
    Shards.assertSameData(local, dir);
    Cli c = Cli.run(args(DARCY, "--out", uri, "--engine", "spark", "--master", "local[2]"));
    assertEquals(1, c.code());
    assertTrue(c.err().contains("--out " + uri + " already holds a complete dataset"), c.err());
    Cli d = Cli.run(args(DARCY, "--out", "hdfs://namenode/data"));
    assertEquals(1, d.code());
    assertTrue(d.err().contains("only --engine spark writes"), d.err());
    Cli e = Cli.run(args(DARCY, "--out", uri, "--engine", "spark", "--master", "local[2]",
        "--overwrite"));
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("(10 made, 0 resumed)"), e.out());
    Shards.assertSameData(local, dir);
  }

  @Test
  void aTaskThatFailsOnceIsRetriedWithTheSameResult() throws Exception {
    Path local = tmp.resolve("local");
    Path retried = tmp.resolve("retried");
    Path failed = tmp.resolve("failed");
    assertEquals(0, Cli.run(args(DARCY, "--out", local.toString())).code());
    // One try per task (local[2]): the injected failure stops the run, in one line.
    Cli once = Cli.run(args(DARCY, "--out", failed.toString(), "--engine", "spark", "--master",
        "local[2]", "--conf", "galerkin.fail-once=1"));
    assertEquals(1, once.code(), once.out());
    assertTrue(once.err().contains("shard 1: the failure asked for by --conf galerkin.fail-once"),
        once.err());
    assertEquals(1, once.err().strip().lines().count(), once.err());
    assertFalse(Files.exists(failed.resolve("index.h5")), "no index after a failed run");
    // Two tries per task (local[2,2]): Spark retries shard 1 and the data are unchanged.
    Cli twice = Cli.run(args(DARCY, "--out", retried.toString(), "--engine", "spark", "--master",
        "local[2,2]", "--conf", "galerkin.fail-once=1"));
    assertEquals(0, twice.code(), twice.err());
    Shards.assertSameData(local, retried);
  }

  @Test
  void badInputIsOneLineAndKeepsWhatIsOnDisk() throws Exception {
    Path out = tmp.resolve("d");
    assertEquals(0, Cli.run(args(DARCY, "--out", out.toString(), "--engine", "spark", "--master",
        "local[2]")).code());
    FileTime shard0 = Files.getLastModifiedTime(out.resolve("shard-00000.h5"));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nobody listens there
    }
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    String[][] cases = {
        {"cannot reach the Spark master at spark://127.0.0.1:" + port, "--out",
            tmp.resolve("e1").toString(), "--engine", "spark", "--master", "spark://127.0.0.1:" + port},
        {"is not a Spark master URL", "--out", tmp.resolve("e2").toString(), "--engine", "spark",
            "--master", "mesos://x"},
        {"does not exist; create it first", "--out", file.resolve("sub").toString(), "--engine",
            "spark"},
        {"already holds a complete dataset", "--out", out.toString(), "--engine", "spark"},
        {"--engine cluster is not known", "--out", tmp.resolve("e3").toString(), "--engine",
            "cluster"},
        {"--master needs --engine spark", "--out", tmp.resolve("e4").toString(), "--master",
            "local[2]"},
    };
    for (String[] c : cases) {
      Cli r = Cli.run(args(DARCY, Arrays.copyOfRange(c, 1, c.length)));
      assertEquals(1, r.code(), String.join(" ", c) + " -> " + r.err());
      assertTrue(r.err().contains(c[0]), "expected '" + c[0] + "' in: " + r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }
    Cli seed = Cli.run("generate", "darcy", "--resolution", "29", "--stride", "4", "--samples",
        "10", "--shard-size", "3", "--seed", "8", "--quiet", "--out", out.toString(), "--engine",
        "spark", "--resume");
    assertEquals(1, seed.code(), seed.err());
    assertTrue(seed.err().contains("was generated with seed = 7, but this run asks for 8"),
        seed.err());
    assertEquals(1, seed.err().strip().lines().count(), seed.err());
    Cli zero = Cli.run("generate", "darcy", "--resolution", "29", "--stride", "4", "--samples",
        "10", "--quiet", "--out", tmp.resolve("e5").toString(), "--engine", "spark");
    assertEquals(1, zero.code());
    assertTrue(zero.err().contains("give --shard-size K"), zero.err());
    assertEquals(shard0, Files.getLastModifiedTime(out.resolve("shard-00000.h5")),
        "a refused run touches nothing");
    assertTrue(Files.exists(out.resolve("index.h5")));
  }
}
