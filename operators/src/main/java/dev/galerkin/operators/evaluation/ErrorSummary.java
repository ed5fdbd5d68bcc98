package dev.galerkin.operators.evaluation;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/**
 * The distribution of per-sample errors over a test set.
 *
 * @param samples number of samples
 * @param meanRelativeL2 mean relative L2 error (the headline figure)
 * @param medianRelativeL2 median relative L2 error
 * @param p95RelativeL2 95th percentile (linear interpolation between order statistics)
 * @param maxRelativeL2 worst sample's relative L2 error
 * @param meanMaxAbs mean over samples of the max-abs error, in the field's units
 * @param maxMaxAbs largest absolute error anywhere, in the field's units
 */
public record ErrorSummary(int samples, double meanRelativeL2, double medianRelativeL2,
    double p95RelativeL2, double maxRelativeL2, double meanMaxAbs, double maxMaxAbs) {

  /**
   * @param relativeL2 per-sample relative L2 errors, not modified
   * @param maxAbs per-sample max-abs errors, not modified
   * @return their summary
   */
  public static ErrorSummary of(double[] relativeL2, double[] maxAbs) {
    if (relativeL2.length == 0 || relativeL2.length != maxAbs.length) {
      throw new GalerkinException("error summary needs the same positive number of relative and"
          + " max-abs errors; got " + relativeL2.length + " and " + maxAbs.length);
    }
    double[] sorted = relativeL2.clone();
    Arrays.sort(sorted);
    return new ErrorSummary(relativeL2.length, mean(relativeL2), quantile(sorted, 0.5),
        quantile(sorted, 0.95), sorted[sorted.length - 1], mean(maxAbs),
        Arrays.stream(maxAbs).max().orElse(Double.NaN));
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Quantile {@code q} of sorted values, interpolating linearly between order statistics. */
  public static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
