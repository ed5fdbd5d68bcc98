package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.LbfgsConfig;

/**
 * Settings of {@link GaussianProcess#fit}: how many optimiser starts, the box of the
 * hyperparameters, and the L-BFGS budget. All variances are in units of the standardised outputs
 * (variance 1 per output), length scales in units of the standardised inputs (standard deviation 1
 * per input), as scikit-learn's {@code GaussianProcessRegressor(normalize_y=True)} sees them.
 *
 * <p>The first start is {@code σ_f² = 1, ℓ = 1, σ_n² = 1e−2} (clamped to the box); each of the
 * {@code restarts} further starts draws every log hyperparameter uniformly in the intersection of
 * the box with {@code σ_f² ∈ [0.1, 10]}, {@code ℓ ∈ [0.1, 10]}, {@code σ_n² ∈ [1e−6, 0.1]} (a
 * box of plausible values on standardised data; the bounds themselves are far wider), from a
 * {@link java.util.SplittableRandom} seeded with {@code seed}, so a fit is reproducible.
 *
 * @param restarts random starts after the first, {@code >= 0} (scikit-learn's
 *     {@code n_restarts_optimizer}; the MMGP reference code calls GPy's {@code optimize_restarts}
 *     with 5 (PLAID baselines) or 10 (NeurIPS 2023 supplement))
 * @param seed seed of the random starts
 * @param lengthScaleMin lower bound on every {@code ℓ_k}, {@code > 0}
 * @param lengthScaleMax upper bound on every {@code ℓ_k}, {@code > lengthScaleMin}
 * @param signalVarianceMin lower bound on {@code σ_f²}, {@code > 0}
 * @param signalVarianceMax upper bound on {@code σ_f²}, {@code > signalVarianceMin}
 * @param noiseVarianceMin lower bound on {@code σ_n²} (the noise floor), {@code > 0}
 * @param noiseVarianceMax upper bound on {@code σ_n²}, {@code > noiseVarianceMin}
 * @param lbfgs budget and tolerances of each start; the objective is {@code −log p(Y|X,θ) / (n p)}
 */
public record GaussianProcessConfig(int restarts, long seed, double lengthScaleMin, double lengthScaleMax,
    double signalVarianceMin, double signalVarianceMax, double noiseVarianceMin, double noiseVarianceMax,
    LbfgsConfig lbfgs) {

  /** Validates every field. */
  public GaussianProcessConfig {
    if (restarts < 0) {
      throw new GalerkinException("gaussian process: restarts must be >= 0, got " + restarts);
    }
    checkRange("lengthScale", lengthScaleMin, lengthScaleMax);
    checkRange("signalVariance", signalVarianceMin, signalVarianceMax);
    checkRange("noiseVariance", noiseVarianceMin, noiseVarianceMax);
    if (lbfgs == null) {
      throw new GalerkinException("gaussian process: lbfgs must not be null");
    }
  }

  private static void checkRange(String name, double min, double max) {
    if (!(min > 0) || !Double.isFinite(min)) {
      throw new GalerkinException("gaussian process: " + name + "Min must be finite and > 0, got " + min);
    }
    if (!(max > min) || !Double.isFinite(max)) {
      throw new GalerkinException("gaussian process: " + name + "Max must be finite and > " + name + "Min = "
          + min + ", got " + max);
    }
  }

  /**
   * @return 5 restarts, seed 0, {@code ℓ ∈ [1e−5, 1e5]} and {@code σ_f² ∈ [1e−5, 1e5]} (scikit-learn's
   *     default bounds), {@code σ_n² ∈ [1e−8, 1e5]} (a noise floor below scikit-learn's {@code 1e−5},
   *     since simulation outputs are nearly noise-free), L-BFGS with memory 10, 300 iterations, 600
   *     evaluations, {@code ‖g‖∞ <= 1e−7}, ftol {@code 1e−12}
   */
  public static GaussianProcessConfig defaults() {
    return builder().build();
  }

  /** @return a builder holding {@link #defaults()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this configuration */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.restarts = restarts;
    b.seed = seed;
    b.lengthScaleMin = lengthScaleMin;
    b.lengthScaleMax = lengthScaleMax;
    b.signalVarianceMin = signalVarianceMin;
    b.signalVarianceMax = signalVarianceMax;
    b.noiseVarianceMin = noiseVarianceMin;
    b.noiseVarianceMax = noiseVarianceMax;
    b.lbfgs = lbfgs;
    return b;
  }

  /** Builds a {@link GaussianProcessConfig}; validation happens in {@link #build()}. */
  public static final class Builder {
    private int restarts = 5;
    private long seed = 0;
    private double lengthScaleMin = 1e-5;
    private double lengthScaleMax = 1e5;
    private double signalVarianceMin = 1e-5;
    private double signalVarianceMax = 1e5;
    private double noiseVarianceMin = 1e-8;
    private double noiseVarianceMax = 1e5;
    private LbfgsConfig lbfgs = new LbfgsConfig(10, 300, 600, 1e-7, 1e-12);

    private Builder() {}

    /**
     * @param v random starts after the first
     * @return this
     */
    public Builder restarts(int v) {
      restarts = v;
      return this;
    }

    /**
     * @param v seed of the random starts
     * @return this
     */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /**
     * @param min lower bound
     * @param max upper bound on every length scale
     * @return this
     */
    public Builder lengthScaleBounds(double min, double max) {
      lengthScaleMin = min;
      lengthScaleMax = max;
      return this;
    }

    /**
     * @param min lower bound
     * @param max upper bound on the signal variance
     * @return this
     */
    public Builder signalVarianceBounds(double min, double max) {
      signalVarianceMin = min;
      signalVarianceMax = max;
      return this;
    }

    /**
     * @param min the noise floor
     * @param max upper bound on the noise variance
     * @return this
     */
    public Builder noiseVarianceBounds(double min, double max) {
      noiseVarianceMin = min;
      noiseVarianceMax = max;
      return this;
    }

    /**
     * @param v L-BFGS settings of each start
     * @return this
     */
    public Builder lbfgs(LbfgsConfig v) {
      lbfgs = v;
      return this;
    }

    /** @return the validated configuration */
    public GaussianProcessConfig build() {
      return new GaussianProcessConfig(restarts, seed, lengthScaleMin, lengthScaleMax, signalVarianceMin,
          signalVarianceMax, noiseVarianceMin, noiseVarianceMax, lbfgs);
    }
  }
}
