package dev.galerkin.operators.physics.geometry;

/** How collocation points are spread over the unit cube before they are mapped onto a domain. */
public enum Sampling {
  /** Independent uniform points (pseudo-random, from the seed). */
  UNIFORM,
  /**
   * Latin-hypercube points (McKay, Beckman and Conover 1979): each axis cut into {@code m} equal
   * strata, one point in each, strata paired by independent random permutations.
   */
  LATIN_HYPERCUBE,
  /**
   * The Sobol low-discrepancy sequence (Commons Math {@code SobolSequenceGenerator}, Joe–Kuo
   * direction numbers), the origin skipped and a seed-dependent number of leading points too.
   */
  SOBOL
}
