package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.formats.ReadOptions;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.Device;
import dev.galerkin.operators.FieldStack;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.training.RunConfig;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingHistory;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.operators.training.TrainingRecipe;
import dev.galerkin.options.OptionValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One {@code galerkin train} run, whichever spelling started it ({@code train FAMILY …} or the
 * older {@code train --model FAMILY …}): reads the data, builds the family's model from its options
 * (over a {@code --config} file, if given), trains it with the shared loop, and writes the model,
 * its history (CSV, PNG) and its run configuration ({@code MODEL.config.json}).
 */
final class TrainRun {
  /** Datasets up to this many bytes (the fields trained on, float32) are trained on from memory. */
  static final long IN_MEMORY_BYTES = 2L << 30;

  private TrainRun() {}

  /**
   * @param family the model family
   * @param familyOptions its options' values as given
   * @param o the shared options
   * @param given whether a shared option (by its name, e.g. {@code --epochs}) was on the command line
   */
  static int run(ModelFamily family, OptionValues familyOptions, TrainOptions o,
      Predicate<String> given, PrintWriter console) {
    if (o.data == null || o.out == null) {
      throw new GalerkinException("train " + family.name() + ": --data and --out are required; see"
          + " 'galerkin train " + family.name() + " --help'");
    }
    RunConfig file = o.config == null ? null : readConfig(o.config);
    if (file != null && file.family() != null && !file.family().equals(family.name())) {
      throw new GalerkinException("--config " + o.config + " is a " + file.family()
          + " configuration; train it with 'galerkin train " + file.family() + "'");
    }
    TrainingRecipe recipe = recipe(o, given, file == null ? null : file.training());
    Device device = Device.parse(o.device);
    Path ckpt = checkpoint(o.out, o.checkpoint, o.overwrite, o.resume);
    List<String> frozen = TrainInit.frozenPrefixes(family, o);
    if (o.init != null && o.trajectory != null) {
      throw new GalerkinException("--init works for field-to-field training; train the"
          + " time-stepper without --init and --trajectory together");
    }
    try (NeuralOperator init = o.init == null ? null : TrainInit.load(family, o.init);
        DatasetFile data = o.format.open(o.data, fields("--input", o.input),
            fields("--output", o.output))) {
      if (o.trajectory != null) {
        return TrajectoryTraining.run(family, familyOptions, file, recipe, o, data, ckpt, console);
      }
      Map<String, Shape> in = shapes(data, recipe.inputs());
      Map<String, Shape> out = shapes(data, recipe.outputs());
      FieldStack inStack = FieldStack.gridOrFlat(in);
      FieldStack outStack = FieldStack.of(out);
      OperatorModel model = family.configure(familyOptions,
          file != null ? file.modelJson() : init != null ? init.model().architectureJson() : null,
          new ModelFamily.SampleShapes(inStack.sample(),
              outStack.sample(), inStack.single() || inStack.flat() ? inStack.sample().rank()
                  : inStack.sample().rank() - 1, coordinates(data), data.boundary()));
      StoredSplit split = StoredSplit.random(data.sampleCount(), recipe.trainFraction(),
          recipe.validationFraction(), recipe.seed());
      SupervisedObjective.Builder ob = SupervisedObjective.builder(model, source(data, recipe))
          .inputs(recipe.inputs()).outputs(recipe.outputs()).split(split)
          .loss(recipe.lossKind()).normalisation(recipe.normalisation(family.defaultNormalisation()))
          .mask(recipe.mask());
      if (init != null) {
        ob.startFrom(init, o.init.toString(), frozen);
      }
      SupervisedObjective objective = ob.build();
      TrainingConfig config = recipe.trainingConfig(objective.stepsPerEpoch(recipe.batch()),
          Runtime.getRuntime().availableProcessors(), device);
      SupervisedObjective.Result r = objective.train(config,
          announcing(ProgressBars.training(model.type(), o.quiet), console), ckpt);
      RunConfig run = new RunConfig(family.name(), model.architectureJson(), recipe);
      try (NeuralOperator op = r.operator()) {
        op.provenance().put("dataset", o.data.toAbsolutePath().toString());
        op.provenance().put("learning_rate", recipe.lr());
        if (o.init != null) {
          op.provenance().put("init", o.init.toAbsolutePath().toString());
          op.provenance().put("freeze", o.freeze.strip());
        }
        op.provenance().put("run_config", run.toJson());
        op.save(o.out, o.overwrite);
      }
      console.printf(Locale.ROOT, "wrote %s: %s, %d epochs, best epoch %d with validation relative"
          + " L2 %.2f%%%n", o.out, model.type(), r.history().size(), r.bestEpoch(),
          100 * r.bestValidationError());
      writeRunFiles(r.history(), model.type() + " on " + o.data.getFileName(), run, o.out, ckpt,
          console);
      console.println("evaluate it with: galerkin evaluate --model " + o.out + " --data " + o.data
          + o.format.asArguments() + " --out REPORT_DIR");
    }
    return 0;
  }

