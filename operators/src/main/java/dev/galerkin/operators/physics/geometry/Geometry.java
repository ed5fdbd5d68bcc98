package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.List;

/**
 * A domain of a physics-informed problem: coordinates named by one letter each ({@code x},
 * {@code xy}, {@code xt}, {@code xyt}), a bounding box, a membership test for interior sampling by
 * rejection, and named boundary pieces. Build with {@link #interval}, {@link #rectangle},
 * {@link #disk}, {@link #polygon}, {@link #minus} and {@link #times(double, double)}; sample with
 * {@link Sampler}. Degenerate shapes are rejected when built.
 */
public interface Geometry {

  /** The boundary name that stands for every boundary piece but the initial slice. */
  String ALL = "all";

  /** @return the coordinate letters, for example {@code "xy"} */
  String coordinates();

  /** @return the number of coordinates */
  default int dimension() {
    return coordinates().length();
  }

  /** @return the lower corner of the bounding box */
  double[] lower();

  /** @return the upper corner of the bounding box */
  double[] upper();

  /** @return whether {@code p} is in the closed domain */
  boolean contains(double[] p);

  /** @return the boundary pieces, in a fixed order */
  List<BoundaryPiece> boundaries();

  /** @return the names of the boundary pieces */
  default List<String> boundaryNames() {
    return boundaries().stream().map(BoundaryPiece::name).toList();
  }

  /**
   * @param name a piece's name
   * @return the piece
   * @throws GalerkinException naming the known pieces when there is none of that name
   */
  default BoundaryPiece boundary(String name) {
    for (BoundaryPiece b : boundaries()) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new GalerkinException("geometry " + this + " has no boundary named '" + name
        + "'; its boundaries are " + boundaryNames() + " (or '" + ALL + "')");
  }

  /** @return the interval {@code [a, b]} in {@code x}, boundaries {@code left} and {@code right} */
  static Geometry interval(double a, double b) {
    return new Interval("x", a, b);
  }

  /** @return the rectangle {@code [x0, x1] × [y0, y1]}, boundaries {@code left right bottom top} */
  static Geometry rectangle(double x0, double y0, double x1, double y1) {
    return new Rectangle(x0, y0, x1, y1);
  }

  /** @return the disk of centre {@code (cx, cy)} and radius {@code r}, boundary {@code circle} */
  static Geometry disk(double cx, double cy, double r) {
    return new Disk(cx, cy, r);
  }

  /** @return the simple polygon with vertices {@code (x_k, y_k)} given as {@code {x0, y0, x1, y1, …}}, boundary {@code edges} */
  static Geometry polygon(double... xy) {
    return new Polygon(xy);
  }

  /** @return this domain without {@code hole}; the hole's boundary pieces are named {@code hole_<name>} */
  default Geometry minus(Geometry hole) {
    return new Difference(this, hole);
  }

  /** @return this domain times the time interval {@code [t0, t1]} (coordinate {@code t}), with the piece {@code initial} */
  default Geometry times(double t0, double t1) {
    return new SpaceTime(this, t0, t1);
  }

  /** Throws unless {@code lo < hi}, both finite. */
  static void checkRange(String what, double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
      throw new GalerkinException(what + ": need finite lower < upper, got [" + lo + ", " + hi + "] (an empty or degenerate domain)");
    }
  }
}
