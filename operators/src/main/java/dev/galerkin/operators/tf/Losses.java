package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Training losses, built from ops with first-order gradients. Prediction and target have the same
 * shape {@code [batch, ...]}; the static shapes are checked when the graph is built.
 */
public final class Losses {
  /** The default {@code ε} of {@link #relativeL2(Ops, Operand, Operand)}. */
  public static final float DEFAULT_EPSILON = 1e-6f;

  private Losses() {}

  /**
   * Mean squared error over all elements: {@code mean((ŷ − y)²)}.
   *
   * @return a scalar
   */
  public static Operand<TFloat32> mse(Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> target) {
    checkSame("mse", prediction, target);
    Operand<TFloat32> d = tf.math.squaredDifference(prediction, target);
    return tf.math.mean(d, allAxes(tf, d.shape().numDimensions()));
  }

  /** {@link #relativeL2(Ops, Operand, Operand, float)} with {@link #DEFAULT_EPSILON}. */
  public static Operand<TFloat32> relativeL2(Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> target) {
    return relativeL2(tf, prediction, target, DEFAULT_EPSILON);
  }

  /**
   * The neural-operator headline metric as a loss: per sample
   * {@code sqrt(‖ŷ−y‖² + ε²) / sqrt(‖y‖² + ε²)} (2-norms over all non-batch axes), averaged over
   * the batch. The {@code ε²} keeps the value and gradient finite when a sample's error or target is
   * zero; for {@code ‖y‖ ≫ ε} it is the plain {@code ‖ŷ−y‖₂/‖y‖₂}.
   *
   * @param epsilon {@code > 0}, in the units of the field
   * @return a scalar
   */
  public static Operand<TFloat32> relativeL2(
      Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> target, float epsilon) {
    return tf.math.mean(relativeL2PerSample(tf, prediction, target, epsilon), tf.constant(0));
  }

  /**
   * The per-sample relative L2 error of {@link #relativeL2(Ops, Operand, Operand, float)}, not
   * averaged.
   *
   * @return shape {@code [batch]}
   */
  public static Operand<TFloat32> relativeL2PerSample(
      Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> target, float epsilon) {
    checkSame("relative_l2", prediction, target);
    if (!(epsilon > 0)) {
      throw new GalerkinException("loss 'relative_l2': epsilon must be > 0, got " + epsilon);
    }
    int rank = prediction.shape().numDimensions();
    if (rank < 2) {
      throw new GalerkinException("loss 'relative_l2': needs a batch axis and at least one more, got shape "
          + Tensors.format(prediction.shape()));
    }
    Operand<org.tensorflow.types.TInt32> sampleAxes = sampleAxes(tf, rank);
    Operand<TFloat32> eps2 = tf.constant(epsilon * epsilon);
    Operand<TFloat32> num = tf.math.sqrt(tf.math.add(
        tf.reduceSum(tf.math.squaredDifference(prediction, target), sampleAxes), eps2));
    Operand<TFloat32> den = tf.math.sqrt(tf.math.add(tf.reduceSum(tf.math.square(target), sampleAxes), eps2));
    return tf.math.div(num, den);
  }

  /**
   * The relative H1 error by finite differences, averaged over the batch: per sample
   * {@code sqrt(‖e‖² + ‖De‖² + ε²) / sqrt(‖y‖² + ‖Dy‖² + ε²)} with {@code e = ŷ − y}, {@code D} the
   * forward differences {@code (x[i+1] − x[i])·(n−1)} along each grid axis (the unit box's
   * spacing) and sums over all points. Axes after the grid (channels) are not differentiated.
   *
   * @param gridAxes how many axes after the batch axis are grid axes, {@code >= 1}; each needs a
   *     static extent {@code >= 2}
   * @return a scalar
   */
  public static Operand<TFloat32> relativeH1(Ops tf, Operand<TFloat32> prediction,
      Operand<TFloat32> target, int gridAxes) {
    checkSame("relative_h1", prediction, target);
    int rank = prediction.shape().numDimensions();
    if (gridAxes < 1 || gridAxes > rank - 1) {
      throw new GalerkinException("loss 'relative_h1': " + gridAxes + " grid axes do not fit shape "
          + Tensors.format(prediction.shape()));
    }
    Operand<org.tensorflow.types.TInt32> axes = sampleAxes(tf, rank);
    Operand<TFloat32> e = tf.math.sub(prediction, target);
    Operand<TFloat32> eps2 = tf.constant(DEFAULT_EPSILON * DEFAULT_EPSILON);
    Operand<TFloat32> num = tf.reduceSum(tf.math.square(e), axes);
    Operand<TFloat32> den = tf.reduceSum(tf.math.square(target), axes);
    for (int a = 1; a <= gridAxes; a++) {
      long n = prediction.shape().size(a);
      if (n < 2) {
        throw new GalerkinException("loss 'relative_h1': grid axis " + a + " of shape "
            + Tensors.format(prediction.shape()) + " needs a static extent >= 2");
      }
      num = tf.math.add(num, tf.reduceSum(tf.math.square(difference(tf, e, a, n, rank)), axes));
      den = tf.math.add(den, tf.reduceSum(tf.math.square(difference(tf, target, a, n, rank)), axes));
    }
    return tf.math.mean(tf.math.div(tf.math.sqrt(tf.math.add(num, eps2)),
        tf.math.sqrt(tf.math.add(den, eps2))), tf.constant(0));
  }

  /** {@code (x[..., i+1, ...] − x[..., i, ...])·(n−1)} along {@code axis}. */
  private static Operand<TFloat32> difference(Ops tf, Operand<TFloat32> x, int axis, long n,
      int rank) {
    int[] size = new int[rank];          // int32: Slice's gradient needs int32 begin and size
    java.util.Arrays.fill(size, -1);
    size[axis] = Math.toIntExact(n - 1);
    int[] zero = new int[rank];
    int[] one = new int[rank];
    one[axis] = 1;
    Operand<TFloat32> hi = tf.slice(x, tf.constant(one), tf.constant(size));
    Operand<TFloat32> lo = tf.slice(x, tf.constant(zero), tf.constant(size));
    return tf.math.mul(tf.math.sub(hi, lo), tf.constant((float) (n - 1)));
  }

  private static Operand<org.tensorflow.types.TInt32> allAxes(Ops tf, int rank) {
    int[] a = new int[rank];
    for (int i = 0; i < rank; i++) {
      a[i] = i;
    }
    return tf.constant(a);
  }

  static Operand<org.tensorflow.types.TInt32> sampleAxes(Ops tf, int rank) {
    int[] a = new int[rank - 1];
    for (int i = 1; i < rank; i++) {
      a[i - 1] = i;
    }
    return tf.constant(a);
  }

  static void checkSame(String loss, Operand<TFloat32> p, Operand<TFloat32> t) {
    org.tensorflow.ndarray.Shape a = p.shape();
    org.tensorflow.ndarray.Shape b = t.shape();
    if (a.isUnknown() || b.isUnknown() || !a.isCompatibleWith(b)) {
      throw new GalerkinException("loss '" + loss + "': prediction has shape " + Tensors.format(a)
          + " but target has shape " + Tensors.format(b));
    }
  }
}
