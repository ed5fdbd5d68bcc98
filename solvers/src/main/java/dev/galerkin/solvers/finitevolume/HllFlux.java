package dev.galerkin.solvers.finitevolume;

/**
 * The HLL flux of Harten, Lax &amp; van Leer (SIAM Rev. 25, 1983): one intermediate state between
 * the fastest left- and right-going signals {@code s_L <= s_R} ({@link
 * ConservationLaw#signalSpeeds}),
 *
 * <pre>
 *   F = f(q_L)                                          if s_L >= 0
 *   F = (s_R f(q_L) − s_L f(q_R) + s_L s_R (q_R − q_L)) / (s_R − s_L)   if s_L < 0 < s_R
 *   F = f(q_R)                                          if s_R <= 0
 * </pre>
 *
 * positive for the shallow-water and Euler equations with Davis' speed bounds (Toro 2009, §10.3).
 * Not thread-safe: it keeps work arrays.
 */
public final class HllFlux implements NumericalFlux {
  private final ConservationLaw law;
  private final double[] fl;
  private final double[] fr;
  private final double[] speeds = new double[2];

  /** @param law the conservation law whose flux and signal speeds it uses */
  public HllFlux(ConservationLaw law) {
    this.law = law;
    this.fl = new double[law.variables()];
    this.fr = new double[law.variables()];
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
    law.flux(axis, left, 0, fl);
    law.flux(axis, right, 0, fr);
    double inv = 1 / (sr - sl);
    for (int k = 0; k < fl.length; k++) {
      out[k] = (sr * fl[k] - sl * fr[k] + sl * sr * (right[k] - left[k])) * inv;
    }
  }
}
