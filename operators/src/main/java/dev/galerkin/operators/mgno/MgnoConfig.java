package dev.galerkin.operators.mgno;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;

/**
 * The hyperparameters of a multigrid neural operator (He, Liu, Xu, "MgNO: Efficient
 * Parameterization of Linear Operators via Multigrid", ICLR 2024). The reference Darcy model has 5
 * layers of 24 channels and a 6-level V-cycle with one pre-smoothing step per level, two on the
 * coarsest and none after ({@code --num_iteration 10 10 10 10 10 20} in the authors' code).
 *
 * @param dimensions spatial dimensions of the grid, 1 or 2
 * @param width channels of the hidden fields {@code u} (and of {@code f} after the first layer),
 *     in {@code [1, 1024]}
 * @param layers MgNO layers {@code u ← σ(MgConv(u) + W u)}, in {@code [1, 32]}
 * @param levels grid levels of each V-cycle, finest included, in {@code [1, 16]}
 * @param preSmoothing smoothing steps {@code u ← u + S(f − A u)} on every level but the coarsest
 *     before restriction, {@code >= 1} (the first step on the finest level is {@code u = S f})
 * @param coarsestSmoothing smoothing steps on the coarsest level, {@code >= 1}
 * @param postSmoothing smoothing steps after the prolongation is added, {@code >= 0}
 * @param padding the convolutions' padding, from the boundary condition: {@link Padding#ZERO} for
 *     Dirichlet, {@link Padding#CIRCULAR} for periodic ({@link Padding#REFLECT} is allowed; not
 *     {@code VALID})
 * @param activation σ between layers (GELU in the paper)
 * @param residualCorrection restrict the residual, {@code f_c = R(f − A u)}, with the coarse
 *     {@code u} starting at zero (textbook multigrid, {@code use_res} in the reference), instead of
 *     the reference default that restricts {@code f} and {@code u} themselves
 */
public record MgnoConfig(int dimensions, int width, int layers, int levels, int preSmoothing,
    int coarsestSmoothing, int postSmoothing, Padding padding, Activation activation,
    boolean residualCorrection) {

  /** Validates every field. */
  public MgnoConfig {
    if (dimensions != 1 && dimensions != 2) {
      throw new GalerkinException("MgNO dimensions = " + dimensions + "; supported: 1 or 2");
    }
    check("width", width, 1, 1024);
    check("layers", layers, 1, 32);
    check("levels", levels, 1, 16);
    check("pre-smoothing", preSmoothing, 1, 64);
    check("coarsest-smoothing", coarsestSmoothing, 1, 64);
    check("post-smoothing", postSmoothing, 0, 64);
    if (padding == null || padding == Padding.VALID) {
      throw new GalerkinException("MgNO padding = " + padding + "; use zero (Dirichlet), circular"
          + " (periodic) or reflect");
    }
    if (activation == null) {
      throw new GalerkinException("MgNO activation must not be null");
    }
  }

  private static void check(String what, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new GalerkinException("MgNO " + what + " = " + v + " is out of range [" + lo + ", " + hi
          + "]");
    }
  }

  /** @return the reference Darcy model: 2D, 24 channels, 5 layers, 6 levels, 1/2/0 smoothing */
  public static MgnoConfig darcy() {
    return new MgnoConfig(2, 24, 5, 6, 1, 2, 0, Padding.ZERO, Activation.GELU, false);
  }
}
