package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Initial values of a variable, computed in Java from a seeded generator, so a model's initial
 * weights depend only on the graph seed and the variable's name (see {@link TfGraph#variable}).
 *
 * <p>Fan-in and fan-out follow Keras: a vector {@code [n]} has both equal to {@code n}; a matrix
 * {@code [in, out]} has {@code in} and {@code out}; a convolution kernel {@code [..., in, out]}
 * multiplies both by the receptive field, the product of the leading axes. Normal samples come from
 * the Box–Muller transform of {@link SplittableRandom#nextDouble()} and are not truncated.
 */
@FunctionalInterface
public interface Initializer {

  /**
   * @param shape the variable's dimensions, not modified
   * @param random the variable's own stream, modified (advanced)
   * @return row-major values, {@code Π shape} of them
   */
  float[] values(long[] shape, SplittableRandom random);

  /** @return all zeros (the default for biases) */
  static Initializer zeros() {
    return constant(0f);
  }

  /** @return every element equal to {@code value} */
  static Initializer constant(float value) {
    return (shape, random) -> {
      float[] v = new float[size(shape)];
      Arrays.fill(v, value);
      return v;
    };
  }

  /** @return independent samples from the uniform distribution on {@code [low, high)} */
  static Initializer uniform(double low, double high) {
    if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new GalerkinException("uniform initializer: need finite low < high, got [" + low + ", " + high + ")");
    }
    return (shape, random) -> {
      float[] v = new float[size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (low + (high - low) * random.nextDouble());
      }
      return v;
    };
  }

  /** @return independent samples from the normal distribution {@code N(mean, std²)} */
  static Initializer normal(double mean, double std) {
    if (!(std >= 0) || !Double.isFinite(std) || !Double.isFinite(mean)) {
      throw new GalerkinException("normal initializer: need finite mean and std >= 0, got " + mean + ", " + std);
    }
    return (shape, random) -> {
      float[] v = new float[size(shape)];
      for (int i = 0; i < v.length; i += 2) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]
        double u2 = random.nextDouble();
        double r = Math.sqrt(-2.0 * Math.log(u1));
        v[i] = (float) (mean + std * r * Math.cos(2 * Math.PI * u2));
        if (i + 1 < v.length) {
          v[i + 1] = (float) (mean + std * r * Math.sin(2 * Math.PI * u2));
        }
      }
      return v;
    };
  }

  /**
   * Glorot and Bengio (2010), "Understanding the difficulty of training deep feedforward neural
   * networks": uniform on {@code ±sqrt(6 / (fanIn + fanOut))}.
   */
  static Initializer glorotUniform() {
    return (shape, random) -> {
      long[] f = fans(shape);
      double limit = Math.sqrt(6.0 / (f[0] + f[1]));
      return uniform(-limit, limit).values(shape, random);
    };
  }

  /** Glorot and Bengio (2010), normal form: {@code N(0, 2 / (fanIn + fanOut))}. */
  static Initializer glorotNormal() {
    return (shape, random) -> {
      long[] f = fans(shape);
      return normal(0, Math.sqrt(2.0 / (f[0] + f[1]))).values(shape, random);
    };
  }

  /**
   * He et al. (2015), "Delving deep into rectifiers": {@code N(0, 2 / fanIn)}, for ReLU networks.
   */
  static Initializer heNormal() {
    return (shape, random) -> normal(0, Math.sqrt(2.0 / fans(shape)[0])).values(shape, random);
  }

  /**
   * PyTorch's default for {@code nn.Conv2d}, {@code nn.ConvTranspose2d} and {@code nn.Linear}
   * weights, {@code kaiming_uniform_(a=√5)}: uniform on {@code ±1/√fanIn} (fan-in as above; for a
   * transposed kernel {@code [..., out, in]} it is {@code out} times the receptive field, as in
   * PyTorch). The U-Net and SineNet references train from it.
   */
  static Initializer pytorchDefault() {
    return (shape, random) -> {
      double limit = 1 / Math.sqrt(fans(shape)[0]);
      return uniform(-limit, limit).values(shape, random);
    };
  }

  /**
   * Keras fans of a variable shape.
   *
   * @param shape the dimensions, not modified; rank 0 counts as {@code [1]}
   * @return {@code {fanIn, fanOut}}
   */
  static long[] fans(long[] shape) {
    if (shape.length == 0) {
      return new long[] {1, 1};
    }
    if (shape.length == 1) {
      return new long[] {shape[0], shape[0]};
    }
    long receptive = 1;
    for (int i = 0; i < shape.length - 2; i++) {
      receptive *= shape[i];
    }
    return new long[] {shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive};
  }

  private static int size(long[] shape) {
    long s = 1;
    for (long d : shape) {
      s = Math.multiplyExact(s, d);
    }
    return Math.toIntExact(s);
  }
}
