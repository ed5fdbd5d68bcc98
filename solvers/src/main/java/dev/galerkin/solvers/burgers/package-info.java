/**
 * The viscous Burgers equation {@code u_t + (u²/2)_x = ν u_xx} on a periodic interval: for the FNO
 * Burgers benchmark by the Fourier pseudo-spectral method with ETDRK4 ({@link
 * dev.galerkin.solvers.burgers.BurgersSolver}, configured by {@link
 * dev.galerkin.solvers.burgers.BurgersConfig}); for PDEBench's Burgers data, whose small viscosities
 * give shocks, by finite volumes on the kit ({@link
 * dev.galerkin.solvers.burgers.FiniteVolumeBurgersSolver}: MUSCL, the exact {@link
 * dev.galerkin.solvers.burgers.GodunovBurgersFlux}, SSP-RK3, a {@link
 * dev.galerkin.solvers.burgers.BurgersViscousStep}).
 */
package dev.galerkin.solvers.burgers;
