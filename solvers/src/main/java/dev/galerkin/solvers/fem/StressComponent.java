package dev.galerkin.solvers.fem;

/**
 * The stress components that {@link ElasticitySolution} stores, in its layout order: a stress
 * array holds {@code 5} values per triangle or node, {@code s[5 * i + c.ordinal()]}.
 */
public enum StressComponent {
  /** {@code σ_xx}. */
  XX,
  /** {@code σ_yy}. */
  YY,
  /** {@code σ_xy}. */
  XY,
  /** {@code σ_zz}: 0 in plane stress, {@code ν (σ_xx + σ_yy)} in plane strain. */
  ZZ,
  /** The von Mises equivalent stress (with {@code σ_zz}). */
  VON_MISES;

  /** Values per triangle or node in a stress array. */
  public static final int COUNT = 5;
}
