package dev.galerkin.solvers.sorption;

import dev.galerkin.GalerkinException;

/**
 * The constants of the diffusion–sorption equation {@code u_t = D/R(u) u_xx} with the Freundlich
 * retardation factor {@code R(u) = 1 + (1 − φ)/φ · ρ_s · k_f · n_f · (max(u, 0) + ε)^(n_f − 1)},
 * as PDEBench's {@code sim_diff_sorp.py} (Takamoto et al., NeurIPS 2022 Datasets and Benchmarks).
 * Since {@code n_f < 1}, {@code R} is singular at {@code u = 0}; PDEBench evaluates it at {@code u +
 * 1e-6}, and so do we ({@code ε}), clamping negative {@code u} to 0 first (PDEBench would produce
 * NaN there; the solutions stay positive, so this changes nothing for them). Units are
 * PDEBench's: lengths in m, times in s, {@code u} a concentration relative to the solubility.
 *
 * @param diffusivity the effective diffusion coefficient {@code D > 0}, m²/s (PDEBench 5e-4)
 * @param porosity {@code φ ∈ (0, 1)} (0.29)
 * @param bulkDensity the dry bulk density {@code ρ_s >= 0}, kg/m³ (2880)
 * @param freundlichK the Freundlich parameter {@code k_f >= 0} (3.5e-4)
 * @param freundlichN the Freundlich exponent {@code n_f > 0} (0.874)
 * @param inlet the Dirichlet value {@code u(0, t)}, the solubility (1)
 * @param epsilon the regularisation {@code ε > 0} of {@code R} at {@code u = 0} (1e-6)
 */
public record SorptionParameters(double diffusivity, double porosity, double bulkDensity,
    double freundlichK, double freundlichN, double inlet, double epsilon) {

  /** PDEBench's constants ({@code configs/diff-sorp.yaml}, {@code src/sim_diff_sorp.py}). */
  public static final SorptionParameters PDEBENCH = new SorptionParameters(5e-4, 0.29, 2880,
      3.5e-4, 0.874, 1.0, 1e-6);

  /** Validates the constants, in one line naming the bad one. */
  public SorptionParameters {
    check("diffusivity", diffusivity, diffusivity > 0);
    check("porosity", porosity, porosity > 0 && porosity < 1);
    check("bulk-density", bulkDensity, bulkDensity >= 0);
    check("freundlich-k", freundlichK, freundlichK >= 0);
    check("freundlich-n", freundlichN, freundlichN > 0);
    check("inlet", inlet, true);
    check("epsilon", epsilon, epsilon > 0);
  }

  private static void check(String name, double value, boolean ok) {
    if (!ok || !Double.isFinite(value)) {
      throw new GalerkinException("--" + name + " = " + value + " is out of range; see"
          + " 'galerkin generate diffusion-sorption --help' (PDEBench: D 5e-4, porosity 0.29,"
          + " bulk density 2880, k_f 3.5e-4, n_f 0.874)");
    }
  }

  /** @return a copy with another diffusivity {@code D} (manufactured-solution tests) */
  public SorptionParameters withDiffusivity(double d) {
    return new SorptionParameters(d, porosity, bulkDensity, freundlichK, freundlichN, inlet,
        epsilon);
  }

  /** @return {@code (1 − φ)/φ · ρ_s · k_f · n_f}, the factor of the power in {@code R} */
  public double sorptionFactor() {
    return (1 - porosity) / porosity * bulkDensity * freundlichK * freundlichN;
  }

  /** @return {@code R(u)}, dimensionless, {@code >= 1} */
  public double retardation(double u) {
    return 1 + sorptionFactor() * Math.pow(Math.max(u, 0) + epsilon, freundlichN - 1);
  }

  /** @return {@code dR/du} (0 where {@code u < 0}, where {@code R} is clamped) */
  public double retardationSlope(double u) {
    if (u < 0) {
      return 0;
    }
    return sorptionFactor() * (freundlichN - 1) * Math.pow(u + epsilon, freundlichN - 2);
  }
}
