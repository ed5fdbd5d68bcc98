package dev.galerkin.solvers.random;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A Gaussian random field on a bounded uniform grid ({@link Boundary#DIRICHLET}, nodes at both
 * ends) with covariance {@code C = σ² (−Δ_N + τ² I)^(−α)}, {@code Δ_N} the Laplacian with zero
 * Neumann conditions, sampled by its cosine (Karhunen–Loève) series and one inverse DCT (DCT-III). This is the generator of the FNO Darcy coefficients (Li et al. 2021, ICLR, §5.2, whose
 * MATLAB {@code GRF.m} is {@code idct2(s * coef .* xi)}, and the SciPy peer {@code
 * bench/peers/darcy_scipy.py}, {@code grf}: {@code idctn(s * coef * xi, norm="ortho")}).
 *
 * <p><b>The series.</b> On {@code [x0, x0 + L_x] (× [y0, y0 + L_y])} with {@code n_x (× n_y)}
 * nodes, modes {@code k_i = 0 … n_i − 1} with Neumann eigenfunctions {@code φ_k(x) = Π_i c_{k_i}
 * L_i^(−1/2) cos(π k_i (x_i − x0_i) / L_i)}, {@code c_0 = 1, c_k = √2} (orthonormal on the box) and
 * eigenvalues {@code μ_k = π² Σ_i (k_i / L_i)²}:
 *
 * <pre>{@code u(p_j) = Σ_k sqrt(λ_k) ξ_k φ_k(p_j),   ξ_k ~ N(0, 1) iid,   λ_k = σ² (μ_k + τ²)^(−α)}</pre>
 *
 * The mean mode {@code k = 0} is zeroed if {@link WhittleMaternCovariance#zeroMean()} (FNO does).
 * With {@link WhittleMaternCovariance#fno WhittleMaternCovariance.fno(2, 3, 2)} on the unit square
 * the coefficient standard deviation is FNO's {@code τ^(α−1) (π²|k|² + τ²)^(−α/2)}.
 *
 * <p><b>Where the values sit.</b> The DCT-III evaluates the series at the cell centres {@code p_j
 * = x0 + (j + 1/2) L / n} ({@code j = 0 … n−1}), not at the grid nodes {@code x_j = x0 + j L / (n
 * − 1)}; like FNO, this class stores the value at {@code p_j} as the value of node {@code j}. The
 * index arrays therefore have exactly the distribution of FNO's and the peer's samples; read as a
 * function of the node coordinate, the field is {@code u(x) = series(c + (x − c)(n − 1)/n)}, {@code
 * c} the centre of the axis (a shift of at most half a cell, {@code L / (2n)}, at the ends). The pointwise variance {@code Σ_k λ_k φ_k(p)²} is not constant: it grows towards the
 * boundary, as Neumann fields do (for correlation lengths much shorter than the box, towards twice
 * the interior value on an edge and four times at a corner); see {@link #covariance(int, int)}.
 *
 * <p><b>Cost.</b> {@code N} normal variates and a 2D DCT-III done as {@code n_x/2}
 * length-{@code n_y} plus {@code n_y/2} length-{@code n_x} complex FFTs, two real rows per FFT
 * (Makhoul's algorithm; Bluestein's algorithm for a prime length such as 421), allocation-free:
 * about 10 ms for {@code 421²}. Not thread-safe; use {@link #copy()} per thread.
 *
 * @param <G> {@link Grid1D} or {@link Grid2D}
 */
public final class CosineGaussianField<G> extends SpectralGaussianField<G> {
  /** The smallest node count per axis. */
  public static final int MIN_NODES = SpectralGaussianField.MIN_NODES;

  private static final double SQRT2 = Math.sqrt(2);

  private static final Requirement BOUNDED = new Requirement("CosineGaussianField",
      Boundary.DIRICHLET, "bounded (DIRICHLET) grid with nodes at both ends",
      "PeriodicGaussianField on a periodic grid", "bounded", "Grid1D.bounded(0, 1, 421)",
      "Grid2D.unitSquare(421, Boundary.DIRICHLET)");

  /**
   * standard deviations of the cosine coefficients {@code sqrt(λ_k / |D|) Π c_{k_i}}, field layout;
   * shared by copies.
   */
  private final double[] scale;
  private final CosineTransform dctX;
  private final CosineTransform dctY;

  private CosineGaussianField(Modes<G> modes, double[] scale, double[] lambda) {
    super(modes, lambda);
    this.scale = scale;
    this.dctX = new CosineTransform(nx);
    this.dctY = yTransform(dctX, CosineTransform::new);
  }

  /**
   * A cosine-series field on a bounded 1D grid.
   *
   * @param grid a {@link Boundary#DIRICHLET} grid with at least {@value #MIN_NODES} nodes
   * @param covariance the covariance; needs {@code α > 1/2}
   * @return the field
   * @throws GalerkinException if the grid is periodic or too small, or {@code α <= 1/2}
   */
  public static CosineGaussianField<Grid1D> on(Grid1D grid, WhittleMaternCovariance covariance) {
    return build(BOUNDED.modes(grid, covariance));
  }

  /**
   * A cosine-series field on a bounded 2D grid; {@code on(Grid2D.unitSquare(421, DIRICHLET),
   * WhittleMaternCovariance.fno(2, 3, 2))} is the FNO Darcy field.
   *
   * @param grid a grid whose two axes are {@link Boundary#DIRICHLET} with at least {@value
   *     #MIN_NODES} nodes each
   * @param covariance the covariance; needs {@code α > 1}
   * @return the field
   * @throws GalerkinException if an axis is periodic or too small, or {@code α <= 1}
   */
  public static CosineGaussianField<Grid2D> on(Grid2D grid, WhittleMaternCovariance covariance) {
    return build(BOUNDED.modes(grid, covariance));
  }

  /** Cosine modes: wavenumber {@code k = i}, coefficient factor {@code c_0 = 1, c_k = √2}. */
  private static <G> CosineGaussianField<G> build(Modes<G> modes) {
    double[] lambda = modes.eigenvaluesOverVolume(Math.PI * Math.PI, (i, n) -> i);
    double[] scale = modes.map(lambda,
        (i, j, l) -> Math.sqrt(l) * (i == 0 ? 1 : SQRT2) * (j == 0 ? 1 : SQRT2));
    return new CosineGaussianField<>(modes, scale, lambda);
  }

  @Override
  public void sample(UniformRandomProvider rng, double[] out) {
    ZigguratSampler.NormalizedGaussian g = noise().of(rng);
    GaussianNoise.checkOut(out, size());
    int n = nx * ny;
    for (int m = 0; m < n; m++) {
      out[m] = scale[m] * g.sample();
    }
    if (dimension == 1) {
      dctX.inverse(out, 0, -1, 1);
      return;
    }
    // along y: rows i, i+1 (contiguous, stride 1) two at a time
    for (int i = 0; i < nx; i += 2) {
      dctY.inverse(out, i * ny, i + 1 < nx ? (i + 1) * ny : -1, 1);
    }
    // along x: columns j, j+1 (stride ny) two at a time
    for (int j = 0; j < ny; j += 2) {
      dctX.inverse(out, j, j + 1 < ny ? j + 1 : -1, ny);
    }
  }

  /**
   * The exact covariance of the grid field between two nodes, {@code Σ_k λ_k φ_k(p_a) φ_k(p_b)}
   * over the retained modes, with {@code p} the cell-centre points described above. Costs {@code
   * O(N)}.
   *
   * @param a a node index, field layout ({@code i * ny + j} in 2D)
   * @param b another node index
   * @return the covariance, in field units squared
   */
  public double covariance(int a, int b) {
    int n = nx * ny;
    if (a < 0 || a >= n || b < 0 || b >= n) {
      throw new GalerkinException("node indices (" + a + ", " + b + ") are out of range; allowed "
          + "0 <= index <= " + (n - 1));
    }
    double[] gx = basisProducts(a / ny, b / ny, nx);
    double[] gy = basisProducts(a % ny, b % ny, ny);
    double sum = 0;
    for (int i = 0; i < nx; i++) {
      double row = 0;
      for (int j = 0; j < ny; j++) {
        row += lambda[i * ny + j] * gy[j];
      }
      sum += gx[i] * row;
    }
    return sum;
  }

  /** {@code c_k² cos(π k (ia + 1/2) / n) cos(π k (ib + 1/2) / n)} for {@code k = 0 … n−1}. */
  private static double[] basisProducts(int ia, int ib, int n) {
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      double c2 = k == 0 ? 1 : 2;
      g[k] = c2 * Math.cos(Math.PI * k * (ia + 0.5) / n) * Math.cos(Math.PI * k * (ib + 0.5) / n);
    }
    return g;
  }

  @Override
  public CosineGaussianField<G> copy() {
    return new CosineGaussianField<>(modes, scale, lambda);
  }
}
