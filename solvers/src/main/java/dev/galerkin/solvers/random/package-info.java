/**
 * Random input functions for operator learning: Gaussian random fields on uniform grids, pointwise
 * transforms to PDE coefficients, and the published benchmark distributions.
 *
 * <ul>
 *   <li>{@link dev.galerkin.solvers.random.RandomField}: the contract, {@code sample(rng, out)}
 *       into a flat array in the meshes layout, allocation-free, one instance per thread.
 *   <li>{@link dev.galerkin.solvers.random.PeriodicGaussianField}: covariance {@code σ² (−Δ +
 *       τ²)^(−α)} ({@link dev.galerkin.solvers.random.WhittleMaternCovariance}) on a periodic grid,
 *       Hermitian Fourier series plus one inverse FFT (FNO Burgers, Navier–Stokes).
 *   <li>{@link dev.galerkin.solvers.random.CosineGaussianField}: the same covariance with Neumann
 *       eigenfunctions on a bounded grid, one inverse DCT (FNO Darcy). The two share their mode
 *       grid, eigenvalues and checks ({@code SpectralGaussianField}) and differ only in their
 *       transform and how they draw coefficients.
 *   <li>{@link dev.galerkin.solvers.random.CholeskyGaussianField}: Matérn ({@code ν = 1/2, 3/2,
 *       5/2}) and squared-exponential kernels ({@link
 *       dev.galerkin.solvers.random.StationaryKernel}) on up to 4096 nodes, exact by Cholesky with
 *       a reported jitter (DeepONet).
 *   <li>{@link dev.galerkin.solvers.random.FieldTransform}: threshold, log-normal and smooth
 *       positive maps; {@link dev.galerkin.solvers.random.TransformedField} applies one after
 *       sampling.
 *   <li>{@link dev.galerkin.solvers.random.RandomFieldPreset}: FNO Darcy, Burgers, Navier–Stokes
 *       and DeepONet antiderivative inputs, each citing its source.
 * </ul>
 *
 * <p>Randomness comes only from the {@code UniformRandomProvider} passed to {@code sample}; a
 * dataset generator derives one per sample from {@code (seed, i)}.
 */
package dev.galerkin.solvers.random;
