package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Gaussian-process regression with the Matérn 5/2 ARD kernel plus white noise, fitted outside any
 * TensorFlow graph (Rasmussen and Williams, <em>Gaussian Processes for Machine Learning</em>, 2006:
 * prediction Algorithm 2.1, hyperparameters by maximising the log marginal likelihood with its
 * gradient, eq. 5.9). This is the regressor of MMGP (Casenave et al., NeurIPS 2023), whose
 * reference code fits GPy's {@code GPRegression(Matern52(ARD=True))} on standardised data.
 *
 * <p>Shapes: training inputs {@code x[i*d + k]} ({@code n × d}), outputs {@code y[i*p + j]}
 * ({@code n × p}). Inputs and outputs are standardised per column ({@link Standardisation}); the
 * {@code p} outputs share one kernel and one noise variance (as scikit-learn's
 * {@code GaussianProcessRegressor} and GPy do with a multi-column {@code y}), so the fitted
 * objective is the log marginal likelihood summed over outputs, and given the hyperparameters the
 * outputs are independent Gaussian processes. The hyperparameters
 * {@code θ = (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²)} are found by {@link Lbfgs} from
 * {@code 1 + restarts} starts (see {@link GaussianProcessConfig}), keeping the best; the box bounds
 * are enforced by a quadratic penalty outside the box and a final clamp.
 *
 * <p>A kernel matrix that is not numerically positive definite gets a diagonal jitter
 * ({@code 1e−10 … 1e−4} of its mean diagonal); when none helps, a {@link GalerkinException} names the
 * sample count and the largest jitter, and suggests the fix. Immutable and thread-safe after
 * {@link #fit} or {@link #fromState}.
 */
public final class GaussianProcess {
  private static final double PENALTY = 1e3;

  /**
   * One optimiser start of {@link #fit}.
   *
   * @param initial the starting log hyperparameters {@code θ₀}, length {@code d + 2}
   * @param optimum the end point, clamped to the box, or {@code null} when the objective was not
   *     finite at the start
   * @param logMarginalLikelihood {@code log p(Y|X,θ)} at {@code optimum} (NaN when none)
   * @param iterations accepted L-BFGS iterations
   * @param evaluations likelihood evaluations
   * @param stop why L-BFGS stopped, or {@code null} when the start failed
   */
  public record Start(double[] initial, double[] optimum, double logMarginalLikelihood, int iterations,
      int evaluations, Lbfgs.Stop stop) {

    /** Copies the arrays. */
    public Start {
      initial = initial.clone();
      optimum = optimum == null ? null : optimum.clone();
    }

    /** @return a copy of {@code θ₀} */
    @Override
    public double[] initial() {
      return initial.clone();
    }

    /** @return a copy of the end point, or {@code null} */
    @Override
    public double[] optimum() {
      return optimum == null ? null : optimum.clone();
    }
  }

  private final GaussianProcessState state;
  private final java.util.List<Start> starts;
  private final double[] xs;
  private final Cholesky chol;
  private final double[] alpha;
  private final double logLikelihood;

  private GaussianProcess(GaussianProcessState state, java.util.List<Start> starts) {
    this.state = state;
    this.starts = java.util.List.copyOf(starts);
    int n = state.n();
    int p = state.p();
    this.xs = state.inputScaling().apply(state.x());
    double[] ys = state.outputScaling().apply(state.y());
    MarginalLikelihood ml = new MarginalLikelihood(xs, ys, n, state.d(), p);
    Hyperparameters h = state.hyperparameters();
    this.chol = Cholesky.factor(ml.kernelMatrix(h), n);
    if (chol == null) {
      throw indefinite(n, h);
    }
    this.alpha = chol.solve(ys, p);
    double fit = 0;
    for (int i = 0; i < n * p; i++) {
      fit += ys[i] * alpha[i];
    }
    this.logLikelihood = -0.5 * fit - 0.5 * p * chol.logDeterminant() - 0.5 * n * p * Math.log(2 * Math.PI);
  }

  /**
   * Fits the hyperparameters to the data.
   *
   * @param x inputs {@code n × d}, {@code x[i*d + k]}, not modified (copied)
   * @param y outputs {@code n × p}, {@code y[i*p + j]}, not modified (copied)
   * @param n samples, {@code >= 2}
   * @param d input dimension, {@code >= 1}
   * @param p outputs, {@code >= 1}
   * @param config starts, bounds and optimiser budget
   * @return the fitted process
   */
  public static GaussianProcess fit(double[] x, double[] y, int n, int d, int p, GaussianProcessConfig config) {
    checkData(x, y, n, d, p);
    Standardisation sx = Standardisation.fit(x, n, d);
    Standardisation sy = Standardisation.fit(y, n, p);
    MarginalLikelihood ml = new MarginalLikelihood(sx.apply(x), sy.apply(y), n, d, p);
    double[] lo = new double[d + 2];
    double[] hi = new double[d + 2];
    lo[0] = Math.log(config.signalVarianceMin());
    hi[0] = Math.log(config.signalVarianceMax());
    for (int k = 0; k < d; k++) {
      lo[1 + k] = Math.log(config.lengthScaleMin());
      hi[1 + k] = Math.log(config.lengthScaleMax());
    }
    lo[d + 1] = Math.log(config.noiseVarianceMin());
    hi[d + 1] = Math.log(config.noiseVarianceMax());
    double scale = 1.0 / ((double) n * p);
    Lbfgs.Function objective = z -> {
      double[] c = clamp(z, lo, hi);
      MarginalLikelihood.Value v;
      try {
        v = ml.evaluate(z, true);
      } catch (GalerkinException e) {
        v = null; // a trial step overflowed exp(θ); the line search backs off
      }
      double pen = 0;
      double[] g = new double[z.length];
      for (int m = 0; m < z.length; m++) {
        double e = z[m] - c[m];
        pen += 0.5 * PENALTY * e * e;
        g[m] = PENALTY * e;
      }
      if (v == null) {
        return new Lbfgs.Evaluation(Double.NaN, g, null);
      }
      for (int m = 0; m < z.length; m++) {
        g[m] -= scale * v.gradient()[m];
      }
      return new Lbfgs.Evaluation(-scale * v.value() + pen, g, null);
    };
    SplittableRandom rng = new SplittableRandom(config.seed());
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    java.util.List<Start> starts = new java.util.ArrayList<>();
    for (int s = 0; s <= config.restarts(); s++) {
      double[] z0 = start(s, d, lo, hi, rng);
      Lbfgs.Result r;
      try {
        r = Lbfgs.minimize(objective, z0, config.lbfgs(), null);
      } catch (GalerkinException e) {
        starts.add(new Start(z0, null, Double.NaN, 0, 1, null)); // not finite at the start
        continue;
      }
      double[] z = clamp(r.x(), lo, hi);
      MarginalLikelihood.Value v = ml.evaluate(z, false);
      double value = v == null ? Double.NaN : v.value();
      starts.add(new Start(z0, z, value, r.iterations(), r.evaluations(), r.stop()));
      if (v != null && value > bestValue) {
        bestValue = value;
        best = z;
      }
    }
    if (best == null) {
      throw indefinite(n, Hyperparameters.fromLog(start(0, d, lo, hi, rng)));
    }
    return new GaussianProcess(new GaussianProcessState(n, d, p, x, y, sx, sy, Hyperparameters.fromLog(best)),
        starts);
  }

  /**
   * @param state a state from {@link #state()} (possibly stored and read back)
   * @return the process, its Cholesky factor recomputed
   */
  public static GaussianProcess fromState(GaussianProcessState state) {
    return new GaussianProcess(state, java.util.List.of());
  }

  /** The first start is (1, 1…, 1e−2); the others log-uniform in the plausible box ∩ bounds. */
  private static double[] start(int s, int d, double[] lo, double[] hi, SplittableRandom rng) {
    double[] z = new double[d + 2];
    double[] pl = new double[d + 2];
    double[] ph = new double[d + 2];
    java.util.Arrays.fill(pl, Math.log(0.1));
    java.util.Arrays.fill(ph, Math.log(10));
    pl[d + 1] = Math.log(1e-6);
    ph[d + 1] = Math.log(0.1);
    for (int m = 0; m < d + 2; m++) {
      double a = Math.max(lo[m], Math.min(pl[m], hi[m]));
      double b = Math.min(hi[m], Math.max(ph[m], lo[m]));
      z[m] = s == 0 ? (m == d + 1 ? Math.log(1e-2) : 0) : a + (b - a) * rng.nextDouble();
    }
    return clamp(z, lo, hi);
  }

  private static double[] clamp(double[] z, double[] lo, double[] hi) {
    double[] c = new double[z.length];
    for (int m = 0; m < z.length; m++) {
      c[m] = Math.max(lo[m], Math.min(hi[m], z[m]));
    }
    return c;
  }

  static GalerkinException indefinite(int n, Hyperparameters h) {
    return new GalerkinException("gaussian process: the kernel matrix of the " + n
        + " training samples is not positive definite even with a jitter of "
        + Cholesky.JITTERS[Cholesky.JITTERS.length - 1] + " × its mean diagonal (" + h
        + "); remove duplicate or near-duplicate input rows, or raise the noise floor (noiseVarianceMin)");
  }

  /** Validates shapes and finiteness of training data, naming the first bad entry. */
  static void checkData(double[] x, double[] y, int n, int d, int p) {
    if (n < 2) {
      throw new GalerkinException("gaussian process: needs at least 2 training samples, got n = " + n);
    }
    if (d < 1 || p < 1) {
      throw new GalerkinException("gaussian process: needs d >= 1 inputs and p >= 1 outputs, got d = " + d
          + ", p = " + p);
    }
    if (x.length != (long) n * d) {
      throw new GalerkinException("gaussian process: x has " + x.length + " entries, expected n·d = " + n + "·" + d
          + " = " + (long) n * d);
    }
    if (y.length != (long) n * p) {
      throw new GalerkinException("gaussian process: y has " + y.length + " entries, expected n·p = " + n + "·" + p
          + " = " + (long) n * p);
    }
    checkFinite("x", x, d);
    checkFinite("y", y, p);
  }

  private static void checkFinite(String name, double[] a, int cols) {
    for (int i = 0; i < a.length; i++) {
      if (!Double.isFinite(a[i])) {
        throw new GalerkinException("gaussian process: " + name + " of sample " + i / cols + ", column " + i % cols
            + " is " + a[i] + "; remove that sample or fill the value");
      }
    }
  }

  /** @return the fitted state: data, standardisations, hyperparameters */
  public GaussianProcessState state() {
    return state;
  }

  /** @return the optimiser starts of {@link #fit}, in order (empty after {@link #fromState}) */
  public java.util.List<Start> starts() {
    return starts;
  }

  /** @return the hyperparameters, on standardised data */
  public Hyperparameters hyperparameters() {
    return state.hyperparameters();
  }

  /** @return {@code log p(Y|X,θ)} of the standardised training data at the fitted {@code θ}, summed over outputs */
  public double logMarginalLikelihood() {
    return logLikelihood;
  }

  /** @return the diagonal jitter the Cholesky factor needed (absolute, standardised units), usually 0 */
  public double jitter() {
    return chol.jitter();
  }

  /**
   * Posterior mean and variances at {@code m} test points.
   *
   * @param xt test inputs {@code m × d}, {@code xt[i*d + k]}, original units, not modified
   * @param m test points, {@code >= 1}
   * @return the prediction in original output units
   */
  public Prediction predict(double[] xt, int m) {
    int n = state.n();
    int p = state.p();
    double[] ks = crossCovariance(xt, m); // n × m
    double[] mean = new double[m * p];
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < m; i++) {
        double k = ks[a * m + i];
        for (int j = 0; j < p; j++) {
          mean[i * p + j] += k * alpha[a * p + j];
        }
      }
    }
    chol.forward(ks, m); // v = L⁻¹ K*
    Hyperparameters h = state.hyperparameters();
    double[] sd = state.outputScaling().scale();
    double[] mu = state.outputScaling().mean();
    double[] lat = new double[m * p];
    double[] noisy = new double[m * p];
    for (int i = 0; i < m; i++) {
      double s = 0;
      for (int a = 0; a < n; a++) {
        s += ks[a * m + i] * ks[a * m + i];
      }
      double v = Math.max(h.signalVariance() - s, 0);
      for (int j = 0; j < p; j++) {
        double s2 = sd[j] * sd[j];
        mean[i * p + j] = mean[i * p + j] * sd[j] + mu[j];
        lat[i * p + j] = v * s2;
        noisy[i * p + j] = (v + h.noiseVariance()) * s2;
      }
    }
    return new Prediction(m, p, mean, lat, noisy);
  }

  /**
   * Joint posterior samples at {@code m} test points: each sample draws, for every output, one
   * function from {@code N(μ*, K** − K*ᵀ K⁻¹ K*)} (eq. 2.24; plus {@code σ_n² I} with noise). The
   * outputs are independent given the hyperparameters; the test points are correlated. A diagonal
   * jitter as in fitting keeps the posterior covariance factorisable.
   *
   * @param xt test inputs {@code m × d}, original units, not modified
   * @param m test points, {@code >= 1}
   * @param count samples, {@code >= 1}
   * @param withNoise whether to add the observation noise
   * @param rng the random stream, advanced
   * @return samples {@code [s*m*p + i*p + j]}, original units
   */
  public double[] sample(double[] xt, int m, int count, boolean withNoise, RandomGenerator rng) {
    if (count < 1) {
      throw new GalerkinException("gaussian process: sample count must be >= 1, got " + count);
    }
    int n = state.n();
    int p = state.p();
    Hyperparameters h = state.hyperparameters();
    Prediction pred = predict(xt, m);
    double[] ks = crossCovariance(xt, m);
    chol.forward(ks, m);
    double[] xts = state.inputScaling().apply(xt);
    double[] cov = Matern52.covariance(xts, m, xts, m, h.signalVariance(), h.lengthScales());
    for (int i = 0; i < m; i++) {
      for (int k = 0; k <= i; k++) {
        double s = 0;
        for (int a = 0; a < n; a++) {
          s += ks[a * m + i] * ks[a * m + k];
        }
        cov[i * m + k] -= s;
        cov[k * m + i] = cov[i * m + k];
      }
      if (withNoise) {
        cov[i * m + i] += h.noiseVariance();
      }
    }
    Cholesky lc = Cholesky.factor(cov, m);
    if (lc == null) {
      throw new GalerkinException("gaussian process: the posterior covariance of the " + m
          + " test points is not positive definite even with jitter; remove duplicate test points");
    }
    double[] sd = state.outputScaling().scale();
    double[] mean = pred.mean();
    double[] out = new double[count * m * p];
    double[] z = new double[m];
    for (int s = 0; s < count; s++) {
      for (int j = 0; j < p; j++) {
        for (int i = 0; i < m; i++) {
          z[i] = rng.nextGaussian();
        }
        double[] f = lc.multiplyLower(z);
        for (int i = 0; i < m; i++) {
          out[s * m * p + i * p + j] = mean[i * p + j] + sd[j] * f[i];
        }
      }
    }
    return out;
  }

  /** @return {@code K(X, x*)}, {@code n × m}, on standardised data */
  private double[] crossCovariance(double[] xt, int m) {
    int d = state.d();
    if (m < 1 || xt.length != (long) m * d) {
      throw new GalerkinException("gaussian process: test inputs have " + xt.length + " entries, expected m·d = "
          + m + "·" + d + " with m >= 1");
    }
    checkFinite("test x", xt, d);
    Hyperparameters h = state.hyperparameters();
    return Matern52.covariance(xs, state.n(), state.inputScaling().apply(xt), m, h.signalVariance(),
        h.lengthScales());
  }
}
