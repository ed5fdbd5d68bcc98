package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/**
 * Shape measures of the triangles of a {@link TriangleMesh}, and the inversion check that mesh
 * morphing runs after moving nodes.
 *
 * <p><b>Definitions.</b> For a triangle with side lengths {@code a, b, c}, semi-perimeter {@code s
 * = (a + b + c) / 2} and area {@code A}:
 *
 * <ul>
 *   <li>its <i>minimum angle</i>, in degrees, is the smallest of its three interior angles ({@code
 *       60} for an equilateral triangle, {@code → 0} as it degenerates);
 *   <li>its <i>aspect ratio</i> is the circumradius over twice the inradius, {@code R / (2 r) = a b
 *       c s / (8 A²)} (with {@code R = a b c / (4 A)}, {@code r = A / s}): {@code 1} for an
 *       equilateral triangle and larger for any other, {@code 1.207} for a right isosceles one.
 * </ul>
 *
 * A triangle whose signed area (under the coordinates given) is {@code ≤ 0} is inverted or
 * degenerate: its minimum angle is reported as {@code 0} and its aspect ratio as {@code +∞}.
 *
 * <p>Coordinates follow the layout of {@link TriangleMesh}: {@code xy[2 i], xy[2 i + 1]}; arrays
 * passed in are not modified.
 */
public final class MeshQuality {
  private MeshQuality() {}

  /**
   * Minimum, mean and maximum of a per-triangle measure.
   *
   * @param min the smallest value
   * @param mean the arithmetic mean ({@code +∞} if any value is)
   * @param max the largest value
   */
  public record Statistics(double min, double mean, double max) {
    static Statistics of(double[] values) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      for (double v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
      return new Statistics(min, sum / values.length, max);
    }

    @Override
    public String toString() {
      return String.format("min %.4g, mean %.4g, max %.4g", min, mean, max);
    }
  }

  /**
   * The quality of a whole mesh: what a morphing reports before and after.
   *
   * @param triangles the number of triangles
   * @param minimumAngle statistics of the per-triangle minimum angle, degrees
   * @param aspectRatio statistics of the per-triangle aspect ratio {@code R / (2 r)}
   * @param angleThreshold the threshold of {@code belowThreshold}, degrees
   * @param belowThreshold how many triangles have a minimum angle below {@code angleThreshold}
   * @param inverted how many triangles have a signed area {@code ≤ 0}
   */
  public record Summary(
      int triangles,
      Statistics minimumAngle,
      Statistics aspectRatio,
      double angleThreshold,
      int belowThreshold,
      int inverted) {
    @Override
    public String toString() {
      return triangles + " triangles; minimum angle (deg) " + minimumAngle + "; aspect ratio "
          + aspectRatio + "; " + belowThreshold + " with an angle below " + angleThreshold
          + " deg; " + inverted + " inverted";
    }
  }

  /** The default threshold of {@link #summary(TriangleMesh)}: 20 degrees. */
  public static final double DEFAULT_ANGLE_THRESHOLD = 20;

  /**
   * @param mesh the mesh
   * @return the minimum angle of each triangle, degrees, {@code double[triangleCount()]}
   */
  public static double[] minimumAngles(TriangleMesh mesh) {
    return minimumAngles(mesh.coordinates(), mesh.triangles());
  }

