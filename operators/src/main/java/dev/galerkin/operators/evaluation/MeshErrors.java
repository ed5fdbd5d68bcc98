package dev.galerkin.operators.evaluation;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;

/**
 * Errors of predictions on triangle meshes, where samples have different node counts: the
 * headline relative L2 error of a nodal field, integrated over the mesh (not summed over nodes,
 * so a refined corner does not weigh more than the rest of the plate); the relative RMSEs of the
 * MMGP paper (Casenave et al., NeurIPS 2023, Section 4: fields normalised by their max norm and
 * node count, scalars by their value); and the empirical coverage of predictive intervals.
 *
 * <p>Nodal arrays are node major, {@code values[node * components + c]}.
 */
public final class MeshErrors {
  /** The two-sided 95% quantile of the standard normal distribution. */
  public static final double Z95 = 1.959963984540054;

  private MeshErrors() {}

  /**
   * The relative L2 error {@code ‖û − u‖ / ‖u‖} over the mesh, with the lumped P1 mass (each node
   * weighted by a third of the area of its triangles), all components together.
   *
   * @param mesh the mesh both fields live on
   * @param reference {@code u}, not modified
   * @param predicted {@code û}, not modified
   * @param components values per node
   * @return the relative error; throws when the reference is zero everywhere
   */
  public static double relativeL2(TriangleMesh mesh, double[] reference, double[] predicted,
      int components) {
    check(mesh, reference, predicted, components);
    double[] w = nodeAreas(mesh);
    double num = 0;
    double den = 0;
    for (int i = 0; i < mesh.nodeCount(); i++) {
      for (int c = 0; c < components; c++) {
        double u = reference[i * components + c];
        double e = predicted[i * components + c] - u;
        num += w[i] * e * e;
        den += w[i] * u * u;
      }
    }
    if (!(den > 0)) {
      throw new GalerkinException("the reference field is zero on the whole mesh; a relative"
          + " error is undefined there");
    }
    return Math.sqrt(num / den);
  }

  /**
   * One sample's term of the paper's field RRMSE: {@code ‖û − u‖₂² / (N ‖u‖∞²)}, with {@code N}
   * the node count; the RRMSE over a test set is the square root of the mean of these terms.
   *
   * @param reference {@code u}, not modified
   * @param predicted {@code û}, not modified
   * @param components values per node
   * @return the sample's term
   */
  public static double fieldRrmseTerm(double[] reference, double[] predicted, int components) {
    double num = 0;
    double max = 0;
    for (int k = 0; k < reference.length; k++) {
      double e = predicted[k] - reference[k];
      num += e * e;
      max = Math.max(max, Math.abs(reference[k]));
    }
    if (!(max > 0)) {
      throw new GalerkinException("the reference field is zero on the whole mesh; its RRMSE is"
          + " undefined");
    }
    return num / ((double) reference.length / components * max * max);
  }

  /**
   * The paper's scalar RRMSE, {@code sqrt(mean_i ((ŷ_i − y_i) / y_i)²)}.
   *
   * @param reference {@code y_i}, each non-zero, not modified
   * @param predicted {@code ŷ_i}, not modified
   * @return the relative RMSE
   */
  public static double scalarRrmse(double[] reference, double[] predicted) {
    if (reference.length != predicted.length || reference.length == 0) {
      throw new GalerkinException("scalarRrmse: " + reference.length + " references and "
          + predicted.length + " predictions; give the same non-zero number");
    }
    double sum = 0;
    for (int i = 0; i < reference.length; i++) {
      if (reference[i] == 0) {
        throw new GalerkinException("reference value " + i + " is 0; its relative error is"
            + " undefined");
      }
      double r = (predicted[i] - reference[i]) / reference[i];
      sum += r * r;
    }
    return Math.sqrt(sum / reference.length);
  }

  /**
   * How many values lie inside their predictive interval {@code mean ± z·deviation}.
   *
   * @param reference the true values, not modified
   * @param mean predictive means, not modified
   * @param deviation predictive standard deviations, not modified
   * @param z the half-width in deviations ({@link #Z95} for a 95% interval)
   * @return the count of {@code k} with {@code |reference[k] − mean[k]| <= z·deviation[k]}
   */
  public static int inside(double[] reference, double[] mean, double[] deviation, double z) {
    if (reference.length != mean.length || mean.length != deviation.length) {
      throw new GalerkinException("coverage: " + reference.length + " values, " + mean.length
          + " means and " + deviation.length + " deviations; give the same number of each");
    }
    int in = 0;
    for (int k = 0; k < reference.length; k++) {
      if (Math.abs(reference[k] - mean[k]) <= z * deviation[k]) {
        in++;
      }
    }
    return in;
  }

  /**
   * @param mesh a mesh
   * @return for each node, a third of the summed area of its triangles (the lumped P1 mass)
   */
  public static double[] nodeAreas(TriangleMesh mesh) {
    double[] w = new double[mesh.nodeCount()];
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double a = mesh.signedArea(t) / 3;
      for (int k = 0; k < 3; k++) {
        w[mesh.triangleNode(t, k)] += a;
      }
    }
    return w;
  }

  private static void check(TriangleMesh mesh, double[] reference, double[] predicted, int c) {
    int n = mesh.nodeCount() * c;
    if (reference.length != n || predicted.length != n) {
      throw new GalerkinException("mesh error: the mesh has " + mesh.nodeCount() + " nodes x " + c
          + " components = " + n + " values, but the reference has " + reference.length
          + " and the prediction " + predicted.length);
    }
  }
}
