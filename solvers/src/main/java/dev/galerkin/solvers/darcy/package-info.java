/**
 * Steady Darcy flow {@code −∇·(a ∇u) = f}, {@code u = 0} on the boundary: the reference solver of
 * the FNO Darcy benchmark, on the whole square or on a masked domain.
 *
 * <ul>
 *   <li>{@link dev.galerkin.solvers.darcy.DarcySolver}: 5-point finite volumes with harmonic-mean
 *       face coefficients on the nodes of a bounded {@link dev.galerkin.meshes.Grid2D} (second
 *       order for smooth {@code a}; about first order for the piecewise-constant 12/3 {@code a} of
 *       the FNO preset, measured), solved by conjugate gradients preconditioned with a geometric
 *       multigrid V-cycle with Galerkin coarse operators; the work per unknown does not grow with
 *       the resolution. One solver per grid, reused across samples; not thread-safe.
 *   <li>{@link dev.galerkin.solvers.darcy.DarcyMask}: a binary nodal mask, {@code u = 0} outside
 *       (staircase boundary, about first order on a disk, measured); {@link
 *       dev.galerkin.solvers.darcy.DarcyGeometry}: square, disk, triangle, L, pentagon masks
 *       (the multi-task DeepONet geometries of Kumar et al. 2024).
 *   <li>{@link dev.galerkin.solvers.darcy.DarcyConfig}: tolerance, iteration budget, smoother
 *       sweeps.
 *   <li>{@link dev.galerkin.solvers.darcy.DarcySolution}: the nodal field and the diagnostics
 *       (iterations, final relative residual, residual history, hierarchy size).
 * </ul>
 *
 * <p>Invalid input (wrong array length, non-positive or NaN coefficient, a mask that is not
 * binary, has no interior node or does not fit the grid, bad settings) throws a
 * {@link dev.galerkin.GalerkinException} naming the parameter or node; a solve that does not reach
 * its tolerance throws a {@link dev.galerkin.solvers.SolverException} with the iterations and the
 * residual.
 */
package dev.galerkin.solvers.darcy;
