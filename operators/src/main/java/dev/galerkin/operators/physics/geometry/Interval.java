package dev.galerkin.operators.physics.geometry;

import java.util.List;

/** The interval {@code [a, b]} on one coordinate; boundary points {@code left} ({@code a}, normal −1) and {@code right}. */
record Interval(String coordinates, double a, double b) implements Geometry {
  Interval {
    Geometry.checkRange("interval", a, b);
  }

  @Override
  public double[] lower() {
    return new double[] {a};
  }

  @Override
  public double[] upper() {
    return new double[] {b};
  }

  @Override
  public boolean contains(double[] p) {
    return p[0] >= a && p[0] <= b;
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    return List.of(Pieces.point("left", a, -1), Pieces.point("right", b, 1));
  }

  @Override
  public String toString() {
    return "interval [" + a + ", " + b + "]";
  }
}
