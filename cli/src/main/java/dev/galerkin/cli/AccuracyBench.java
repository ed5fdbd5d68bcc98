package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.training.Trainer;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.presets.AntiderivativePreset;
import dev.galerkin.solvers.presets.DarcyPreset;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench accuracy}: reproduces two published setups end to end (reference data from
 * our solvers, training, test error) and prints the papers' numbers beside ours.
 *
 * <ul>
 *   <li>FNO-2D on Darcy flow (Li et al., ICLR 2021, §5.2 and Table 4): 421² solve stored at 85²,
 *       1000 training and 100 test samples, width 32, 12 modes, 4 layers, 500 epochs, batch 20,
 *       Adam lr 1e-3 halved every 100 epochs, weight decay 1e-4; the paper reports a relative L2
 *       error of 0.0108 at s = 85.</li>
 *   <li>DeepONet on the antiderivative (Lu et al., Nature Machine Intelligence 2021): 100 sensors,
 *       GRF inputs with length scale 0.2, output at the 100 sensor points; 2 × 64 GELU branch and
 *       trunk, p = 64.</li>
 * </ul>
 *
 * <p>The paper has no validation set; the trainer keeps the weights of the best validation epoch,
 * so {@code --validation} extra samples (drawn like the others, disjoint from the test samples)
 * serve for that, and the test samples are touched only once, at the end.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Reproduce the FNO Darcy and DeepONet antiderivative setups; print the papers' errors beside ours.")
final class AccuracyBench implements Callable<Integer> {
  @Option(names = "--train", defaultValue = "1000", description = "FNO: training samples (default ${DEFAULT-VALUE}, as the paper).")
  int train;

  @Option(names = "--test", defaultValue = "100", description = "FNO: test samples (default ${DEFAULT-VALUE}, as the paper).")
  int test;

  @Option(names = "--validation", defaultValue = "100", description = "Validation samples of each setup, for the best-epoch choice (default ${DEFAULT-VALUE}).")
  int validation;

  @Option(names = "--epochs", defaultValue = "500", description = "FNO: epochs (default ${DEFAULT-VALUE}, as the paper).")
  int epochs;

  @Option(names = "--resolution", defaultValue = "421", description = "FNO: Darcy solve nodes per side (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--stride", defaultValue = "5", description = "FNO: keep every stride-th node (default ${DEFAULT-VALUE}: 85^2).")
  int stride;

  @Option(names = "--deeponet-train", defaultValue = "1000", description = "DeepONet: training functions (default ${DEFAULT-VALUE}).")
  int donTrain;

  @Option(names = "--deeponet-test", defaultValue = "1000", description = "DeepONet: test functions (default ${DEFAULT-VALUE}).")
  int donTest;

  @Option(names = "--deeponet-epochs", defaultValue = "2000", description = "DeepONet: epochs, 10 steps each at the default sizes (default ${DEFAULT-VALUE}).")
  int donEpochs;

  @Option(names = "--sensors", defaultValue = "100", description = "DeepONet: sensors and output points (default ${DEFAULT-VALUE}, as the paper).")
  int sensors;

  @Option(names = "--no-fno", description = "Skip the FNO Darcy setup.")
  boolean noFno;

