package dev.galerkin.solvers.random;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;

/**
 * The input distributions of the standard neural-operator benchmarks, each as published. {@link
 * #create(int)} builds the field at any resolution; the static methods return the typed fields.
 */
public enum RandomFieldPreset {
  /**
   * FNO Darcy flow coefficient (Li et al. 2021, "Fourier Neural Operator for Parametric Partial
   * Differential Equations", ICLR, §5.2; MATLAB {@code GRF.m} and {@code bench/peers/darcy_scipy.py}):
   * {@code w} a {@link CosineGaussianField} with {@code (−Δ_N + 9 I)^(−2)} scaled by {@code σ² =
   * τ^(2α−2) = 9} ({@code α = 2, τ = 3}, mean mode zeroed) on the unit square, then {@code a = 12}
   * where {@code w >= 0} and {@code 3} elsewhere. Default grid 421 × 421 with nodes at both ends.
   */
  FNO_DARCY(2, 421),
  /**
   * FNO Burgers initial condition (Li et al. 2021, §5.1): {@code u0 ~ N(0, 625 (−Δ + 25 I)^(−2))}
   * on the periodic unit interval ({@code σ² = 625, τ = 5, α = 2}, mean zero), a {@link
   * PeriodicGaussianField}; default 8192 nodes. (The released MATLAB script {@code
   * gen_burgers1.m} instead draws {@code GRF1(s/2, 0, 2.5, 7, 7^2)}, i.e. {@code 7^4 (−Δ + 49
   * I)^(−2.5)}; use {@code new WhittleMaternCovariance(2401, 7, 2.5, true)} for that.)
   */
  FNO_BURGERS(1, 8192),
  /**
   * FNO Navier–Stokes initial vorticity (Li et al. 2021, §5.3): {@code w0 ~ N(0, 7^(3/2) (−Δ + 49
   * I)^(−2.5))} on the periodic unit square ({@code σ² = 7^1.5, τ = 7, α = 2.5}, mean zero), a
   * {@link PeriodicGaussianField}; default 256 × 256, the generation grid (the data sets keep every
   * 4th node, 64 × 64). (The released {@code ns_2d.py} calls {@code GaussianRF(2, 256, alpha=2.5,
   * tau=7)}, whose default amplitude {@code τ^(α − d/2) = 7^1.5} multiplies the square root of the
   * eigenvalue, i.e. {@code σ² = 7^3}, and whose {@code random_fields.py} (January 2021) takes the
   * real part of non-Hermitian noise with unit real and imaginary parts, which doubles that: the
   * released fields have covariance {@code 2·7³ (−Δ + 49 I)^(−2.5)}, standard deviation {@code
   * √2·7^0.75 ≈ 6.1} times the paper's formula. Use {@code new WhittleMaternCovariance(686, 7, 2.5,
   * true)} for that; {@code FnoNavierStokesFieldTest} checks it against that algorithm.)
   */
  FNO_NAVIER_STOKES(2, 256),
  /**
   * DeepONet antiderivative input (Lu et al. 2021, "Learning nonlinear operators via DeepONet based
   * on the universal approximation theorem of operators", Nature Machine Intelligence 3:218–229,
   * §"Antiderivative"): a Gaussian process with squared-exponential kernel, {@code ℓ = 0.2}, {@code
   * σ² = 1}, at 100 equispaced sensors on {@code [0, 1]} (both ends included), sampled exactly by a
   * {@link CholeskyGaussianField}.
   */
  DEEPONET_ANTIDERIVATIVE(1, 100);

  private final int dimension;
  private final int defaultResolution;

  RandomFieldPreset(int dimension, int defaultResolution) {
    this.dimension = dimension;
    this.defaultResolution = defaultResolution;
  }

  /**
   * @return the spatial dimension, 1 or 2
   */
  public int dimension() {
    return dimension;
  }

  /**
   * @return the published resolution: nodes per axis, or DeepONet sensors
   */
  public int defaultResolution() {
    return defaultResolution;
  }

  /**
   * @return the field at the published resolution
   */
  public RandomField<?> create() {
    return create(defaultResolution);
  }

  /**
   * The field at another resolution (nodes per axis; sensors for DeepONet); the distribution is
   * the same continuum field, sampled on a finer or coarser grid.
   *
   * @param resolution nodes per axis
   * @return the field
   */
  public RandomField<?> create(int resolution) {
    return switch (this) {
      case FNO_DARCY -> fnoDarcy(resolution);
      case FNO_BURGERS -> fnoBurgers(resolution);
      case FNO_NAVIER_STOKES -> fnoNavierStokes(resolution);
      case DEEPONET_ANTIDERIVATIVE -> deepOnetAntiderivative(resolution);
    };
  }

  /**
   * @param s nodes per axis of the unit square (421 in FNO), {@code >= 4}
   * @return the thresholded FNO Darcy coefficient field, values in {@code {3, 12}}
   */
  public static TransformedField<Grid2D> fnoDarcy(int s) {
    return new TransformedField<>(fnoDarcyGaussian(s), FieldTransform.Threshold.FNO_DARCY);
  }

  /**
   * @param s nodes per axis of the unit square (421 in FNO), {@code >= 4}
   * @return the Gaussian field underlying {@link #fnoDarcy(int)}, before thresholding
   */
  public static CosineGaussianField<Grid2D> fnoDarcyGaussian(int s) {
    return CosineGaussianField.on(Grid2D.unitSquare(checkResolution(s, 4), Boundary.DIRICHLET),
        WhittleMaternCovariance.fno(2, 3, 2));
  }

  /**
   * @param n nodes of the periodic unit interval (8192 in FNO), {@code >= 4}
   * @return the FNO Burgers initial-condition field
   */
  public static PeriodicGaussianField<Grid1D> fnoBurgers(int n) {
    return PeriodicGaussianField.on(Grid1D.periodic(0, 1, checkResolution(n, 4)),
        new WhittleMaternCovariance(625, 5, 2, true));
  }

  /**
   * @param n nodes per axis of the periodic unit square (256 or 64 in FNO), {@code >= 4}
   * @return the FNO Navier–Stokes initial-vorticity field
   */
  public static PeriodicGaussianField<Grid2D> fnoNavierStokes(int n) {
    return PeriodicGaussianField.on(Grid2D.unitSquare(checkResolution(n, 4), Boundary.PERIODIC),
        new WhittleMaternCovariance(Math.pow(7, 1.5), 7, 2.5, true));
  }

  /**
   * @param sensors equispaced sensors on {@code [0, 1]} (100 in DeepONet), {@code 2 …} {@value
   *     CholeskyGaussianField#MAX_NODES}
   * @return the DeepONet antiderivative input field
   */
  public static CholeskyGaussianField<Grid1D> deepOnetAntiderivative(int sensors) {
    return CholeskyGaussianField.on(Grid1D.bounded(0, 1, checkResolution(sensors, 2)),
        new StationaryKernel(KernelFamily.SQUARED_EXPONENTIAL, 1, 0.2));
  }

  private static int checkResolution(int n, int min) {
    if (n < min) {
      throw new GalerkinException("resolution = " + n + " is out of range; this preset needs "
          + "resolution >= " + min);
    }
    return n;
  }
}
