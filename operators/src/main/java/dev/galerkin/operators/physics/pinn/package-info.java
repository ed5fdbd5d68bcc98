/** The physics-informed neural network: an MLP on the coordinates, with optional Fourier features. */
package dev.galerkin.operators.physics.pinn;