  @Option(names = "--no-deeponet", description = "Skip the DeepONet antiderivative setup.")
  boolean noDeepOnet;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the data, the weights and the shuffling (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  /** FNO: batch size and learning rate of the paper. */
  static final int FNO_BATCH = 20;
  /** DeepONet: functions per batch. */
  static final int DEEPONET_BATCH = 100;
  static final double LR = 1e-3;

  @Spec CommandSpec spec;

  /** One line of the result table. */
  private record Row(String setup, double relL2, double mse, String paper, double seconds) {}

  @Override
  public Integer call() {
    Checks.positive("--train", train);
    Checks.positive("--test", test);
    Checks.positive("--validation", validation);
    Checks.positive("--epochs", epochs);
    Checks.atLeast("--resolution", resolution, 5);
    Checks.positive("--stride", stride);
    Checks.positive("--deeponet-train", donTrain);
    Checks.positive("--deeponet-test", donTest);
    Checks.positive("--deeponet-epochs", donEpochs);
    Checks.atLeast("--sensors", sensors, 3);
    if (noFno && noDeepOnet) {
      throw new GalerkinException("--no-fno and --no-deeponet together leave nothing to run");
    }
    DarcyPreset darcy = noFno ? null
        : new DarcyPreset(resolution, stride, 1, 12, 3, DarcyConfig.defaults()); // checks the stride
    AntiderivativePreset anti = noDeepOnet ? null
        : new AntiderivativePreset(sensors, 0.2, AntiderivativePreset.deepOnet().tolerance());
    PrintWriter out = spec.commandLine().getOut();
    List<Row> rows = new ArrayList<>();
    if (darcy != null) {
      rows.add(fno(out, darcy));
    }
    if (anti != null) {
      rows.add(deepOnet(out, anti));
    }
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"setup", "ours: test rel. L2", "ours: test MSE", "paper", "training time"});
    for (Row r : rows) {
      table.add(new String[] {r.setup(), String.format(Locale.ROOT, "%.4f", r.relL2()),
          String.format(Locale.ROOT, "%.3g", r.mse()), r.paper(),
          String.format(Locale.ROOT, "%.1f s", r.seconds())});
    }
    out.println();
    InfoCommand.printTable(out, table);
    return 0;
  }

  private Row fno(PrintWriter out, DarcyPreset darcy) {
    int r = (resolution - 1) / stride + 1;
    int modes = Math.min(12, r / 2);
    FnoConfig config = new FnoConfig(2, 32, modes, 4, 128, Activation.GELU);
    int n = train + validation + test;
    long g0 = System.nanoTime();
    Dataset data = make(darcy, n, seed, "generate darcy");
    double genSeconds = (System.nanoTime() - g0) / 1e9;
    long stepsPerEpoch = (train + FNO_BATCH - 1) / FNO_BATCH;
    TrainingConfig tc = TrainingConfig.fnoRecipe(epochs, FNO_BATCH, LR, seed, stepsPerEpoch);
    out.printf(Locale.ROOT, "FNO Darcy: %d^2 solve, stride %d -> %d^2; %d train, %d validation,"
        + " %d test samples (data %.1f s); FNO-2D width 32, %d modes, 4 layers, GELU; %d epochs,"
        + " batch %d, AdamW lr %.0e halved every %d epochs, weight decay 1e-4, relative L2 loss,"
        + " %d threads%n", resolution, stride, r, train, validation, test, genSeconds, modes, epochs,
        FNO_BATCH, LR, Math.max(1, epochs / 5), tc.threads());
    out.flush();
    return trainAndTest(new Fno(config), data, "a", "u", train, tc, "FNO-2D, Darcy " + r + "^2",
        "rel. L2 0.0108 (Li et al. 2021, s = 85)");
  }

  private Row deepOnet(PrintWriter out, AntiderivativePreset anti) {
    int n = donTrain + validation + donTest;
    long g0 = System.nanoTime();
    Dataset data = make(anti, n, seed, "generate antiderivative");
    double genSeconds = (System.nanoTime() - g0) / 1e9;
    long stepsPerEpoch = (donTrain + DEEPONET_BATCH - 1) / DEEPONET_BATCH;
    TrainingConfig tc = TrainingConfig.fnoRecipe(donEpochs, DEEPONET_BATCH, LR, seed, stepsPerEpoch);
    out.printf(Locale.ROOT, "DeepONet antiderivative: %d sensors, GRF length scale 0.2, output at"
        + " the %d sensor points; %d train, %d validation, %d test functions (data %.1f s);"
        + " branch and trunk %d x %d, p = %d, GELU; %d epochs, batch %d functions, AdamW lr %.0e"
        + " halved every %d epochs, weight decay 1e-4, relative L2 loss, %d threads%n", sensors,
        sensors, donTrain, validation, donTest, genSeconds, BenchModels.LAYERS, BenchModels.WIDTH,
        BenchModels.WIDTH, donEpochs, DEEPONET_BATCH, LR, Math.max(1, donEpochs / 5), tc.threads());
    out.flush();
    return trainAndTest(BenchModels.antiderivativeDeepOnet(), data, "u", "s", donTrain, tc,
        "DeepONet, antiderivative m = " + sensors,
        "test MSE ~1e-5..1e-4 (Lu et al. 2021)");
  }

  /** Trains on the first {@code nTrain} samples, validates on the next, tests on the rest. */
  private Row trainAndTest(OperatorModel model, Dataset data, String input, String output,
      int nTrain, TrainingConfig tc, String setup, String paper) {
    long n = data.sampleCount();
    Split split = Split.contiguous(n, nTrain, validation, n - nTrain - validation);
    long t0 = System.nanoTime();
    Trainer.Result result = Trainer.train(model, data, input, output, split, tc,
        ProgressBars.training(model.type(), quiet));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long from = split.test()[0];
    NdArray in = data.read(input, from, n);
    NdArray ref = data.read(output, from, n);
    try (NeuralOperator op = result.operator()) {
      FloatArray pred = op.predict(in);
      double[] rel = ErrorMetrics.relativeL2(pred, ref);
      double mse = 0;
      for (int j = 0; j < ref.size(); j++) {
        double d = pred.getDouble(j) - ref.getDouble(j);
        mse += d * d;
      }
      return new Row(setup, IntStream.range(0, rel.length).mapToDouble(i -> rel[i]).average()
          .orElse(Double.NaN), mse / ref.size(), paper, seconds);
    }
  }

  /**
   * {@code n} samples of {@code recipe} from {@code (seed, i)}, in float32, made in memory on all
   * cores by the dataset generator (sample {@code i} depends on {@code (seed, i)} alone).
   */
  private Dataset make(DatasetRecipe recipe, int n, long seed, String task) {
    return DatasetGenerator.builder(recipe).samples(n).seed(seed)
        .progress(ProgressBars.generation(task, quiet)).build().inMemory();
  }
}
