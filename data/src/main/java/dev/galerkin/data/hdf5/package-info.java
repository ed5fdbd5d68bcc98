/**
 * Galerkin datasets in HDF5, on jhdf: {@link dev.galerkin.data.hdf5.DatasetWriter} writes one file,
 * {@link dev.galerkin.data.hdf5.ShardedDatasetWriter} a directory of shards,
 * {@link dev.galerkin.data.hdf5.DatasetFile} reads either, whole or by sample range. The layout is
 * in {@link dev.galerkin.data.hdf5.Hdf5Format} and the README; any HDF5 tool opens the files.
 * Files of older layout versions still load: a version-1 dataset, which had no {@code boundary}
 * attribute, gets the boundary of its {@code preset}.
 */
package dev.galerkin.data.hdf5;
