/**
 * Reference PDE solvers and random input generators (Gaussian random fields, Darcy flow, Burgers,
 * Navier–Stokes 2D, diffusion–reaction in 1D and 2D, linear advection, diffusion–sorption, shallow water,
 * compressible Euler and Navier–Stokes, ODE operators), one package per concept. This package holds what they share: {@link
 * dev.galerkin.solvers.Trajectory}, the result of every time-dependent solver, and {@link
 * dev.galerkin.solvers.SolverException}.
 */
package dev.galerkin.solvers;
