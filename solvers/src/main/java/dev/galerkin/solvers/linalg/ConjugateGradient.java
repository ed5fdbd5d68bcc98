package dev.galerkin.solvers.linalg;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.SolverException;

/**
 * Preconditioned conjugate gradients for a symmetric positive definite {@link CsrMatrix}: Saad,
 * <i>Iterative Methods for Sparse Linear Systems</i> (2nd ed., 2003), Algorithm 9.1. It stops when
 * the recurrence's relative residual {@code ‖r‖₂ / ‖b‖₂} reaches the tolerance, then checks the
 * true residual {@code ‖b − A x‖₂ / ‖b‖₂}; it never returns an unconverged answer.
 */
public final class ConjugateGradient {
  private ConjugateGradient() {}

  /**
   * Solves {@code A x = b}.
   *
   * @param a symmetric positive definite, not modified
   * @param b right-hand side, length {@code n}, not modified
   * @param x0 initial guess, length {@code n}, or null for zero; not modified
   * @param m the preconditioner
   * @param tolerance relative residual to reach, {@code 1e-15 <= tolerance < 1}
   * @param maxIterations iteration budget, {@code >= 1}
   * @return the solution with its iterations and final true relative residual
   * @throws SolverException with the iterations and residual reached when it does not converge,
   *     or on breakdown ({@code pᵀAp <= 0}: the matrix is not positive definite)
   * @throws GalerkinException on bad arguments
   */
  public static CgResult solve(CsrMatrix a, double[] b, double[] x0, Preconditioner m,
      double tolerance, int maxIterations) {
    int n = a.size();
    if (b.length != n || (x0 != null && x0.length != n)) {
      throw new GalerkinException(
          "ConjugateGradient: b has length " + b.length + (x0 == null ? "" : ", x0 " + x0.length)
              + " for a matrix of order " + n);
    }
    if (!(tolerance >= 1e-15 && tolerance < 1)) {
      throw new GalerkinException(
          "ConjugateGradient tolerance = " + tolerance + " is out of range; allowed 1e-15 <= tol < 1");
    }
    if (maxIterations < 1) {
      throw new GalerkinException(
          "ConjugateGradient maxIterations = " + maxIterations + "; allowed >= 1");
    }
    double bNorm = norm(b);
    if (!Double.isFinite(bNorm)) {
      throw new GalerkinException("ConjugateGradient: the right-hand side has a non-finite entry");
    }
    if (bNorm == 0) {
      return new CgResult(new double[n], 0, 0.0, m.name());
    }
    double[] x = x0 == null ? new double[n] : x0.clone();
    double[] r = new double[n];
    double[] z = new double[n];
    double[] p = new double[n];
    double[] q = new double[n];
    a.multiply(x, q);
    for (int i = 0; i < n; i++) {
      r[i] = b[i] - q[i];
    }
    double rel = norm(r) / bNorm;
    int k = 0;
    if (rel > tolerance) {
      m.apply(r, z);
      System.arraycopy(z, 0, p, 0, n);
      double rz = dot(r, z);
      while (k < maxIterations) {
        a.multiply(p, q);
        double pq = dot(p, q);
        if (!(pq > 0)) {
          throw new SolverException(
              "ConjugateGradient (" + m.name() + ") broke down at iteration " + (k + 1)
                  + ": p·Ap = " + pq + ", relative residual " + rel
                  + "; the matrix is not symmetric positive definite");
        }
        double alpha = rz / pq;
        for (int i = 0; i < n; i++) {
          x[i] += alpha * p[i];
          r[i] -= alpha * q[i];
        }
        k++;
        rel = norm(r) / bNorm;
        if (!Double.isFinite(rel)) {
          throw new SolverException(
              "ConjugateGradient (" + m.name() + ") residual became " + rel + " at iteration " + k);
        }
        if (rel <= tolerance) {
          break;
        }
        m.apply(r, z);
        double rzNew = dot(r, z);
        double beta = rzNew / rz;
        rz = rzNew;
        for (int i = 0; i < n; i++) {
          p[i] = z[i] + beta * p[i];
        }
      }
    }
    a.multiply(x, q);
    for (int i = 0; i < n; i++) {
      r[i] = b[i] - q[i];
    }
    double trueRel = norm(r) / bNorm;
    // the true residual may lag the recurrence by rounding; allow a factor 10 before failing
    if (!(rel <= tolerance) || !(trueRel <= 10 * tolerance)) {
      throw new SolverException(
          "ConjugateGradient (" + m.name() + ") did not converge in " + k
              + " iterations: relative residual " + trueRel + " > tolerance " + tolerance
              + "; raise maxIterations or loosen the tolerance");
    }
    return new CgResult(x, k, trueRel, m.name());
  }

  private static double dot(double[] u, double[] v) {
    return Dot.of(u, v);
  }

  private static double norm(double[] u) {
    return Math.sqrt(dot(u, u));
  }
}
