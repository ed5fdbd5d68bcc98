package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Batch;
import dev.galerkin.data.batch.BatchIterator;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.tf.Losses;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Trains an {@link OperatorModel} from one input field to one output field of a dataset.
 *
 * <p>The recipe of the FNO reference code: inputs and outputs normalised with statistics of the
 * training split, the loss the relative L2 error of the <em>decoded</em> output against the raw
 * target (so the loss is the reported metric), Adam(W) stepped per batch, batches reshuffled every
 * epoch from {@code (seed, epoch)}. After every epoch the validation split is evaluated in physical
 * units; the weights of the best epoch are kept, and training stops early after {@code patience}
 * epochs without improvement. A NaN or infinite loss stops the run with the epoch and the step.
 */
public final class Trainer {
  private Trainer() {}

  /**
   * What a training run produced.
   *
   * @param operator the trained operator, with the best epoch's weights
   * @param history one record per epoch
   * @param bestEpoch the epoch whose weights were kept
   */
  public record Result(NeuralOperator operator, List<EpochRecord> history, int bestEpoch) {
    /** @return the validation error of the kept weights */
    public double bestValidationError() {
      return history.get(bestEpoch - 1).validationError();
    }
  }

  /**
   * @param model the architecture to train
   * @param data the dataset (in memory or on disk)
   * @param input the input field, for example {@code a}
   * @param output the output field, for example {@code u}
   * @param split which samples train and which validate (the test part is not touched)
   * @param config epochs, batch size, optimiser, seed
   * @param listener hears progress
   * @return the trained operator and the history
   */
  public static Result train(OperatorModel model, SampleSource data, String input, String output,
      Split split, TrainingConfig config, TrainingListener listener) {
    return train(model, data, input, output, split, config, listener, null);
  }

