package dev.galerkin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on the loopback address (a master and a worker, each its own JVM,
 * from this JVM's jars): a generation submitted to {@code spark://127.0.0.1:PORT} writes the data of
 * the single-machine run, and both processes stop afterwards.
 */
@Tag("slow")
class StandaloneClusterTest {
  @TempDir Path tmp;

  @Test
  void aGenerationOnAStandaloneMasterMatchesTheSingleMachineOne() throws Exception {
    String[] base = {"generate", "darcy", "--resolution", "29", "--stride", "4", "--samples", "9",
        "--shard-size", "2", "--seed", "3", "--quiet"};
    Path local = tmp.resolve("local");
    assertEquals(0, Cli.run(with(base, "--out", local.toString())).code());
    Path remote = tmp.resolve("remote");
    ProcessHandle[] started = new ProcessHandle[2];
    try (LocalCluster cluster = LocalCluster.start(tmp.resolve("cluster"), 2)) {
      List<String> args = new ArrayList<>(List.of(with(base, "--out", remote.toString(),
          "--engine", "spark", "--master", cluster.masterUrl())));
      for (Map.Entry<String, String> e : cluster.driverConf().entrySet()) {
        args.add("--conf");
        args.add(e.getKey() + "=" + e.getValue());
      }
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("on spark (" + cluster.masterUrl() + "): 9 samples (9 made"),
          r.out());
      started = cluster.processes();
    }
    Shards.assertSameData(local, remote);
    // The tasks ran in an executor the worker started: its application directory is there.
    try (var apps = java.nio.file.Files.list(tmp.resolve("cluster/work"))) {
      assertTrue(apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")
          && java.nio.file.Files.exists(p.resolve("0/stderr"))), "an executor of the worker ran");
    }
    assertEquals(cluster(remote), "spark");
    for (ProcessHandle p : started) {
      assertFalse(p.isAlive(), "the cluster's processes are stopped: " + p.pid());
    }
  }

  private static String cluster(Path dir) {
    return (String) Shards.attributes(dir, 0).get("engine");
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
