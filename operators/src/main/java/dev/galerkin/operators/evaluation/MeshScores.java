package dev.galerkin.operators.evaluation;

import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import java.util.ArrayList;
import java.util.List;

/**
 * The scores of one output quantity over the shapes of a test set, accumulated shape by shape
 * ({@link #add}): for a nodal field the mean relative L2 error over the mesh and the MMGP paper's
 * RRMSE, for a scalar its RRMSE; for both the share of values inside their 95% predictive interval.
 * What {@code galerkin evaluate} prints for a mesh model and {@code galerkin bench mesh} tabulates.
 */
public final class MeshScores {
  private final MeshFieldSpec spec;
  private final List<Double> relativeL2 = new ArrayList<>();
  private double rrmseSum;
  private long inside;
  private long values;
  private final List<double[]> scalars = new ArrayList<>();

  /** @param spec the output scored */
  public MeshScores(MeshFieldSpec spec) {
    this.spec = spec;
  }

  /** @return the output scored */
  public MeshFieldSpec spec() {
    return spec;
  }

  /**
   * Scores one shape.
   *
   * @param mesh the shape's mesh
   * @param reference the true values, not modified
   * @param mean the predicted mean, not modified
   * @param deviation the predicted standard deviation, not modified
   * @return for a nodal field its relative L2 error on this shape, for a scalar its relative error
   */
  public double add(TriangleMesh mesh, double[] reference, double[] mean, double[] deviation) {
    inside += MeshErrors.inside(reference, mean, deviation, MeshErrors.Z95);
    values += reference.length;
    if (spec.location() == Location.NODE) {
      double rel = MeshErrors.relativeL2(mesh, reference, mean, spec.components());
      relativeL2.add(rel);
      rrmseSum += MeshErrors.fieldRrmseTerm(reference, mean, spec.components());
      return rel;
    }
    scalars.add(new double[] {reference[0], mean[0]});
    return Math.abs(mean[0] - reference[0]) / Math.abs(reference[0]);
  }

  /** @return the mean relative L2 error of a nodal field, {@code NaN} for a scalar */
  public double meanRelativeL2() {
    return relativeL2.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** @return the paper's RRMSE (fields normalised by max norm and node count, scalars by value) */
  public double rrmse() {
    if (spec.location() == Location.NODE) {
      return Math.sqrt(rrmseSum / relativeL2.size());
    }
    return MeshErrors.scalarRrmse(scalars.stream().mapToDouble(v -> v[0]).toArray(),
        scalars.stream().mapToDouble(v -> v[1]).toArray());
  }

  /** @return the share of values inside their 95% interval */
  public double coverage() {
    return (double) inside / values;
  }

  /** @return values scored */
  public long values() {
    return values;
  }
}
