package dev.galerkin.operators.physics.pig;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import java.util.Locale;

/**
 * Physics-informed Gaussians (Kang, Oh, Hong and Park, <em>PIG: Physics-Informed Gaussians as
 * Adaptive Parametric Mesh Representations</em>, ICLR 2025): {@code N} Gaussians with learnable
 * means {@code μ_i}, diagonal covariances {@code Σ_i = diag(σ_i²)} and feature vectors
 * {@code f_i ∈ R^C} give the feature field {@code FE(x) = Σ_i f_i exp(−½ Σ_k (x_k − μ_ik)²/σ_ik²)},
 * which a tiny MLP {@code C → hidden → 1} (tanh) maps to {@code u}. The Gaussians' derivatives are
 * in closed form and enter the same forward-mode {@code Jet} scheme as the MLP.
 *
 * <p>Initialisation (ours): means on a regular {@code m^d} grid over the bounding box
 * ({@code N = m^d}), jittered by a quarter spacing; {@code σ} equal to {@code sigmaScale} times the
 * spacing along each axis; features {@code N(0, 1)}; the MLP Glorot-uniform. {@code σ} is
 * parameterised by {@code log(1/σ)} so it stays positive.
 *
 * @param perAxis {@code m}, Gaussians per axis, {@code >= 1}
 * @param channels {@code C}, feature channels, {@code >= 1} (the paper: 4)
 * @param hidden the MLP's hidden width, {@code >= 1} (the paper: 16)
 * @param sigmaScale the initial {@code σ} in grid spacings, {@code > 0}
 */
public record PigConfig(int perAxis, int channels, int hidden, double sigmaScale) implements PhysicsModel {

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
  }

  /** @return {@code m^d} Gaussians, 4 channels, 4 → 16 → 1 tanh, σ one spacing */
  public static PigConfig of(int perAxis) {
    return new PigConfig(perAxis, 4, 16, 1);
  }

  /**
   * The Gaussians of a trained PIG on a grid, {@code Σ_i exp(−½ Σ_k (x_k − μ_ik)²/σ_ik²)} with unit
   * weights: where the adaptive mesh put its resolution.
   *
   * @param means {@code [N_g, d]} from the parameter {@code pig/means}
   * @param logInverseScale {@code [N_g, d]} from {@code pig/log_inverse_scale}
   * @param points row-major {@code [n, d]}
   * @return the density at each point
   */
  public static double[] density(double[] means, double[] logInverseScale, double[] points, int d) {
    int ng = means.length / d;
    int n = points.length / d;
    double[] out = new double[n];
    for (int p = 0; p < n; p++) {
      double s = 0;
      for (int i = 0; i < ng; i++) {
        double e = 0;
        for (int k = 0; k < d; k++) {
          double q = (points[p * d + k] - means[i * d + k]) * Math.exp(logInverseScale[i * d + k]);
          e += q * q;
        }
        s += Math.exp(-0.5 * e);
      }
      out[p] = s;
    }
    return out;
  }

  @Override
  public Network build(PhysicsGraph g, Geometry geometry, long seed) {
    return new Pig(this, g, geometry, seed);
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "PIG %d^d Gaussians (diagonal), %d channels, MLP %d-%d-1 tanh", perAxis,
        channels, channels, hidden);
  }
}
