package dev.galerkin.operators.physics.geometry;

import java.util.List;

/** The rectangle {@code [x0, x1] × [y0, y1]}; sides {@code left} ({@code x = x0}), {@code right}, {@code bottom} ({@code y = y0}), {@code top}. */
record Rectangle(double x0, double y0, double x1, double y1) implements Geometry {
  Rectangle {
    Geometry.checkRange("rectangle x", x0, x1);
    Geometry.checkRange("rectangle y", y0, y1);
  }

  @Override
  public String coordinates() {
    return "xy";
  }

  @Override
  public double[] lower() {
    return new double[] {x0, y0};
  }

  @Override
  public double[] upper() {
    return new double[] {x1, y1};
  }

  @Override
  public boolean contains(double[] p) {
    return p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
  }

  @Override
  public List<BoundaryPiece> boundaries() {
    return List.of(
        Pieces.segment("left", x0, y0, x0, y1, -1, 0),
        Pieces.segment("right", x1, y0, x1, y1, 1, 0),
        Pieces.segment("bottom", x0, y0, x1, y0, 0, -1),
        Pieces.segment("top", x0, y1, x1, y1, 0, 1));
  }

  @Override
  public String toString() {
    return "rectangle [" + x0 + ", " + x1 + "] × [" + y0 + ", " + y1 + "]";
  }
}