  /**
   * @param xy node coordinates {@code [x0, y0, ...]}, not modified
   * @param triangles connectivity, 3 nodes per triangle, not modified
   * @return the minimum angle of each triangle, degrees ({@code 0} if inverted or degenerate)
   */
  public static double[] minimumAngles(double[] xy, int[] triangles) {
    double[] out = new double[triangles.length / 3];
    for (int t = 0; t < out.length; t++) {
      if (!(TriangleMesh.signedArea(xy, triangles, t) > 0)) {
        continue; // 0
      }
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < 3; k++) {
        int p = triangles[3 * t + k];
        int q = triangles[3 * t + (k + 1) % 3];
        int r = triangles[3 * t + (k + 2) % 3];
        double ux = xy[2 * q] - xy[2 * p];
        double uy = xy[2 * q + 1] - xy[2 * p + 1];
        double vx = xy[2 * r] - xy[2 * p];
        double vy = xy[2 * r + 1] - xy[2 * p + 1];
        min = Math.min(min, Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy));
      }
      out[t] = Math.toDegrees(min);
    }
    return out;
  }

  /**
   * @param mesh the mesh
   * @return the aspect ratio {@code R / (2 r)} of each triangle, {@code double[triangleCount()]}
   */
  public static double[] aspectRatios(TriangleMesh mesh) {
    return aspectRatios(mesh.coordinates(), mesh.triangles());
  }

  /**
   * @param xy node coordinates {@code [x0, y0, ...]}, not modified
   * @param triangles connectivity, 3 nodes per triangle, not modified
   * @return the aspect ratio {@code R / (2 r) ≥ 1} of each triangle ({@code +∞} if inverted or
   *     degenerate)
   */
  public static double[] aspectRatios(double[] xy, int[] triangles) {
    double[] out = new double[triangles.length / 3];
    for (int t = 0; t < out.length; t++) {
      double area = TriangleMesh.signedArea(xy, triangles, t);
      if (!(area > 0)) {
        out[t] = Double.POSITIVE_INFINITY;
        continue;
      }
      int i = triangles[3 * t];
      int j = triangles[3 * t + 1];
      int k = triangles[3 * t + 2];
      double a = Math.hypot(xy[2 * j] - xy[2 * k], xy[2 * j + 1] - xy[2 * k + 1]);
      double b = Math.hypot(xy[2 * i] - xy[2 * k], xy[2 * i + 1] - xy[2 * k + 1]);
      double c = Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);
      double s = 0.5 * (a + b + c);
      out[t] = a * b * c * s / (8 * area * area);
    }
    return out;
  }

  /**
   * @param mesh the mesh
   * @return its summary with the {@link #DEFAULT_ANGLE_THRESHOLD default angle threshold}
   */
  public static Summary summary(TriangleMesh mesh) {
    return summary(mesh.coordinates(), mesh.triangles(), DEFAULT_ANGLE_THRESHOLD);
  }

  /**
   * @param mesh the mesh
   * @param angleThreshold degrees, in {@code [0, 60]}: triangles with a smaller minimum angle are
   *     counted
   * @return its summary
   */
  public static Summary summary(TriangleMesh mesh, double angleThreshold) {
    return summary(mesh.coordinates(), mesh.triangles(), angleThreshold);
  }

  /**
   * @param xy node coordinates {@code [x0, y0, ...]}, not modified
   * @param triangles connectivity, 3 nodes per triangle, not modified
   * @param angleThreshold degrees, in {@code [0, 60]}: triangles with a smaller minimum angle are
   *     counted
   * @return the summary
   */
  public static Summary summary(double[] xy, int[] triangles, double angleThreshold) {
    if (!(angleThreshold >= 0 && angleThreshold <= 60)) {
      throw new GalerkinException(
          "MeshQuality.summary: angleThreshold = " + angleThreshold
              + " degrees; use a value in [0, 60] (no triangle has a minimum angle above 60)");
    }
    if (triangles.length == 0) {
      throw new GalerkinException("MeshQuality.summary: the connectivity has no triangles");
    }
    double[] angles = minimumAngles(xy, triangles);
    int below = 0;
    int inverted = 0;
    for (int t = 0; t < angles.length; t++) {
      below += angles[t] < angleThreshold ? 1 : 0;
      inverted += TriangleMesh.signedArea(xy, triangles, t) > 0 ? 0 : 1;
    }
    return new Summary(
        angles.length,
        Statistics.of(angles),
        Statistics.of(aspectRatios(xy, triangles)),
        angleThreshold,
        below,
        inverted);
  }

  /**
   * The triangles of a mesh that a displacement of its nodes inverted or flattened: the check that
   * every morphing runs before building the moved mesh.
   *
   * @param reference the mesh before moving, whose connectivity is used
   * @param movedXy its node coordinates after moving, {@code [x0, y0, ...]}, one pair per node;
   *     not modified
   * @return the indices of the triangles whose signed area under {@code movedXy} is {@code ≤ 0}
   *     (or NaN), ascending; empty if none
   * @throws GalerkinException if {@code movedXy} does not hold one pair per node of {@code
   *     reference}
   */
  public static int[] invertedTriangles(TriangleMesh reference, double[] movedXy) {
    if (movedXy == null || movedXy.length != 2 * reference.nodeCount()) {
      throw new GalerkinException(
          "MeshQuality.invertedTriangles: movedXy has "
              + (movedXy == null ? "null" : "length " + movedXy.length) + " for a mesh of "
              + reference.nodeCount() + " nodes; expected length " + 2 * reference.nodeCount());
    }
    int[] triangles = reference.triangles();
    int[] out = new int[reference.triangleCount()];
    int n = 0;
    for (int t = 0; t < out.length; t++) {
      if (!(TriangleMesh.signedArea(movedXy, triangles, t) > 0)) {
        out[n++] = t;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
