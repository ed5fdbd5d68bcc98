/**
 * Dataset generation: a {@link dev.galerkin.solvers.generate.DatasetRecipe} says what a sample
 * holds and how to make it; {@link dev.galerkin.solvers.generate.DatasetGenerator} makes samples on
 * all cores, each from {@code (seed, i)} alone, and writes one file or resumable shards, or
 * returns the same dataset in memory ({@code inMemory()}). Each recipe states the boundary condition
 * of its axes, which the generator writes as the {@code boundary} attribute.
 */
package dev.galerkin.solvers.generate;
