/**
 * 2D incompressible Navier–Stokes in vorticity form on the periodic unit square, the FNO benchmark
 * (Li et al., ICLR 2021): {@link dev.galerkin.solvers.navierstokes.NavierStokes2DSolver} (Fourier
 * pseudo-spectral in space with 2/3-rule de-aliasing, third-order IMEX Runge–Kutta ARS(3,4,3) in
 * time with a CFL step), configured by {@link dev.galerkin.solvers.navierstokes.NavierStokesConfig}
 * and {@link dev.galerkin.solvers.navierstokes.Forcing}, returning a {@link
 * dev.galerkin.solvers.Trajectory} of vorticity frames {@code [T, s, s]}.
 */
package dev.galerkin.solvers.navierstokes;
