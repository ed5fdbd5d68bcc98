package dev.galerkin.solvers.linalg;

import dev.galerkin.GalerkinException;

/**
 * Diagonal (Jacobi) preconditioning, {@code M = diag(A)}: cheap, always defined for a positive
 * diagonal, and a fallback when {@link IncompleteCholesky} breaks down. Saad, <i>Iterative
 * Methods for Sparse Linear Systems</i> (2nd ed., 2003), §10.2.
 */
public final class JacobiPreconditioner implements Preconditioner {
  private final double[] inverseDiagonal;

  /**
   * @param a the matrix, not modified
   * @throws GalerkinException naming the first row whose diagonal is not positive
   */
  public JacobiPreconditioner(CsrMatrix a) {
    double[] d = a.diagonal();
    inverseDiagonal = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      if (!(d[i] > 0) || !Double.isFinite(d[i])) {
        throw new GalerkinException(
            "JacobiPreconditioner: diagonal entry " + i + " is " + d[i]
                + "; a symmetric positive definite matrix has a positive diagonal");
      }
      inverseDiagonal[i] = 1.0 / d[i];
    }
  }

  @Override
  public void apply(double[] r, double[] z) {
    for (int i = 0; i < r.length; i++) {
      z[i] = inverseDiagonal[i] * r[i];
    }
  }

  @Override
  public String name() {
    return "Jacobi";
  }
}
