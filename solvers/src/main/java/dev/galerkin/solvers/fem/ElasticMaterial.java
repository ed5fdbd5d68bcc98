package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;

/**
 * An isotropic linear elastic material under a plane model. Units are the user's, consistent (SI:
 * {@code E} in Pa, lengths in m, displacements in m, stresses in Pa).
 *
 * <p>The constitutive matrix {@code D} relates {@code (σ_xx, σ_yy, σ_xy)} to {@code (ε_xx, ε_yy,
 * γ_xy = 2 ε_xy)}: {@code D = [[d11, d12, 0], [d12, d11, 0], [0, 0, μ]]} with {@code μ = E / (2(1
 * + ν))} and, for plane stress, {@code d11 = E / (1 − ν²)}, {@code d12 = ν d11}; for plane strain
 * {@code d11 = E (1 − ν) / ((1 + ν)(1 − 2ν))}, {@code d12 = E ν / ((1 + ν)(1 − 2ν))} (Hughes, <i>The
 * Finite Element Method</i>, 2000, §2.7).
 *
 * @param youngsModulus {@code E > 0}, finite
 * @param poissonRatio {@code ν}, {@code −1 < ν < 0.5}
 * @param model plane stress or plane strain, not null
 */
public record ElasticMaterial(double youngsModulus, double poissonRatio, PlaneModel model) {
  /**
   * Validates every field.
   *
   * @throws GalerkinException naming the field, its value and the allowed range
   */
  public ElasticMaterial {
    if (!(youngsModulus > 0) || !Double.isFinite(youngsModulus)) {
      throw new GalerkinException(
          "ElasticMaterial.youngsModulus = " + youngsModulus + " is out of range; need finite E > 0");
    }
    if (!(poissonRatio > -1 && poissonRatio < 0.5)) {
      throw new GalerkinException(
          "ElasticMaterial.poissonRatio = " + poissonRatio
              + " is out of range; allowed -1 < nu < 0.5");
    }
    if (model == null) {
      throw new GalerkinException(
          "ElasticMaterial.model is null; pass PlaneModel.PLANE_STRESS or PLANE_STRAIN");
    }
  }

  /** @return the shear modulus {@code μ = E / (2 (1 + ν))} */
  public double shearModulus() {
    return youngsModulus / (2 * (1 + poissonRatio));
  }

  /** @return {@code d11}, the normal-normal stiffness of {@code D} */
  public double d11() {
    double e = youngsModulus;
    double nu = poissonRatio;
    return model == PlaneModel.PLANE_STRESS
        ? e / (1 - nu * nu)
        : e * (1 - nu) / ((1 + nu) * (1 - 2 * nu));
  }

  /** @return {@code d12}, the normal coupling of {@code D} */
  public double d12() {
    double e = youngsModulus;
    double nu = poissonRatio;
    return model == PlaneModel.PLANE_STRESS
        ? e * nu / (1 - nu * nu)
        : e * nu / ((1 + nu) * (1 - 2 * nu));
  }

  /**
   * Kolosov's constant {@code κ}: {@code 3 − 4ν} in plane strain, {@code (3 − ν)/(1 + ν)} in
   * plane stress (it enters closed-form solutions such as Kirsch's).
   *
   * @return {@code κ}
   */
  public double kolosov() {
    return model == PlaneModel.PLANE_STRAIN
        ? 3 - 4 * poissonRatio
        : (3 - poissonRatio) / (1 + poissonRatio);
  }

  /**
   * @param sxx {@code σ_xx}
   * @param syy {@code σ_yy}
   * @return the out-of-plane stress: 0 in plane stress, {@code ν (σ_xx + σ_yy)} in plane strain
   */
  public double sigmaZz(double sxx, double syy) {
    return model == PlaneModel.PLANE_STRAIN ? poissonRatio * (sxx + syy) : 0.0;
  }

  /**
   * The von Mises equivalent stress {@code √(½[(σxx−σyy)² + (σyy−σzz)² + (σzz−σxx)²] + 3σxy²)},
   * with {@code σ_zz} of {@link #sigmaZz}.
   *
   * @param sxx {@code σ_xx}
   * @param syy {@code σ_yy}
   * @param sxy {@code σ_xy}
   * @return the von Mises stress
   */
  public double vonMises(double sxx, double syy, double sxy) {
    double szz = sigmaZz(sxx, syy);
    double a = sxx - syy;
    double b = syy - szz;
    double c = szz - sxx;
    return Math.sqrt(0.5 * (a * a + b * b + c * c) + 3 * sxy * sxy);
  }
}
