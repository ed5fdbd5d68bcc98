package dev.galerkin.cli;

import dev.galerkin.cli.engine.BenchRequest;
import dev.galerkin.cli.engine.DistributedEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench spark}: the same generation on one machine, on Spark in process
 * ({@code local[N]}) and on a standalone master with one worker started on this machine, in
 * alternating rounds, with Spark's start-up and per-task overhead measured apart (the work is done
 * by the {@code spark} engine, {@link DistributedEngine#bench}).
 */
@Command(name = "spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Generation samples/s: one machine vs Spark local[N] vs a standalone cluster.")
final class SparkBenchCommand implements Callable<Integer> {
  @Option(names = "--preset", defaultValue = "darcy", description = "The preset (default ${DEFAULT-VALUE}).")
  String preset;

  @Option(names = "--option", paramLabel = "NAME=VALUE", description = "A preset option, repeatable"
      + " (default: resolution=211, stride=5 for darcy).")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--samples", defaultValue = "96", description = "Samples per run (default ${DEFAULT-VALUE}).")
  long samples;

  @Option(names = "--shard-size", defaultValue = "8", description = "Samples per shard, one task each (default ${DEFAULT-VALUE}).")
  int shardSize;

  @Option(names = "--rounds", defaultValue = "3", description = "Rounds; each runs every way once (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--cores", description = "Cores of each way (default: all of this machine's).")
  Integer cores;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Checks.positive("--samples", samples);
    Checks.positive("--shard-size", shardSize);
    Checks.positive("--rounds", rounds);
    int n = cores != null ? cores : Runtime.getRuntime().availableProcessors();
    Checks.positive("--cores", n);
    Map<String, String> o = new LinkedHashMap<>(options);
    if (o.isEmpty() && preset.equals("darcy")) {
      o.put("resolution", "421");
      o.put("stride", "5");
    }
    Path dir = Files.createTempDirectory("galerkin-bench-spark");
    try {
      DistributedEngine.find("spark").bench(new BenchRequest(preset, o, samples, shardSize, rounds,
          n, dir), spec.commandLine().getOut());
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }
}
