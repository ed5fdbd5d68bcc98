package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import dev.galerkin.cli.engine.GenerationRequest;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.GenerationReport;
import dev.galerkin.solvers.generate.ProgressListener;
import dev.galerkin.solvers.generate.ShardPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * {@code galerkin generate PRESET --engine spark}: the sharded generation of
 * {@link DatasetGenerator} with one Spark task per shard. The driver applies overwrite and resume
 * and lists the missing shards ({@link DatasetGenerator#planShards()}); each task makes its shard
 * from {@code (seed, shard range)} alone and writes it with the temporary-then-rename protocol
 * ({@link DatasetGenerator#writeShard(int)}); the driver writes the index last
 * ({@link DatasetGenerator#finishShards()}). The data are those of a single-machine run with the
 * same seed, bit for bit; a task Spark retries writes the same shard again; a re-run with
 * {@code --resume} skips complete shards.
 *
 * <p>Every shard records {@code engine = spark}, {@code engine_master} and {@code engine_tasks}
 * (the tasks of the run that made it), which a resumed run does not compare.
 */
public final class SparkGeneration {
  /**
   * A Spark local property (set with {@code --conf galerkin.fail-once=K,L}): the first attempt of
   * the tasks of shards K, L fails on purpose, so that a cluster's retries can be tested (Spark
   * retries a failed task {@code spark.task.maxFailures} times; local masters only with
   * {@code local[N,F]}).
   */
  public static final String FAIL_ONCE = "galerkin.fail-once";

  private SparkGeneration() {}

  /**
   * @param r the request
   * @param progress hears the samples of each finished shard
   * @return what was done
   */
  public static GenerationReport run(GenerationRequest r, ProgressListener progress) {
    long t0 = System.nanoTime();
    String master = SparkContexts.masterOf(r.master());
    Map<String, String> conf = new LinkedHashMap<>(r.conf());
    String failOnce = conf.remove(FAIL_ONCE);
    Map<String, String> hadoop = HadoopOutput.hadoopSettings(conf);
    String remote = HadoopOutput.isUri(r.output()) ? r.output() : null;
    Path stage = null;
    try {
      Path out;
      if (remote != null) {
        stage = Files.createTempDirectory("galerkin-stage-");
        out = stage.resolve("mirror");
        HadoopOutput.mirror(remote, hadoop, out, r.resume());
      } else {
        out = Path.of(r.output()).toAbsolutePath();
        checkWritable(out);
      }
      DatasetGenerator driver = job(r, out, master, 0, remote, hadoop).generator();
      ShardPlan plan;
      try {
        plan = driver.planShards();
      } catch (GalerkinException e) {
        throw remote == null ? e : new GalerkinException(e.getMessage().replace(out.toString(),
            remote));
      }
      if (remote != null && r.overwrite()) {
        HadoopOutput.deleteDataset(remote, hadoop);
      }
      List<Integer> todo = plan.todo();
      progress.started(r.samples(), plan.resumedSamples());
      try {
        if (!todo.isEmpty()) {
          GenerationJob job = job(r, out, master, todo.size(), remote, hadoop);
          try (JavaSparkContext sc = SparkContexts.start(r.master(), "galerkin generate "
              + r.preset(), conf, r.verbose())) {
            if (failOnce != null) {
              sc.setLocalProperty(FAIL_ONCE, failOnce);
            }
            sc.sc().addSparkListener(new ShardProgress(driver, todo, progress));
            sc.parallelize(todo, todo.size()).foreach(k -> makeShard(job, k));
          } catch (GalerkinException e) {
            throw e;
          } catch (Exception e) { // SparkException is checked, thrown through Scala undeclared
            throw SparkFailures.of(e, "a generation task on " + master, "; every executor must be"
                + " able to write " + r.output() + " (a directory they share, or a Hadoop file"
                + " system URI); complete shards are kept, so rerun with --resume");
          }
        }
        progress.status("writing the index");
        if (remote != null) {
          HadoopOutput.finish(remote, hadoop, driver, stage);
        } else {
          driver.finishShards();
        }
      } finally {
        progress.finished();
      }
      long resumed = plan.resumedSamples();
      return new GenerationReport(Path.of(r.output()), r.samples(), r.samples() - resumed, resumed,
          (System.nanoTime() - t0) / 1e9);
    } catch (java.io.IOException e) {
      throw new GalerkinException("cannot make a local staging directory: " + e.getMessage());
    } finally {
      HadoopOutput.deleteLocal(stage);
    }
  }

  /** The body of one task: shard {@code k}, made and written where the task runs. */
  static void makeShard(GenerationJob job, int k) {
    TaskContext task = TaskContext.get();
    int attempt = task == null ? 0 : task.attemptNumber();
    if (task != null && attempt == 0) {
      String faults = task.getLocalProperty(FAIL_ONCE);
      if (faults != null && parseShards(faults).contains(k)) {
        throw new IllegalStateException("shard " + k + ": the failure asked for by --conf "
            + FAIL_ONCE + " (first attempt only)");
      }
    }
    if (job.remote() != null) {
      HadoopOutput.makeShard(job, k, attempt);
    } else {
      job.generator().writeShard(k);
    }
  }

  private static Set<Integer> parseShards(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(Integer::valueOf).collect(Collectors.toSet());
  }

  private static GenerationJob job(GenerationRequest r, Path out, String master, int tasks,
      String remote, Map<String, String> hadoop) {
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("engine", "spark");
    provenance.put("engine_master", master);
    provenance.put("engine_tasks", (long) tasks);
    return new GenerationJob(r.preset(), r.options(), r.samples(), r.seed(), r.shardSize(),
        r.float64(), out.toString(), r.overwrite(), r.resume(), r.threadsPerTask(), provenance,
        remote, hadoop);
  }

  /** Refuses, before Spark starts, an output the driver itself cannot write. */
  private static void checkWritable(Path out) {
    Path dir = Files.isDirectory(out) ? out : out.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new GalerkinException("--out " + out + ": directory " + dir + " does not exist; create"
          + " it first (on a file system every executor shares)");
    }
    try {
      Path probe = Files.createTempFile(dir, ".galerkin-write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new GalerkinException("--out " + out + ": cannot write in " + dir + " (" + e
          .getMessage() + "); choose a directory the driver and every executor can write");
    }
  }

  /** Reports each shard whose task succeeded, on the driver. */
  private static final class ShardProgress extends SparkListener {
    private final DatasetGenerator generator;
    private final List<Integer> todo;
    private final ProgressListener progress;

    ShardProgress(DatasetGenerator generator, List<Integer> todo, ProgressListener progress) {
      this.generator = generator;
      this.todo = todo;
      this.progress = progress;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskInfo().successful()) {
        int index = end.taskInfo().index();
        if (index >= 0 && index < todo.size()) {
          long n = generator.shardSamples(todo.get(index));
          for (long i = 0; i < n; i++) {
            progress.sampleDone();
          }
        }
      }
    }
  }
}
