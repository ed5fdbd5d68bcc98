package dev.galerkin.operators.fno;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Activation;

/**
 * The hyperparameters of a Fourier neural operator (Li et al., "Fourier Neural Operator for
 * Parametric Partial Differential Equations", ICLR 2021).
 *
 * @param dimensions spatial dimensions, 1, 2 or 3
 * @param width channels of the Fourier layers (32 in the paper for 2D, 64 for 1D)
 * @param modes Fourier modes kept per axis (12 for 2D Darcy, 16 for 1D Burgers)
 * @param layers number of Fourier layers (4)
 * @param projection hidden width of the projection (128)
 * @param activation the non-linearity (GELU in the paper)
 * @param padding grid points of zeros appended at the end of every spatial axis after lifting, and
 *     cropped again before the projection: the reference code's domain padding for non-periodic
 *     problems (9 for Darcy, {@code fourier_2d.py}); 0 (the default, and what an architecture
 *     written without it reads as) for periodic ones
 */
public record FnoConfig(int dimensions, int width, int modes, int layers, int projection,
    Activation activation, int padding) {

  /** Validates the hyperparameters. */
  public FnoConfig {
    if (dimensions < 1 || dimensions > 3) {
      throw new GalerkinException("FNO dimensions = " + dimensions + "; supported: 1, 2 or 3");
    }
    check("width", width, 1, 1024);
    check("modes", modes, 1, 512);
    check("layers", layers, 1, 32);
    check("projection", projection, 1, 4096);
    if (activation == null) {
      throw new GalerkinException("FNO activation must not be null");
    }
    check("padding", padding, 0, 4096);
  }

  /** A configuration without domain padding ({@code padding = 0}). */
  public FnoConfig(int dimensions, int width, int modes, int layers, int projection,
      Activation activation) {
    this(dimensions, width, modes, layers, projection, activation, 0);
  }

  /** @return this configuration with {@code padding} points of domain padding per axis */
  public FnoConfig withPadding(int padding) {
    return new FnoConfig(dimensions, width, modes, layers, projection, activation, padding);
  }

  private static void check(String what, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new GalerkinException("FNO " + what + " = " + v + " is out of range [" + lo + ", " + hi
          + "]");
    }
  }

  /** @return the paper's 2D setup: width 32, 12 modes, 4 layers, projection 128, GELU */
  public static FnoConfig paper2d() {
    return new FnoConfig(2, 32, 12, 4, 128, Activation.GELU);
  }

  /** @return the paper's 1D setup: width 64, 16 modes, 4 layers, projection 128, GELU */
  public static FnoConfig paper1d() {
    return new FnoConfig(1, 64, 16, 4, 128, Activation.GELU);
  }
}
