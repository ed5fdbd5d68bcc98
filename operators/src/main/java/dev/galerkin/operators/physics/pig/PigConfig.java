package dev.galerkin.operators.physics.pig;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import java.util.Locale;

/**
 * Physics-informed Gaussians (Kang, Oh, Hong and Park, <em>PIG: Physics-Informed Gaussians as
 * Adaptive Parametric Mesh Representations</em>, ICLR 2025): {@code N} Gaussians with learnable
 * means {@code μ_i}, covariances {@code Σ_i} and feature vectors {@code f_i ∈ R^C} give the feature
 * field {@code FE(x) = Σ_i f_i exp(−½ (x − μ_i)ᵀ Σ_i⁻¹ (x − μ_i))}, which a tiny MLP
 * {@code C → hidden → 1} (tanh) maps to {@code u}. The Gaussians' derivatives are in closed form and
 * enter the same forward-mode {@code Jet} scheme as the MLP.
 *
 * <p>Covariances ({@link Covariance}): {@link Covariance#DIAGONAL} {@code Σ_i = diag(σ_i²)},
 * parameterised by {@code log(1/σ)} ({@link #LOG_INVERSE_SCALE}); {@link Covariance#FULL} as in the
 * paper, {@code Σ_i⁻¹ = L_i L_iᵀ} with {@code L_i} lower triangular, its diagonal
 * {@code exp(·)} of a free parameter ({@link #LOG_FACTOR_DIAGONAL}) and its strictly lower entries
 * free ({@link #FACTOR_LOWER}); no Cholesky, solve or inverse is needed in the graph.
 *
 * <p>Initialisation (ours): means on a regular {@code m^d} grid over the bounding box
 * ({@code N = m^d}), jittered by a quarter spacing; {@code σ} equal to {@code sigmaScale} times the
 * spacing along each axis (for {@code FULL}: {@code L = diag(1/σ)}, so both kinds start as the same
 * function); features {@code N(0, 1)}; the MLP Glorot-uniform.
 *
 * @param perAxis {@code m}, Gaussians per axis, {@code >= 1}
 * @param channels {@code C}, feature channels, {@code >= 1} (the paper: 4)
 * @param hidden the MLP's hidden width, {@code >= 1} (the paper: 16)
 * @param sigmaScale the initial {@code σ} in grid spacings, {@code > 0}
 * @param covariance diagonal or full covariances, not null
 */
public record PigConfig(int perAxis, int channels, int hidden, double sigmaScale, Covariance covariance)
    implements PhysicsModel {

  /** The means {@code μ}, {@code [N, d]}. */
  public static final String MEANS = "pig/means";
  /** Diagonal covariances: {@code log(1/σ)}, {@code [N, d]}. */
  public static final String LOG_INVERSE_SCALE = "pig/log_inverse_scale";
  /** Full covariances: {@code log} of the diagonal of {@code L}, {@code [N, d]}. */
  public static final String LOG_FACTOR_DIAGONAL = "pig/precision_factor/log_diagonal";
  /**
   * Full covariances: the strictly lower entries of {@code L}, {@code [N, d(d−1)/2]}, row by row:
   * {@code L_10, L_20, L_21, …} (absent when {@code d = 1}).
   */
  public static final String FACTOR_LOWER = "pig/precision_factor/lower";
  /** The feature vectors, {@code [N, C]}. */
  public static final String FEATURES = "pig/features";

  /** The shape of the Gaussians' covariances. */
  public enum Covariance {
    /** Axis-aligned: {@code Σ = diag(σ²)}. */
    DIAGONAL,
    /** Any symmetric positive definite {@code Σ}, through {@code Σ⁻¹ = L Lᵀ}. */
    FULL;

    /**
     * @param name {@code diagonal} or {@code full}, any case
     * @return that kind
     */
    public static Covariance parse(String name) {
      return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
        case "diagonal", "diag" -> DIAGONAL;
        case "full" -> FULL;
        default -> throw new GalerkinException("pig: covariance '" + name + "': choose diagonal or full");
      };
    }
  }

  /** Validates. */
  public PigConfig {
    if (perAxis < 1) {
      throw new GalerkinException("pig: perAxis must be >= 1, got " + perAxis);
    }
    if (channels < 1 || hidden < 1) {
      throw new GalerkinException("pig: channels and hidden must be >= 1, got " + channels + " and " + hidden);
    }
    if (!(sigmaScale > 0) || !Double.isFinite(sigmaScale)) {
      throw new GalerkinException("pig: sigmaScale must be finite and > 0, got " + sigmaScale);
    }
    if (covariance == null) {
      throw new GalerkinException("pig: covariance must not be null (diagonal or full)");
    }
  }

  /** Diagonal covariances, as before full ones existed. */
  public PigConfig(int perAxis, int channels, int hidden, double sigmaScale) {
    this(perAxis, channels, hidden, sigmaScale, Covariance.DIAGONAL);
  }

  /** @return {@code m^d} Gaussians (diagonal), 4 channels, 4 → 16 → 1 tanh, σ one spacing */
  public static PigConfig of(int perAxis) {
    return new PigConfig(perAxis, 4, 16, 1);
  }

  /** @return this configuration with {@code covariance} */
  public PigConfig withCovariance(Covariance covariance) {
    return new PigConfig(perAxis, channels, hidden, sigmaScale, covariance);
  }

  /**
   * The Gaussians of a trained diagonal PIG on a grid, {@code Σ_i exp(−½ Σ_k (x_k − μ_ik)²/σ_ik²)}
   * with unit weights: where the adaptive mesh put its resolution. For either kind, see
   * {@link PigGaussians#density(double[])}.
   *
   * @param means {@code [N_g, d]} from the parameter {@code pig/means}
   * @param logInverseScale {@code [N_g, d]} from {@code pig/log_inverse_scale}
   * @param points row-major {@code [n, d]}
   * @return the density at each point
   */
  public static double[] density(double[] means, double[] logInverseScale, double[] points, int d) {
    return PigGaussians.diagonal(means, logInverseScale, d).density(points);
  }

  @Override
  public Network build(PhysicsGraph g, Geometry geometry, long seed) {
    return new Pig(this, g, geometry, seed);
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "PIG %d^d Gaussians (%s), %d channels, MLP %d-%d-1 tanh", perAxis,
        covariance.name().toLowerCase(Locale.ROOT), channels, channels, hidden);
  }
}
