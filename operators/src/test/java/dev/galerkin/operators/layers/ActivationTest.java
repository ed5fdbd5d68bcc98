package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The graph activations against their double-precision references, and GELU's graph gradient
 * against the derivative of the tanh form {@code ½x(1 + tanh z)} (the graph computes it as
 * {@code x·σ(2z)}). The gradient is taken with respect to a variable fed straight into GELU, the
 * case in which TensorFlow's {@code Square} gradient would crash without {@code Activation}'s
 * {@code Identity}.
 */
class ActivationTest {

  /** {@code n} points evenly spaced on {@code [−8, 8]}. */
  private static float[] grid(int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (-8 + 16.0 * i / (n - 1));
    }
    return x;
  }

  @Test
  void graphValuesMatchTheDoubleReferences() {
    float[] x = grid(2001);
    for (Activation a : Activation.values()) {
      try (TfGraph g = TfGraph.builder().threads(1).build()) {
        var p = g.placeholder("x", x.length);
        FloatArray got = g.eval(a.apply(g.ops(), p), Map.of(p, FloatArray.wrap(Shape.of(x.length), x)));
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
          double want = a.apply((double) x[i]);
          worst = Math.max(worst, Math.abs(got.at(i) - want) / Math.max(1, Math.abs(want)));
        }
        System.out.printf("%s graph vs double reference on [-8, 8]: max error %.2e%n", a, worst);
        assertTrue(worst < 2e-6, a + ": error " + worst);
      }
    }
  }

  @Test
  void geluGradientMatchesTheTanhFormsDerivative() {
    float[] x = grid(2001);
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      TfVariable v = g.variable("x", new long[] {x.length}, x, true);
      Ops tf = g.ops();
      Operand<TFloat32> y = tf.reduceSum(Activation.GELU.apply(tf, v.variable()), tf.constant(0));
      FloatArray got = g.eval(g.gradients(y, List.of(v)).get(0), Map.of());
      double c = Math.sqrt(2 / Math.PI);
      double worst = 0;
      for (int i = 0; i < x.length; i++) {
        double t = x[i];
        double th = Math.tanh(c * (t + 0.044715 * t * t * t));
        double want = 0.5 * (1 + th) + 0.5 * t * (1 - th * th) * c * (1 + 3 * 0.044715 * t * t);
        worst = Math.max(worst, Math.abs(got.at(i) - want));
      }
      System.out.printf("GELU graph gradient vs d/dx of the tanh form on [-8, 8]: max abs error %.2e%n", worst);
      assertTrue(worst < 1e-5, "error " + worst);
    }
  }
}
