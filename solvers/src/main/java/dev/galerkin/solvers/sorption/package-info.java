/**
 * The PDEBench 1D diffusion–sorption equation {@code u_t = D/R(u) u_xx} with the Freundlich
 * retardation factor {@code R(u)} (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; their {@code
 * src/sim_diff_sorp.py}): {@link dev.galerkin.solvers.sorption.SorptionParameters} holds the
 * constants, {@link
 * dev.galerkin.solvers.sorption.DiffusionSorptionSolver} integrates the cell-centred method of
 * lines with variable-step BDF2 and Newton's method on the tridiagonal Jacobian.
 */
package dev.galerkin.solvers.sorption;
