package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;

/**
 * How many modes {@link SnapshotPod} keeps: a fixed count, or the fewest modes whose eigenvalues
 * hold at least a fraction of the total energy {@code Σ λ_k} (the variance of the centred
 * snapshots in the {@code M} inner product).
 *
 * <p>MMGP's reference code fixes the counts (8 modes for the morphed coordinates and 8 per output
 * field in the NeurIPS 2023 supplement; 40 and 80 PCA components in PLAID's Rotor37 baseline); its
 * tolerance-based truncation (unused there) keeps the larger of the count holding {@code 1 − ε²} of
 * the energy and the count with {@code λ_k > ε² λ_1}. {@link #energy} with {@code 1 − 1e−6} is the
 * first half of that rule with {@code ε = 1e−3}.
 *
 * @param modes the fixed count, {@code >= 1}, or 0 when {@code energy} decides
 * @param energy the retained fraction in {@code (0, 1]} when {@code modes == 0}, otherwise NaN
 */
public record PodTruncation(int modes, double energy) {

  /** Validates: exactly one of the two rules. */
  public PodTruncation {
    if (modes < 0) {
      throw new GalerkinException("pod truncation: modes must be >= 1 (or 0 with an energy fraction), got " + modes);
    }
    if (modes == 0 && !(energy > 0 && energy <= 1)) {
      throw new GalerkinException("pod truncation: energy must be in (0, 1], got " + energy);
    }
    if (modes > 0 && !Double.isNaN(energy)) {
      throw new GalerkinException("pod truncation: give a mode count or an energy fraction, not both (modes = "
          + modes + ", energy = " + energy + ")");
    }
  }

  /**
   * @param k modes to keep, {@code >= 1}
   * @return the fixed-count rule
   */
  public static PodTruncation count(int k) {
    if (k < 1) {
      throw new GalerkinException("pod truncation: modes must be >= 1, got " + k);
    }
    return new PodTruncation(k, Double.NaN);
  }

  /**
   * @param fraction the energy to retain, in {@code (0, 1]}
   * @return the energy rule
   */
  public static PodTruncation energy(double fraction) {
    return new PodTruncation(0, fraction);
  }

  /** @return whether the count is fixed */
  public boolean fixed() {
    return modes > 0;
  }
}
