/**
 * Arrays and datasets: {@link dev.galerkin.data.NdArray} (flat row-major {@code float[]} or
 * {@code double[]} plus a {@link dev.galerkin.data.Shape}), {@link dev.galerkin.data.Dataset}
 * (named input, output and coordinate fields with provenance attributes) and the
 * {@link dev.galerkin.data.SampleSource} contract through which batching and training read samples,
 * in memory or on disk, with the boundary condition of each spatial axis
 * ({@link dev.galerkin.data.SampleSource#boundary()}). HDF5 storage is in {@code dev.galerkin.data.hdf5}.
 */
package dev.galerkin.data;
