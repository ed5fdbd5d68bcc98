/**
 * The Lagrangian PINN (Mojgani, Balajewicz and Hassanzadeh, CMAME 2023): two branches on the
 * Lagrangian coordinates {@code (ξ, t)}, one for the characteristics {@code x_L} and one for the
 * state {@code u_L} along them, trained on the characteristic and state residuals, and inverted to
 * Eulerian {@code u(x, t)} by interpolation.
 */
package dev.galerkin.operators.physics.lpinn;
