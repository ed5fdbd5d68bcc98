package dev.galerkin.solvers.random;

import static dev.galerkin.solvers.random.Stats.assertWithinSe;
import static dev.galerkin.solvers.random.Stats.meanAndSe;
import static dev.galerkin.solvers.random.Stats.rng;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * The released FNO Navier–Stokes initial field and our {@link PeriodicGaussianField} with {@code
 * σ² = 686 = 2·7³} have the same distribution. The reference is {@code GaussianRF.sample} of
 * {@code data_generation/navier_stokes/random_fields.py} as committed in January 2021
 * (neuraloperator/neuraloperator 2421c8f, the version the released data came from): {@code coeff
 * = sqrt_eig · (a + ib)} with {@code a, b ~ N(0, 1)} independent for every DFT index (not
 * Hermitian), {@code sqrt_eig = n²·√2·σ·(4π²|k|² + τ²)^(−α/2)}, {@code σ = τ^(α − 1) = 7^1.5},
 * the mean mode zero, then the real part of the unnormalised-forward inverse DFT ({@code 1/n²}).
 * Taking the real part of non-Hermitian noise keeps half of {@code E|ξ|² = 2}: the covariance is
 * {@code 2σ²(−Δ + 49I)^−2.5}, not {@code σ²(…)}. (The June 2022 port to {@code torch.fft} draws
 * {@code torch.randn(dtype=torch.cfloat)}, whose real and imaginary parts have variance ½, and
 * gives {@code 7³} instead.)
 */
class FnoNavierStokesFieldTest {
  private static final int N = 16;
  private static final double TAU = 7;
  private static final double ALPHA = 2.5;
  private static final double SIGMA = Math.pow(TAU, ALPHA - 1); // tau^(0.5 (2 alpha - d)), d = 2

  /** {@code sqrt_eig / n²} at DFT index (i, j), wavenumbers 0..n/2−1, −n/2..−1 as in the reference. */
  private static double amplitude(int i, int j) {
    int kx = i < N / 2 ? i : i - N;
    int ky = j < N / 2 ? j : j - N;
    if (kx == 0 && ky == 0) {
      return 0;
    }
    return Math.sqrt(2.0) * SIGMA
        * Math.pow(4 * Math.PI * Math.PI * (kx * kx + ky * ky) + TAU * TAU, -ALPHA / 2);
  }

  /** The reference's exact covariance at a lag: Σ_k amplitude² · E[Re(ξ e^{iθ}) Re(ξ e^{iθ'})]. */
  private static double referenceCovariance(int lagX, int lagY) {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        double c = amplitude(i, j);
        sum += c * c * Math.cos(2 * Math.PI * ((double) i * lagX + (double) j * lagY) / N);
      }
    }
    return sum; // Re(ξ e^{iθ}) = a cos θ − b sin θ with a, b ~ N(0, 1)
  }

  /** One sample of the reference algorithm, by a direct inverse DFT. */
  private static double[] referenceSample(UniformRandomProvider rng) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] re = new double[N * N];
    double[] im = new double[N * N];
    for (int k = 0; k < N * N; k++) {
      double c = amplitude(k / N, k % N);
      re[k] = c * normal.sample();
      im[k] = c * normal.sample();
    }
    double[] u = new double[N * N];
    for (int x = 0; x < N; x++) {
      for (int y = 0; y < N; y++) {
        double s = 0;
        for (int i = 0; i < N; i++) {
          for (int j = 0; j < N; j++) {
            double th = 2 * Math.PI * ((double) i * x + (double) j * y) / N;
            s += re[i * N + j] * Math.cos(th) - im[i * N + j] * Math.sin(th);
          }
        }
        u[x * N + y] = s; // sqrt_eig carries n², the inverse DFT divides by it
      }
    }
    return u;
  }

  private static PeriodicGaussianField<Grid2D> ours(double sigma2) {
    return PeriodicGaussianField.on(Grid2D.unitSquare(N, Boundary.PERIODIC),
        new WhittleMaternCovariance(sigma2, TAU, ALPHA, true));
  }

  @Test
  void variance686ReproducesTheReleasedCovarianceExactly() {
    PeriodicGaussianField<Grid2D> f686 = ours(2 * Math.pow(7, 3));
    PeriodicGaussianField<Grid2D> f343 = ours(Math.pow(7, 3));
    for (int[] lag : new int[][] {{0, 0}, {1, 0}, {0, 1}, {2, 3}, {8, 8}}) {
      double ref = referenceCovariance(lag[0], lag[1]);
      assertEquals(ref, f686.covarianceAtLag(lag[0], lag[1]), 1e-12 * referenceCovariance(0, 0),
          "lag " + lag[0] + ", " + lag[1]);
    }
    assertEquals(2.0, f686.pointwiseVariance() / f343.pointwiseVariance(), 1e-12);
  }

  @Test
  void theReferenceAlgorithmHasVariance2Times7Cubed() {
    UniformRandomProvider rng = rng(20210128);
    int samples = 3000;
    double[] msq = new double[samples];
    double[] lag1 = new double[samples];
    for (int s = 0; s < samples; s++) {
      double[] u = referenceSample(rng);
      double a = 0;
      double b = 0;
      for (int x = 0; x < N; x++) {
        for (int y = 0; y < N; y++) {
          a += u[x * N + y] * u[x * N + y];
          b += u[x * N + y] * u[((x + 1) % N) * N + y];
        }
      }
      msq[s] = a / (N * N);
      lag1[s] = b / (N * N);
    }
    PeriodicGaussianField<Grid2D> f686 = ours(686);
    double[] v = meanAndSe(msq);
    double[] c = meanAndSe(lag1);
    assertWithinSe("reference variance vs sigma2 = 686", v[0], f686.pointwiseVariance(), v[1], 4);
    assertWithinSe("reference lag-1 covariance vs 686", c[0], f686.covarianceAtLag(1, 0), c[1], 4);
  }
}
