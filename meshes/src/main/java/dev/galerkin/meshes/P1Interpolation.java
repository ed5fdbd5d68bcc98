package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PointLocator.Location;
import dev.galerkin.meshes.PointLocator.OutsidePolicy;

/**
 * Piecewise-linear (P1) interpolation of nodal fields of a {@link TriangleMesh} at arbitrary
 * points, precomputed once so that it can be applied to many fields (every sample of a data set)
 * without allocating: how MMGP moves fields between a mesh and the common reference mesh.
 *
 * <p>Construction locates every target point with a {@link PointLocator} and stores, per target
 * {@code p}, the three nodes {@code nodes[3 p + k]} of its triangle and their barycentric weights
 * {@code weights[3 p + k]}; {@link #apply(double[], double[])} then evaluates
 *
 * <pre>{@code
 * out[p] = weights[3p] v[nodes[3p]] + weights[3p+1] v[nodes[3p+1]] + weights[3p+2] v[nodes[3p+2]]
 * }</pre>
 *
 * <p>P1 interpolation reproduces linear fields {@code a + bx + cy} exactly and is second order for
 * smooth fields (error {@code O(h²)}, {@code h} the source triangle size). Targets outside the
 * source mesh are refused or take the value at the closest point of the mesh, as the {@link
 * OutsidePolicy} given says (so {@code NEAREST} extrapolates by the nearest boundary value,
 * constant along the normal). Fields are {@code double[nodeCount()]} as in {@link TriangleMesh}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class P1Interpolation {
  private final int sourceSize;
  private final int[] nodes;
  private final double[] weights;
  private final double maxDistance;

  private P1Interpolation(int sourceSize, int[] nodes, double[] weights, double maxDistance) {
    this.sourceSize = sourceSize;
    this.nodes = nodes;
    this.weights = weights;
    this.maxDistance = maxDistance;
  }

  /**
   * Precomputes interpolation from a mesh onto points.
   *
   * @param locator the index of the source mesh
   * @param points target points {@code [x0, y0, x1, y1, ...]}, not modified
   * @param outside what to do with targets outside the source mesh
   * @return the interpolation
   * @throws GalerkinException if a point is not finite, or is outside and {@code outside} is
   *     {@code REFUSE}
   */
  public static P1Interpolation atPoints(
      PointLocator locator, double[] points, OutsidePolicy outside) {
    if (locator == null) {
      throw new GalerkinException("P1Interpolation.atPoints: locator is null");
    }
    if (points == null || points.length % 2 != 0) {
      throw new GalerkinException(
          "P1Interpolation.atPoints: points has "
              + (points == null ? "null" : "length " + points.length)
              + "; give an (x, y) pair per point");
    }
    TriangleMesh mesh = locator.mesh();
    int n = points.length / 2;
    int[] nodes = new int[3 * n];
    double[] weights = new double[3 * n];
    double maxDistance = 0;
    for (int p = 0; p < n; p++) {
      Location at;
      try {
        at = locator.locate(points[2 * p], points[2 * p + 1], outside);
      } catch (GalerkinException e) {
        throw new GalerkinException("P1Interpolation target " + p + ": " + e.getMessage(), e);
      }
      for (int k = 0; k < 3; k++) {
        nodes[3 * p + k] = mesh.triangleNode(at.triangle(), k);
      }
      weights[3 * p] = at.w0();
      weights[3 * p + 1] = at.w1();
      weights[3 * p + 2] = at.w2();
      maxDistance = Math.max(maxDistance, at.distance());
    }
    return new P1Interpolation(mesh.nodeCount(), nodes, weights, maxDistance);
  }

  /**
   * Precomputes interpolation from one mesh onto the nodes of another (MMGP's transfer between a
   * morphed mesh and the reference mesh).
   *
   * @param source the mesh the fields live on
   * @param target the mesh whose nodes receive the values
   * @param outside what to do with target nodes outside the source mesh
   * @return the interpolation
   */
  public static P1Interpolation between(
      TriangleMesh source, TriangleMesh target, OutsidePolicy outside) {
    if (source == null || target == null) {
      throw new GalerkinException(
          "P1Interpolation.between: " + (source == null ? "source" : "target") + " mesh is null");
    }
    return atPoints(new PointLocator(source), target.coordinates(), outside);
  }

  /**
   * Evaluates one field at one point (locating it anew; for many points or fields build an
   * interpolation with {@link #atPoints} instead).
   *
   * @param locator the index of the mesh the field lives on
   * @param values the nodal field, length {@code nodeCount()}; not modified
   * @param x the point's x
   * @param y the point's y
   * @param outside what to do if the point is outside the mesh
   * @return the interpolated value
   */
  public static double valueAt(
      PointLocator locator, double[] values, double x, double y, OutsidePolicy outside) {
    TriangleMesh mesh = locator.mesh();
    checkLength("values", values, mesh.nodeCount(), "source mesh's");
    Location at = locator.locate(x, y, outside);
    int t = at.triangle();
    return at.w0() * values[mesh.triangleNode(t, 0)]
        + at.w1() * values[mesh.triangleNode(t, 1)]
        + at.w2() * values[mesh.triangleNode(t, 2)];
  }

  /** @return the length of a field on the source mesh (its node count) */
  public int sourceSize() {
    return sourceSize;
  }

  /** @return the number of target points */
  public int targetSize() {
    return nodes.length / 3;
  }

  /**
   * @return the largest distance from a target to the point of the source mesh whose value it
   *     takes: {@code 0} if every target lies in the mesh, otherwise how far {@code NEAREST}
   *     extrapolated
   */
  public double maxDistance() {
    return maxDistance;
  }

  /**
   * Interpolates one field into a new array.
   *
   * @param values the field on the source mesh, length {@link #sourceSize()}; not modified
   * @return the field at the targets, length {@link #targetSize()}
   */
  public double[] apply(double[] values) {
    double[] out = new double[targetSize()];
    apply(values, out);
    return out;
  }

  /**
   * Interpolates one field into a caller-supplied array, without allocating.
   *
   * @param values the field on the source mesh, length {@link #sourceSize()}; not modified
   * @param out the field at the targets, length {@link #targetSize()}, not the same array as
   *     {@code values}; modified (overwritten)
   */
  public void apply(double[] values, double[] out) {
    checkLength("values", values, sourceSize, "source mesh's");
    checkLength("out", out, targetSize(), "interpolation's target");
    if (out == values) {
      throw new GalerkinException(
          "out is the same array as values; interpolation cannot run in place, pass a separate"
              + " out");
    }
    for (int p = 0; p < out.length; p++) {
      int q = 3 * p;
      out[p] = weights[q] * values[nodes[q]] + weights[q + 1] * values[nodes[q + 1]]
          + weights[q + 2] * values[nodes[q + 2]];
    }
  }

  /**
   * Interpolates a batch of multi-channel fields in the data layout {@code [samples, nodes,
   * channels]} (samples leading, channels last, as datasets store them), without allocating:
   * {@code out[(s * targetSize() + p) * channels + c]} from {@code values[(s * sourceSize() +
   * node) * channels + c]}.
   *
   * @param values the fields on the source mesh, length {@code samples * sourceSize() *
   *     channels}; not modified
   * @param samples the number of samples, {@code ≥ 0}
   * @param channels the number of channels per node, {@code ≥ 1}
   * @param out the fields at the targets, length {@code samples * targetSize() * channels}, not
   *     the same array as {@code values}; modified (overwritten)
   */
  public void applyBatch(double[] values, int samples, int channels, double[] out) {
    if (samples < 0 || channels < 1) {
      throw new GalerkinException(
          "P1Interpolation.applyBatch: samples = " + samples + ", channels = " + channels
              + "; need samples >= 0 and channels >= 1");
    }
    int targets = targetSize();
    checkBatch("values", values, samples, sourceSize, channels, "source mesh nodes");
    checkBatch("out", out, samples, targets, channels, "targets");
    if (out == values) {
      throw new GalerkinException(
          "out is the same array as values; interpolation cannot run in place, pass a separate"
              + " out");
    }
    for (int s = 0; s < samples; s++) {
      int in = s * sourceSize * channels;
      int at = s * targets * channels;
      for (int p = 0; p < targets; p++) {
        int q = 3 * p;
        int n0 = in + nodes[q] * channels;
        int n1 = in + nodes[q + 1] * channels;
        int n2 = in + nodes[q + 2] * channels;
        double w0 = weights[q];
        double w1 = weights[q + 1];
        double w2 = weights[q + 2];
        for (int c = 0; c < channels; c++) {
          out[at++] = w0 * values[n0 + c] + w1 * values[n1 + c] + w2 * values[n2 + c];
        }
      }
    }
  }

  private static void checkBatch(
      String name, double[] array, int samples, int size, int channels, String what) {
    long expected = (long) samples * size * channels;
    if (array == null || array.length != expected) {
      throw new GalerkinException(
          name + (array == null ? " is null" : ".length = " + array.length) + "; expected"
              + " samples x " + what + " x channels = " + samples + " x " + size + " x "
              + channels + " = " + expected + " ([samples, nodes, channels] layout)");
    }
  }

  private static void checkLength(String name, double[] array, int expected, String what) {
    if (array == null) {
      throw new GalerkinException(name + " is null; expected an array of length " + expected);
    }
    if (array.length != expected) {
      throw new GalerkinException(
          name + ".length = " + array.length + " does not match the " + what + " " + expected
              + " nodes; pass one value per node");
    }
  }
}
