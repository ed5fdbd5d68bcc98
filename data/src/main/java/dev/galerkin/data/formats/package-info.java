/**
 * Readers for the data people already have: PDEBench's HDF5 files (Takamoto et al., NeurIPS 2022
 * Datasets and Benchmarks), the FNO papers' MATLAB {@code .mat} files (v7.3, which is HDF5, and v5),
 * any HDF5 file with the datasets, and the sample axis, named in {@link ReadOptions}, and a
 * description of any HDF5 file. Each reader maps a foreign file to a lazy
 * {@link dev.galerkin.data.hdf5.DatasetFile}; {@link dev.galerkin.data.hdf5.DatasetFile#open} picks
 * one by {@link Layouts#detect}, so {@code galerkin info/train/evaluate} take these files as they
 * are.
 */
package dev.galerkin.data.formats;
