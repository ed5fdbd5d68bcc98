package dev.galerkin.solvers.fem;

/**
 * Kirsch's solution: an infinite plate with a traction-free circular hole of radius {@code a},
 * under uniaxial tension {@code σ∞} along x at infinity. Polar stresses (Timoshenko and Goodier,
 * <i>Theory of Elasticity</i>, 3rd ed., §35; Barber, <i>Elasticity</i>, 3rd ed., §8.4.1):
 *
 * <pre>
 *   σ_rr = σ∞/2 (1 − a²/r²) + σ∞/2 (1 − 4a²/r² + 3a⁴/r⁴) cos 2θ
 *   σ_θθ = σ∞/2 (1 + a²/r²) − σ∞/2 (1 + 3a⁴/r⁴) cos 2θ
 *   σ_rθ = −σ∞/2 (1 + 2a²/r² − 3a⁴/r⁴) sin 2θ
 * </pre>
 *
 * and displacements, with Kolosov's {@code κ} ({@code 3 − 4ν} plane strain, {@code (3 − ν)/(1 +
 * ν)} plane stress) and shear modulus {@code μ}:
 *
 * <pre>
 *   u_r = σ∞/(4μ) [ r ((κ − 1)/2 + cos 2θ) + a²/r (1 + (1 + κ) cos 2θ) − a⁴/r³ cos 2θ ]
 *   u_θ = σ∞/(4μ) [ (1 − κ) a²/r − r − a⁴/r³ ] sin 2θ
 * </pre>
 *
 * {@link KirschTest} checks numerically that these displacements give these stresses through
 * Hooke's law, and that the stresses are in equilibrium.
 */
record KirschSolution(double sigmaInfinity, double a, ElasticMaterial material) {

  /** @return {σ_xx, σ_yy, σ_xy} at (x, y) */
  double[] stress(double x, double y) {
    double r = Math.hypot(x, y);
    double th = Math.atan2(y, x);
    double q = a * a / (r * r);
    double s = sigmaInfinity;
    double c2 = Math.cos(2 * th);
    double s2 = Math.sin(2 * th);
    double srr = s / 2 * (1 - q) + s / 2 * (1 - 4 * q + 3 * q * q) * c2;
    double stt = s / 2 * (1 + q) - s / 2 * (1 + 3 * q * q) * c2;
    double srt = -s / 2 * (1 + 2 * q - 3 * q * q) * s2;
    double c = Math.cos(th);
    double sn = Math.sin(th);
    return new double[] {
      srr * c * c + stt * sn * sn - 2 * srt * sn * c,
      srr * sn * sn + stt * c * c + 2 * srt * sn * c,
      (srr - stt) * sn * c + srt * (c * c - sn * sn)
    };
  }

  /** @return {u_x, u_y} at (x, y) */
  double[] displacement(double x, double y) {
    double r = Math.hypot(x, y);
    double th = Math.atan2(y, x);
    double k = material.kolosov();
    double f = sigmaInfinity / (4 * material.shearModulus());
    double c2 = Math.cos(2 * th);
    double a2r = a * a / r;
    double a4r3 = a * a * a * a / (r * r * r);
    double ur = f * (r * ((k - 1) / 2 + c2) + a2r * (1 + (1 + k) * c2) - a4r3 * c2);
    double ut = f * ((1 - k) * a2r - r - a4r3) * Math.sin(2 * th);
    double c = Math.cos(th);
    double sn = Math.sin(th);
    return new double[] {ur * c - ut * sn, ur * sn + ut * c};
  }

  /** @return the traction σ n on the circle through (x, y) centred at the origin, outward n */
  double[] radialTraction(double x, double y) {
    double r = Math.hypot(x, y);
    double nx = x / r;
    double ny = y / r;
    double[] s = stress(x, y);
    return new double[] {s[0] * nx + s[2] * ny, s[2] * nx + s[1] * ny};
  }

  /** @return the exact von Mises stress at (x, y), with σ_zz of the plane model */
  double vonMises(double x, double y) {
    double[] s = stress(x, y);
    return material.vonMises(s[0], s[1], s[2]);
  }
}
