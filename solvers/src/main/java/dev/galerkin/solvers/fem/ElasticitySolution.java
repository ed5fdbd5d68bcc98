package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;

/**
 * The P1 displacement of one {@link ElasticitySolver} solve, the recovered stresses, and how the
 * linear solver got there. Units are those of the problem (SI: m and Pa).
 *
 * <p><b>Layouts</b> (flat): {@code displacement[2 i] = u_x}, {@code displacement[2 i + 1] = u_y}
 * at node {@code i}; {@code triangleStress[5 t + c.ordinal()]} is component {@code c} of {@link
 * StressComponent} in triangle {@code t} (constant on a P1 triangle); {@code nodalStress[5 i +
 * c.ordinal()]} at node {@code i}: the area-weighted average of {@code σ_xx, σ_yy, σ_xy, σ_zz} over
 * the triangles that share the node, and the von Mises stress of those averaged components.
 *
 * @param mesh the mesh, not null
 * @param material the material, not null
 * @param displacement length {@code 2 * nodeCount} (copied in and out)
 * @param triangleStress length {@code 5 * triangleCount} (copied in and out)
 * @param nodalStress length {@code 5 * nodeCount} (copied in and out)
 * @param iterations conjugate-gradient iterations, {@code >= 0}
 * @param relativeResidual final true relative residual of the eliminated system
 * @param preconditioner the preconditioner used ({@code "IC(0)"} or {@code "Jacobi"})
 */
public record ElasticitySolution(TriangleMesh mesh, ElasticMaterial material,
    double[] displacement, double[] triangleStress, double[] nodalStress, int iterations,
    double relativeResidual, String preconditioner) {
  /**
   * Validates shapes and copies the arrays.
   *
   * @throws GalerkinException if a field is null or an array has the wrong length
   */
  public ElasticitySolution {
    if (mesh == null || material == null || displacement == null || triangleStress == null
        || nodalStress == null || preconditioner == null) {
      throw new GalerkinException("ElasticitySolution: no field may be null");
    }
    int n = mesh.nodeCount();
    int m = mesh.triangleCount();
    if (displacement.length != 2 * n || triangleStress.length != StressComponent.COUNT * m
        || nodalStress.length != StressComponent.COUNT * n) {
      throw new GalerkinException(
          "ElasticitySolution: lengths " + displacement.length + ", " + triangleStress.length
              + ", " + nodalStress.length + "; expected 2n = " + 2 * n + ", 5m = " + 5 * m
              + ", 5n = " + 5 * n);
    }
    displacement = displacement.clone();
    triangleStress = triangleStress.clone();
    nodalStress = nodalStress.clone();
  }

  /** @return a copy of the interleaved displacement {@code [ux0, uy0, ux1, ...]} */
  @Override
  public double[] displacement() {
    return displacement.clone();
  }

  /** @return a copy of the per-triangle stresses, 5 per triangle */
  @Override
  public double[] triangleStress() {
    return triangleStress.clone();
  }

  /** @return a copy of the nodal stresses, 5 per node */
  @Override
  public double[] nodalStress() {
    return nodalStress.clone();
  }

  /** @return {@code u_x} at every node, length {@code nodeCount} */
  public double[] ux() {
    return component(displacement, 2, 0);
  }

  /** @return {@code u_y} at every node, length {@code nodeCount} */
  public double[] uy() {
    return component(displacement, 2, 1);
  }

  /**
   * @param c the component
   * @return its value in every triangle, length {@code triangleCount}
   */
  public double[] triangleStress(StressComponent c) {
    return component(triangleStress, StressComponent.COUNT, c.ordinal());
  }

  /**
   * @param c the component
   * @return its recovered value at every node, length {@code nodeCount}
   */
  public double[] nodalStress(StressComponent c) {
    return component(nodalStress, StressComponent.COUNT, c.ordinal());
  }

  private static double[] component(double[] a, int stride, int offset) {
    double[] out = new double[a.length / stride];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[stride * i + offset];
    }
    return out;
  }
}
