package dev.galerkin.operators.physics.pinn;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.JetActivation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A physics-informed neural network (Raissi, Perdikaris and Karniadakis, J. Comput. Phys. 378,
 * 2019): an MLP from the coordinates to {@code u}, Glorot-uniform weights and zero biases, inputs
 * scaled from the geometry's bounding box to {@code [−1, 1]}; optionally random Fourier features
 * first (Tancik et al., NeurIPS 2020; Wang, Wang and Perdikaris 2021):
 * {@code [sin(2π xB), cos(2π xB)]} with a fixed {@code B ~ N(0, σ²)} of shape {@code [d, m]}.
 *
 * @param hidden the hidden layer widths, each {@code >= 1}, at least one layer
 * @param activation the activation of every hidden layer (the paper: tanh)
 * @param fourierFeatures {@code m}, the number of Fourier frequencies; 0 for none
 * @param fourierScale {@code σ}, {@code > 0} (unused when {@code m = 0})
 */
public record PinnConfig(List<Integer> hidden, JetActivation activation, int fourierFeatures, double fourierScale)
    implements PhysicsModel {

  /** Validates. */
  public PinnConfig {
    if (hidden == null || hidden.isEmpty()) {
      throw new GalerkinException("pinn: hidden must list at least one layer width");
    }
    hidden = List.copyOf(hidden);
    for (int w : hidden) {
      if (w < 1) {
        throw new GalerkinException("pinn: hidden widths must be >= 1, got " + hidden);
      }
    }
    if (activation == null) {
      throw new GalerkinException("pinn: activation must not be null");
    }
    if (fourierFeatures < 0) {
      throw new GalerkinException("pinn: fourierFeatures must be >= 0, got " + fourierFeatures);
    }
    if (!(fourierScale > 0) || !Double.isFinite(fourierScale)) {
      throw new GalerkinException("pinn: fourierScale must be finite and > 0, got " + fourierScale);
    }
  }

  /** @return {@code depth} tanh layers of {@code width}, no Fourier features */
  public static PinnConfig tanh(int depth, int width) {
    if (depth < 1) {
      throw new GalerkinException("pinn: depth must be >= 1, got " + depth);
    }
    return new PinnConfig(java.util.Collections.nCopies(depth, width), JetActivation.TANH, 0, 1);
  }

  /** @return this network with {@code m} Fourier features of scale {@code sigma} */
  public PinnConfig withFourierFeatures(int m, double sigma) {
    return new PinnConfig(hidden, activation, m, sigma);
  }

  @Override
  public Network build(PhysicsGraph g, Geometry geometry, long seed) {
    return new Pinn(this, g, geometry, seed);
  }

  @Override
  public String describe() {
    String ff = fourierFeatures > 0 ? ", " + fourierFeatures + " Fourier features σ=" + fourierScale : "";
    return "PINN " + hidden.stream().map(String::valueOf).collect(Collectors.joining("-", "d-", "-1")) + " "
        + activation.name().toLowerCase(java.util.Locale.ROOT) + ff;
  }
}
