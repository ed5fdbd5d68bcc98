/**
 * Domains of physics-informed problems and their collocation points: interval, rectangle, disk,
 * polygon, differences and products with a time interval; interior, named boundary and initial
 * points by uniform, Latin-hypercube or Sobol sampling.
 */
package dev.galerkin.operators.physics.geometry;
