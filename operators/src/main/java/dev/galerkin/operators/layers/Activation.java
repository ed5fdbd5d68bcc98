package dev.galerkin.operators.layers;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Element-wise activation functions, each built from ops that have first-order gradients in
 * TensorFlow Java 1.1.0.
 */
public enum Activation {
  /** {@code x} (an {@code Identity} op, so the result can be fetched while {@code x} is fed). */
  IDENTITY,
  /** {@code tanh x}. */
  TANH,
  /** {@code max(0, x)}. */
  RELU,
  /**
   * The tanh approximation of GELU (Hendrycks and Gimpel 2016), as in PyTorch's
   * {@code gelu(approximate='tanh')}: {@code ½x(1 + tanh(√(2/π)(x + 0.044715x³)))}. TensorFlow
   * Java has no {@code Gelu} op. The graph computes the identical {@code x·σ(2z)},
   * {@code z = √(2/π)(x + 0.044715x³)} (since {@code ½(1 + tanh z) = σ(2z)}), as
   * {@code x·σ(x·(a + b·x²))} with {@code a = 2√(2/π)}, {@code b = 0.044715a}: six element-wise
   * ops instead of nine, and fewer in the gradient (docs/fno-profile.md).
   */
  GELU,
  /** {@code 1 / (1 + e^{−x})}. */
  SIGMOID,
  /** {@code log(1 + e^x)}. */
  SOFTPLUS,
  /** {@code sin x} (SIREN-style and periodic networks). */
  SIN;

  /** {@code 2√(2/π)}: GELU's {@code 2z = x·(GELU_A + GELU_B·x²)}. */
  private static final float GELU_A = (float) (2 * Math.sqrt(2.0 / Math.PI));
  /** {@code 0.044715 · 2√(2/π)}. */
  private static final float GELU_B = (float) (0.044715 * 2 * Math.sqrt(2.0 / Math.PI));

  /**
   * @param tf the op factory (its scope names the ops)
   * @param x any shape
   * @return the activation of {@code x}, same shape
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    return switch (this) {
      case IDENTITY -> tf.identity(x);
      case TANH -> tf.math.tanh(x);
      case RELU -> tf.nn.relu(x);
      case SIGMOID -> tf.math.sigmoid(x);
      case SOFTPLUS -> tf.math.softplus(x);
      case SIN -> tf.math.sin(x);
      case GELU -> {
        // Square's C++ gradient crashes (SIGSEGV in addGradients, TF 2.18) when its input is a
        // variable itself, so a variable is read through Identity first
        Operand<TFloat32> xs = x.op().type().startsWith("Variable") ? tf.identity(x) : x;
        Operand<TFloat32> poly = tf.math.add(tf.constant(GELU_A),
            tf.math.mul(tf.constant(GELU_B), tf.math.square(xs)));
        yield tf.math.mul(x, tf.math.sigmoid(tf.math.mul(x, poly)));
      }
    };
  }

  /**
   * The same function in double precision, for reference computations in tests and in Java.
   *
   * @param x the argument
   * @return the activation of {@code x}
   */
  public double apply(double x) {
    return switch (this) {
      case IDENTITY -> x;
      case TANH -> Math.tanh(x);
      case RELU -> Math.max(0, x);
      case SIGMOID -> 1 / (1 + Math.exp(-x));
      case SOFTPLUS -> x > 30 ? x : Math.log1p(Math.exp(x));
      case SIN -> Math.sin(x);
      case GELU -> 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
    };
  }
}
