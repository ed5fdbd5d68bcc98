package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;

/**
 * How the weights of the loss terms evolve during Adam: fixed (the problem's), or the
 * learning-rate annealing of Wang, Teng and Perdikaris, "Understanding and mitigating gradient flow
 * pathologies in physics-informed neural networks" (SIAM J. Sci. Comput. 43, 2021), Algorithm 1.
 * Every {@code every} Adam steps each condition's weight is moved towards
 * {@code λ̂_k = max_θ |∇_θ (w₀ L_pde)| / mean_θ |∇_θ (λ_k L_k)|} by the moving average
 * {@code λ_k ← (1 − α) λ_k + α λ̂_k}; the residual's weight {@code w₀} stays. Max and mean run over
 * the whole flat {@code θ}.
 *
 * <p>Two readings differ, and this follows the authors' released code
 * ({@code GradientPathologiesPINNs/Helmholtz/Helmholtz2D_model_tf.py}) on both: its denominator is
 * the gradient of the <em>weighted</em> term {@code λ_k L_k}, and its average keeps 0.9 of the old
 * value ({@code β = 0.9}), which is {@code α = 0.1} in the form above, the default. Measured on
 * Poisson 2D with a boundary weight of 1e-3 (2×20 tanh, 1000 Adam steps at 1e-3, every 10): with
 * the unweighted {@code ∇L_k} in the denominator the weight ran away to 3.9e6 and the residual term
 * ended at 62 (0.42 with fixed weights); with the weighted one the weight ended at 56 and the
 * relative L2 error fell from 1.50 (fixed) to 0.70. On Helmholtz (1, 4) (3×32 tanh, 1000 interior
 * and 200 boundary points, 1500 Adam steps at 1e-3) the error was 2.39 fixed, 0.142 annealed with
 * {@code α = 0.1} and 0.541 with {@code α = 0.9}. L-BFGS runs with the weights frozen at their last
 * Adam values.
 *
 * @param annealing whether the weights are annealed
 * @param every update the weights every this many Adam steps, {@code >= 1} (the authors' code: 10)
 * @param alpha the share of the new estimate in the moving average, in {@code (0, 1]}
 */
public record LossWeighting(boolean annealing, int every, double alpha) {
  /** The problem's weights throughout. */
  public static final LossWeighting FIXED = new LossWeighting(false, 1, 1);

  /** Validates. */
  public LossWeighting {
    if (every < 1) {
      throw new GalerkinException("loss weighting: the update interval must be >= 1 Adam steps, got " + every);
    }
    if (!(alpha > 0 && alpha <= 1)) {
      throw new GalerkinException("loss weighting: alpha must be in (0, 1], got " + alpha);
    }
  }

  /**
   * @param every update every this many Adam steps
   * @return annealing with {@code α = 0.1}
   */
  public static LossWeighting annealing(int every) {
    return new LossWeighting(true, every, 0.1);
  }

  /**
   * One update of equations 40–41.
   *
   * @param weights the current weights, {@code pde} first; modified in place (all but the first)
   * @param gradients each term's unweighted gradient {@code ∇_θ L_k}, {@code pde} first (the
   *     weights are applied here)
   */
  public void update(double[] weights, double[][] gradients) {
    double max = 0;
    for (double g : gradients[0]) {
      max = Math.max(max, Math.abs(g));
    }
    max *= weights[0];
    for (int k = 1; k < weights.length; k++) {
      double mean = 0;
      for (double g : gradients[k]) {
        mean += Math.abs(g);
      }
      mean *= weights[k] / gradients[k].length;
      if (mean > 0 && Double.isFinite(mean) && Double.isFinite(max)) {
        weights[k] = (1 - alpha) * weights[k] + alpha * (max / mean);
      }
    }
  }

  /** @return {@code fixed}, or {@code annealing every K, α} */
  public String describe() {
    return annealing ? "annealing every " + every + " Adam steps, α " + alpha : "fixed";
  }
}
