/**
 * The shallow-water equations with bathymetry, {@code q = (h, hu, hv)}, on the finite-volume kit
 * ({@code dev.galerkin.solvers.finitevolume}): {@link
 * dev.galerkin.solvers.shallowwater.ShallowWaterEquations} (the law, dry states), {@link
 * dev.galerkin.solvers.shallowwater.HydrostaticReconstruction} (Audusse et al., SIAM J. Sci.
 * Comput. 2004: positive and well-balanced), {@link
 * dev.galerkin.solvers.shallowwater.ShallowWaterSolver} (MUSCL + HLL + SSP-RK3 in 1D and 2D,
 * returning a {@link dev.galerkin.solvers.Trajectory}), configured by {@link
 * dev.galerkin.solvers.shallowwater.ShallowWaterConfig}; {@link
 * dev.galerkin.solvers.shallowwater.DamBreakSolution} is the exact Stoker / Ritter dam break the
 * solver is verified against. The {@code shallow-water} dataset preset uses it.
 */
package dev.galerkin.solvers.shallowwater;
