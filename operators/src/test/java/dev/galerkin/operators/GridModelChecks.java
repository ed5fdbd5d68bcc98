package dev.galerkin.operators;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import java.util.Arrays;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Shared checks of the 2D grid-to-grid families (U-Net, SineNet): random periodic fields, periodic
 * shifts, one forward pass, the parameter count of a built graph, and a small supervised problem
 * with a known linear answer.
 */
public final class GridModelChecks {
  private GridModelChecks() {}

  /**
   * @return {@code [batch, s, s, channels]} smooth periodic fields: a few Fourier modes of random
   *     amplitude and phase (wavenumbers up to 4) per sample and channel, about unit size
   */
  public static FloatArray periodicFields(int batch, int s, int channels, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[batch * s * s * channels];
    for (int b = 0; b < batch; b++) {
      for (int c = 0; c < channels; c++) {
        for (int mode = 0; mode < 6; mode++) {
          int kx = r.nextInt(5);
          int ky = r.nextInt(5);
          double amp = r.nextGaussian() / Math.sqrt(1 + kx * kx + ky * ky);
          double phase = 2 * Math.PI * r.nextDouble();
          for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
              v[((b * s + i) * s + j) * channels + c] +=
                  (float) (amp * Math.cos(2 * Math.PI * (kx * i + ky * j) / s + phase));
            }
          }
        }
      }
    }
    return FloatArray.wrap(Shape.of(batch, s, s, channels), v);
  }

  /** @return {@code x [B, s1, s2, C]} rolled periodically: {@code y[i, j] = x[i − dx, j − dy]} */
  public static FloatArray roll(FloatArray x, int dx, int dy) {
    int b = (int) x.shape().dim(0);
    int n1 = (int) x.shape().dim(1);
    int n2 = (int) x.shape().dim(2);
    int c = x.shape().rank() > 3 ? (int) x.shape().dim(3) : 1;
    float[] xv = x.toArray();
    float[] y = new float[xv.length];
    for (int s = 0; s < b; s++) {
      for (int i = 0; i < n1; i++) {
        for (int j = 0; j < n2; j++) {
          int src = (s * n1 + Math.floorMod(i - dx, n1)) * n2 + Math.floorMod(j - dy, n2);
          System.arraycopy(xv, src * c, y, ((s * n1 + i) * n2 + j) * c, c);
        }
      }
    }
    return FloatArray.wrap(x.shape(), y);
  }

  /** @return {@code max |a − b| / max |a|} */
  public static double relativeMaxDiff(FloatArray a, FloatArray b) {
    double diff = 0;
    double size = 0;
    for (int i = 0; i < a.shape().size(); i++) {
      diff = Math.max(diff, Math.abs(a.at(i) - b.at(i)));
      size = Math.max(size, Math.abs(a.at(i)));
    }
    return diff / size;
  }

  /**
   * One forward pass of freshly initialised weights (seed 7) on each of {@code inputs}.
   *
   * @return the outputs, in order, and the graph's trainable parameter count last (as a
   *     {@code [1]} array)
   */
  public static FloatArray[] forward(OperatorModel m, Shape inputSample, Shape outputSample,
      FloatArray... inputs) {
    try (TfGraph g = TfGraph.builder().seed(7).threads(2).build()) {
      long[] dims = new long[inputSample.rank() + 1];
      dims[0] = -1;
      System.arraycopy(inputSample.dims(), 0, dims, 1, inputSample.rank());
      Placeholder<TFloat32> x = g.placeholder("x", dims);
      var y = m.forward(g, x, inputSample, outputSample);
      FloatArray[] out = new FloatArray[inputs.length + 1];
      for (int i = 0; i < inputs.length; i++) {
        out[i] = g.eval(y, Map.of(x, inputs[i]));
      }
      long count = g.trainableVariables().stream().mapToLong(TfVariable::size).sum();
      out[inputs.length] = FloatArray.wrap(Shape.of(1), new float[] {count});
      return out;
    }
  }

  /** @return the trainable parameters of {@code m} built for these samples */
  public static long parameterCount(OperatorModel m, Shape inputSample, Shape outputSample) {
    FloatArray[] r = forward(m, inputSample, outputSample);
    return (long) r[0].at(0);
  }

  /**
   * A linear time-stepper to learn: {@code u = roll(a + 0.2 Δ_h a, 2, 1)}, one explicit heat step
   * ({@code ν dt / h² = 0.2}, 5-point Laplacian, periodic) followed by a periodic shift of two
   * points along x and one along y, on smooth periodic {@code a}.
   *
   * @return {@code n} samples, {@code a} and {@code u} of shape {@code [n, s, s]}
   */
  public static Dataset heatStepAndShift(int n, int s, long seed) {
    FloatArray a = periodicFields(n, s, 1, seed);
    float[] av = a.toArray();
    float[] step = new float[av.length];
    for (int b = 0; b < n; b++) {
      for (int i = 0; i < s; i++) {
        for (int j = 0; j < s; j++) {
          int o = b * s * s;
          float centre = av[o + i * s + j];
          float lap = av[o + Math.floorMod(i + 1, s) * s + j] + av[o + Math.floorMod(i - 1, s) * s + j]
              + av[o + i * s + Math.floorMod(j + 1, s)] + av[o + i * s + Math.floorMod(j - 1, s)]
              - 4 * centre;
          step[o + i * s + j] = centre + 0.2f * lap;
        }
      }
    }
    FloatArray u = roll(FloatArray.wrap(Shape.of(n, s, s, 1), step), 2, 1);
    return Dataset.builder().input("a", FloatArray.wrap(Shape.of(n, s, s), av))
        .output("u", FloatArray.wrap(Shape.of(n, s, s), u.toArray())).build();
  }

  /**
   * Trains {@code m} on {@link #heatStepAndShift} (64 samples at {@code s²}: 48 train, 8
   * validation, 8 test) with the shared loop (relative L2 loss, global normalisation, AdamW with
   * weight decay 1e-5, one-cycle to {@code rate}, batch 4) and reports the held-out error.
   *
   * @return {@code {mean held-out relative L2, seconds, parameters}}
   */
  public static double[] fitHeatStepAndShift(OperatorModel m, int s, int epochs, double rate) {
    Dataset ds = heatStepAndShift(64, s, 11);
    Split split = Split.contiguous(64, 48, 8, 8);
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.oneCycle(rate, 12L * epochs), 1e-5);
    long t0 = System.nanoTime();
    SupervisedObjective.Result r = SupervisedObjective.builder(m, ds).inputs("a").outputs("u")
        .split(StoredSplit.of(split, 64)).build()
        .train(new TrainingConfig(epochs, 4, adam, 0, 0, 2), new TrainingListener() {
          @Override
          public void epoch(dev.galerkin.operators.training.EpochRecord e, boolean best) {
            if (e.epoch() % 10 != 0) {
              return;
            }
            System.out.printf("  epoch %d: train %.4f, validation %.4f, %.1f s%n", e.epoch(),
                e.trainLoss(), e.validationError(), (System.nanoTime() - t0) / 1e9);
          }
        }, null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (NeuralOperator op = r.operator()) {
      double mean = Arrays.stream(ErrorMetrics.relativeL2(op.predict(ds.gather("a", split.test())),
          ds.gather("u", split.test()))).average().orElseThrow();
      return new double[] {mean, seconds, op.parameterCount()};
    }
  }
}
