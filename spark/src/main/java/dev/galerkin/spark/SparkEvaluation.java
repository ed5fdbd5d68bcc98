package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import dev.galerkin.cli.engine.EvaluationRequest;
import dev.galerkin.cli.engine.FieldErrors;
import dev.galerkin.data.formats.ReadOptions;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.evaluation.ModelComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code galerkin evaluate --engine spark}: the samples asked for are cut into chunks of whole
 * prediction batches ({@link NeuralOperator#predictBatch()}), one Spark task each; a task loads the
 * model file, reads its samples from the dataset (a file or a shard directory every executor can
 * read) and returns their per-sample errors. The driver puts the chunks back in order, so the
 * report's statistics ({@link dev.galerkin.operators.evaluation.ErrorSummary}) are computed from
 * the same per-sample numbers as on one machine: each task predicts the same batches a
 * single-machine run does.
 */
public final class SparkEvaluation {
  private SparkEvaluation() {}

  /**
   * @param r the request
   * @return per-sample errors of each output field, in the order of {@code r.samples()}
   */
  public static List<FieldErrors> run(EvaluationRequest r) {
    if (r.samplesPerTask() < 1) {
      throw new GalerkinException("--samples-per-task = " + r.samplesPerTask() + "; give at least 1");
    }
    List<long[]> chunks = chunks(r.samples(), r.samplesPerTask());
    String model = r.model().toAbsolutePath().toString();
    String data = r.data().toAbsolutePath().toString();
    ReadOptions read = r.read();
    String master = SparkContexts.masterOf(r.master());
    List<List<FieldErrors>> parts;
    try (JavaSparkContext sc = SparkContexts.start(r.master(), "galerkin evaluate " + r.model()
        .getFileName(), r.conf(), r.verbose())) {
      parts = sc.parallelize(chunks, chunks.size()).map(c -> errors(model, data, read, c)).collect();
    } catch (GalerkinException e) {
      throw e;
    } catch (Exception e) { // SparkException is checked, thrown through Scala undeclared
      throw SparkFailures.of(e, "an evaluation task on " + master, "; every executor must be able"
          + " to read " + model + " and " + data);
    }
    return concatenate(parts);
  }

  /** Cuts {@code samples} into consecutive chunks of a whole number of prediction batches. */
  static List<long[]> chunks(long[] samples, int perTask) {
    int b = NeuralOperator.predictBatch();
    int per = Math.max(b, (perTask + b - 1) / b * b);
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < samples.length; i += per) {
      out.add(Arrays.copyOfRange(samples, i, Math.min(samples.length, i + per)));
    }
    return out;
  }

  /** The body of one task. */
  static List<FieldErrors> errors(String model, String data, ReadOptions read, long[] samples) {
    try (NeuralOperator op = NeuralOperator.load(Path.of(model));
        DatasetFile f = DatasetFile.open(Path.of(data), read)) {
      ModelComparison c = ModelComparison.of(op, f, samples);
      List<FieldErrors> out = new ArrayList<>();
      for (String field : c.predictions().keySet()) {
        out.add(new FieldErrors(field, c.relativeL2(field), c.maxAbs(field)));
      }
      return out;
    }
  }

  private static List<FieldErrors> concatenate(List<List<FieldErrors>> parts) {
    Map<String, List<FieldErrors>> byField = new LinkedHashMap<>();
    for (List<FieldErrors> part : parts) {
      for (FieldErrors e : part) {
        byField.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e);
      }
    }
    List<FieldErrors> out = new ArrayList<>();
    byField.forEach((field, chunks) -> out.add(new FieldErrors(field,
        concat(chunks.stream().map(FieldErrors::relativeL2).toList()),
        concat(chunks.stream().map(FieldErrors::maxAbs).toList()))));
    return out;
  }

  private static double[] concat(List<double[]> chunks) {
    double[] all = new double[chunks.stream().mapToInt(c -> c.length).sum()];
    int at = 0;
    for (double[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    return all;
  }
}
