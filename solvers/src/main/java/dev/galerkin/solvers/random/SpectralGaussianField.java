package dev.galerkin.solvers.random;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import java.util.function.IntBinaryOperator;

/**
 * What the two spectral Gaussian fields share: a Whittle–Matérn covariance
 * {@code σ² (−Δ + τ² I)^(−α)} expanded in the eigenfunctions of the Laplacian on a uniform 1D or 2D
 * grid (Fourier modes for {@link PeriodicGaussianField}, cosine modes for
 * {@link CosineGaussianField}), the checks of the grid and covariance, and the eigenvalues
 * {@code λ_k / |D|} of the retained modes in field layout ({@code i * ny + j}). The subclasses hold
 * only their transform (FFT, DCT) and how they draw the coefficients.
 *
 * @param <G> {@link Grid1D} or {@link Grid2D}
 */
abstract class SpectralGaussianField<G> implements RandomField<G> {
  /** The smallest node count per axis. */
  static final int MIN_NODES = 4;

  /**
   * The grid a field samples on, with the numbers the series needs.
   *
   * @param grid the grid
   * @param covariance the covariance, checked to exist in {@code dimension}
   * @param nx nodes along x
   * @param ny nodes along y (1 in 1D)
   * @param lx length of the x axis
   * @param ly length of the y axis (1 in 1D)
   * @param dimension 1 or 2
   */
  record Modes<G>(G grid, WhittleMaternCovariance covariance, int nx, int ny, double lx, double ly,
      int dimension) {

    /**
     * @param c the factor of the Laplacian's eigenvalue: {@code 4π²} for Fourier modes
     *     ({@code μ = 4π² Σ (k_i/L_i)²}), {@code π²} for cosine modes
     * @param wave the wavenumber of index {@code i} on an axis of {@code n} nodes
     * @return {@code λ_k / |D|} per mode, field layout; 0 for the mean mode when the covariance
     *     has zero mean
     */
    double[] eigenvaluesOverVolume(double c, IntBinaryOperator wave) {
      double[] out = new double[nx * ny];
      double cx = c / (lx * lx);
      double cy = dimension == 2 ? c / (ly * ly) : 0;
      double volume = dimension == 2 ? lx * ly : lx;
      for (int i = 0; i < nx; i++) {
        int kx = wave.applyAsInt(i, nx);
        for (int j = 0; j < ny; j++) {
          int ky = wave.applyAsInt(j, ny);
          boolean mean = kx == 0 && ky == 0;
          double l = mean && covariance.zeroMean()
              ? 0 : covariance.eigenvalue(cx * (double) kx * kx + cy * (double) ky * ky);
          out[i * ny + j] = l / volume;
        }
      }
      return out;
    }

    /**
     * @param values one value per mode, field layout, not modified
     * @param f the new value of mode {@code (i, j)} from its old value
     * @return a new array of {@code f(i, j, values[i * ny + j])}
     */
    double[] map(double[] values, ModeFunction f) {
      double[] out = new double[values.length];
      for (int i = 0; i < nx; i++) {
        for (int j = 0; j < ny; j++) {
          out[i * ny + j] = f.apply(i, j, values[i * ny + j]);
        }
      }
      return out;
    }
  }

  /** A value per mode {@code (i, j)}, from another. */
  @FunctionalInterface
  interface ModeFunction {
    double apply(int i, int j, double value);
  }

  /**
   * Which grids a field takes, for the checks and their one-line messages.
   *
   * @param type the class name, for messages
   * @param boundary the layout every axis must have
   * @param need what the field needs, for example {@code PERIODIC grid}
   * @param alternative what to use otherwise
   * @param adjective the grid's kind in the null message, {@code periodic} or {@code bounded}
   * @param example1d a 1D grid to suggest
   * @param example2d a 2D grid to suggest
   */
  record Requirement(String type, Boundary boundary, String need, String alternative,
      String adjective, String example1d, String example2d) {

    Modes<Grid1D> modes(Grid1D grid, WhittleMaternCovariance covariance) {
      if (grid == null) {
        throw new GalerkinException("grid is null; pass a " + adjective + " Grid1D, e.g. " + example1d);
      }
      checkAxis(grid, "grid");
      checkCovariance(covariance, 1);
      return new Modes<>(grid, covariance, grid.nodes(), 1, grid.length(), 1, 1);
    }

    Modes<Grid2D> modes(Grid2D grid, WhittleMaternCovariance covariance) {
      if (grid == null) {
        throw new GalerkinException("grid is null; pass a " + adjective + " Grid2D, e.g. " + example2d);
      }
      checkAxis(grid.x(), "x axis");
      checkAxis(grid.y(), "y axis");
      checkCovariance(covariance, 2);
      return new Modes<>(grid, covariance, grid.nx(), grid.ny(), grid.x().length(),
          grid.y().length(), 2);
    }

    private void checkAxis(Grid1D axis, String name) {
      if (axis.boundary() != boundary) {
        throw new GalerkinException(name + " is " + axis.boundary() + "; a " + type + " needs a "
            + need + " (use " + alternative + ")");
      }
      if (axis.nodes() < MIN_NODES) {
        throw new GalerkinException(name + " has nodes = " + axis.nodes() + "; a " + type
            + " needs nodes >= " + MIN_NODES);
      }
    }
  }

  final Modes<G> modes;
  final int nx;
  final int ny;
  final int dimension;
  /** {@code λ_k / |D|} per mode, field layout; shared by copies. */
  final double[] lambda;
  private final GaussianNoise noise = new GaussianNoise();

  /**
   * @param modes the grid and covariance
   * @param lambda {@code λ_k / |D|} per mode from {@link Modes#eigenvaluesOverVolume}, kept
   */
  SpectralGaussianField(Modes<G> modes, double[] lambda) {
    this.modes = modes;
    this.lambda = lambda;
    this.nx = modes.nx();
    this.ny = modes.ny();
    this.dimension = modes.dimension();
  }

  /**
   * @param x the transform along x
   * @param make a transform of the given length
   * @return the transform along y: {@code null} in 1D, {@code x} itself when the axes have the same
   *     node count, else a new one
   */
  <T> T yTransform(T x, java.util.function.IntFunction<T> make) {
    return dimension == 2 ? (ny == nx ? x : make.apply(ny)) : null;
  }

  /** @return this instance's normal-variate source (one per instance, so copies do not share) */
  GaussianNoise noise() {
    return noise;
  }

  @Override
  public G grid() {
    return modes.grid();
  }

  @Override
  public int size() {
    return nx * ny;
  }

  /** @return the covariance the field samples */
  public WhittleMaternCovariance covariance() {
    return modes.covariance();
  }

  static void checkCovariance(WhittleMaternCovariance covariance, int dimension) {
    if (covariance == null) {
      throw new GalerkinException("covariance is null; pass a WhittleMaternCovariance, e.g. "
          + "new WhittleMaternCovariance(625, 5, 2, true)");
    }
    covariance.requireExists(dimension);
  }
}
