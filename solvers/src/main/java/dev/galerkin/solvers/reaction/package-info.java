/**
 * Periodic 1D reaction–diffusion equations by the Fourier pseudo-spectral method with ETDRK4: the
 * Fisher-type equation {@code u_t = ν u_xx + R(u)} with a polynomial reaction {@code R(u) = Σ c_k
 * u^k} ({@link dev.galerkin.solvers.reaction.PolynomialReaction}; {@link
 * dev.galerkin.solvers.reaction.DiffusionReactionSolver}), whose logistic case {@code ρ u (1 − u)}
 * is the PDEBench diffusion–reaction equation, and the Allen–Cahn equation {@code u_t =
 * ε u_xx + u - u³} ({@link dev.galerkin.solvers.reaction.AllenCahnSolver}), each with an optional
 * source term for manufactured solutions.
 */
package dev.galerkin.solvers.reaction;
