package dev.galerkin.solvers.presets;

import dev.galerkin.solvers.reaction.PolynomialReaction;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The reaction forms {@link FisherMultiformPreset} draws from, the Fisher tasks of the multi-task
 * DeepONet (Kumar et al., <i>Synergistic learning with multi-task DeepONet for efficient PDE
 * problem solving</i>, 2024). Each yields the coefficient vector {@code c = (c_0, c_1, c_2, c_3)}
 * of {@code R(u) = Σ c_k u^k}; the {@link #ordinal()} is the stored {@code form_id}.
 */
public enum FisherForm {
  /** Fisher–KPP, {@code R = u − u²}: {@code c = (0, 1, −1, 0)}. */
  LOGISTIC("u - u^2"),
  /** Allen–Cahn / Nagumo type, {@code R = u − u³}: {@code c = (0, 1, 0, −1)}. */
  CUBIC("u - u^3"),
  /**
   * {@code R = a u − b u² − c u³} with {@code a ~ U[0.5, 1.5]}, {@code b, c ~ U[0.25, 1]}: one
   * positive root {@code u* ∈ [0.36, 2]} of {@code a − b u − c u²}, {@code R > 0} on {@code (0,
   * u*)} and {@code R < 0} above, so by the maximum principle a solution starting in {@code [0,
   * 1]} stays in {@code [0, max(1, u*)] ⊂ [0, 2]} (measured at the preset's defaults, 200
   * samples: {@code u ∈ [0.051, 1.74]} at the stored times).
   */
  POLYNOMIAL("a u - b u^2 - c u^3, a ~ U[0.5, 1.5], b, c ~ U[0.25, 1]");

  /** Length of the stored coefficient vector: {@code c_0 … c_3}. */
  public static final int TERMS = 4;

  private final String formula;

  FisherForm(String formula) {
    this.formula = formula;
  }

  /** @return the reaction as text, with the ranges of a drawn form */
  public String formula() {
    return formula;
  }

  /** @return the name on the command line: {@code logistic}, {@code cubic}, {@code polynomial} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param rng the sample's stream (read only by {@link #POLYNOMIAL}: three uniforms)
   * @return the reaction, {@value #TERMS} coefficients
   */
  public PolynomialReaction draw(UniformRandomProvider rng) {
    return switch (this) {
      case LOGISTIC -> PolynomialReaction.of(0, 1, -1, 0);
      case CUBIC -> PolynomialReaction.of(0, 1, 0, -1);
      case POLYNOMIAL -> PolynomialReaction.of(0, 0.5 + rng.nextDouble(),
          -(0.25 + 0.75 * rng.nextDouble()), -(0.25 + 0.75 * rng.nextDouble()));
    };
  }
}
