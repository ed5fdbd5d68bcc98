package dev.galerkin.spark;

import dev.galerkin.cli.engine.BenchRequest;
import dev.galerkin.cli.engine.GenerationRequest;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.ProgressListener;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code galerkin bench spark}: one preset's sharded generation run three ways — the
 * single-machine generator on N threads, Spark in process ({@code local[N]}) and a standalone
 * master with one N-core worker started on this machine ({@link LocalCluster}) — in alternating
 * rounds (one machine, local, standalone, one machine, …) after one uncounted warm-up shard, each run writing the same shards to its
 * own directory, removed after it. Printed: min / median / max samples/s of each way, Spark's
 * context start-up and the wall time of a no-op job of one task per shard (the scheduling cost
 * per task), and a {@code SPARK} line per way for scripts.
 */
final class SparkBench {
  private SparkBench() {}

  static void run(BenchRequest r, PrintWriter out) {
    int shards = Math.toIntExact((r.samples() + r.shardSize() - 1) / r.shardSize());
    out.printf(Locale.ROOT, "bench spark: %s %s, %d samples in %d shards of %d, %d cores per way,"
        + " %d rounds%n", r.preset(), r.options(), r.samples(), shards, r.shardSize(), r.cores(),
        r.rounds());
    out.println("starting a standalone master and one worker on 127.0.0.1 ...");
    out.flush();
    long c0 = System.nanoTime();
    try (LocalCluster cluster = LocalCluster.start(r.dir().resolve("cluster"), r.cores())) {
      double clusterStart = (System.nanoTime() - c0) / 1e9;
      String local = "local[" + r.cores() + "]";
      Map<String, List<Double>> rates = new LinkedHashMap<>();
      String single = "one machine, " + r.cores() + " threads";
      String inProcess = "spark " + local;
      String standalone = "spark standalone, 1 worker × " + r.cores() + " cores";
      for (String w : List.of(single, inProcess, standalone)) {
        rates.put(w, new ArrayList<>());
      }
      int run = 0;
      // Warm-up, not counted: the solver's code compiled, the files' code loaded.
      singleMachine(new BenchRequest(r.preset(), r.options(), Math.min(r.samples(), r.shardSize()),
          r.shardSize(), 1, r.cores(), r.dir()), r.dir().resolve("warm-up"));
      for (int round = 0; round < r.rounds(); round++) {
        rates.get(single).add(r.samples() / singleMachine(r, r.dir().resolve("run-" + run++)));
        rates.get(inProcess).add(r.samples() / spark(r, r.dir().resolve("run-" + run++), local,
            Map.of()));
        rates.get(standalone).add(r.samples() / spark(r, r.dir().resolve("run-" + run++),
            cluster.masterUrl(), cluster.driverConf()));
        out.printf(Locale.ROOT, "round %d/%d done%n", round + 1, r.rounds());
        out.flush();
      }
      double[] localCosts = overheads(local, Map.of(), shards);
      double[] clusterCosts = overheads(cluster.masterUrl(), cluster.driverConf(), shards);
      print(out, rates, r, shards);
      out.printf(Locale.ROOT, "spark start-up (context up and down, no work): %s %.2f s, standalone"
          + " %.2f s; the standalone master and worker took %.1f s to start (once, not in the"
          + " rates)%n", local, localCosts[0], clusterCosts[0], clusterStart);
      out.printf(Locale.ROOT, "a no-op job of %d tasks (one per shard): %s %.1f ms, %.2f ms per"
          + " task; standalone %.1f ms, %.2f ms per task%n", shards, local, localCosts[1] * 1e3,
          localCosts[1] * 1e3 / shards, clusterCosts[1] * 1e3, clusterCosts[1] * 1e3 / shards);
    }
  }

  private static double singleMachine(BenchRequest r, Path out) {
    long t0 = System.nanoTime();
    DatasetGenerator.builder(PresetCatalog.find(r.preset()).create(r.options()))
        .samples(r.samples()).seed(0).threads(r.cores()).shardSize(r.shardSize()).output(out)
        .writeOptions(WriteOptions.defaults()).build().run();
    double s = (System.nanoTime() - t0) / 1e9;
    delete(out);
    return s;
  }

  private static double spark(BenchRequest r, Path out, String master, Map<String, String> conf) {
    long t0 = System.nanoTime();
    SparkGeneration.run(new GenerationRequest(r.preset(), r.options(), r.samples(), 0,
        r.shardSize(), false, out.toString(), false, false, 1, master, conf, false), ProgressListener.NONE);
    double s = (System.nanoTime() - t0) / 1e9;
    delete(out);
    return s;
  }

  /** @return {start-up and shut-down of a context, wall time of a no-op job of {@code tasks}} */
  private static double[] overheads(String master, Map<String, String> conf, int tasks) {
    long t0 = System.nanoTime();
    double job;
    try (JavaSparkContext sc = SparkContexts.start(master, "galerkin bench spark (no-op)", conf,
        false)) {
      List<Integer> ids = IntStream.range(0, tasks).boxed().toList();
      sc.parallelize(ids, tasks).foreach(i -> { }); // warm: executors up, closures loaded
      long j0 = System.nanoTime();
      sc.parallelize(ids, tasks).foreach(i -> { });
      job = (System.nanoTime() - j0) / 1e9;
    }
    double startStop = (System.nanoTime() - t0) / 1e9 - 2 * job;
    return new double[] {startStop, job};
  }

  private static void print(PrintWriter out, Map<String, List<Double>> rates, BenchRequest r,
      int shards) {
    out.println();
    out.printf(Locale.ROOT, "%-36s %10s %10s %10s%n", "way (same shards, same data)", "min", "median",
        "max");
    double base = median(rates.values().iterator().next());
    for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
      double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      out.printf(Locale.ROOT, "%-36s %10.2f %10.2f %10.2f  samples/s (%.2f× one machine)%n",
          e.getKey(), v[0], median(e.getValue()), v[v.length - 1], median(e.getValue()) / base);
    }
    out.println();
    for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
      double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      out.printf(Locale.ROOT, "SPARK bench=spark preset=%s way=\"%s\" samples=%d shards=%d"
          + " min=%.3f median=%.3f max=%.3f unit=samples/s%n", r.preset(), e.getKey(), r.samples(),
          shards, v[0], median(e.getValue()), v[v.length - 1]);
    }
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void delete(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
