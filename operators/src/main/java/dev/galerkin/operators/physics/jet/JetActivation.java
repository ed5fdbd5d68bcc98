package dev.galerkin.operators.physics.jet;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * Element-wise functions {@code σ} with their first and second derivatives {@code σ'}, {@code σ''},
 * in graph ops (float64) and in Java, for the forward-mode chain rule of {@link Jet#map}:
 * {@code a = σ(z)}, {@code a_i = σ'(z) z_i}, {@code a_ij = σ''(z) z_i z_j + σ'(z) z_ij}. Every op
 * used has a first-order gradient in TensorFlow Java 1.1.0.
 */
public enum JetActivation {
  /** {@code z}. */
  IDENTITY,
  /** {@code tanh z}: {@code σ' = 1 − t²}, {@code σ'' = −2t(1 − t²)}. */
  TANH,
  /** {@code sin z}. */
  SIN,
  /** {@code cos z}. */
  COS,
  /** {@code exp z}. */
  EXP,
  /** {@code s = 1/(1 + e^{−z})}: {@code σ' = s(1 − s)}, {@code σ'' = s(1 − s)(1 − 2s)}. */
  SIGMOID,
  /** {@code log(1 + e^z)}: {@code σ'} is the sigmoid. */
  SOFTPLUS,
  /**
   * The exact GELU {@code z Φ(z)}, {@code Φ(z) = ½(1 + erf(z/√2))} (Hendrycks and Gimpel 2016):
   * {@code σ' = Φ + zφ}, {@code σ'' = φ(2 − z²)} with {@code φ(z) = e^{−z²/2}/√(2π)}.
   */
  GELU;

  private static final double INV_SQRT2 = 1 / Math.sqrt(2);
  private static final double INV_SQRT2PI = 1 / Math.sqrt(2 * Math.PI);

  /**
   * @param tf the op factory
   * @param z any shape
   * @param order how many derivatives to build: 0, 1 or 2
   * @return {@code {σ(z), σ'(z), σ''(z)}}, the ones above {@code order} {@code null}; for
   *     {@link #IDENTITY} {@code σ'} and {@code σ''} are {@code null} (1 and 0, applied symbolically)
   */
  @SuppressWarnings("unchecked")
  public Operand<TFloat64>[] apply(Ops tf, Operand<TFloat64> z, int order) {
    Operand<TFloat64> s0;
    Operand<TFloat64> s1 = null;
    Operand<TFloat64> s2 = null;
    Operand<TFloat64> one = tf.constant(1.0);
    switch (this) {
      case IDENTITY -> s0 = z;
      case TANH -> {
        s0 = tf.math.tanh(z);
        if (order >= 1) {
          s1 = tf.math.sub(one, tf.math.square(s0));
        }
        if (order >= 2) {
          s2 = tf.math.mul(tf.constant(-2.0), tf.math.mul(s0, s1));
        }
      }
      case SIN -> {
        s0 = tf.math.sin(z);
        s1 = order >= 1 ? tf.math.cos(z) : null;
        s2 = order >= 2 ? tf.math.neg(s0) : null;
      }
      case COS -> {
        s0 = tf.math.cos(z);
        s1 = order >= 1 ? tf.math.neg(tf.math.sin(z)) : null;
        s2 = order >= 2 ? tf.math.neg(s0) : null;
      }
      case EXP -> {
        s0 = tf.math.exp(z);
        s1 = order >= 1 ? s0 : null;
        s2 = order >= 2 ? s0 : null;
      }
      case SIGMOID -> {
        s0 = tf.math.sigmoid(z);
        s1 = order >= 1 ? tf.math.mul(s0, tf.math.sub(one, s0)) : null;
        s2 = order >= 2 ? tf.math.mul(s1, tf.math.sub(one, tf.math.mul(tf.constant(2.0), s0))) : null;
      }
      case SOFTPLUS -> {
        s0 = tf.math.softplus(z);
        Operand<TFloat64> s = order >= 1 ? tf.math.sigmoid(z) : null;
        s1 = s;
        s2 = order >= 2 ? tf.math.mul(s, tf.math.sub(one, s)) : null;
      }
      case GELU -> {
        Operand<TFloat64> phiBig = tf.math.mul(tf.constant(0.5),
            tf.math.add(one, tf.math.erf(tf.math.mul(z, tf.constant(INV_SQRT2)))));
        s0 = tf.math.mul(z, phiBig);
        Operand<TFloat64> phi = order >= 1 ? tf.math.mul(tf.constant(INV_SQRT2PI),
            tf.math.exp(tf.math.mul(tf.constant(-0.5), tf.math.square(z)))) : null;
        s1 = order >= 1 ? tf.math.add(phiBig, tf.math.mul(z, phi)) : null;
        s2 = order >= 2 ? tf.math.mul(phi, tf.math.sub(tf.constant(2.0), tf.math.square(z))) : null;
      }
      default -> throw new IllegalStateException(name());
    }
    return new Operand[] {s0, s1, s2};
  }

  /**
   * The same function in Java, for tests and reference computations.
   *
   * @param z the argument
   * @return {@code σ(z)}
   */
  public double apply(double z) {
    return switch (this) {
      case IDENTITY -> z;
      case TANH -> Math.tanh(z);
      case SIN -> Math.sin(z);
      case COS -> Math.cos(z);
      case EXP -> Math.exp(z);
      case SIGMOID -> 1 / (1 + Math.exp(-z));
      case SOFTPLUS -> z > 30 ? z : Math.log1p(Math.exp(z));
      case GELU -> 0.5 * z * (1 + org.apache.commons.math3.special.Erf.erf(z * INV_SQRT2));
    };
  }
}
