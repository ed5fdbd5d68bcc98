package dev.galerkin.solvers.fem;

/**
 * The two-dimensional reduction of linear elasticity (Timoshenko and Goodier, <i>Theory of
 * Elasticity</i>, 3rd ed., 1970, §§ 8, 16; Barber, <i>Elasticity</i>, 3rd ed., 2010, ch. 1–2).
 */
public enum PlaneModel {
  /** Thin plate: {@code σ_zz = 0}; the displacement is per unit thickness. */
  PLANE_STRESS,
  /** Long body: {@code ε_zz = 0}, so {@code σ_zz = ν (σ_xx + σ_yy)}. */
  PLANE_STRAIN
}
