/**
 * PDEs as residual functions of the solution's value, derivatives and coordinates ({@link
 * dev.galerkin.operators.physics.pde.Pde}), boundary and initial conditions on named pieces, the
 * problem that ties them to a geometry with point counts and loss weights, and a small library.
 */
package dev.galerkin.operators.physics.pde;
