package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;

/**
 * Sampled points with their outward normals.
 *
 * @param count the number of points, {@code >= 1}
 * @param dimension the number of coordinates, {@code >= 1}
 * @param coordinates row-major {@code [count, dimension]}: {@code coordinates[p·dimension + i]}
 * @param normals row-major {@code [count, dimension]}, zeros for interior points
 */
public record Points(int count, int dimension, double[] coordinates, double[] normals) {

  /** Validates and copies. */
  public Points {
    if (count < 1 || dimension < 1) {
      throw new GalerkinException("points: need count >= 1 and dimension >= 1, got " + count + " and " + dimension);
    }
    if (coordinates.length != (long) count * dimension || normals.length != coordinates.length) {
      throw new GalerkinException("points: need " + count + " × " + dimension + " coordinates and normals, got "
          + coordinates.length + " and " + normals.length);
    }
    coordinates = coordinates.clone();
    normals = normals.clone();
  }

  /** @return a copy of the coordinates */
  @Override
  public double[] coordinates() {
    return coordinates.clone();
  }

  /** @return a copy of the normals */
  @Override
  public double[] normals() {
    return normals.clone();
  }

  /** @return coordinate {@code i} of point {@code p} */
  public double at(int p, int i) {
    return coordinates[p * dimension + i];
  }

  /** @return point {@code p} (a new array) */
  public double[] point(int p) {
    double[] q = new double[dimension];
    System.arraycopy(coordinates, p * dimension, q, 0, dimension);
    return q;
  }
}
