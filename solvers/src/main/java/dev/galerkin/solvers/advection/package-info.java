/**
 * The 1D linear advection equation {@code u_t + β u_x = 0} on a periodic interval, the PDEBench
 * advection problem (Takamoto et al., "PDEBench: An Extensive Benchmark for Scientific Machine
 * Learning", NeurIPS 2022 Datasets and Benchmarks): {@link
 * dev.galerkin.solvers.advection.AdvectionSolver} shifts the discrete Fourier spectrum exactly
 * ({@link dev.galerkin.solvers.advection.AdvectionScheme#SPECTRAL}) or runs the finite-volume kit
 * (MUSCL + HLL + SSP-RK3, {@link dev.galerkin.solvers.advection.AdvectionScheme#MUSCL}) with the
 * {@link dev.galerkin.solvers.advection.LinearAdvectionLaw}.
 */
package dev.galerkin.solvers.advection;
