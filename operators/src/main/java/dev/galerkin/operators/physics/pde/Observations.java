package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;

/**
 * Measured values of {@code u} at points, for an inverse problem: a loss term
 * {@code weight · mean((u(x_p) − v_p)²)} (labelled {@code data}).
 *
 * @param count the number of measurements, {@code >= 1}
 * @param dimension coordinates per point
 * @param points row-major {@code [count, dimension]}
 * @param values {@code count} measured values, finite
 * @param weight the loss weight, finite, {@code >= 0}
 */
public record Observations(int count, int dimension, double[] points, double[] values, double weight) {

  /** Validates and copies. */
  public Observations {
    if (count < 1 || dimension < 1) {
      throw new GalerkinException("observations: need count >= 1 and dimension >= 1, got " + count + ", " + dimension);
    }
    if (points.length != (long) count * dimension || values.length != count) {
      throw new GalerkinException("observations: need " + count + " × " + dimension + " coordinates and " + count
          + " values, got " + points.length + " and " + values.length);
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new GalerkinException("observations: a value is " + v);
      }
    }
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new GalerkinException("observations: weight must be finite and >= 0, got " + weight);
    }
    points = points.clone();
    values = values.clone();
  }

  /** @return a copy of the points */
  @Override
  public double[] points() {
    return points.clone();
  }

  /** @return a copy of the values */
  @Override
  public double[] values() {
    return values.clone();
  }
}
