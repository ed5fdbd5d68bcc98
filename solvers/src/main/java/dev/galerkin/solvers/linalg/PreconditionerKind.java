package dev.galerkin.solvers.linalg;

/** Which preconditioner {@link ConjugateGradient} uses, chosen by configuration. */
public enum PreconditionerKind {
  /** {@link JacobiPreconditioner}. */
  JACOBI,
  /** {@link IncompleteCholesky}, falling back to Jacobi if IC(0) breaks down. */
  INCOMPLETE_CHOLESKY;

  /**
   * @param a the matrix, not modified
   * @return the preconditioner of this kind for {@code a} (Jacobi if IC(0) breaks down; its {@link
   *     Preconditioner#name()} says which)
   */
  public Preconditioner create(CsrMatrix a) {
    if (this == INCOMPLETE_CHOLESKY) {
      var ic = IncompleteCholesky.tryFactor(a);
      if (ic.isPresent()) {
        return ic.get();
      }
    }
    return new JacobiPreconditioner(a);
  }
}