  /**
   * As {@link #train(OperatorModel, SampleSource, String, String, Split, TrainingConfig,
   * TrainingListener)}, writing a checkpoint after every epoch; when {@code checkpoint} exists the
   * run resumes from it and continues exactly as an uninterrupted run would.
   *
   * @param checkpoint the checkpoint file, or {@code null} for none
   */
  public static Result train(OperatorModel model, SampleSource data, String input, String output,
      Split split, TrainingConfig config, TrainingListener listener, java.nio.file.Path checkpoint) {
    checkField(data, input);
    checkField(data, output);
    if (split.train().length == 0 || split.validation().length == 0) {
      throw new GalerkinException("training needs training and validation samples; the split has "
          + split.train().length + " and " + split.validation().length);
    }
    Shape inS = data.shape(input).sampleShape();
    Shape outS = data.shape(output).sampleShape();
    boolean global = model.resolutionIndependent();
    Normaliser inNorm = Normalisation.fit(data, input, split.train(), global);
    Normaliser outNorm = Normalisation.fit(data, output, split.train(), global);
    long stepsPerEpoch = (split.train().length + config.batchSize() - 1) / config.batchSize();
    List<EpochRecord> history = new ArrayList<>();
    listener.started(config.epochs(), stepsPerEpoch);
    try (TfGraph g = TfGraph.builder().seed(config.seed()).threads(config.threads())
        .device(config.device()).build()) {
      Ops tf = g.ops();
      Placeholder<TFloat32> x = g.placeholder("input", batched(inS));
      Placeholder<TFloat32> y = g.placeholder("target", batched(outS));
      Operand<TFloat32> z = model.forward(g, x, inS, outS);
      Operand<TFloat32> prediction = decodeInGraph(tf, outNorm, z, outS);
      Operand<TFloat32> loss = Losses.relativeL2(tf, prediction, y);
      Adam adam = Adam.minimize(g, loss, config.optimizer());
      Map<String, float[]> best = g.readVariables();
      int bestEpoch = 0;
      double bestError = Double.POSITIVE_INFINITY;
      int first = 1;
      if (checkpoint != null && java.nio.file.Files.exists(checkpoint)) {
        TrainingCheckpoint c = TrainingCheckpoint.read(checkpoint, model, config);
        g.writeAll(c.weights());
        adam.restore(c.optimizer());
        best = c.best();
        bestEpoch = c.bestEpoch();
        history.addAll(c.history());
        bestError = bestEpoch > 0 ? history.get(bestEpoch - 1).validationError() : bestError;
        first = history.size() + 1;
      }
      Map<String, Normaliser> normalisers = Map.of(input, inNorm, output, outNorm);
      for (int epoch = first; epoch <= config.epochs(); epoch++) {
        long t0 = System.nanoTime();
        double lossSum = 0;
        int batches = 0;
        try (BatchIterator it = BatchIterator.builder(data).indices(split.train())
            .fields(input, output).batchSize(config.batchSize()).dropLast(false)
            .shuffle(config.seed(), epoch).build()) {
          while (it.hasNext()) {
            Batch b = it.next();
            float l = adam.step(Map.of(x, Normalisation.encode(inNorm, b.field(input)),
                y, b.field(output)));
            if (!Float.isFinite(l)) {
              throw new GalerkinException("training diverged at epoch " + epoch + ", step "
                  + adam.stepCount() + ": the loss is " + l + "; lower the learning rate (now "
                  + adam.learningRate() + ") or check the data");
            }
            lossSum += l;
            batches++;
            listener.step(l, b.size());
          }
        }
        double val = validate(g, x, prediction, data, input, output, inNorm, split.validation(),
            config.batchSize());
        boolean improved = val < bestError;
        if (improved) {
          bestError = val;
          bestEpoch = epoch;
          best = g.readVariables();
        }
        EpochRecord rec = new EpochRecord(epoch, lossSum / batches, val, adam.learningRate(),
            (System.nanoTime() - t0) / 1e9);
        history.add(rec);
        if (checkpoint != null) {
          new TrainingCheckpoint(g.readVariables(), adam.state(), best, bestEpoch, history)
              .write(checkpoint, model, normalisers, config);
        }
        listener.epoch(rec, improved);
        if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
          break;
        }
      }
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("epochs", (long) history.size());
      provenance.put("best_epoch", (long) bestEpoch);
      provenance.put("best_validation_relative_l2", bestError);
      provenance.put("batch_size", (long) config.batchSize());
      provenance.put("seed", config.seed());
      provenance.put("train_samples", (long) split.train().length);
      provenance.put("validation_samples", (long) split.validation().length);
      NeuralOperator op = new NeuralOperator(model, best, input, output, inNorm, outNorm, inS, outS,
          provenance);
      return new Result(op, List.copyOf(history), bestEpoch);
    } finally {
      listener.finished();
    }
  }

  /** @return the mean relative L2 error of the decoded prediction over {@code indices} */
  static double validate(TfGraph g, Placeholder<TFloat32> x, Operand<TFloat32> prediction,
      SampleSource data, String input, String output, Normaliser inNorm, long[] indices, int batch) {
    double sum = 0;
    for (int i = 0; i < indices.length; i += batch) {
      long[] idx = java.util.Arrays.copyOfRange(indices, i, Math.min(indices.length, i + batch));
      FloatArray xin = Normalisation.encode(inNorm, data.gather(input, idx));
      FloatArray pred = g.eval(prediction, Map.of(x, xin));
      for (double e : ErrorMetrics.relativeL2(pred, data.gather(output, idx))) {
        sum += e;
      }
    }
    return sum / indices.length;
  }

  /** {@code decode(z)} as graph ops: the normalisers are affine per point, {@code z·scale + offset}. */
  private static Operand<TFloat32> decodeInGraph(Ops tf, Normaliser n, Operand<TFloat32> z,
      Shape sample) {
    Shape one = sample.prepend(1);
    FloatArray offset = Normalisation.decode(n, FloatArray.zeros(one));
    float[] ones = new float[Math.toIntExact(one.size())];
    java.util.Arrays.fill(ones, 1f);
    float[] scale = Normalisation.decode(n, FloatArray.wrap(one, ones)).toArray();
    float[] off = offset.toArray();
    for (int i = 0; i < scale.length; i++) {
      scale[i] -= off[i];
    }
    org.tensorflow.ndarray.Shape s = org.tensorflow.ndarray.Shape.of(one.dims());
    return tf.math.add(tf.math.mul(z, tf.constant(s, DataBuffers.of(scale, true, false))),
        tf.constant(s, DataBuffers.of(off, true, false)));
  }

  private static long[] batched(Shape sample) {
    long[] d = new long[sample.rank() + 1];
    d[0] = -1;
    System.arraycopy(sample.dims(), 0, d, 1, sample.rank());
    return d;
  }

  private static void checkField(SampleSource data, String field) {
    if (!data.sampleFieldNames().contains(field)) {
      throw new GalerkinException("the dataset has no input or output field '" + field + "'; it has "
          + data.sampleFieldNames());
    }
  }
}
