/**
 * SineNet-K (Zhang, Xu, Helwig, Ji, "SineNet: Learning Temporal Dynamics in Time-Dependent Partial
 * Differential Equations", ICLR 2024) as a learned time-stepper on 2D grids:
 * {@link dev.galerkin.operators.sinenet.SineNet} is the model,
 * {@link dev.galerkin.operators.sinenet.SineNetConfig} its hyperparameters (and the multiplier
 * that matches a parameter budget), {@link dev.galerkin.operators.sinenet.SineNetFamily} its
 * registration ({@code galerkin train sinenet}).
 */
package dev.galerkin.operators.sinenet;