  /**
   * Checks a training run's output paths before any work: {@code out} not overwritten without
   * {@code overwrite}, its directory present, the checkpoint absent unless resuming and present
   * when resuming.
   *
   * @param checkpoint the {@code --checkpoint} given, or null for {@code MODEL.checkpoint.h5}
   * @return the checkpoint path
   */
  static Path checkpoint(Path out, Path checkpoint, boolean overwrite, boolean resume) {
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
    return ckpt;
  }

  /** Writes {@code MODEL.history.csv}, {@code MODEL.loss.png} and {@code MODEL.config.json}. */
  static void writeRunFiles(List<dev.galerkin.operators.training.EpochRecord> history,
      String title, RunConfig run, Path model, Path ckpt, PrintWriter console) {
    Path dir = model.toAbsolutePath().getParent();
    String stem = model.getFileName().toString().replaceFirst("\\.h5$", "");
    Path csv = dir.resolve(stem + ".history.csv");
    Path png = dir.resolve(stem + ".loss.png");
    Path json = dir.resolve(stem + ".config.json");
    TrainingHistory.writeCsv(history, csv);
    TrainingHistory.writePng(history, title, png);
    writeAtomically(json, run.toJson() + "\n");
    console.println("history: " + csv + ", loss curve: " + png + ", run configuration: " + json
        + ", checkpoint: " + ckpt + " (train longer with --epochs N --resume)");
  }

  /** @return {@code bar}, with the model's parameter count printed when it is built */
  static TrainingListener announcing(TrainingListener bar, PrintWriter console) {
    return new TrainingListener() {
      @Override
      public void built(String type, long parameters) {
        console.printf(Locale.ROOT, "%s: %,d trainable parameters%n", type, parameters);
        console.flush();
        bar.built(type, parameters);
      }

      @Override
      public void started(int epochs, long stepsPerEpoch) {
        bar.started(epochs, stepsPerEpoch);
      }

      @Override
      public void step(float loss, int samples) {
        bar.step(loss, samples);
      }

      @Override
      public void epoch(dev.galerkin.operators.training.EpochRecord record, boolean best) {
        bar.epoch(record, best);
      }

      @Override
      public void finished() {
        bar.finished();
      }
    };
  }

