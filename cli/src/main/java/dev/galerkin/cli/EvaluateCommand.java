package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.evaluation.EvaluationReport;
import dev.galerkin.operators.Device;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--data", required = true, description = "The dataset the model was trained on (its test split is used).")
  Path data;

  @Option(names = "--fine", description = "The same samples at a finer resolution, for super-resolution (resolution-independent models).")
  Path fine;

  @Option(names = "--out", required = true, description = "Directory for report.json, errors.csv and the pictures.")
  Path out;

  @Option(names = "--pictures", defaultValue = "3", description = "Test samples to draw (default ${DEFAULT-VALUE}).")
  int pictures;

  @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (default ${DEFAULT-VALUE}).")
  String device;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    Files.createDirectories(out);
    try (NeuralOperator op = NeuralOperator.load(modelFile).onDevice(Device.parse(device))) {
      List<EvaluationReport.Row> rows = new ArrayList<>();
      long[] test = testSplit(op, data);
      rows.add(evaluate(op, data, test, "test split", "samples.png"));
      if (fine != null) {
        rows.add(evaluate(op, fine, test, "test split, finer grid", "samples-fine.png"));
      }
      EvaluationReport report = new EvaluationReport(modelFile.toString(), data.toString(),
          op.outputField(), rows);
      report.write(out);
      report.print(console);
      console.println("report: " + out.resolve("report.json") + ", per-sample errors: "
          + out.resolve("errors.csv") + ", pictures: " + out.resolve("samples.png"));
    }
    return 0;
  }

  /** The test split the model did not see, rebuilt from the split recorded in the model. */
  static long[] testSplit(NeuralOperator op, Path data) {
    Object train = op.provenance().get("split_train_fraction");
    Object val = op.provenance().get("split_validation_fraction");
    Object seed = op.provenance().get("seed");
    if (!(train instanceof Double t) || !(val instanceof Double v) || !(seed instanceof Long s)) {
      throw new GalerkinException("the model does not record its train/validation split; retrain it"
          + " with galerkin train");
    }
    try (DatasetFile f = DatasetFile.open(data)) {
      return Split.random(f.sampleCount(), t, v, s).test();
    }
  }

  private EvaluationReport.Row evaluate(NeuralOperator op, Path file, long[] test, String label,
      String picture) {
    try (DatasetFile f = DatasetFile.open(file)) {
      if (test.length == 0) {
        throw new GalerkinException(file + ": the test split is empty; train with a smaller"
            + " --train-fraction");
      }
      FloatArray in = f.gather(op.inputField(), test);
      FloatArray ref = f.gather(op.outputField(), test);
      FloatArray pred = op.predict(in);
      double[] rel = ErrorMetrics.relativeL2(pred, ref);
      double[] abs = ErrorMetrics.maxAbs(pred, ref);
      int k = Math.min(pictures, test.length);
      if (k > 0) {
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
          idx[i] = i;
        }
        Comparison.of(in, ref, pred).samples(idx).names(op.inputField(), op.outputField())
            .title(op.model().type() + ": " + label + " of " + file.getFileName()).write(out.resolve(picture));
      }
      return new EvaluationReport.Row(label + ", " + ref.shape().sampleShape(),
          ErrorSummary.of(rel, abs), rel, abs, test);
    }
  }
}
