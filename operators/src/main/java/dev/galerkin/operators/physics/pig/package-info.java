/**
 * Physics-informed Gaussians (Kang et al., ICLR 2025): learnable Gaussian features with
 * closed-form derivatives feeding a tiny MLP, in the forward-mode jet scheme.
 */
package dev.galerkin.operators.physics.pig;
