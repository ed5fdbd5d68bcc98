/**
 * The seam for distributed engines ({@code --engine spark}): {@link
 * dev.galerkin.cli.engine.DistributedEngine} and the requests the command line hands it.
 */
package dev.galerkin.cli.engine;
