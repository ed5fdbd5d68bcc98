/**
 * A reusable finite-volume kit for hyperbolic conservation laws on uniform Cartesian grids in 1D
 * and 2D, generic over the number of conserved variables (shallow water today, the compressible
 * Euler and Navier–Stokes equations next):
 *
 * <ul>
 *   <li>{@link dev.galerkin.solvers.finitevolume.CellGrid}: cell-centred grids padded with two
 *       ghost layers, and the flat layout of every state;
 *   <li>{@link dev.galerkin.solvers.finitevolume.Boundaries} of {@link
 *       dev.galerkin.solvers.finitevolume.BoundaryKind}s per side: periodic, transmissive
 *       (zero-gradient) and reflective walls;
 *   <li>{@link dev.galerkin.solvers.finitevolume.ConservationLaw}: the physics (flux, wave speeds);
 *   <li>{@link dev.galerkin.solvers.finitevolume.NumericalFlux} with {@link
 *       dev.galerkin.solvers.finitevolume.HllFlux};
 *   <li>MUSCL reconstruction with a {@link dev.galerkin.solvers.finitevolume.Limiter} (minmod,
 *       monotonised central, van Leer) inside {@link
 *       dev.galerkin.solvers.finitevolume.FiniteVolumeScheme}, whose {@link
 *       dev.galerkin.solvers.finitevolume.FaceTreatment} decides what is reconstructed and how
 *       faces couple cells ({@link dev.galerkin.solvers.finitevolume.ConservativeFaces}, or a
 *       well-balanced treatment such as the shallow-water hydrostatic reconstruction);
 *   <li>{@link dev.galerkin.solvers.finitevolume.SspRk3}: Shu–Osher SSP-RK3 with CFL-chosen steps.
 * </ul>
 *
 * References: LeVeque, <i>Finite Volume Methods for Hyperbolic Problems</i>, Cambridge 2002; Toro,
 * <i>Riemann Solvers and Numerical Methods for Fluid Dynamics</i>, 3rd ed., Springer 2009.
 */
package dev.galerkin.solvers.finitevolume;
