/**
 * PDEArena's modern U-Net (Gupta and Brandstetter, "Towards Multi-spatiotemporal-scale
 * Generalized PDE Modeling", TMLR 2023) as a learned time-stepper on 2D grids:
 * {@link dev.galerkin.operators.unet.Unet} is the model, {@link dev.galerkin.operators.unet.UnetConfig}
 * its hyperparameters, {@link dev.galerkin.operators.unet.UnetFamily} its registration
 * ({@code galerkin train unet}).
 */
package dev.galerkin.operators.unet;
