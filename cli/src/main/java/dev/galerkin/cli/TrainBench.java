package dev.galerkin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench train}: training throughput of the FNO-2D configuration of the FNO Darcy
 * benchmark (85², width 32, 12 modes, 4 layers, batch 20, Adam), and of the DeepONet of the
 * antiderivative setup (100 sensors, 100 trunk points, 2 × 64 branch and trunk, p = 64, GELU,
 * batch 100, Adam), each against the same model in PyTorch ({@code bench/peers/fno_torch.py},
 * {@code bench/peers/deeponet_torch.py}, Debian's python3-torch).
 *
 * <p>Fair by construction ({@link StepComparison}): this JVM never loads TensorFlow; each of our
 * rounds is a fresh child JVM ({@code galerkin bench step}) that has exited before the peer
 * starts. Each peer also runs once standalone before any of ours. A round's figure is the
 * <b>median</b> of its timed steps; the report gives min / median / max over the rounds, the ratio
 * of medians, peak resident memory, and a {@code PEER} line per peer.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Training throughput (samples/s) and peak memory of FNO-2D and DeepONet against"
        + " PyTorch: alternating rounds of fresh processes, a standalone peer check, PEER lines.")
final class TrainBench implements Callable<Integer> {
  @Option(names = "--steps", defaultValue = "10", description = "FNO timed steps per round after 3 warm-up steps (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--batch", defaultValue = "20", description = "Batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--resolution", defaultValue = "85", description = "Grid side (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--threads", defaultValue = "2", description = "Threads for both (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--rounds", defaultValue = "3", description = "Alternating rounds (ours, peer, ...), each a fresh process (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-peer", description = "Do not run the PyTorch peers.")
  boolean noPeer;

  @Option(names = "--deeponet-batch", defaultValue = "100", description = "DeepONet batch size (default ${DEFAULT-VALUE}).")
  int deepOnetBatch;

  @Option(names = "--deeponet-steps", defaultValue = "200", description = "DeepONet timed steps per round after --deeponet-warmup steps; its steps take milliseconds (default ${DEFAULT-VALUE}).")
  int deepOnetSteps;

  /**
   * Untimed DeepONet steps (in {@code bench predict}: calls) before each round's timed ones, on
   * every side alike: a call takes about a millisecond, and the JIT takes about a thousand calls to
   * compile our Java side
   * (feeding, normalisation, copies). Medians of 200 predict calls of batch 100 after 3, 100 and
   * 1000 warm-up calls: 1.02–1.16, 0.86–0.96 and 0.58–0.63 ms ({@code galerkin bench step --model
   * deeponet --mode predict --batch 100 --warmup N --steps 200}, 2026-12-03, two runs each).
   */
  @Option(names = "--deeponet-warmup", defaultValue = "1000", description = "Untimed DeepONet steps before each round's timed ones, on every side; the JIT needs about 1000 (default ${DEFAULT-VALUE}).")
  int deepOnetWarmup;

  @Option(names = "--no-fno", description = "Skip the FNO-2D section.")
  boolean noFno;

  @Option(names = "--no-deeponet", description = "Skip the DeepONet section.")
  boolean noDeepOnet;

  /** Untimed FNO steps before each round's timed ones (each takes a few hundred ms). */
  static final int WARMUP = 3;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Checks.positive("--steps", steps);
    Checks.positive("--batch", batch);
    Checks.atLeast("--resolution", resolution, 25);
    Checks.positive("--threads", threads);
    Checks.atLeast("--deeponet-warmup", deepOnetWarmup, 0);
    Checks.positive("--rounds", rounds);
    Checks.positive("--deeponet-batch", deepOnetBatch);
    Checks.positive("--deeponet-steps", deepOnetSteps);
    if (noFno && noDeepOnet) {
      throw new dev.galerkin.GalerkinException("--no-fno and --no-deeponet together leave nothing to run");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<StepComparison.Section> sections = new ArrayList<>();
    String per = String.format(Locale.ROOT, "; %d threads; per round the median of %%d steps after"
        + " %%d warm-up steps, %d rounds", threads, rounds);
    if (!noFno) {
      sections.add(new StepComparison.Section(
          new StepTask("train", "fno", batch, resolution, WARMUP, steps, threads),
          String.format(Locale.ROOT, "FNO-2D, %d^2, width 32, 12 modes, 4 layers, GELU, batch %d,"
              + " Adam" + per, resolution, batch, steps, WARMUP), "FNO-2D training step"));
    }
    if (!noDeepOnet) {
      sections.add(new StepComparison.Section(
          new StepTask("train", "deeponet", deepOnetBatch, resolution, deepOnetWarmup,
              deepOnetSteps, threads),
          String.format(Locale.ROOT, "DeepONet, antiderivative: %d sensors, %d trunk points, branch"
              + " and trunk %d x %d, p = %d, GELU (tanh approximation in both), MSE, batch %d, Adam"
              + per, BenchModels.SENSORS, BenchModels.SENSORS, BenchModels.LAYERS,
              BenchModels.WIDTH, BenchModels.WIDTH, deepOnetBatch, deepOnetSteps, deepOnetWarmup),
          "DeepONet training step"));
    }
    StepComparison.run(out, "train", rounds, noPeer ? List.of() : Peers.torchPeers(), sections);
    return 0;
  }
}
