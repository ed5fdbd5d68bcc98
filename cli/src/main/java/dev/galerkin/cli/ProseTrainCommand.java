package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.prose.ProseConfig;
import dev.galerkin.operators.prose.ProseData;
import dev.galerkin.operators.prose.ProseObjective;
import dev.galerkin.operators.prose.ProseModel;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingHistory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galerkin train prose}: the PROSE multimodal transformer (Liu, Zhang, Schaeffer, Neural
 * Networks 2024) on an {@code ode-systems} dataset: the first {@code p} points of each trajectory
 * and a (corrupted) symbolic guess of its equation in, the continuation and the true equation
 * out. Trained in the shared loop (AdamW, cosine schedule, checkpoint after every epoch, exact
 * resume); the split is stored in the model so {@code galerkin evaluate} scores the held-out
 * samples.
 */
@Command(name = "prose", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"PROSE: one transformer that continues ODE trajectories and writes their"
        + " equations (Liu, Zhang, Schaeffer, Neural Networks 2024).",
        "Data: galerkin generate ode-systems --samples N --out FILE.h5"})
final class ProseTrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "An ode-systems dataset (galerkin generate ode-systems).")
  Path data;

  @Option(names = "--out", required = true, description = "The model file to write (.h5).")
  Path out;

  @Option(names = "--epochs", defaultValue = "60", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch", defaultValue = "32", description = "Batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "1e-3", description = "Peak learning rate of AdamW, cosine-annealed to 1% over the run (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--weight-decay", defaultValue = "1e-4", description = "Decoupled weight decay (default ${DEFAULT-VALUE}).")
  double weightDecay;

  @Option(names = "--width", defaultValue = "64", description = "Transformer width (default ${DEFAULT-VALUE}; the paper 256).")
  int width;

  @Option(names = "--heads", defaultValue = "4", description = "Attention heads, dividing --width (default ${DEFAULT-VALUE}).")
  int heads;

  @Option(names = "--layers", defaultValue = "1", description = "Layers in each block: data and symbol encoders, fusion, both decoders (default ${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--symbol-weight", defaultValue = "1", description = "Weight of the tokens' cross-entropy beside the trajectory's relative L2 (default ${DEFAULT-VALUE}).")
  double symbolWeight;

  @Option(names = "--no-symbols", description = "The data-only ablation: no symbol input (the equation is still written).")
  boolean noSymbols;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the weights, the split and the shuffling (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--train-fraction", defaultValue = "0.8", description = "Share of samples for training (default ${DEFAULT-VALUE}).")
  double trainFraction;

  @Option(names = "--validation-fraction", defaultValue = "0.1", description = "Share for validation; the rest is the test split (default ${DEFAULT-VALUE}).")
  double validationFraction;

  @Option(names = "--patience", defaultValue = "0", description = "Stop after this many epochs without a better validation error; 0 never (default ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--checkpoint", description = "Training checkpoint written after every epoch (default: MODEL.checkpoint.h5 beside --out).")
  Path checkpoint;

  @Option(names = "--resume", description = "Continue from the checkpoint; the result equals an uninterrupted run.")
  boolean resume;

  @Option(names = "--overwrite", description = "Replace an existing model file.")
  boolean overwrite;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    Path ckpt = TrainRun.checkpoint(out, checkpoint, overwrite, resume);
    Path dir = out.toAbsolutePath().getParent();
    String stem = out.getFileName().toString().replaceFirst("\\.h5$", "");
    if (!(lr > 0 && lr < 1)) {
      throw new GalerkinException("--lr = " + lr + " is out of range (0, 1)");
    }
    if (epochs < 1 || batch < 1) {
      throw new GalerkinException("--epochs and --batch must be >= 1 (got " + epochs + ", " + batch
          + ")");
    }
    Dataset all;
    try (DatasetFile f = DatasetFile.open(data)) {
      all = f.toDataset();
    }
    ProseData d = ProseData.of(all);
    ProseConfig config = new ProseConfig(d.dimension(), d.inputPoints(), d.outputPoints(),
        d.tokens(), d.vocabulary(), width, heads, layers, layers, layers, layers, !noSymbols,
        symbolWeight);
    StoredSplit split = StoredSplit.random(d.samples(), trainFraction, validationFraction, seed);
    var s = split.split();
    ProseObjective objective = new ProseObjective(config, d, s.train(), s.validation());
    long steps = objective.stepsPerEpoch(batch) * epochs;
    TrainingConfig training = new TrainingConfig(epochs, batch, AdamConfig.adamW(
        LearningRateSchedule.cosine(lr, lr / 100, steps), weightDecay), seed, patience,
        Runtime.getRuntime().availableProcessors());
    console.printf(Locale.ROOT, "PROSE on %s: %d samples (%d train, %d validation, %d test), %d"
        + " input and %d output points, %d state variables, %d tokens; width %d, %d heads, %d"
        + " layer(s) per block, %s%n", data.getFileName(), d.samples(), s.train().length,
        s.validation().length, s.test().length, d.inputPoints(), d.outputPoints(), d.dimension(),
        d.tokens(), width, heads, layers, noSymbols ? "data only" : "data and symbols");
    ProseObjective.Result r = objective.train(training, TrainRun.announcing(
        ProgressBars.training("prose", quiet), console), ckpt);
    try (ProseModel m = r.model()) {
      m.provenance().put("dataset", data.toAbsolutePath().toString());
      m.provenance().put("learning_rate", lr);
      split.putInto(m.provenance());
      m.save(out, overwrite);
    }
    console.printf(Locale.ROOT, "wrote %s: PROSE, %d epochs, best epoch %d with validation"
        + " trajectory relative L2 %.2f%%%n", out, r.history().size(), r.bestEpoch(),
        100 * r.history().get(r.bestEpoch() - 1).validationError());
    Path csv = dir.resolve(stem + ".history.csv");
    Path png = dir.resolve(stem + ".loss.png");
    TrainingHistory.writeCsv(r.history(), csv);
    TrainingHistory.writePng(r.history(), "PROSE on " + data.getFileName(), png);
    console.println("history: " + csv + ", loss curve: " + png + ", checkpoint: " + ckpt
        + " (train longer with --epochs N --resume)");
    console.println("evaluate it with: galerkin evaluate --model " + out + " --data " + data
        + " --out REPORT_DIR");
    return 0;
  }
}
