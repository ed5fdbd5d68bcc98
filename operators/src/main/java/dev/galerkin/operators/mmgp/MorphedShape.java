package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.BoundaryCorrespondence;
import dev.galerkin.meshes.P1Interpolation;
import dev.galerkin.meshes.PointLocator.OutsidePolicy;
import dev.galerkin.meshes.RbfMorphing;
import dev.galerkin.meshes.TriangleMesh;

/**
 * One shape of the family morphed onto the common mesh's shape, with the two P1 transfers MMGP
 * needs (Casenave et al., NeurIPS 2023, Section 3.1–3.2): fields of the sample, carried by its
 * morphed mesh, interpolated onto the common mesh's nodes; and fields on the common mesh
 * interpolated back onto the sample's nodes.
 *
 * <p>The boundary of the sample is mapped onto the common boundary group by group, by normalised
 * arc length ({@link BoundaryCorrespondence}); the interior follows a thin-plate-spline RBF
 * morphing ({@link RbfMorphing}), in 1 step, or 4, 16 or 64 increments when fewer would invert
 * a triangle. Transfers extrapolate by the nearest point for nodes that fall a rounding error
 * outside the other mesh (curved boundaries are polygons with different vertices).
 */
final class MorphedShape {
  private static final int[] STEPS = {1, 4, 16, 64};
  private final TriangleMesh original;
  private final TriangleMesh morphed;
  private final P1Interpolation toCommon;
  private final P1Interpolation fromCommon;

  private MorphedShape(TriangleMesh original, TriangleMesh morphed, TriangleMesh common) {
    this.original = original;
    this.morphed = morphed;
    this.toCommon = P1Interpolation.between(morphed, common, OutsidePolicy.NEAREST);
    this.fromCommon = P1Interpolation.between(common, morphed, OutsidePolicy.NEAREST);
  }

  /**
   * @param mesh a shape of the family
   * @param common the common mesh
   * @param what names the shape in errors ("training sample 17")
   * @return the shape morphed onto the common mesh's shape
   */
  static MorphedShape onto(TriangleMesh mesh, TriangleMesh common, String what) {
    BoundaryCorrespondence.Displacements d;
    try {
      d = BoundaryCorrespondence.between(mesh, common);
    } catch (GalerkinException e) {
      throw new GalerkinException(what + ": its boundary does not match the common mesh's ("
          + e.getMessage() + ")", e);
    }
    GalerkinException last = null;
    for (int steps : STEPS) {
      try {
        TriangleMesh morphed = RbfMorphing.thinPlateSpline().withSteps(steps)
            .morph(mesh, d.nodes(), d.displacements()).mesh();
        return new MorphedShape(mesh, morphed, common);
      } catch (GalerkinException e) {
        last = e;
      }
    }
    throw new GalerkinException(what + " cannot be morphed onto the common mesh without inverting"
        + " triangles even in " + STEPS[STEPS.length - 1] + " increments (" + last.getMessage()
        + "); let the fit choose a central common mesh (--reference auto), or give one closer to it"
        + " (--reference I)", last);
  }

  /** @return the sample's own mesh */
  TriangleMesh original() {
    return original;
  }

  /** @return the sample's mesh with its nodes moved onto the common shape */
  TriangleMesh morphed() {
    return morphed;
  }

  /**
   * @param nodal a field on the sample's nodes, node major, not modified
   * @param components values per node
   * @return the field on the common mesh's nodes
   */
  double[] toCommon(double[] nodal, int components) {
    return transfer(toCommon, nodal, components);
  }

  /**
   * @param nodal a field on the common mesh's nodes, node major, not modified
   * @param components values per node
   * @return the field on the sample's nodes
   */
  double[] fromCommon(double[] nodal, int components) {
    return transfer(fromCommon, nodal, components);
  }

  /** @return the sample's original coordinates carried to the common mesh: the shape's code */
  double[] coordinatesOnCommon() {
    return toCommon(original.coordinates(), 2);
  }

  private static double[] transfer(P1Interpolation p, double[] nodal, int components) {
    double[] out = new double[p.targetSize() * components];
    p.applyBatch(nodal, 1, components, out);
    return out;
  }
}
