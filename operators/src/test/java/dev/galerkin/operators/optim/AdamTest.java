package dev.galerkin.operators.optim;

import dev.galerkin.operators.tf.TfGraphTest;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Adam, AdamW and clipping against a hand-written Java Adam on a quadratic
 * {@code L = ½ Σ c_i (θ_i − t_i)²} whose gradient {@code c_i (θ_i − t_i)} is known exactly.
 */
class AdamTest {
  static final float[] C = {1f, 3f, 0.5f, 2f, 10f, 0.2f};
  static final float[] T = {1f, -2f, 0.5f, 3f, -1f, 4f};
  static final float[] THETA0 = {0.3f, 0.1f, -0.7f, 1.2f, 0.0f, -0.5f};

  /** The quadratic problem: θ of shape [2, 3] plus an unused-by-value variable z (zero gradient). */
  record Problem(TfGraph g, Operand<TFloat32> loss) {}

  static Problem problem(long seed) {
    TfGraph g = TfGraph.builder().seed(seed).threads(1).build();
    Ops tf = g.ops();
    TfVariable theta = g.variable("theta", new long[] {2, 3}, THETA0.clone(), true);
    TfVariable z = g.variable("z", new long[] {3}, new float[] {1f, -2f, 4f}, true);
    Operand<TFloat32> c = tf.constant(org.tensorflow.ndarray.Shape.of(2, 3), org.tensorflow.ndarray.buffer.DataBuffers.of(C));
    Operand<TFloat32> t = tf.constant(org.tensorflow.ndarray.Shape.of(2, 3), org.tensorflow.ndarray.buffer.DataBuffers.of(T));
    Operand<TFloat32> d = tf.math.sub(theta.variable(), t);
    Operand<TFloat32> quad = tf.math.mul(tf.constant(0.5f), tf.reduceSum(tf.math.mul(c, tf.math.square(d)), tf.constant(new int[] {0, 1})));
    Operand<TFloat32> zero = tf.math.mul(tf.constant(0f), tf.reduceSum(z.variable(), tf.constant(0)));
    return new Problem(g, tf.math.add(quad, zero));
  }

  /** Java Adam in TensorFlow's ε̂ form, float arithmetic in TensorFlow's order. */
  static final class JavaAdam {
    final AdamConfig cfg;
    final float[] theta;
    final float[] m;
    final float[] v;
    long step;

    JavaAdam(AdamConfig cfg, float[] theta0) {
      this.cfg = cfg;
      this.theta = theta0.clone();
      this.m = new float[theta0.length];
      this.v = new float[theta0.length];
    }

    /** @param quadratic the quadratic's gradient if true, zero otherwise */
    void step(boolean quadratic) {
      float[] g = new float[theta.length];
      double sq = 0;
      for (int i = 0; i < g.length; i++) {
        g[i] = quadratic ? C[i] * (theta[i] - T[i]) : 0f;
        sq += (double) g[i] * g[i];
      }
      if (cfg.clips()) {
        float norm = (float) Math.sqrt(sq);
        float c = (float) cfg.clipNorm();
        float scale = c / Math.max(norm, c);
        for (int i = 0; i < g.length; i++) {
          g[i] *= scale;
        }
      }
      long t = step + 1;
      float lr = (float) cfg.schedule().at(step);
      float b1 = (float) cfg.beta1();
      float b2 = (float) cfg.beta2();
      float b1p = (float) Math.pow(cfg.beta1(), t);
      float b2p = (float) Math.pow(cfg.beta2(), t);
      float alpha = lr * (float) Math.sqrt(1 - b2p) / (1 - b1p);
      for (int i = 0; i < g.length; i++) {
        if (cfg.weightDecay() > 0) {
          theta[i] -= lr * (float) cfg.weightDecay() * theta[i];
        }
        m[i] += (g[i] - m[i]) * (1 - b1);
        v[i] += (g[i] * g[i] - v[i]) * (1 - b2);
        theta[i] -= m[i] * alpha / ((float) Math.sqrt(v[i]) + (float) cfg.epsilon());
      }
      step = t;
    }
  }

