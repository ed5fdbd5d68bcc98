package dev.galerkin.operators.evaluation;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field-to-field model's predictions beside the reference fields on chosen samples of a dataset:
 * what {@code galerkin evaluate} reports, on one machine or in each task of a distributed run (the
 * same per-sample numbers either way, since {@link NeuralOperator#predict} predicts in fixed
 * batches of {@link NeuralOperator#predictBatch()} samples).
 *
 * @param inputs input field → {@code [B, ...]}, physical units
 * @param predictions output field → {@code [B, ...]}, physical units, masked as the model's
 * @param references output field → the reference {@code [B, ...]}, masked as the predictions
 */
public record ModelComparison(Map<String, FloatArray> inputs, Map<String, FloatArray> predictions,
    Map<String, FloatArray> references) {

  /**
   * Predicts the samples and reads their references.
   *
   * @param op the model
   * @param file the dataset, holding the model's input and output fields
   * @param samples sample indices of {@code file}, in the order of the result
   * @return inputs, predictions and references of those samples
   */
  public static ModelComparison of(NeuralOperator op, DatasetFile file, long[] samples) {
    Map<String, FloatArray> in = new LinkedHashMap<>();
    for (String name : op.inputFields()) {
      in.put(name, file.gather(name, samples));
    }
    Map<String, FloatArray> pred = op.predict(in);
    Map<String, FloatArray> raw = new LinkedHashMap<>();
    pred.keySet().forEach(name -> raw.put(name, file.gather(name, samples)));
    return new ModelComparison(in, pred, op.masked(in, raw));
  }

  /** @return {@code ‖pred − ref‖₂ / ‖ref‖₂} of {@code field}, per sample */
  public double[] relativeL2(String field) {
    return ErrorMetrics.relativeL2(predictions.get(field), references.get(field));
  }

  /** @return {@code max |pred − ref|} of {@code field}, per sample */
  public double[] maxAbs(String field) {
    return ErrorMetrics.maxAbs(predictions.get(field), references.get(field));
  }
}
