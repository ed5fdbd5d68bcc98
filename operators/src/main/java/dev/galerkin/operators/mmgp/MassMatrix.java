package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;

/**
 * A symmetric positive (semi)definite matrix {@code M} of order {@code N}, given by its action
 * {@code out = M in}: the inner product {@code (u, v)_M = uᵀ M v} in which {@link SnapshotPod}
 * makes its modes orthonormal. For fields on a P1 finite-element mesh it is the mass matrix, so
 * {@code (u, v)_M} is the {@code L²} inner product of the interpolants (MMGP's "correlation
 * operator"); the identity gives the Euclidean inner product of plain PCA.
 */
@FunctionalInterface
public interface MassMatrix {

  /**
   * @param in a vector of length {@code N}, not modified
   * @param out receives {@code M in}, length {@code N}, modified (every entry overwritten)
   */
  void apply(double[] in, double[] out);

  /** @return the identity: {@code out = in} */
  static MassMatrix identity() {
    return (in, out) -> System.arraycopy(in, 0, out, 0, in.length);
  }

  /**
   * @param weights the diagonal, each {@code >= 0} (a lumped mass matrix), copied
   * @return {@code M = diag(weights)}
   */
  static MassMatrix diagonal(double[] weights) {
    double[] w = weights.clone();
    for (int i = 0; i < w.length; i++) {
      if (!(w[i] >= 0) || !Double.isFinite(w[i])) {
        throw new GalerkinException("mass matrix: weight " + i + " must be finite and >= 0, got " + w[i]);
      }
    }
    return (in, out) -> {
      for (int i = 0; i < w.length; i++) {
        out[i] = w[i] * in[i];
      }
    };
  }

  /**
   * @param m a dense symmetric {@code n × n} matrix, {@code m[i*n + j]}, copied (symmetry not checked)
   * @param n its order
   * @return {@code M}
   */
  static MassMatrix dense(double[] m, int n) {
    if (m.length != (long) n * n) {
      throw new GalerkinException("mass matrix: dense matrix has " + m.length + " entries, expected n² = " + n + "²");
    }
    double[] a = m.clone();
    return (in, out) -> {
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += a[i * n + j] * in[j];
        }
        out[i] = s;
      }
    };
  }

  /**
   * The block-diagonal matrix that applies {@code scalar} to each of {@code components}
   * interleaved components: for a vector field stored channels-last, {@code u[node*c + comp]}
   * (e.g. the morphed {@code x} and {@code y} coordinates of every node, reduced together as MMGP
   * does), {@code (u, v)_M = Σ_comp u_compᵀ M v_comp}.
   *
   * @param scalar the matrix of one component, order {@code nodes}
   * @param nodes its order
   * @param components {@code c >= 1}
   * @return the matrix of order {@code nodes · c}
   */
  static MassMatrix perComponent(MassMatrix scalar, int nodes, int components) {
    if (nodes < 1 || components < 1) {
      throw new GalerkinException("mass matrix: needs nodes >= 1 and components >= 1, got " + nodes + ", "
          + components);
    }
    if (components == 1) {
      return scalar;
    }
    return (in, out) -> {
      double[] a = new double[nodes];
      double[] b = new double[nodes];
      for (int c = 0; c < components; c++) {
        for (int i = 0; i < nodes; i++) {
          a[i] = in[i * components + c];
        }
        scalar.apply(a, b);
        for (int i = 0; i < nodes; i++) {
          out[i * components + c] = b[i];
        }
      }
    };
  }
}
