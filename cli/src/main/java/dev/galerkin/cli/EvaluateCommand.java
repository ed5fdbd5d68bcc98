package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.evaluation.ModelComparison;
import dev.galerkin.cli.engine.EvaluationRequest;
import dev.galerkin.cli.engine.FieldErrors;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.evaluation.EvaluationReport;
import dev.galerkin.operators.Device;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin evaluate}: the errors of a trained model on the test split of a dataset, at the
 * training resolution and (with {@code --fine}) at a finer one, as a terminal table,
 * {@code report.json}, {@code errors.csv} and PNG pictures of a few samples.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Compare a trained model's predictions with the reference solutions of a dataset.")
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "A model file written by galerkin train.")
  Path modelFile;

  @Option(names = "--data", required = true, description = "The dataset to evaluate on: the one the model was trained on (its test split), or another file with --samples all.")
  Path data;

  @Option(names = "--fine", description = "The same samples at a finer resolution, for super-resolution (resolution-independent models).")
  Path fine;

  @Option(names = "--out", required = true, description = "Directory for report.json, errors.csv and the pictures.")
  Path out;

  @Option(names = "--samples", defaultValue = "test", description = "Which samples of --data: test (the model's held-out split), all (every sample: a separate test file, as PDEBench and the FNO files ship them) or I:J (samples I to J-1) (default ${DEFAULT-VALUE}).")
  String samples;

  @Option(names = "--pictures", defaultValue = "3", description = "Test samples to draw (default ${DEFAULT-VALUE}).")
  int pictures;

  @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (default ${DEFAULT-VALUE}).")
  String device;

  @Option(names = "--frames", description = "For a time-stepper: frames to roll out after the input window (default: every frame the reference has).")
  Integer frames;

  @picocli.CommandLine.Mixin FormatOptions format;

  @picocli.CommandLine.Mixin EngineOptions engine;

  @Option(names = "--samples-per-task", defaultValue = "256", description = "With --engine spark:"
      + " samples each task predicts, rounded up to whole prediction batches (default"
      + " ${DEFAULT-VALUE}).")
  int samplesPerTask;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (dev.galerkin.operators.model.MeshModelFile.isMeshModel(modelFile)) {
      if (fine != null || frames != null) {
        throw new GalerkinException((fine != null ? "--fine" : "--frames") + " is for grid"
            + " models; " + modelFile + " is a mesh model, which predicts on each shape's own mesh");
      }
      refuseEngine("a mesh model");
      return MeshEvaluation.run(modelFile, data, samples, pictures, out, console);
    }
    dev.galerkin.operators.model.ModelCheckpoint stored =
        dev.galerkin.operators.model.ModelFile.read(modelFile);
    if (dev.galerkin.operators.prose.ProseModel.TYPE.equals(stored.modelType())) {
      if (fine != null || frames != null) {
        throw new GalerkinException((fine != null ? "--fine" : "--frames") + " is for grid"
            + " models; " + modelFile + " is a PROSE model (ODE trajectories and equations)");
      }
      refuseEngine("a PROSE model");
      return ProseEvaluation.run(modelFile, data, samples, pictures, out, console);
    }
    if (dev.galerkin.operators.timestep.TimeStepper.isTimeStepper(stored)) {
      refuseEngine("a time-stepper");
      return RolloutEvaluation.run(modelFile, data, format, samples, frames, out, console);
    }
    if (frames != null) {
      throw new GalerkinException("--frames is for time-steppers; " + modelFile + " is a"
          + " field-to-field operator");
    }
    Files.createDirectories(out);
    try (NeuralOperator op = NeuralOperator.load(modelFile).onDevice(Device.parse(device))) {
      List<EvaluationReport.Row> rows = new ArrayList<>();
      long[] chosen;
      try (DatasetFile f = format.open(data, op.inputFields(), op.outputFields())) {
        chosen = chosenSamples(op.split(), f.sampleCount(), data, samples);
      }
      String what = samples.equals("test") ? "test split" : samples.equals("all") ? "all samples"
          : "samples " + samples;
      rows.addAll(evaluate(op, data, chosen, what, "samples.png"));
      if (fine != null) {
        rows.addAll(evaluate(op, fine, chosen, what + ", finer grid", "samples-fine.png"));
      }
      EvaluationReport report = new EvaluationReport(modelFile.toString(), data.toString(),
          String.join(",", op.outputFields()), rows);
      report.write(out);
      if (engine.distributed()) {
        console.println("errors computed on " + engine.describe() + ", in tasks of up to "
            + samplesPerTask + " samples rounded up to whole prediction batches of "
            + NeuralOperator.predictBatch());
      }
      report.print(console);
      console.println("report: " + out.resolve("report.json") + ", per-sample errors: "
          + out.resolve("errors.csv") + ", pictures: " + out.resolve("samples.png"));
    }
    return 0;
  }

  /**
   * The samples to evaluate: the model's own test split (stored in the model, or rebuilt from the
   * seed and fractions a layout-version-1 model records), every sample, or a range {@code I:J}.
   */
  static long[] chosenSamples(java.util.Optional<dev.galerkin.operators.model.StoredSplit> split,
      long n, Path data, String which) {
    if (which.equals("test")) {
      return split.orElseThrow(() -> new GalerkinException("the model does not record its"
          + " train/validation split; evaluate with --samples all or I:J, or retrain it with"
          + " galerkin train")).resolve(n).test();
    }
    if (which.equals("all")) {
      return java.util.stream.LongStream.range(0, n).toArray();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+):(\\d+)").matcher(which);
    if (!m.matches()) {
      throw new GalerkinException("--samples " + which + " is not test, all or a range I:J");
    }
    long from = Long.parseLong(m.group(1));
    long to = Long.parseLong(m.group(2));
    if (from >= to || to > n) {
      throw new GalerkinException("--samples " + which + " is not a range inside [0, " + n + ") of "
          + data + "; give I:J with 0 <= I < J <= " + n);
    }
    return java.util.stream.LongStream.range(from, to).toArray();
  }

  private void refuseEngine(String what) {
    if (engine.distributed()) {
      throw new GalerkinException(modelFile + " is " + what + "; --engine " + engine.name()
          + " evaluates field-to-field grid models only, so drop --engine");
    }
  }

  private List<EvaluationReport.Row> evaluate(NeuralOperator op, Path file, long[] test,
      String label, String picture) {
    if (test.length == 0) {
      throw new GalerkinException(file + ": no samples to evaluate (the test split is empty);"
          + " train with a smaller --train-fraction or use --samples all");
    }
    boolean distributed = engine.distributed();
    int k = Math.min(pictures, test.length);
    ModelComparison drawn;
    Map<String, double[][]> errors = new LinkedHashMap<>();
    try (DatasetFile f = format.open(file, op.inputFields(), op.outputFields())) {
      if (distributed) {
        // The tasks compute every error; this process predicts only the samples it draws.
        drawn = ModelComparison.of(op, f, java.util.Arrays.copyOf(test, Math.max(k, 1)));
        for (FieldErrors e : engine.engine().evaluate(new EvaluationRequest(modelFile, file,
            format.options(op.inputFields(), op.outputFields()), test, samplesPerTask,
            engine.master(), engine.conf(), engine.verbose()))) {
          errors.put(e.field(), new double[][] {e.relativeL2(), e.maxAbs()});
        }
      } else {
        drawn = ModelComparison.of(op, f, test);
        for (String name : drawn.predictions().keySet()) {
          errors.put(name, new double[][] {drawn.relativeL2(name), drawn.maxAbs(name)});
        }
      }
    }
    List<EvaluationReport.Row> rows = new ArrayList<>();
    boolean several = errors.size() > 1;
    String name = op.inputFields().get(0);
    for (Map.Entry<String, double[][]> e : errors.entrySet()) {
      FloatArray ref = drawn.references().get(e.getKey());
      if (k > 0) {
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
          idx[i] = i;
        }
        String pic = several ? picture.replace(".png", "-" + e.getKey() + ".png") : picture;
        Comparison.of(drawn.inputs().get(name), ref, drawn.predictions().get(e.getKey()))
            .samples(idx).names(name, e.getKey())
            .title(op.model().type() + ": " + label + " of " + file.getFileName())
            .write(out.resolve(pic));
      }
      double[] rel = e.getValue()[0];
      double[] abs = e.getValue()[1];
      rows.add(new EvaluationReport.Row(label + (several ? ", " + e.getKey() : "") + ", "
          + ref.shape().sampleShape(),
          ErrorSummary.of(rel, abs), rel, abs, test));
    }
    return rows;
  }
}
