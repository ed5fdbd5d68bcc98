package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The relative H1 error the MgNO reference code trains and reports with (its {@code HsLoss}, He,
 * Liu, Xu, ICLR 2024, after Li et al.'s FNO utilities): in the orthonormal DFT of each sample over
 * its grid axes,
 * <pre>
 *   ‖e‖²_H1 = Σ_k (1 + Σ_a t(k_a)²) |ê_k|²,   t(k) = |k| if |k| &lt; {@value #CUTOFF}, else 0,
 * </pre>
 * with {@code k_a} the signed integer wavenumber along grid axis {@code a}, and the error per sample
 * {@code ‖ŷ − y‖_H1 / ‖y‖_H1}. For a field that is 1-periodic on the unit box this is
 * {@code ‖e‖² + ‖∇e‖²/(2π)²} restricted to wavenumbers below the cutoff: gradients are weighted by
 * integer wavenumbers, not by {@code 2πk}, and modes at or above the cutoff count as plain L2 (the
 * reference's {@code truncation=True}). The reference applies it to non-periodic (Dirichlet) data
 * too, as we do.
 *
 * <p>Computed without a full multi-dimensional DFT: by Parseval along the other axes,
 * {@code Σ_k t(k_a)² |ê_k|² = ‖T_a e‖²} where {@code T_a} is the 1-D orthonormal DFT along axis
 * {@code a} with row {@code k} scaled by {@code t(k)} — one small matrix product per grid axis,
 * which has first-order gradients in TensorFlow Java. {@link #perSample(NdArray, NdArray)} computes
 * the same number in double precision for evaluation.
 */
public final class SpectralH1 {
  /** Wavenumbers at or above this (per axis) carry no gradient weight, as in the reference. */
  public static final int CUTOFF = 20;

  private SpectralH1() {}

  /** @return the weighted frequencies {@code 1 … min(CUTOFF−1, …)} of an axis of {@code n} points */
  private static int[] weighted(int n) {
    int count = 0;
    for (int j = 0; j < n; j++) {
      if (weight(j, n) > 0) {
        count++;
      }
    }
    int[] f = new int[count];
    int c = 0;
    for (int j = 0; j < n; j++) {
      if (weight(j, n) > 0) {
        f[c++] = j;
      }
    }
    return f;
  }

  /** @return {@code t(k)} for DFT index {@code j} of {@code n} points */
  static int weight(int j, int n) {
    int k = Math.min(j, n - j);
    return k < CUTOFF ? k : 0;
  }

  /**
   * @return {@code [2m, n]}: rows {@code t·cos θ / √n} then {@code t·sin θ / √n} over the weighted
   *     frequencies, {@code θ = 2π j x / n}
   */
  static double[] matrix(int n) {
    int[] f = weighted(n);
    int m = f.length;
    double[] a = new double[2 * m * n];
    double norm = 1 / Math.sqrt(n);
    for (int r = 0; r < m; r++) {
      double t = weight(f[r], n) * norm;
      for (int x = 0; x < n; x++) {
        double angle = 2 * Math.PI * Math.floorMod((long) f[r] * x, (long) n) / n;
        a[r * n + x] = t * Math.cos(angle);
        a[(m + r) * n + x] = t * Math.sin(angle);
      }
    }
    return a;
  }

  /**
   * The loss: the relative H1 error averaged over the batch, with {@code ε²} added under both
   * square roots as in {@link Losses#relativeL2(Ops, Operand, Operand)}.
   *
   * @param prediction {@code [batch, n_1, …, n_g, ...]} with static extents after the batch axis
   * @param target the same shape
   * @param gridAxes how many axes after the batch axis are grid axes, {@code >= 1}; later axes
   *     (channels) are summed, not transformed
   * @return a scalar
   */
  public static Operand<TFloat32> loss(Ops tf, Operand<TFloat32> prediction,
      Operand<TFloat32> target, int gridAxes) {
    Losses.checkSame("relative_h1", prediction, target);
    org.tensorflow.ndarray.Shape shape = prediction.shape();
    int rank = shape.numDimensions();
    if (gridAxes < 1 || gridAxes > rank - 1) {
      throw new GalerkinException("loss 'relative_h1': " + gridAxes + " grid axes do not fit shape "
          + Tensors.format(shape));
    }
    long[] dims = new long[rank];
    for (int a = 1; a < rank; a++) {
      dims[a] = shape.size(a);
      if (dims[a] < 1) {
        throw new GalerkinException("loss 'relative_h1': axis " + a + " of shape "
            + Tensors.format(shape) + " needs a static extent");
      }
    }
    Operand<TInt32> axes = Losses.sampleAxes(tf, rank);
    Operand<TFloat32> e = tf.math.sub(prediction, target);
    Operand<TFloat32> num = tf.reduceSum(tf.math.square(e), axes);
    Operand<TFloat32> den = tf.reduceSum(tf.math.square(target), axes);
    for (int a = 1; a <= gridAxes; a++) {
      int n = Math.toIntExact(dims[a]);
      if (weighted(n).length == 0) {
        continue;
      }
      num = tf.math.add(num, weightedNorm(tf, e, dims, a));
      den = tf.math.add(den, weightedNorm(tf, target, dims, a));
    }
    Operand<TFloat32> eps2 = tf.constant(Losses.DEFAULT_EPSILON * Losses.DEFAULT_EPSILON);
    return tf.math.mean(tf.math.div(tf.math.sqrt(tf.math.add(num, eps2)),
        tf.math.sqrt(tf.math.add(den, eps2))), tf.constant(0));
  }

  /** @return per sample {@code ‖T_a x‖²}, shape {@code [batch]} */
  private static Operand<TFloat32> weightedNorm(Ops tf, Operand<TFloat32> x, long[] dims, int a) {
    int n = Math.toIntExact(dims[a]);
    long after = 1;
    for (int b = a + 1; b < dims.length; b++) {
      after *= dims[b];
    }
    double[] m = matrix(n);
    float[] mf = new float[m.length];
    for (int i = 0; i < m.length; i++) {
      mf[i] = (float) m[i];
    }
    long rows = m.length / n;
    Operand<TFloat32> t = tf.constant(org.tensorflow.ndarray.Shape.of(rows, n),
        org.tensorflow.ndarray.buffer.DataBuffers.of(mf));
    Operand<TFloat32> lines = tf.reshape(x, tf.constant(new long[] {-1, n, after}));
    Operand<TFloat32> z = tf.train.batchMatMul(t, lines, TFloat32.class); // [P, 2m, after]
    long before = 1;
    for (int b = 1; b < a; b++) {
      before *= dims[b];
    }
    Operand<TFloat32> perSample = tf.reshape(z, tf.constant(new long[] {-1, before * rows * after}));
    return tf.reduceSum(tf.math.square(perSample), tf.constant(1));
  }

  /**
   * The same error in double precision, every axis of a sample taken as a grid axis.
   *
   * @param predicted shape {@code [N, ...grid]}, not modified
   * @param reference the same shape, not modified
   * @return one relative H1 error per sample
   */
  public static double[] perSample(NdArray predicted, NdArray reference) {
    if (!predicted.shape().equals(reference.shape())) {
      throw new GalerkinException("relative H1: predicted shape " + predicted.shape()
          + " differs from reference shape " + reference.shape());
    }
    long[] grid = reference.shape().sampleShape().dims();
    int per = 1;
    for (long g : grid) {
      per *= (int) g;
    }
    int count = (int) reference.sampleCount();
    double[][] matrices = new double[grid.length][];
    for (int a = 0; a < grid.length; a++) {
      matrices[a] = matrix((int) grid[a]);
    }
    double[] out = new double[count];
    double[] e = new double[per];
    double[] y = new double[per];
    for (int s = 0; s < count; s++) {
      for (int j = 0; j < per; j++) {
        y[j] = reference.getDouble(s * per + j);
        e[j] = predicted.getDouble(s * per + j) - y[j];
      }
      double num = 0;
      double den = 0;
      for (int j = 0; j < per; j++) {
        num += e[j] * e[j];
        den += y[j] * y[j];
      }
      int stride = per;
      for (int a = 0; a < grid.length; a++) {
        int n = (int) grid[a];
        stride /= n;
        num += weightedNorm(e, matrices[a], n, stride, per);
        den += weightedNorm(y, matrices[a], n, stride, per);
      }
      out[s] = den > 0 ? Math.sqrt(num / den) : (num == 0 ? 0 : Double.POSITIVE_INFINITY);
    }
    return out;
  }

  private static double weightedNorm(double[] v, double[] m, int n, int stride, int per) {
    int rows = m.length / n;
    double sum = 0;
    for (int start = 0; start < per; start++) {
      if ((start / stride) % n != 0) {
        continue;                          // not the first point of a line along this axis
      }
      for (int r = 0; r < rows; r++) {
        double z = 0;
        for (int x = 0; x < n; x++) {
          z += m[r * n + x] * v[start + x * stride];
        }
        sum += z * z;
      }
    }
    return sum;
  }
}
