package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.training.Loss;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingLoop;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.optim.LearningRateSchedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench train}: training throughput of the FNO-2D configuration of the FNO Darcy
 * benchmark (85², width 32, 12 modes, 4 layers, batch 20, Adam), and of the DeepONet of the
 * antiderivative setup (100 sensors, 100 trunk points, 2 × 64 branch and trunk, p = 64, GELU,
 * batch 100, Adam), each with the same model in PyTorch ({@code bench/peers/fno_torch.py},
 * {@code bench/peers/deeponet_torch.py}, Debian's python3-torch) in the same run, and the ratio.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Training throughput (samples/s) of FNO-2D and DeepONet against PyTorch in the same run.")
final class TrainBench implements Callable<Integer> {
  @Option(names = "--steps", defaultValue = "10", description = "FNO timed steps after 3 warm-up steps (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--batch", defaultValue = "20", description = "Batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--resolution", defaultValue = "85", description = "Grid side (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--threads", defaultValue = "2", description = "Threads for both (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-peer", description = "Do not run the PyTorch peers.")
  boolean noPeer;

  @Option(names = "--deeponet-batch", defaultValue = "100", description = "DeepONet batch size (default ${DEFAULT-VALUE}).")
  int deepOnetBatch;

  @Option(names = "--deeponet-steps", defaultValue = "200", description = "DeepONet timed steps after 3 warm-up steps; its steps take milliseconds (default ${DEFAULT-VALUE}).")
  int deepOnetSteps;

  @Option(names = "--no-fno", description = "Skip the FNO-2D section.")
  boolean noFno;

  @Option(names = "--no-deeponet", description = "Skip the DeepONet section.")
  boolean noDeepOnet;

  /** The antiderivative setup: sensors, trunk points, hidden layers, width, latent size. */
  static final int SENSORS = 100;
  static final int LAYERS = 2;
  static final int WIDTH = 64;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Checks.positive("--steps", steps);
    Checks.positive("--batch", batch);
    Checks.atLeast("--resolution", resolution, 25);
    Checks.positive("--threads", threads);
    Checks.positive("--deeponet-batch", deepOnetBatch);
    Checks.positive("--deeponet-steps", deepOnetSteps);
    if (noFno && noDeepOnet) {
      throw new dev.galerkin.GalerkinException("--no-fno and --no-deeponet together leave nothing to run");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!noFno) {
      fnoSection(out);
    }
    if (!noDeepOnet) {
      if (!noFno) {
        out.println();
      }
      deepOnetSection(out);
    }
    return 0;
  }

  private void fnoSection(PrintWriter out) {
    double ours = fnoStepMs();
    Double theirs = noPeer ? null : torchStepMs(out);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FNO-2D training step", "ms/step", "samples/s"});
    rows.add(new String[] {"galerkin (TF Java 1.1.0)", f(ours), f(batch * 1000 / ours)});
    if (theirs != null) {
      rows.add(new String[] {"PyTorch (rfft SpectralConv2d)", f(theirs), f(batch * 1000 / theirs)});
    }
    out.printf(Locale.ROOT, "FNO-2D, %d^2, width 32, 12 modes, 4 layers, GELU, batch %d, Adam, %d"
        + " threads; mean of %d steps after 3 warm-up steps%n", resolution, batch, threads, steps);
    InfoCommand.printTable(out, rows);
    if (theirs != null) {
      out.printf(Locale.ROOT, "  ratio (galerkin samples/s / PyTorch samples/s): %.2f%n", theirs / ours);
    }
  }

  private void deepOnetSection(PrintWriter out) {
    double ours = deepOnetStepMs();
    Double theirs = noPeer ? null : peerStepMs(out, "deeponet_torch.py", List.of(
        Integer.toString(deepOnetBatch), "3", Integer.toString(deepOnetSteps), Integer.toString(threads),
        Integer.toString(SENSORS), Integer.toString(SENSORS), Integer.toString(WIDTH),
        Integer.toString(LAYERS), Integer.toString(WIDTH)));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DeepONet training step", "ms/step", "samples/s"});
    rows.add(new String[] {"galerkin (TF Java 1.1.0)", f2(ours), f(deepOnetBatch * 1000 / ours)});
    if (theirs != null) {
      rows.add(new String[] {"PyTorch (nn.Linear)", f2(theirs), f(deepOnetBatch * 1000 / theirs)});
    }
    out.printf(Locale.ROOT, "DeepONet, antiderivative: %d sensors, %d trunk points, branch and trunk"
        + " %d x %d, p = %d, GELU (tanh approximation in both), MSE, batch %d, Adam, %d threads;"
        + " mean of %d steps after 3 warm-up steps%n", SENSORS, SENSORS, LAYERS, WIDTH, WIDTH,
        deepOnetBatch, threads, deepOnetSteps);
    InfoCommand.printTable(out, rows);
    if (theirs != null) {
      out.printf(Locale.ROOT, "  ratio (galerkin samples/s / PyTorch samples/s): %.2f%n", theirs / ours);
    }
  }

  /** @return the DeepONet of the antiderivative setup, as {@code bench accuracy} trains it */
  static OperatorModel antiderivativeDeepOnet() {
    return new DeepOnet(DeepOnetConfig.builder().dimensions(1).branch(LAYERS, WIDTH)
        .trunk(LAYERS, WIDTH).latent(WIDTH).activation(Activation.GELU).build());
  }

  private double deepOnetStepMs() {
    return stepMs(antiderivativeDeepOnet(), Shape.of(SENSORS), Shape.of(SENSORS), deepOnetBatch,
        deepOnetSteps, Loss.MSE);
  }

  private double fnoStepMs() {
    Shape grid = Shape.of(resolution, resolution);
    return stepMs(new Fno(FnoConfig.paper2d()), grid, grid, batch, steps, Loss.RELATIVE_L2);
  }

  /**
   * Milliseconds per training step of {@code model} in the shared training loop (Adam at a
   * constant 1e-3), on Gaussian random inputs and targets of one batch, after 3 warm-up steps.
   */
  private double stepMs(OperatorModel model, Shape in, Shape out, int batchSize, int timed,
      Loss loss) {
    int n = batchSize + 1;
    SplittableRandom rnd = new SplittableRandom(0);
    Dataset data = Dataset.builder().input("a", random(rnd, in.prepend(n)))
        .output("u", random(rnd, out.prepend(n))).build();
    SupervisedObjective objective = SupervisedObjective.builder(model, data).inputs("a")
        .outputs("u").split(StoredSplit.of(Split.contiguous(n, batchSize, 1, 0), n)).loss(loss)
        .build();
    TrainingConfig config = new TrainingConfig(1, batchSize,
        AdamConfig.adam(LearningRateSchedule.constant(1e-3)), 0, 0, threads);
    return TrainingLoop.timeSteps(objective, config, 3, timed);
  }

  private static FloatArray random(SplittableRandom rnd, Shape shape) {
    float[] v = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rnd.nextGaussian();
    }
    return FloatArray.wrap(shape, v);
  }

  private Double torchStepMs(PrintWriter out) {
    if (resolution != 85) {
      out.println("peer: fno_torch.py is fixed at 85^2; PyTorch row empty");
      return null;
    }
    return peerStepMs(out, "fno_torch.py", List.of("rfft", "gelu", Integer.toString(batch), "3",
        Integer.toString(steps), Integer.toString(threads)));
  }

  /** Runs {@code bench/peers/name} with {@code args}; its {@code TRAIN_STEP_MS}, or null (said why). */
  private static Double peerStepMs(PrintWriter out, String name, List<String> args) {
    Optional<java.nio.file.Path> script = Peers.script(name);
    Optional<String> missing = Peers.missing("torch");
    if (script.isEmpty() || missing.isPresent()) {
      out.println("peer: " + missing.orElse("bench/peers/" + name + " not found") + "; PyTorch row empty");
      return null;
    }
    List<String> cmd = new ArrayList<>(List.of(Peers.PYTHON, script.get().toString()));
    cmd.addAll(args);
    try {
      Peers.Result r = Peers.run(cmd, 3600);
      Matcher m = Pattern.compile("TRAIN_STEP_MS ([0-9.]+)").matcher(r.out());
      if (r.code() != 0 || !m.find()) {
        out.println("peer: " + name + " failed (exit " + r.code() + "): " + r.out().strip());
        return null;
      }
      return Double.parseDouble(m.group(1));
    } catch (IOException e) {
      out.println("peer: cannot run python3: " + e.getMessage());
      return null;
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
