package dev.galerkin.operators.evaluation;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;

/**
 * Per-sample errors of predicted fields against reference fields, as the neural-operator
 * literature reports them (Li et al. 2021; Lu et al. 2021): the relative L2 error
 * {@code ‖û − u‖₂ / ‖u‖₂} of each sample, and its max-abs error {@code max |û − u|}.
 */
public final class ErrorMetrics {
  private ErrorMetrics() {}

  /**
   * @param predicted shape {@code [N, ...]}, not modified
   * @param reference the same shape, not modified
   * @return the relative L2 error of each of the {@code N} samples
   */
  public static double[] relativeL2(NdArray predicted, NdArray reference) {
    int per = checkShapes(predicted, reference);
    int n = (int) reference.sampleCount();
    double[] out = new double[n];
    for (int s = 0; s < n; s++) {
      double num = 0;
      double den = 0;
      for (int j = s * per; j < (s + 1) * per; j++) {
        double r = reference.getDouble(j);
        double d = predicted.getDouble(j) - r;
        num += d * d;
        den += r * r;
      }
      out[s] = den > 0 ? Math.sqrt(num / den) : (num == 0 ? 0 : Double.POSITIVE_INFINITY);
    }
    return out;
  }

  /**
   * The relative H1 error of each sample as {@link dev.galerkin.operators.training.Loss#H1}
   * trains with it (spectral, the MgNO reference's metric; every sample axis a grid axis).
   *
   * @param predicted shape {@code [N, ...grid]}, not modified
   * @param reference the same shape, not modified
   * @return one error per sample
   */
  public static double[] relativeH1(NdArray predicted, NdArray reference) {
    checkShapes(predicted, reference);
    return dev.galerkin.operators.tf.SpectralH1.perSample(predicted, reference);
  }

  /**
   * The relative H1 error of each sample by finite differences, as {@link
   * dev.galerkin.operators.training.Loss#H1_FD} trains with it: {@code sqrt(‖e‖² + ‖De‖²) / sqrt(‖y‖² + ‖Dy‖²)}, {@code D} forward differences
   * {@code (x[i+1] − x[i])·(n−1)} along every axis of the sample (sums over all points).
   *
   * @param predicted shape {@code [N, ...grid]}, not modified
   * @param reference the same shape, not modified
   * @return one error per sample
   */
  public static double[] relativeH1FiniteDifferences(NdArray predicted, NdArray reference) {
    int per = checkShapes(predicted, reference);
    long[] grid = reference.shape().sampleShape().dims();
    int n = (int) reference.sampleCount();
    double[] out = new double[n];
    for (int s = 0; s < n; s++) {
      double num = 0;
      double den = 0;
      int base = s * per;
      for (int j = 0; j < per; j++) {
        double r = reference.getDouble(base + j);
        double e = predicted.getDouble(base + j) - r;
        num += e * e;
        den += r * r;
      }
      int stride = per;
      for (long extent : grid) {
        stride /= (int) extent;
        if (extent < 2) {
          continue;
        }
        for (int j = 0; j < per; j++) {
          if ((j / stride) % extent == extent - 1) {
            continue;
          }
          double r0 = reference.getDouble(base + j);
          double r1 = reference.getDouble(base + j + stride);
          double e0 = predicted.getDouble(base + j) - r0;
          double e1 = predicted.getDouble(base + j + stride) - r1;
          num += (e1 - e0) * (e1 - e0) * (extent - 1) * (extent - 1);
          den += (r1 - r0) * (r1 - r0) * (extent - 1) * (extent - 1);
        }
      }
      out[s] = den > 0 ? Math.sqrt(num / den) : (num == 0 ? 0 : Double.POSITIVE_INFINITY);
    }
    return out;
  }

  /** @return the largest absolute difference of each sample */
  public static double[] maxAbs(NdArray predicted, NdArray reference) {
    int per = checkShapes(predicted, reference);
    int n = (int) reference.sampleCount();
    double[] out = new double[n];
    for (int s = 0; s < n; s++) {
      double m = 0;
      for (int j = s * per; j < (s + 1) * per; j++) {
        m = Math.max(m, Math.abs(predicted.getDouble(j) - reference.getDouble(j)));
      }
      out[s] = m;
    }
    return out;
  }

  private static int checkShapes(NdArray predicted, NdArray reference) {
    if (!predicted.shape().equals(reference.shape())) {
      throw new GalerkinException("prediction has shape " + predicted.shape()
          + " but the reference has " + reference.shape());
    }
    return Math.toIntExact(reference.shape().sampleShape().size());
  }
}
