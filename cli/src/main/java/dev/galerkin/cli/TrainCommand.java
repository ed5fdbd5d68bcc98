package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.deeponet.OutputChannels;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.Device;
import dev.galerkin.operators.training.Trainer;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingHistory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin train}: train a neural operator on a dataset file and save it as one HDF5 model,
 * with its training history as CSV and a loss-curve PNG beside it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a neural operator from an input field to an output field of a dataset.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "Model family: fno or deeponet.")
  String model;

  @Option(names = "--data", required = true, description = "The dataset file or shard directory.")
  Path data;

  @Option(names = "--input", defaultValue = "a", description = "Input field (default ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--output", defaultValue = "u", description = "Output field (default ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--out", required = true, description = "The model file to write (.h5).")
  Path out;

  @Option(names = "--epochs", defaultValue = "100", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch", defaultValue = "20", description = "Batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "1e-3", description = "Initial learning rate of AdamW, halved 5 times over the run (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the weights, the split and the shuffling (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--train-fraction", defaultValue = "0.8", description = "Share of samples for training (default ${DEFAULT-VALUE}).")
  double trainFraction;

  @Option(names = "--validation-fraction", defaultValue = "0.1", description = "Share for validation; the rest is the test split (default ${DEFAULT-VALUE}).")
  double validationFraction;

  @Option(names = "--width", description = "FNO channel width (default 32); DeepONet branch, trunk and latent width (default 64).")
  Integer width;

  @Option(names = "--modes", defaultValue = "12", description = "FNO Fourier modes per axis (default ${DEFAULT-VALUE}).")
  int modes;

  @Option(names = "--layers", description = "FNO Fourier layers (default 4); DeepONet hidden layers per net (default 2).")
  Integer layers;

  @Option(names = "--dims", description = "DeepONet: spatial axes of the output grid, 1 or 2 (default: the output rank, at most 2).")
  Integer dims;

  @Option(names = "--channels", defaultValue = "last", description = "DeepONet: output channels are the last axis (last) or the leading axes, e.g. time (leading) (default ${DEFAULT-VALUE}).")
  String channels;

  @Option(names = "--patience", defaultValue = "0", description = "Stop after this many epochs without a better validation error; 0 never (default ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--checkpoint", description = "Training checkpoint written after every epoch (default: MODEL.checkpoint.h5 beside --out).")
  Path checkpoint;

  @Option(names = "--resume", description = "Continue from the checkpoint; the result equals an uninterrupted run.")
  boolean resume;

  @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (gpu needs the -Pgpu build and CUDA 12; default ${DEFAULT-VALUE}).")
  String device;

  @Option(names = "--overwrite", description = "Replace an existing model file.")
  boolean overwrite;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /** Datasets up to this many bytes (input and output, float32) are trained on from memory. */
  static final long IN_MEMORY_BYTES = 2L << 30;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    Checks.positive("--batch", batch);
    Checks.positive("--epochs", epochs);
    if (Files.exists(out) && !overwrite) {
      throw new GalerkinException("--out " + out + " already exists; add --overwrite to replace it");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new GalerkinException("--out " + out + ": directory " + dir + " does not exist");
    }
    String stem = out.getFileName().toString().replaceFirst("\\.h5$", "");
    Path ckpt = checkpoint != null ? checkpoint : dir.resolve(stem + ".checkpoint.h5");
    if (Files.exists(ckpt) && !resume) {
      throw new GalerkinException("checkpoint " + ckpt + " exists from an earlier run; add --resume"
          + " to continue it, or delete it to start over");
    }
    if (resume && !Files.exists(ckpt)) {
      throw new GalerkinException("--resume: no checkpoint " + ckpt + " to continue from");
    }
    try (DatasetFile file = DatasetFile.open(data)) {
      Split split = Split.random(file.sampleCount(), trainFraction, validationFraction, seed);
      Shape inSample = file.shape(input).sampleShape();
      OperatorModel m = model(inSample, file.shape(output).sampleShape());
      long stepsPerEpoch = (split.train().length + batch - 1) / batch;
      TrainingConfig config = TrainingConfig.fnoRecipe(epochs, batch, lr, seed, stepsPerEpoch);
      config = new TrainingConfig(config.epochs(), config.batchSize(), config.optimizer(),
          config.seed(), patience, config.threads(), Device.parse(device));
      // training reads every sample every epoch: hold the two fields in memory when they fit
      long bytes = 4 * (file.shape(input).size() + file.shape(output).size());
      SampleSource source = bytes <= IN_MEMORY_BYTES ? inMemory(file) : file;
      Trainer.Result r = Trainer.train(m, source, input, output, split, config,
          ProgressBars.training(m.type(), quiet), ckpt);
      try (NeuralOperator op = r.operator()) {
        op.provenance().put("dataset", data.toAbsolutePath().toString());
        op.provenance().put("split_train_fraction", trainFraction);
        op.provenance().put("split_validation_fraction", validationFraction);
        op.provenance().put("learning_rate", lr);
        op.save(out, overwrite);
      }
      Path csv = dir.resolve(stem + ".history.csv");
      Path png = dir.resolve(stem + ".loss.png");
      TrainingHistory.writeCsv(r.history(), csv);
      TrainingHistory.writePng(r.history(), m.type() + " on " + data.getFileName(), png);
      console.printf(Locale.ROOT, "wrote %s: %s, %d epochs, best epoch %d with validation relative"
          + " L2 %.2f%%%n", out, m.type(), r.history().size(), r.bestEpoch(),
          100 * r.bestValidationError());
      console.println("history: " + csv + ", loss curve: " + png + ", checkpoint: " + ckpt
          + " (train longer with --epochs N --resume)");
      console.println("evaluate it with: galerkin evaluate --model " + out + " --data " + data
          + " --out REPORT_DIR");
    }
    return 0;
  }

  private SampleSource inMemory(DatasetFile file) {
    return Dataset.builder().input(input, file.readAll(input).toFloat())
        .output(output, file.readAll(output).toFloat()).build();
  }

  private OperatorModel model(Shape inSample, Shape outSample) {
    return switch (model) {
      case "fno" -> new Fno(new FnoConfig(Math.min(2, inSample.rank()), width == null ? 32 : width,
          modes, layers == null ? 4 : layers, 128, Activation.GELU));
      case "deeponet" -> {
        int w = width == null ? 64 : width;
        int l = layers == null ? 2 : layers;
        OutputChannels c = switch (channels) {
          case "last" -> OutputChannels.LAST;
          case "leading" -> OutputChannels.LEADING;
          default -> throw new GalerkinException("--channels " + channels + " is not known; use last"
              + " or leading");
        };
        yield new DeepOnet(DeepOnetConfig.builder().dimensions(dims == null
            ? Math.min(2, outSample.rank()) : dims).branch(l, w).trunk(l, w).latent(w)
            .activation(Activation.GELU).channels(c).build());
      }
      default -> throw new GalerkinException("--model " + model + " is not known; use fno or"
          + " deeponet");
    };
  }
}
