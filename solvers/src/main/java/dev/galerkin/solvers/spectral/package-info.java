/**
 * Shared machinery for periodic 1D pseudo-spectral solvers with exponential time differencing.
 *
 * <p>A semilinear PDE {@code u_t = L u + N(u, t)} on a periodic interval ({@link
 * dev.galerkin.solvers.spectral.SemilinearPde1D}: a real Fourier symbol for {@code L}, a
 * pseudo-spectral {@code N}) is integrated by {@link dev.galerkin.solvers.spectral.Etdrk4Solver1D}:
 * Fourier collocation on a periodic {@link dev.galerkin.meshes.Grid1D} with real FFTs ({@link
 * dev.galerkin.solvers.spectral.PeriodicFourier1D}, JTransforms' packed layout), de-aliasing by
 * truncation ({@link dev.galerkin.solvers.spectral.Dealiasing}), and the ETDRK4 scheme of Cox &amp;
 * Matthews (2002) with coefficients by the contour integrals of Kassam &amp; Trefethen (2005)
 * ({@link dev.galerkin.solvers.spectral.Etdrk4Coefficients}). Results come back as a {@link
 * dev.galerkin.solvers.Trajectory}. The equations built on it live in {@code
 * solvers.burgers} and {@code solvers.reaction}.
 */
package dev.galerkin.solvers.spectral;
