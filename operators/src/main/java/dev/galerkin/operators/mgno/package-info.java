/**
 * The multigrid neural operator (He, Liu, Xu, "MgNO: Efficient Parameterization of Linear
 * Operators via Multigrid", ICLR 2024): layers whose linear operator between channels is one
 * learned multigrid V-cycle. {@link dev.galerkin.operators.mgno.Mgno} is the model,
 * {@link dev.galerkin.operators.mgno.MgnoConfig} its hyperparameters,
 * {@link dev.galerkin.operators.mgno.MgnoFamily} its registration ({@code galerkin train mgno}).
 */
package dev.galerkin.operators.mgno;
