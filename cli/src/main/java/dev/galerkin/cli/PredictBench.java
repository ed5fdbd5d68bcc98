package dev.galerkin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench predict}: inference throughput (samples/s) of {@code NeuralOperator.predict},
 * the path of {@code galerkin predict} and {@code evaluate} (normalisation in and out, the graph
 * run on batches of {@link #PREDICT_CHUNK} samples), for the models of {@code bench train} (FNO-2D
 * on 85², the antiderivative DeepONet), against the same models' forward pass in Debian's PyTorch
 * under {@code torch.inference_mode()} on the same batch cut into the same chunks.
 *
 * <p>The same fair schedule as {@code bench train} ({@link StepComparison}): our side in fresh
 * child JVMs, peers standalone first, then alternating rounds; a round's figure is the median of
 * its timed predict calls.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = "Inference throughput (samples/s) of FNO-2D and DeepONet predict against PyTorch:"
        + " alternating rounds of fresh processes, a standalone peer check, PEER lines.")
final class PredictBench implements Callable<Integer> {
  /** Samples per graph run of {@code NeuralOperator.predict}, as the peers cut the batch too. */
  static final int PREDICT_CHUNK = 32;

  @Option(names = "--batch", defaultValue = "20", description = "FNO samples per predict call (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--deeponet-batch", defaultValue = "100", description = "DeepONet samples per predict call (default ${DEFAULT-VALUE}).")
  int deepOnetBatch;

  @Option(names = "--resolution", defaultValue = "85", description = "FNO grid side (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--steps", defaultValue = "20", description = "Timed FNO predict calls per round after 3 warm-up calls (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--deeponet-steps", defaultValue = "200", description = "Timed DeepONet predict calls per round after --deeponet-warmup calls (default ${DEFAULT-VALUE}).")
  int deepOnetSteps;

  @Option(names = "--rounds", defaultValue = "3", description = "Alternating rounds (ours, peer, ...), each a fresh process (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--threads", defaultValue = "2", description = "Threads for both (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-peer", description = "Do not run the PyTorch peers.")
  boolean noPeer;

  @Option(names = "--deeponet-warmup", defaultValue = "1000", description = "Untimed DeepONet calls before each round's timed ones, on every side; the JIT needs about 1000 (default ${DEFAULT-VALUE}).")
  int deepOnetWarmup;

  @Option(names = "--no-fno", description = "Skip the FNO-2D section.")
  boolean noFno;

  @Option(names = "--no-deeponet", description = "Skip the DeepONet section.")
  boolean noDeepOnet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Checks.positive("--batch", batch);
    Checks.positive("--deeponet-batch", deepOnetBatch);
    Checks.atLeast("--resolution", resolution, 25);
    Checks.positive("--steps", steps);
    Checks.positive("--deeponet-steps", deepOnetSteps);
    Checks.positive("--rounds", rounds);
    Checks.positive("--threads", threads);
    Checks.atLeast("--deeponet-warmup", deepOnetWarmup, 0);
    if (noFno && noDeepOnet) {
      throw new dev.galerkin.GalerkinException("--no-fno and --no-deeponet together leave nothing to run");
    }
    PrintWriter out = spec.commandLine().getOut();
    String per = String.format(Locale.ROOT, "; %d threads; chunks of %d; per round the median of"
        + " %%d calls after %%d warm-up calls, %d rounds", threads, PREDICT_CHUNK, rounds);
    List<StepComparison.Section> sections = new java.util.ArrayList<>();
    if (!noFno) {
      sections.add(new StepComparison.Section(
          new StepTask("predict", "fno", batch, resolution, TrainBench.WARMUP, steps, threads),
          String.format(Locale.ROOT, "FNO-2D predict, %d^2, width 32, 12 modes, 4 layers, batch %d"
              + per, resolution, batch, steps, TrainBench.WARMUP), "FNO-2D predict call"));
    }
    if (!noDeepOnet) {
      sections.add(new StepComparison.Section(
          new StepTask("predict", "deeponet", deepOnetBatch, resolution,
              deepOnetWarmup, deepOnetSteps, threads),
          String.format(Locale.ROOT, "DeepONet predict, antiderivative (%d sensors, %d points),"
              + " batch %d" + per, BenchModels.SENSORS, BenchModels.SENSORS, deepOnetBatch,
              deepOnetSteps, deepOnetWarmup), "DeepONet predict call"));
    }
    StepComparison.run(out, "predict", rounds, noPeer ? List.of() : Peers.torchPeers(), sections);
    return 0;
  }
}
