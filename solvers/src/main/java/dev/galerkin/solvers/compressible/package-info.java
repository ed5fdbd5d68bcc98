/**
 * Compressible flow on the finite-volume kit ({@link dev.galerkin.solvers.finitevolume}): the
 * {@link dev.galerkin.solvers.compressible.EulerEquations} of an ideal gas in 1D and 2D, the
 * {@link dev.galerkin.solvers.compressible.HllcFlux}, PDEBench's viscous terms ({@link
 * dev.galerkin.solvers.compressible.ViscousOperator}), the {@link
 * dev.galerkin.solvers.compressible.CompressibleSolver} that joins them with primitive-variable
 * MUSCL and SSP-RK3, and Toro's {@link dev.galerkin.solvers.compressible.ExactRiemannSolver} that
 * the tests verify against. Reference: Toro, <i>Riemann Solvers and Numerical Methods for Fluid
 * Dynamics</i>, 3rd ed., Springer 2009.
 */
package dev.galerkin.solvers.compressible;
