package dev.galerkin.solvers.finitevolume;

/**
 * What one side of a finite-volume domain does, imposed through the ghost cells (LeVeque,
 * <i>Finite Volume Methods for Hyperbolic Problems</i>, 2002, §7.2–7.3).
 */
public enum BoundaryKind {
  /** The opposite side's interior cells are copied in; both sides of the axis must be periodic. */
  PERIODIC,
  /**
   * Open, zero-gradient outflow: the ghost cells mirror the interior cells next to the side, so
   * waves leave without (first-order) reflection.
   */
  TRANSMISSIVE,
  /**
   * A solid wall: the ghost cells mirror the interior and the momentum normal to the side is
   * negated ({@link ConservationLaw#normalMomentum(int)}), so the normal velocity is zero on it.
   */
  REFLECTIVE
}
