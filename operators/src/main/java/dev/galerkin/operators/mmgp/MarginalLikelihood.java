package dev.galerkin.operators.mmgp;

/**
 * The log marginal likelihood of a zero-mean Gaussian process with the Matérn 5/2 ARD kernel plus
 * white noise, summed over {@code p} outputs that share the kernel, and its analytic gradient with
 * respect to the log hyperparameters {@code θ = (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²)}
 * (Rasmussen and Williams, <em>Gaussian Processes for Machine Learning</em>, 2006, Algorithm 2.1
 * and eq. 5.9):
 *
 * <pre>
 *   log p(Y | X, θ) = −½ Σ_j y_jᵀ K⁻¹ y_j − (p/2) log det K − (n p / 2) log 2π,   K = K_f + σ_n² I
 *   ∂/∂θ_m          = ½ tr((Σ_j α_j α_jᵀ − p K⁻¹) ∂K/∂θ_m),                          α_j = K⁻¹ y_j
 * </pre>
 *
 * <p>Data are already standardised: {@code x[i*d + k]}, {@code y[i*p + j]}. A kernel matrix that is
 * not positive definite gets the jitter of {@link Cholesky#factor} added to its diagonal (the
 * gradient treats that jitter as a constant); when none helps, {@link #evaluate} returns
 * {@code null}. Not thread-safe.
 */
final class MarginalLikelihood {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  final double[] x;
  final double[] y;
  final int n;
  final int d;
  final int p;

  /** The value, gradient ({@code d + 2}) and jitter at one {@code θ}. */
  record Value(double value, double[] gradient, double jitter) {}

  /**
   * @param x {@code n × d} standardised inputs, kept (not copied)
   * @param y {@code n × p} standardised outputs, kept (not copied)
   */
  MarginalLikelihood(double[] x, double[] y, int n, int d, int p) {
    this.x = x;
    this.y = y;
    this.n = n;
    this.d = d;
    this.p = p;
  }

  /** @return the kernel matrix {@code K_f + σ_n² I}, {@code n × n} */
  double[] kernelMatrix(Hyperparameters h) {
    double[] inv = Matern52.inverse(h.lengthScales());
    double sf2 = h.signalVariance();
    double[] k = new double[n * n];
    for (int i = 0; i < n; i++) {
      k[i * n + i] = sf2 + h.noiseVariance();
      for (int j = 0; j < i; j++) {
        double v = sf2 * Matern52.correlation(Math.sqrt(Matern52.scaledDistanceSquared(x, i, x, j, inv)));
        k[i * n + j] = v;
        k[j * n + i] = v;
      }
    }
    return k;
  }

  /**
   * @param theta log hyperparameters, length {@code d + 2}, not modified
   * @param withGradient whether to compute the gradient ({@code n³} more work)
   * @return the value (and gradient, or {@code null} without it), or {@code null} when the kernel
   *     matrix stays indefinite after the largest jitter
   */
  Value evaluate(double[] theta, boolean withGradient) {
    Hyperparameters h = Hyperparameters.fromLog(theta);
    double[] k = kernelMatrix(h);
    Cholesky c = Cholesky.factor(k, n);
    if (c == null) {
      return null;
    }
    double[] alpha = c.solve(y, p);
    double fit = 0;
    for (int i = 0; i < n * p; i++) {
      fit += y[i] * alpha[i];
    }
    double value = -0.5 * fit - 0.5 * p * c.logDeterminant() - 0.5 * n * p * LOG_2PI;
    if (!withGradient) {
      return new Value(value, null, c.jitter());
    }
    double[] kinv = c.inverse();
    double sf2 = h.signalVariance();
    double[] inv = Matern52.inverse(h.lengthScales());
    double[] g = new double[d + 2];
    double[] delta2 = new double[d];
    double traceW = 0;
    for (int a = 0; a < n; a++) {
      // diagonal term: r = 0, K_f = σ_f², ∂K/∂log ℓ = 0.
      double waa = w(alpha, kinv, a, a);
      traceW += waa;
      g[0] += 0.5 * waa * sf2;
      for (int b = 0; b < a; b++) {
        double wab = w(alpha, kinv, a, b);
        double r2 = 0;
        for (int m = 0; m < d; m++) {
          double t = (x[a * d + m] - x[b * d + m]) * inv[m];
          delta2[m] = t * t;
          r2 += delta2[m];
        }
        double s = Matern52.SQRT5 * Math.sqrt(r2);
        double e = wab * sf2 * Math.exp(-s);
        // off-diagonal pairs count twice in the trace: ½ · 2 · W_ab ∂K_ab.
        g[0] += e * (1 + s + s * s / 3);
        double f = e * (5.0 / 3.0) * (1 + s);
        for (int m = 0; m < d; m++) {
          g[1 + m] += f * delta2[m];
        }
      }
    }
    g[d + 1] = 0.5 * h.noiseVariance() * traceW;
    return new Value(value, g, c.jitter());
  }

  /** {@code W_ab = Σ_j α_aj α_bj − p K⁻¹_ab}. */
  private double w(double[] alpha, double[] kinv, int a, int b) {
    double s = 0;
    for (int j = 0; j < p; j++) {
      s += alpha[a * p + j] * alpha[b * p + j];
    }
    return s - p * kinv[a * n + b];
  }
}
