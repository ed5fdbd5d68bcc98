package dev.galerkin.operators.mmgp;

/**
 * The Gaussian-process prediction at {@code m} test points for {@code p} outputs, in original
 * output units; index {@code [i*p + j]} is test point {@code i}, output {@code j} (Rasmussen and
 * Williams, <em>Gaussian Processes for Machine Learning</em>, 2006, eqs. 2.25–2.26).
 *
 * @param m test points
 * @param p outputs
 * @param mean posterior mean, length {@code m·p}
 * @param latentVariance variance of the latent function {@code f(x*)}, length {@code m·p}
 * @param noisyVariance variance of an observation {@code y* = f(x*) + ε}: latent plus noise, length {@code m·p}
 */
public record Prediction(int m, int p, double[] mean, double[] latentVariance, double[] noisyVariance) {

  /** Copies the arrays. */
  public Prediction {
    mean = mean.clone();
    latentVariance = latentVariance.clone();
    noisyVariance = noisyVariance.clone();
  }

  /** @return a copy of the means */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /** @return a copy of the latent variances */
  @Override
  public double[] latentVariance() {
    return latentVariance.clone();
  }

  /** @return a copy of the observation variances */
  @Override
  public double[] noisyVariance() {
    return noisyVariance.clone();
  }

  /** @return the mean of test point {@code i}, output {@code j} */
  public double mean(int i, int j) {
    return mean[i * p + j];
  }

  /** @return the latent variance of test point {@code i}, output {@code j} */
  public double latentVariance(int i, int j) {
    return latentVariance[i * p + j];
  }

  /** @return the observation variance of test point {@code i}, output {@code j} */
  public double noisyVariance(int i, int j) {
    return noisyVariance[i * p + j];
  }
}
