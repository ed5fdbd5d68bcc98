package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;

/**
 * Per-column affine standardisation {@code z = (x − mean) / scale} of an {@code n × c} row-major
 * array ({@code x[i*c + j]}), as scikit-learn's {@code StandardScaler}: the scale is the population
 * standard deviation (divisor {@code n}); a constant column (standard deviation at most
 * {@code 1e−12 |mean|}, i.e. round-off) gets scale 1, so it maps to 0.
 *
 * @param mean column means, length {@code c} (copied in and out)
 * @param scale column scales, length {@code c}, each finite and {@code > 0} (copied in and out)
 */
public record Standardisation(double[] mean, double[] scale) {

  /** Validates and copies. */
  public Standardisation {
    if (mean.length != scale.length) {
      throw new GalerkinException("standardisation: mean has " + mean.length + " columns, scale has "
          + scale.length);
    }
    for (int j = 0; j < scale.length; j++) {
      if (!Double.isFinite(mean[j]) || !(scale[j] > 0) || !Double.isFinite(scale[j])) {
        throw new GalerkinException("standardisation: column " + j + " has mean " + mean[j] + " and scale "
            + scale[j] + "; the mean must be finite and the scale finite and > 0");
      }
    }
    mean = mean.clone();
    scale = scale.clone();
  }

  /**
   * @param x {@code n × c} row-major, not modified
   * @param n rows
   * @param c columns
   * @return the column means and population standard deviations (1 for a constant column)
   */
  public static Standardisation fit(double[] x, int n, int c) {
    double[] m = new double[c];
    double[] s = new double[c];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        m[j] += x[i * c + j];
      }
    }
    for (int j = 0; j < c; j++) {
      m[j] /= n;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        double d = x[i * c + j] - m[j];
        s[j] += d * d;
      }
    }
    for (int j = 0; j < c; j++) {
      double sd = Math.sqrt(s[j] / n);
      // a constant column (up to the round-off of its mean) maps to 0
      s[j] = sd > 1e-12 * Math.abs(m[j]) && sd > 0 ? sd : 1;
    }
    return new Standardisation(m, s);
  }

  /** @return the number of columns {@code c} */
  public int columns() {
    return mean.length;
  }

  /** @return a copy of the means */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /** @return a copy of the scales */
  @Override
  public double[] scale() {
    return scale.clone();
  }

  /**
   * @param x {@code n × c} row-major, not modified
   * @return {@code (x − mean) / scale}, a new array
   */
  public double[] apply(double[] x) {
    int c = mean.length;
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - mean[i % c]) / scale[i % c];
    }
    return z;
  }

  /**
   * @param z {@code n × c} row-major standardised values, not modified
   * @return {@code z · scale + mean}, a new array
   */
  public double[] invert(double[] z) {
    int c = mean.length;
    double[] x = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      x[i] = z[i] * scale[i % c] + mean[i % c];
    }
    return x;
  }
}
