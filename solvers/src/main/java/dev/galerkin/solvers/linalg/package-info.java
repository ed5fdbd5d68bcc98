/**
 * Small linear-algebra kernels shared by the reference solvers.
 *
 * <ul>
 *   <li>{@link dev.galerkin.solvers.linalg.BandedCholesky}: in-place Cholesky factorisation and
 *       solves of a symmetric positive definite band matrix (the coarsest-grid solver of the Darcy
 *       multigrid hierarchy).
 *   <li>{@link dev.galerkin.solvers.linalg.CsrMatrix}: a sparse matrix in compressed sparse row
 *       form, assembled from triplets (duplicates summed), with the symmetric Dirichlet elimination
 *       {@link dev.galerkin.solvers.linalg.CsrMatrix#withDirichlet}.
 *   <li>{@link dev.galerkin.solvers.linalg.ConjugateGradient}: preconditioned conjugate gradients
 *       with a relative-residual tolerance and an iteration budget; it throws {@link
 *       dev.galerkin.solvers.SolverException} with both numbers when it does not converge.
 *   <li>Preconditioners: {@link dev.galerkin.solvers.linalg.JacobiPreconditioner} and {@link
 *       dev.galerkin.solvers.linalg.IncompleteCholesky} (IC(0)), chosen by {@link
 *       dev.galerkin.solvers.linalg.PreconditionerKind} (IC(0) falls back to Jacobi on breakdown).
 *       On the 5-point Laplacian of a 100 × 100 grid (10⁴ unknowns, tolerance 1e-8) CG takes 187
 *       iterations with Jacobi and 79 with IC(0) ({@code ConjugateGradientTest}).
 * </ul>
 */
package dev.galerkin.solvers.linalg;
