package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;

/**
 * Everything a fitted {@link GaussianProcess} needs to predict again, as plain arrays and records,
 * so that it can be stored (e.g. in HDF5: two datasets and a few attributes) and restored with
 * {@link GaussianProcess#fromState}. The Cholesky factor is recomputed on restore ({@code n³/3}).
 *
 * @param n training samples, {@code >= 2}
 * @param d input dimension, {@code >= 1}
 * @param p outputs, {@code >= 1}
 * @param x training inputs in original units, {@code x[i*d + k]}, length {@code n·d} (copied)
 * @param y training outputs in original units, {@code y[i*p + j]}, length {@code n·p} (copied)
 * @param inputScaling the per-input standardisation, {@code d} columns
 * @param outputScaling the per-output standardisation, {@code p} columns
 * @param hyperparameters the kernel on standardised data, {@code d} length scales
 */
public record GaussianProcessState(int n, int d, int p, double[] x, double[] y, Standardisation inputScaling,
    Standardisation outputScaling, Hyperparameters hyperparameters) {

  /** Validates shapes and copies the arrays. */
  public GaussianProcessState {
    GaussianProcess.checkData(x, y, n, d, p);
    if (inputScaling.columns() != d || outputScaling.columns() != p || hyperparameters.dimension() != d) {
      throw new GalerkinException("gaussian process state: d = " + d + ", p = " + p + " but the input scaling has "
          + inputScaling.columns() + " columns, the output scaling " + outputScaling.columns()
          + " and the hyperparameters " + hyperparameters.dimension() + " length scales");
    }
    x = x.clone();
    y = y.clone();
  }

  /** @return a copy of the training inputs */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** @return a copy of the training outputs */
  @Override
  public double[] y() {
    return y.clone();
  }
}
