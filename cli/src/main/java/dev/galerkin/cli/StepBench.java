package dev.galerkin.cli;

import dev.galerkin.data.FloatArray;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.training.Objective;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench step} (hidden): one measurement of our side for {@code bench train} and
 * {@code bench predict}, run by them in a child JVM ({@link ChildJvm}) so that their own JVM never
 * loads TensorFlow. Prints
 *
 * <pre>
 * STEP_MS a b c ...     every timed step, milliseconds
 * TRAIN_STEP_MS m       (or PREDICT_MS m) their mean
 * PEAK_RSS_KB n         VmHWM of /proc/self/status, when readable
 * </pre>
 *
 * and exits. A training step is one Adam step of the shared training graph (as
 * {@code TrainingLoop.timeSteps} runs it: same graph, optimiser and first batch, each step timed
 * on its own); a predict step is one {@link NeuralOperator#predict} call on the batch, the path of
 * {@code galerkin predict} and {@code evaluate} (normalisation, batches of
 * {@link NeuralOperator#predictBatch()}).
 */
@Command(name = "step", hidden = true, mixinStandardHelpOptions = true,
    description = "One measurement of bench train/predict's side, for its child JVM.")
final class StepBench implements Callable<Integer> {
  @Option(names = "--mode", defaultValue = "train", description = "train or predict.")
  String mode;

  @Option(names = "--model", defaultValue = "fno", description = "fno or deeponet.")
  String model;

  @Option(names = "--batch", defaultValue = "20", description = "Samples per step.")
  int batch;

  @Option(names = "--resolution", defaultValue = "85", description = "FNO grid side.")
  int resolution;

  @Option(names = "--warmup", defaultValue = "3", description = "Untimed steps first.")
  int warmup;

  @Option(names = "--steps", defaultValue = "10", description = "Timed steps.")
  int steps;

  @Option(names = "--threads", defaultValue = "2", description = "Intra-op threads.")
  int threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    StepTask task = new StepTask(mode, model, batch, resolution, warmup, steps, threads);
    Checks.atLeast("--resolution", resolution, model.equals("fno") ? 25 : 1);
    List<Double> ms = mode.equals("train") ? train(task) : predict(task);
    print(spec.commandLine().getOut(), task, ms, peakRssKb());
    return 0;
  }

  /** Prints the child's lines (see the class comment). */
  static void print(PrintWriter out, StepTask task, List<Double> ms, OptionalLong rssKb) {
    StringBuilder b = new StringBuilder("STEP_MS");
    ms.forEach(v -> b.append(String.format(Locale.ROOT, " %.3f", v)));
    out.println(b);
    out.printf(Locale.ROOT, "%s %.3f%n", task.singleLine(),
        ms.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    rssKb.ifPresent(kb -> out.println("PEAK_RSS_KB " + kb));
    out.flush();
  }

  private static List<Double> train(StepTask task) {
    SupervisedObjective objective = BenchModels.objective(task);
    TrainingConfig config = BenchModels.config(task);
    List<Double> ms = new ArrayList<>();
    try (TfGraph g = TfGraph.builder().seed(config.seed()).threads(config.threads())
        .device(config.device()).build()) {
      Adam adam = Adam.minimize(g, objective.build(g), config.optimizer());
      Objective.Step step;
      try (Objective.Steps it = objective.steps(1, config.batchSize(), config.seed())) {
        step = it.next();
      }
      for (int i = 0; i < task.warmup() + task.steps(); i++) {
        long t0 = System.nanoTime();
        adam.step(step.feeds());
        if (i >= task.warmup()) {
          ms.add((System.nanoTime() - t0) / 1e6);
        }
      }
    }
    return ms;
  }

  private static List<Double> predict(StepTask task) {
    List<Double> ms = new ArrayList<>();
    try (NeuralOperator op = BenchModels.operator(task)) {
      FloatArray in = BenchModels.random(new SplittableRandom(2),
          BenchModels.sample(task).prepend(task.batch()));
      for (int i = 0; i < task.warmup() + task.steps(); i++) {
        long t0 = System.nanoTime();
        op.predict(in);
        if (i >= task.warmup()) {
          ms.add((System.nanoTime() - t0) / 1e6);
        }
      }
    }
    return ms;
  }

  /** @return this process's peak resident set size (VmHWM) in KB, where /proc has it */
  static OptionalLong peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: no memory figure
    }
    return OptionalLong.empty();
  }
}