  static void assertClose(float[] expected, float[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol * (1 + Math.abs(expected[i])), what + "[" + i + "]");
    }
  }

  static final LearningRateSchedule SCHEDULE =
      LearningRateSchedule.warmup(3, LearningRateSchedule.cosine(0.1, 0.01, 20));

  @Test
  void oneAndSeveralStepsMatchJavaAdam() {
    AdamConfig cfg = AdamConfig.adam(SCHEDULE);
    Problem p = problem(1);
    try (TfGraph g = p.g()) {
      Adam adam = Adam.minimize(g, p.loss(), cfg);
      JavaAdam ref = new JavaAdam(cfg, THETA0);
      for (int s = 1; s <= 12; s++) {
        double expectedLoss = 0;
        for (int i = 0; i < 6; i++) {
          expectedLoss += 0.5 * C[i] * (ref.theta[i] - T[i]) * (ref.theta[i] - T[i]);
        }
        assertEquals(SCHEDULE.at(ref.step), adam.learningRate(), 1e-15);
        float loss = adam.step(Map.of());
        assertEquals(expectedLoss, loss, 1e-5 * (1 + expectedLoss));
        ref.step(true);
        if (s == 1 || s == 12) {
          assertClose(ref.theta, g.read("theta"), 2e-6, "theta after " + s + " steps");
          OptimizerState state = adam.state();
          assertEquals(s, state.step());
          assertClose(ref.m, state.slots().get("theta/adam_m"), 2e-6, "m");
          assertClose(ref.v, state.slots().get("theta/adam_v"), 2e-6, "v");
        }
      }
      // a variable with zero gradient does not move under plain Adam
      assertClose(new float[] {1f, -2f, 4f}, g.read("z"), 0, "z");
    }
  }

  @Test
  void adamWDecaysDecoupledFromTheGradient() {
    AdamConfig cfg = AdamConfig.adamW(SCHEDULE, 0.5);
    Problem p = problem(2);
    try (TfGraph g = p.g()) {
      Adam adam = Adam.minimize(g, p.loss(), cfg);
      JavaAdam ref = new JavaAdam(cfg, THETA0);
      float[] z = {1f, -2f, 4f};
      for (int s = 0; s < 10; s++) {
        float lr = (float) SCHEDULE.at(s);
        for (int i = 0; i < 3; i++) {
          z[i] -= lr * 0.5f * z[i];
        }
        adam.step(Map.of());
        ref.step(true);
      }
      assertClose(ref.theta, g.read("theta"), 2e-6, "theta");
      // zero gradient: only the decay acts, θ_t = θ_0 Π (1 − lr_s λ)
      assertClose(z, g.read("z"), 1e-6, "z");
      assertTrue(Math.abs(g.read("z")[2]) < 4 * 0.9);
    }
  }

  @Test
  void clippingScalesByTheGlobalNorm() {
    AdamConfig cfg = AdamConfig.builder().schedule(SCHEDULE).clipNorm(0.5).build();
    Problem p = problem(3);
    try (TfGraph g = p.g()) {
      Adam adam = Adam.minimize(g, p.loss(), cfg);
      List<FloatArray> grads = g.eval(adam.gradients(), Map.of());
      double sq = 0;
      float[] raw = new float[6];
      for (int i = 0; i < 6; i++) {
        raw[i] = C[i] * (THETA0[i] - T[i]);
        sq += raw[i] * raw[i];
      }
      double norm = Math.sqrt(sq);
      assertTrue(norm > 5, "the test needs clipping to be active");
      assertEquals(norm, g.eval(adam.gradientNorm(), Map.of()).at(0), 1e-5 * norm);
      for (int i = 0; i < 6; i++) {
        assertEquals(raw[i] * 0.5 / norm, grads.get(0).at(i), 1e-6);
      }
      double clippedNorm = 0;
      for (FloatArray a : grads) {
        for (int i = 0; i < a.size(); i++) {
          clippedNorm += a.at(i) * a.at(i);
        }
      }
      assertEquals(0.5, Math.sqrt(clippedNorm), 1e-6);
      // and the trajectory follows the clipped Java Adam, not the unclipped one
      JavaAdam ref = new JavaAdam(cfg, THETA0);
      JavaAdam unclipped = new JavaAdam(AdamConfig.adam(SCHEDULE), THETA0);
      for (int s = 0; s < 10; s++) {
        adam.step(Map.of());
        if (s == 0) {
          assertEquals(norm, adam.lastGradientNorm(), 1e-5 * norm); // reported before clipping
        }
        ref.step(true);
        unclipped.step(true);
      }
      assertClose(ref.theta, g.read("theta"), 2e-6, "theta");
      assertFalse(Math.abs(ref.theta[4] - unclipped.theta[4]) < 1e-4, "clipping changed nothing");
    }
  }

  @Test
  void clippingLeavesSmallGradientsAlone() {
    AdamConfig cfg = AdamConfig.builder().clipNorm(1e3).build();
    Problem p = problem(4);
    try (TfGraph g = p.g()) {
      Adam adam = Adam.minimize(g, p.loss(), cfg);
      FloatArray grad = g.eval(adam.gradients().get(0), Map.of());
      for (int i = 0; i < 6; i++) {
        assertEquals(C[i] * (THETA0[i] - T[i]), grad.at(i), 1e-6);
      }
    }
  }

  @Test
  void schedulesGiveTheRightValues() {
    assertEquals(0.1, LearningRateSchedule.constant(0.1).at(12345), 0);
    LearningRateSchedule step = LearningRateSchedule.stepDecay(1, 0.5, 10);
    assertEquals(1, step.at(0), 0);
    assertEquals(1, step.at(9), 0);
    assertEquals(0.5, step.at(10), 0);
    assertEquals(0.25, step.at(25), 0);
    LearningRateSchedule cos = LearningRateSchedule.cosine(1, 0.1, 100);
    assertEquals(1, cos.at(0), 1e-15);
    assertEquals(0.55, cos.at(50), 1e-15);
    assertEquals(0.1, cos.at(100), 1e-15);
    assertEquals(0.1, cos.at(1000), 1e-15);
    assertEquals(0.1 + 0.45 * (1 + Math.cos(Math.PI * 0.25)), cos.at(25), 1e-15);
    LearningRateSchedule warm = LearningRateSchedule.warmup(5, LearningRateSchedule.constant(1));
    assertEquals(0.2, warm.at(0), 1e-15);
    assertEquals(0.6, warm.at(2), 1e-15);
    assertEquals(1, warm.at(4), 1e-15);
    assertEquals(1, warm.at(5), 1e-15);
    LearningRateSchedule warmCos = LearningRateSchedule.warmup(10, LearningRateSchedule.cosine(1, 0, 100));
    assertEquals(1, warmCos.at(10), 1e-15);
    assertEquals(0.5, warmCos.at(60), 1e-15);
    LearningRateSchedule warmStep = LearningRateSchedule.warmup(4, LearningRateSchedule.stepDecay(2, 0.1, 3));
    assertEquals(1, warmStep.at(1), 1e-15);
    assertEquals(0.2, warmStep.at(7), 1e-15);
    GalerkinException e = assertThrows(GalerkinException.class, () -> LearningRateSchedule.stepDecay(1, 1.5, 10));
    assertEquals("step decay: gamma must be in (0, 1], got 1.5", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> AdamConfig.builder().beta2(1).build());
    assertEquals("adam: beta2 must be in [0, 1), got 1.0", e.getMessage());
  }

  /** PyTorch's OneCycleLR formulas evaluated by hand at points where the cosine is simple. */
  @Test
  void oneCycleFollowsPyTorch() {
    // max 1, T = 100, pct 0.3, div 25, final div 1e4: initial 0.04, min 4e-6, peak at step 29, end 99
    LearningRateSchedule s = LearningRateSchedule.oneCycle(1, 100);
    assertEquals(new LearningRateSchedule.OneCycle(1, 100, 0.3, 25, 1e4), s);
    assertEquals(0.04, s.at(0), 1e-12);
    assertEquals(1, s.at(29), 1e-12);
    assertEquals(0.5 * (1 + 4e-6), s.at(64), 1e-12); // (64 − 29)/70 = ½: the mean of max and min
    assertEquals(4e-6, s.at(99), 1e-12);
    assertEquals(4e-6, s.at(5000), 1e-12);
    // rising phase at a third: end + ½(start − end)(1 + cos(π/3)) = 1 − 0.96·¾
    LearningRateSchedule t = new LearningRateSchedule.OneCycle(1, 40, 0.1, 25, 1e4); // peak at step 3
    assertEquals(1 - 0.96 * 0.75, t.at(1), 1e-12);
    assertEquals(1 - 0.96 * 0.25, t.at(2), 1e-12);
    assertEquals(1, t.at(3), 1e-12);
    // falling phase: (step − 3)/36; at step 15 a third: min + ½(1 − min)(1 + ½)
    assertEquals(4e-6 + 0.75 * (1 - 4e-6), t.at(15), 1e-12);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> new LearningRateSchedule.OneCycle(1, 3, 0.3, 25, 1e4));
    assertEquals("one-cycle schedule: pctStart·totalSteps must be > 1 (a rising phase of at least one"
        + " step), got 0.3·3", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new LearningRateSchedule.OneCycle(1, 100, 1, 25, 1e4));
    assertEquals("one-cycle schedule: pctStart must be in (0, 1), got 1.0", e.getMessage());
  }

  @Test
  void cosineWithWarmupRisesThenAnneals() {
    LearningRateSchedule s = LearningRateSchedule.cosineWithWarmup(1, 10, 110, 0.1);
    assertEquals(0.1, s.at(0), 1e-15);
    assertEquals(0.5, s.at(4), 1e-15);
    assertEquals(1, s.at(9), 1e-15);
    assertEquals(1, s.at(10), 1e-15);
    assertEquals(0.55, s.at(60), 1e-15);
    assertEquals(0.1 + 0.45 * (1 + Math.cos(Math.PI / 4)), s.at(35), 1e-15);
    assertEquals(0.1, s.at(110), 1e-15);
    assertEquals(0.1, s.at(1000), 1e-15);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> LearningRateSchedule.cosineWithWarmup(1, 10, 10, 0));
    assertEquals("cosine with warm-up: totalSteps must be > warmupSteps = 10, got 10", e.getMessage());
  }

  @Test
  void restoreChecksTheSlots() {
    Problem p = problem(5);
    try (TfGraph g = p.g()) {
      Adam adam = Adam.minimize(g, p.loss(), AdamConfig.adam(SCHEDULE));
      GalerkinException e = assertThrows(GalerkinException.class,
          () -> adam.restore(new OptimizerState(3, Map.of("theta/adam_m", new float[6]))));
      assertEquals("optimizer state has no slot 'theta/adam_v'", e.getMessage());
    }
  }
}
