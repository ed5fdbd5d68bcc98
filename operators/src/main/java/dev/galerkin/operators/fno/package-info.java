/**
 * The Fourier neural operator (Li et al., ICLR 2021) in 1D, 2D and 3D, with the reference code's
 * domain padding for non-periodic problems.
 */
package dev.galerkin.operators.fno;
