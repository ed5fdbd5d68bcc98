/**
 * The 2D diffusion–reaction system of PDEBench (Takamoto et al., NeurIPS 2022 Datasets and
 * Benchmarks): the FitzHugh–Nagumo activator–inhibitor pair {@code u_t = D_u Δu + u − u³ − k − v},
 * {@code v_t = D_v Δv + u − v} on a rectangle with no-flux sides ({@link
 * dev.galerkin.solvers.reaction2d.FitzHughNagumoConfig}, {@link
 * dev.galerkin.solvers.reaction2d.FitzHughNagumoSolver}): cell-centred finite volumes, the
 * five-point Laplacian with mirrored ghost cells, classical RK4.
 */
package dev.galerkin.solvers.reaction2d;
