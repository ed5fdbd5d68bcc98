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

  /**
   * Measurements with added Gaussian noise, as in the inverse problems of Raissi, Perdikaris and
   * Karniadakis (2019): {@code v_p + fraction · std(v) · n_p}, {@code n_p ~ N(0, 1)}.
   *
   * @param fraction the noise level relative to the values' standard deviation, {@code >= 0}
   * @param seed the seed of the noise
   * @return new observations at the same points with the same weight
   */
  public Observations withNoise(double fraction, long seed) {
    if (!(fraction >= 0) || !Double.isFinite(fraction)) {
      throw new GalerkinException("observations: noise fraction must be finite and >= 0, got " + fraction);
    }
    double mean = 0;
    for (double v : values) {
      mean += v / count;
    }
    double var = 0;
    for (double v : values) {
      var += (v - mean) * (v - mean) / count;
    }
    double sd = Math.sqrt(var);
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    double[] noisy = values.clone();
    for (int i = 0; i < count; i++) {
      double n = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
      noisy[i] += fraction * sd * n;
    }
    return new Observations(count, dimension, points, noisy, weight);
  }

  /**
   * Measurements at {@code count} distinct nodes drawn at random from a field on a tensor grid
   * (no interpolation: each is a node's value).
   *
   * @param first the first coordinate's nodes, {@code n₁}
   * @param second the second coordinate's nodes, {@code n₂}
   * @param field {@code [n₁, n₂]} row-major: {@code field[i n₂ + j]} at {@code (first[i], second[j])}
   * @param count how many, {@code 1 <= count <= n₁ n₂}
   * @param seed the seed of the draw
   * @return the observations, weight 1
   */
  public static Observations fromGrid(double[] first, double[] second, double[] field, int count, long seed) {
    int n = first.length * second.length;
    if (field.length != n) {
      throw new GalerkinException("observations: a " + first.length + " × " + second.length + " grid needs " + n
          + " values, got " + field.length);
    }
    if (count < 1 || count > n) {
      throw new GalerkinException("observations: count must be in [1, " + n + "], got " + count);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      int j = i + r.nextInt(n - i);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    double[] pts = new double[2 * count];
    double[] vals = new double[count];
    for (int k = 0; k < count; k++) {
      int node = order[k];
      pts[2 * k] = first[node / second.length];
      pts[2 * k + 1] = second[node % second.length];
      vals[k] = field[node];
    }
    return new Observations(count, 2, pts, vals, 1);
  }
}
