/**
 * Physics-informed Gaussians (Kang et al., ICLR 2025): learnable Gaussian features, with diagonal
 * or full covariances ({@code Σ⁻¹ = L Lᵀ}), whose closed-form derivatives feed a tiny MLP in the
 * forward-mode jet scheme; {@link dev.galerkin.operators.physics.pig.PigGaussians} reads a trained
 * model's Gaussians back into Java for pictures.
 */
package dev.galerkin.operators.physics.pig;
