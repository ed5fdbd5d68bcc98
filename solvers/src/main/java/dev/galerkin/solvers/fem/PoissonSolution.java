package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;

/**
 * The P1 solution of one {@link PoissonSolver} solve and how the linear solver got there.
 *
 * @param mesh the mesh, not null
 * @param u nodal values {@code u[i] = u_h(x_i, y_i)}, length {@code mesh.nodeCount()} (copied in
 *     and out)
 * @param iterations conjugate-gradient iterations, {@code >= 0}
 * @param relativeResidual final true relative residual of the eliminated system
 * @param preconditioner the preconditioner used ({@code "IC(0)"} or {@code "Jacobi"})
 */
public record PoissonSolution(TriangleMesh mesh, double[] u, int iterations,
    double relativeResidual, String preconditioner) {
  /**
   * Validates the shape and copies {@code u}.
   *
   * @throws GalerkinException if a field is null or {@code u} has the wrong length
   */
  public PoissonSolution {
    if (mesh == null || u == null || preconditioner == null) {
      throw new GalerkinException("PoissonSolution: mesh, u and preconditioner must not be null");
    }
    if (u.length != mesh.nodeCount()) {
      throw new GalerkinException(
          "PoissonSolution.u has length " + u.length + "; expected " + mesh.nodeCount()
              + " (one value per node)");
    }
    u = u.clone();
  }

  /** @return a copy of the nodal values */
  @Override
  public double[] u() {
    return u.clone();
  }
}
