package dev.galerkin.solvers.compressible;

import dev.galerkin.solvers.finitevolume.NumericalFlux;

/**
 * The HLLC flux of Toro, Spruce &amp; Speares (Shock Waves 4, 1994) for the {@link
 * EulerEquations}: HLL with the contact wave restored, two intermediate states {@code q*_L},
 * {@code q*_R} separated by the contact speed
 *
 * <pre>
 *   S* = (p_R − p_L + ρ_L u_L (S_L − u_L) − ρ_R u_R (S_R − u_R))
 *        / (ρ_L (S_L − u_L) − ρ_R (S_R − u_R))
 *   q*_K = ρ_K (S_K − u_K)/(S_K − S*)
 *        · (1, S*, v_K, E_K/ρ_K + (S* − u_K)(S* + p_K/(ρ_K (S_K − u_K))))
 *   F = f_L (0 <= S_L),  f_L + S_L (q*_L − q_L) (S_L <= 0 <= S*),
 *       f_R + S_R (q*_R − q_R) (S* <= 0 <= S_R),  f_R (S_R <= 0)
 * </pre>
 *
 * ({@code u} the velocity normal to the face, {@code v} the tangential one in 2D), with Davis'
 * speed bounds {@code S_L = min(u_L − c_L, u_R − c_R)}, {@code S_R = max(u_L + c_L, u_R + c_R)}
 * (Toro 2009, §10.4–10.5, eqs. 10.37–10.39 and 10.48). It resolves an isolated stationary contact
 * exactly, unlike {@link dev.galerkin.solvers.finitevolume.HllFlux}. Not thread-safe: it keeps
 * work arrays.
 */
public final class HllcFlux implements NumericalFlux {
  private final EulerEquations law;
  private final double[] speeds = new double[2];

  /** @param law the Euler equations (dimension, γ) */
  public HllcFlux(EulerEquations law) {
    this.law = law;
  }

  @Override
  public void flux(int axis, double[] left, double[] right, double[] out) {
    law.signalSpeeds(axis, left, right, speeds);
    double sl = speeds[0];
    double sr = speeds[1];
    if (sl >= 0) {
      law.flux(axis, left, 0, out);
      return;
    }
    if (sr <= 0) {
      law.flux(axis, right, 0, out);
      return;
    }
    int n = 1 + axis;
    double rl = left[0];
    double rr = right[0];
    double ul = left[n] / rl;
    double ur = right[n] / rr;
    double pl = law.pressure(left, 0);
    double pr = law.pressure(right, 0);
    double ml = rl * (sl - ul);
    double mr = rr * (sr - ur);
    double star = (pr - pl + ml * ul - mr * ur) / (ml - mr);
    if (star >= 0) {
      starFlux(axis, left, sl, ul, pl, star, out);
    } else {
      starFlux(axis, right, sr, ur, pr, star, out);
    }
  }

  /** {@code f_K + S_K (q*_K − q_K)} for the side {@code K} of state {@code q}. */
  private void starFlux(int axis, double[] q, double s, double u, double p, double star,
      double[] out) {
    law.flux(axis, q, 0, out);
    double rho = q[0];
    double factor = rho * (s - u) / (s - star);
    int e = law.energy();
    for (int k = 0; k < q.length; k++) {
      double qStar;
      if (k == 0) {
        qStar = factor;
      } else if (k == 1 + axis) {
        qStar = factor * star;
      } else if (k == e) {
        qStar = factor * (q[e] / rho + (star - u) * (star + p / (rho * (s - u))));
      } else {
        qStar = factor * q[k] / rho;
      }
      out[k] += s * (qStar - q[k]);
    }
  }
}
