package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * The outcome of a mesh morphing ({@link RbfMorphing}, {@link FloaterParameterization}): the moved
 * mesh (same connectivity, tags and groups, node coordinates replaced through {@link
 * TriangleMesh#withCoordinates(double[])}, so no triangle is inverted) and its quality before and
 * after.
 *
 * @param mesh the morphed mesh
 * @param before the quality of the mesh before morphing
 * @param after the quality of the morphed mesh
 * @param iterations for {@link FloaterParameterization} the iterations of the linear solver (the
 *     larger of the x and y solves); for {@link RbfMorphing} the number of increments
 * @param residual for {@link FloaterParameterization} the final relative residual of the linear
 *     solve; for {@link RbfMorphing} the largest distance between a control node's morphed and
 *     prescribed position (how well the RBF system was solved), in the mesh's length unit
 */
public record MorphResult(
    TriangleMesh mesh,
    MeshQuality.Summary before,
    MeshQuality.Summary after,
    int iterations,
    double residual) {

  /** Validates that every part is present. */
  public MorphResult {
    if (mesh == null || before == null || after == null) {
      throw new GalerkinException("MorphResult: mesh, before and after must not be null");
    }
  }

  /** @return the morphed node coordinates {@code [x0, y0, ...]}, a copy */
  public double[] coordinates() {
    return mesh.coordinates();
  }

  /**
   * Builds the result of moving {@code reference}'s nodes to {@code movedXy}, refusing inversion.
   *
   * @param method the morphing, named in the error
   * @param fix what to do about an inversion, appended to the error
   */
  static MorphResult check(
      String method, TriangleMesh reference, double[] movedXy, int iterations, double residual,
      String fix) {
    for (int i = 0; i < movedXy.length; i++) {
      if (!Double.isFinite(movedXy[i])) {
        throw new GalerkinException(
            method + ": node " + i / 2 + " moved to a non-finite coordinate " + movedXy[i] + "; "
                + fix);
      }
    }
    int[] inverted = MeshQuality.invertedTriangles(reference, movedXy);
    if (inverted.length > 0) {
      int t = inverted[0];
      throw new GalerkinException(
          method + ": " + inverted.length + " of " + reference.triangleCount()
              + " triangles inverted, the first is triangle " + t + " (nodes "
              + reference.triangleNode(t, 0) + ", " + reference.triangleNode(t, 1) + ", "
              + reference.triangleNode(t, 2) + "), signed area "
              + TriangleMesh.signedArea(movedXy, reference.triangles(), t) + "; " + fix);
    }
    return new MorphResult(
        reference.withCoordinates(movedXy),
        MeshQuality.summary(reference),
        MeshQuality.summary(movedXy, reference.triangles(), MeshQuality.DEFAULT_ANGLE_THRESHOLD),
        iterations,
        residual);
  }
}
