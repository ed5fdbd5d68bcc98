package dev.galerkin.solvers.random;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A Gaussian random field on a periodic uniform grid ({@link Boundary#PERIODIC} on every axis) with
 * the covariance {@code C = σ² (−Δ + τ² I)^(−α)} of a {@link WhittleMaternCovariance}, sampled by
 * its truncated Fourier (Karhunen–Loève) series and one inverse FFT. This is the generator of the
 * FNO Burgers (1D) and Navier–Stokes (2D) initial conditions (Li et al. 2021, ICLR, §5.1 and §5.3).
 *
 * <p><b>The series.</b> On the torus {@code D = [x0, x0 + L_x) (× [y0, y0 + L_y))} with {@code n_x
 * (× n_y)} nodes, the sample at node {@code j} is
 *
 * <pre>{@code u(x_j) = Σ_m û_m exp(2πi m·j / n),   E|û_m|² = λ_m / |D|,   λ_m = σ² (μ_m + τ²)^(−α)}</pre>
 *
 * with {@code μ_m = 4π² Σ_i (k_i / L_i)²} the eigenvalue of {@code −Δ} for the wavenumber {@code
 * k_i = m_i} if {@code m_i <= n_i / 2}, else {@code m_i − n_i} (every {@code |k_i| <= n_i / 2}; the
 * Nyquist mode of an even axis appears once). The coefficients are Hermitian, {@code û_{−m} =
 * conj(û_m)}, so the field is real: for each pair {@code {m, −m}} one complex coefficient with
 * independent {@code N(0, λ_m / (2|D|))} real and imaginary parts; a self-conjugate mode ({@code m
 * ≡ −m}: the mean and Nyquist modes) is real {@code N(0, λ_m / |D|)}. The mean mode is zeroed if
 * {@link WhittleMaternCovariance#zeroMean()} (the FNO setting; a normal variate is still drawn for
 * it, so the two settings give samples that differ only by a constant).
 *
 * <p><b>Scaling.</b> The grid values are exactly the truncation of the continuum field to {@code
 * |k_i| <= n_i / 2}: the pointwise variance is {@link #pointwiseVariance()} {@code = Σ_m λ_m / |D|}
 * (on the unit torus, the sum of the eigenvalues) at every node, and it converges to the continuum
 * value {@link WhittleMaternCovariance#torusPointwiseVariance} as {@code O(n^(d − 2α))} under
 * refinement, independent of the grid otherwise. (FNO's Python {@code GaussianRF} keeps {@code k =
 * −n/2} and omits {@code +n/2}; the distributions agree.)
 *
 * <p><b>Cost.</b> {@code N = n_x n_y} normal variates and one complex inverse FFT of size
 * {@code N} (JTransforms' split-radix for powers of two, Bluestein's algorithm otherwise; see
 * {@link ComplexFft}), allocation-free: about 2 ms for {@code 256²}. Not thread-safe (one
 * spectrum work array per instance); use {@link #copy()} per thread.
 *
 * @param <G> {@link Grid1D} or {@link Grid2D}
 */
public final class PeriodicGaussianField<G> extends SpectralGaussianField<G> {
  /** The smallest node count per axis. */
  public static final int MIN_NODES = SpectralGaussianField.MIN_NODES;

  private static final double INV_SQRT2 = Math.sqrt(0.5);

  private static final Requirement PERIODIC = new Requirement("PeriodicGaussianField",
      Boundary.PERIODIC, "PERIODIC grid", "CosineGaussianField or CholeskyGaussianField on a"
      + " bounded grid", "periodic", "Grid1D.periodic(0, 1, 8192)",
      "Grid2D.unitSquare(256, Boundary.PERIODIC)");

  /** {@code sqrt(λ_m / |D|)} per DFT index, field layout; per instance. */
  private final double[] sqrtVariance;
  /** index of {@code −m}; shared by copies. */
  private final int[] partner;
  /** interleaved complex spectrum, length {@code 2N}; per instance. */
  private final double[] work;
  /** one interleaved complex column, length {@code 2 nx}; per instance (2D only). */
  private final double[] column;
  private final ComplexFft fftX;
  private final ComplexFft fftY;

  private PeriodicGaussianField(Modes<G> modes, double[] lambda, int[] partner) {
    super(modes, lambda);
    this.fftX = new ComplexFft(nx);
    this.fftY = yTransform(fftX, ComplexFft::new);
    this.work = new double[2 * nx * ny];
    this.sqrtVariance = modes.map(lambda, (i, j, l) -> Math.sqrt(l));
    this.partner = partner;
    this.column = dimension == 2 ? new double[2 * nx] : null;
  }

  /**
   * A periodic field on a 1D grid.
   *
   * @param grid a {@link Boundary#PERIODIC} grid with at least {@value #MIN_NODES} nodes
   * @param covariance the covariance; needs {@code α > 1/2}
   * @return the field
   * @throws GalerkinException if the grid is not periodic or too small, or {@code α <= 1/2}
   */
  public static PeriodicGaussianField<Grid1D> on(Grid1D grid, WhittleMaternCovariance covariance) {
    return build(PERIODIC.modes(grid, covariance));
  }

  /**
   * A periodic field on a 2D grid (the axes may differ in length and node count).
   *
   * @param grid a grid whose two axes are {@link Boundary#PERIODIC} with at least {@value
   *     #MIN_NODES} nodes each
   * @param covariance the covariance; needs {@code α > 1}
   * @return the field
   * @throws GalerkinException if an axis is not periodic or too small, or {@code α <= 1}
   */
  public static PeriodicGaussianField<Grid2D> on(Grid2D grid, WhittleMaternCovariance covariance) {
    return build(PERIODIC.modes(grid, covariance));
  }

  /** Fourier modes: wavenumber {@code i} up to {@code n/2}, {@code i − n} above. */
  private static <G> PeriodicGaussianField<G> build(Modes<G> modes) {
    double[] lambda = modes.eigenvaluesOverVolume(4 * Math.PI * Math.PI,
        (i, n) -> i <= n / 2 ? i : i - n);
    return new PeriodicGaussianField<>(modes, lambda, partners(modes.nx(), modes.ny()));
  }

  /** @return the index of mode {@code −m} for every mode {@code m}, field layout */
  private static int[] partners(int nx, int ny) {
    int[] partner = new int[nx * ny];
    for (int m = 0; m < partner.length; m++) {
      partner[m] = ((nx - m / ny) % nx) * ny + (ny - m % ny) % ny;
    }
    return partner;
  }

  @Override
  public void sample(UniformRandomProvider rng, double[] out) {
    ZigguratSampler.NormalizedGaussian g = noise().of(rng);
    GaussianNoise.checkOut(out, size());
    double[] a = work;
    int n = nx * ny;
    for (int m = 0; m < n; m++) {
      int p = partner[m];
      double s = sqrtVariance[m];
      if (p == m) {
        a[2 * m] = s * g.sample();
        a[2 * m + 1] = 0;
      } else if (m < p) {
        double re = s * INV_SQRT2 * g.sample();
        double im = s * INV_SQRT2 * g.sample();
        a[2 * m] = re;
        a[2 * m + 1] = im;
        a[2 * p] = re;
        a[2 * p + 1] = -im;
      }
    }
    if (dimension == 1) {
      fftX.inverse(a, 0);
      for (int m = 0; m < n; m++) {
        out[m] = a[2 * m];
      }
      return;
    }
    for (int i = 0; i < nx; i++) { // along y: contiguous rows
      fftY.inverse(a, 2 * i * ny);
    }
    double[] c = column;
    for (int j = 0; j < ny; j++) { // along x: one column at a time; keep the real part
      for (int i = 0; i < nx; i++) {
        c[2 * i] = a[2 * (i * ny + j)];
        c[2 * i + 1] = a[2 * (i * ny + j) + 1];
      }
      fftX.inverse(c, 0);
      for (int i = 0; i < nx; i++) {
        out[i * ny + j] = c[2 * i];
      }
    }
  }

  /**
   * The pointwise variance of the grid field, the same at every node: {@code Σ_m λ_m / |D|} over
   * the retained modes (exact for the sampled field; below the continuum value by the truncated
   * tail).
   *
   * @return the variance, in field units squared
   */
  public double pointwiseVariance() {
    return covarianceAtLag(0, 0);
  }

  /**
   * The exact covariance of the grid field between node {@code j} and node {@code j + lag} (the
   * field is stationary): {@code Σ_m (λ_m / |D|) cos(2π m·lag / n)}.
   *
   * @param lagX the lag in nodes along x (any integer; periodic)
   * @param lagY the lag in nodes along y; must be 0 on a 1D grid
   * @return the covariance
   */
  public double covarianceAtLag(int lagX, int lagY) {
    if (dimension == 1 && lagY != 0) {
      throw new GalerkinException("lagY = " + lagY + " on a 1D grid; pass 0");
    }
    double sum = 0;
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        double s = sqrtVariance[i * ny + j];
        double phase = 2 * Math.PI * ((double) i * lagX / nx + (double) j * lagY / ny);
        sum += s * s * Math.cos(phase);
      }
    }
    return sum;
  }

  /**
   * The variances {@code E|û_m|² = λ_m / |D|} of the Fourier coefficients in the synthesis {@code
   * u_j = Σ_m û_m exp(2πi m·j/n)}, in field layout (DFT index {@code (i, j)} at {@code i * ny + j}).
   * The unnormalised forward DFT {@code U_m = Σ_j u_j exp(−2πi m·j/n)} of a sample has {@code
   * E|U_m|² = N² λ_m / |D|}.
   *
   * @return a new array of length {@link #size()}
   */
  public double[] modeVariances() {
    double[] v = new double[sqrtVariance.length];
    for (int m = 0; m < v.length; m++) {
      v[m] = sqrtVariance[m] * sqrtVariance[m];
    }
    return v;
  }

  @Override
  public PeriodicGaussianField<G> copy() {
    return new PeriodicGaussianField<>(modes, lambda, partner);
  }
}
