package dev.galerkin.operators.physics.geometry;

/**
 * One named part of a boundary (a rectangle's side, a circle, a polygon's edges, an interval's end,
 * a spatial boundary times a time interval, or the initial slice {@code t = t0}), parameterised by
 * the unit cube {@code [0, 1)^k}, {@code k = parameterDimension()}.
 */
public interface BoundaryPiece {

  /** @return its name, unique in its geometry, for example {@code left} or {@code initial} */
  String name();

  /** @return {@code k}, the dimension of the parameter cube (0 for a single point) */
  int parameterDimension();

  /** @return its measure (length, area, or 1 for a point), for splitting a point budget between pieces */
  double measure();

  /**
   * Maps a parameter to a point of the piece.
   *
   * @param unit {@code k} numbers in {@code [0, 1)}, not modified
   * @param point the point, modified ({@code d} entries)
   * @param normal the outward unit normal, modified ({@code d} entries; zeros where undefined, for
   *     example along time or on the initial slice)
   * @return whether the point belongs to the piece (a difference of geometries rejects parts)
   */
  boolean map(double[] unit, double[] point, double[] normal);
}
