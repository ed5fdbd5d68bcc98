package dev.galerkin.operators.tf;

import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.optim.OptimizerState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** End-to-end training of a small MLP: accuracy, determinism, exact resume. */
class TrainingTest {
  static final int TRAIN = 128;
  static final int BATCH = 32;

  /** The target: a smooth function on [0, 1]. */
  static double target(double x) {
    return Math.sin(2 * Math.PI * x) + 0.5 * Math.cos(6 * x);
  }

  /** An MLP 1-32-32-1 (tanh) with relative-L2 loss and an AdamW optimiser. */
  static final class Mlp implements AutoCloseable {
    final TfGraph g;
    final Placeholder<TFloat32> x;
    final Placeholder<TFloat32> y;
    final Operand<TFloat32> out;
    final Operand<TFloat32> loss;
    final Adam adam;

    Mlp(long seed, LearningRateSchedule schedule) {
      g = TfGraph.builder().seed(seed).build();
      x = g.placeholder("x", -1, 1);
      y = g.placeholder("y", -1, 1);
      Operand<TFloat32> h = Activation.TANH.apply(g.ops(), Dense.create(g, "l0", 1, 32).apply(x));
      h = Activation.TANH.apply(g.ops(), Dense.create(g, "l1", 32, 32).apply(h));
      out = Dense.create(g, "l2", 32, 1).apply(h);
      loss = Losses.relativeL2(g.ops(), tf2d(out), tf2d(y));
      adam = Adam.minimize(g, loss,
          AdamConfig.builder().schedule(schedule).weightDecay(1e-4).clipNorm(10).build());
    }

    private Operand<TFloat32> tf2d(Operand<TFloat32> a) {
      // relative L2 over the whole curve: one "sample" of BATCH points
      return g.ops().reshape(a, g.ops().constant(new long[] {1, -1}));
    }

    /** Step {@code s} trains on the {@code s mod 4}-th quarter of the (interleaved) training points. */
    float step(long s) {
      int q = (int) (s % (TRAIN / BATCH));
      float[] xs = new float[BATCH];
      float[] ys = new float[BATCH];
      for (int i = 0; i < BATCH; i++) {
        double xv = (i * (TRAIN / BATCH) + q) / (double) (TRAIN - 1);
        xs[i] = (float) xv;
        ys[i] = (float) target(xv);
      }
      return adam.step(Map.of(x, FloatArray.wrap(Shape.of(BATCH, 1), xs), y, FloatArray.wrap(Shape.of(BATCH, 1), ys)));
    }

    /** @return the relative L2 error on 301 points between the training points */
    double testError() {
      int n = 301;
      float[] xs = new float[n];
      for (int i = 0; i < n; i++) {
        xs[i] = (float) ((i + 0.5) / n);
      }
      FloatArray p = g.eval(out, Map.of(x, FloatArray.wrap(Shape.of(n, 1), xs)));
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        double t = target(xs[i]);
        num += (p.at(i) - t) * (p.at(i) - t);
        den += t * t;
      }
      return Math.sqrt(num / den);
    }

    @Override
    public void close() {
      g.close();
    }
  }

  static final int STEPS = 3000;
  static final LearningRateSchedule SCHEDULE =
      LearningRateSchedule.warmup(100, LearningRateSchedule.cosine(1e-2, 1e-4, STEPS - 100));

  @Test
  void mlpFitsASmoothFunctionReproducibly() {
    float[] losses = new float[2];
    double[] errors = new double[2];
    float[][] weights = new float[2][];
    for (int run = 0; run < 2; run++) {
      long t0 = System.nanoTime();
      try (Mlp m = new Mlp(42, SCHEDULE)) {
        for (long s = 0; s < STEPS; s++) {
          losses[run] = m.step(s);
        }
        errors[run] = m.testError();
        weights[run] = m.g.read("l1/w");
      }
      System.out.printf("MLP 1-32-32-1 tanh, %d AdamW steps (batch %d): last batch loss %.4f, test relative L2 %.4f, %.2f s%n",
          STEPS, BATCH, losses[run], errors[run], (System.nanoTime() - t0) / 1e9);
    }
    assertTrue(errors[0] < 0.02, "test relative L2 error " + errors[0]);
    assertEquals(losses[0], losses[1], 0, "same seed, same loss");
    assertEquals(errors[0], errors[1], 0);
    assertArrayEquals(weights[0], weights[1], "same seed, same weights");
  }

  @Test
  void resumeFromFloatArraysIsExact() {
    int k = 150;
    LearningRateSchedule schedule = LearningRateSchedule.warmup(20, LearningRateSchedule.stepDecay(5e-3, 0.5, 40));
    Map<String, float[]> straight;
    float lastStraight;
    try (Mlp m = new Mlp(7, schedule)) {
      float l = 0;
      for (long s = 0; s < 2 * k; s++) {
        l = m.step(s);
      }
      lastStraight = l;
      straight = m.g.readVariables();
    }
    Map<String, float[]> saved;
    OptimizerState state;
    try (Mlp m = new Mlp(7, schedule)) {
      for (long s = 0; s < k; s++) {
        m.step(s);
      }
      saved = m.g.readVariables();
      state = m.adam.state();
    }
    // a fresh graph, even with another seed: the restored arrays are all the state there is
    try (Mlp m = new Mlp(99, schedule)) {
      m.g.writeAll(saved);
      m.adam.restore(state);
      assertEquals(k, m.adam.stepCount());
      float l = 0;
      for (long s = k; s < 2 * k; s++) {
        l = m.step(s);
      }
      assertEquals(lastStraight, l, 0, "loss at the last step");
      Map<String, float[]> resumed = m.g.readVariables();
      assertEquals(straight.keySet(), resumed.keySet());
      for (String name : straight.keySet()) {
        assertArrayEquals(straight.get(name), resumed.get(name), name + " differs after resume");
      }
    }
  }
}