  static RunConfig readConfig(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new GalerkinException("--config " + p + ": no such file; give a JSON file such as the"
          + " MODEL.config.json that train writes");
    }
    try {
      return RunConfig.parse(Files.readString(p), "--config " + p);
    } catch (IOException e) {
      throw new UncheckedIOException("--config " + p + ": " + e.getMessage(), e);
    }
  }

  /** The recipe: the file's values where given, overridden by options given on the command line. */
  private static TrainingRecipe recipe(TrainOptions o, Predicate<String> given, TrainingRecipe f) {
    boolean useFile = f != null;
    return new TrainingRecipe(
        useFile && !given.test("--input") ? f.inputs() : names("--input", o.input),
        useFile && !given.test("--output") ? f.outputs() : names("--output", o.output),
        useFile && !given.test("--epochs") ? f.epochs() : o.epochs,
        useFile && !given.test("--batch") ? f.batch() : o.batch,
        useFile && !given.test("--lr") ? f.lr() : o.lr,
        useFile && !given.test("--schedule") ? f.schedule() : o.schedule,
        useFile && !given.test("--warmup-epochs") ? f.warmupEpochs() : o.warmupEpochs,
        useFile && !given.test("--weight-decay") ? f.weightDecay() : o.weightDecay,
        useFile && !given.test("--loss") ? f.loss() : o.loss,
        useFile && !given.test("--normalise") ? f.normalise() : o.normalise,
        useFile && !given.test("--seed") ? f.seed() : o.seed,
        useFile && !given.test("--train-fraction") ? f.trainFraction() : o.trainFraction,
        useFile && !given.test("--validation-fraction") ? f.validationFraction()
            : o.validationFraction,
        useFile && !given.test("--patience") ? f.patience() : o.patience,
        useFile && !given.test("--mask") ? f.mask() : o.mask);
  }

  /** @return the comma-separated entries of {@code text}, as given (dataset paths stay paths) */
  static List<String> fields(String option, String text) {
    List<String> names = Arrays.stream(text.split(",")).map(String::strip).toList();
    if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
      throw new GalerkinException(option + " " + text + " is not a comma-separated list of field"
          + " names");
    }
    return names;
  }

  /** @return the field names {@code text} gives: a plain HDF5 file's /group/coeff is coeff */
  static List<String> names(String option, String text) {
    return fields(option, text).stream().map(ReadOptions::fieldName).toList();
  }

  /** @return the dataset's coordinate fields, in file order */
  static Map<String, double[]> coordinates(DatasetFile data) {
    Map<String, double[]> c = new LinkedHashMap<>();
    for (var f : data.fields()) {
      if (f.role() == dev.galerkin.data.FieldRole.COORDINATE && f.shape().rank() == 1) {
        c.put(f.name(), data.readAll(f.name()).toDouble().toArray());
      }
    }
    return c;
  }

  private static Map<String, Shape> shapes(DatasetFile data, List<String> fields) {
    Map<String, Shape> m = new LinkedHashMap<>();
    for (String f : fields) {
      if (!data.sampleFieldNames().contains(f)) {
        throw new GalerkinException(data.path() + " has no field '" + f + "'; its per-sample fields"
            + " are " + data.sampleFieldNames() + " (choose with --input/--output)");
      }
      m.put(f, data.shape(f).sampleShape());
    }
    return m;
  }

  /** Training reads every sample every epoch: hold the fields in memory when they fit. */
  private static SampleSource source(DatasetFile file, TrainingRecipe r) {
    long bytes = 0;
    List<String> all = new java.util.ArrayList<>(r.inputs());
    r.outputs().stream().filter(f -> !all.contains(f)).forEach(all::add);
    for (String f : all) {
      bytes += 4 * file.shape(f).size();
    }
    if (bytes > IN_MEMORY_BYTES) {
      return file;
    }
    Dataset.Builder b = Dataset.builder();
    for (String f : all) {
      if (r.inputs().contains(f)) {
        b.input(f, file.readAll(f).toFloat());
      } else {
        b.output(f, file.readAll(f).toFloat());
      }
    }
    return b.build();
  }

  static void writeAtomically(Path target, String text) {
    dev.galerkin.data.AtomicFiles.write(target, true, tmp -> Files.writeString(tmp, text));
  }

  /** @return {@code json} indented, for a family's configuration in messages */
  static String pretty(String json) {
    return ConfigJson.pretty(json);
  }
}
