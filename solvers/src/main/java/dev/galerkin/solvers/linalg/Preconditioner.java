package dev.galerkin.solvers.linalg;

/**
 * A symmetric positive definite approximation {@code M ≈ A} applied as {@code z = M⁻¹ r}: what
 * {@link ConjugateGradient} preconditions with.
 */
public interface Preconditioner {
  /**
   * {@code z = M⁻¹ r}.
   *
   * @param r the residual, length {@code n}, not modified
   * @param z the preconditioned residual, length {@code n}, modified (overwritten)
   */
  void apply(double[] r, double[] z);

  /** @return a short name for reports, e.g. {@code "Jacobi"} or {@code "IC(0)"} */
  String name();
}
