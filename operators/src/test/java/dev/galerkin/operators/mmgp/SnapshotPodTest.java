package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

class SnapshotPodTest {

  /** A random symmetric positive-definite matrix {@code AᵀA/N + 0.1 I}, {@code n × n}. */
  static double[] spd(int n, SplittableRandom rng) {
    double[] a = new double[n * n];
    for (int i = 0; i < n * n; i++) {
      a[i] = rng.nextGaussian();
    }
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += a[k * n + i] * a[k * n + j];
        }
        m[i * n + j] = s / n + (i == j ? 0.1 : 0);
      }
    }
    return m;
  }

  static double[] random(int len, SplittableRandom rng) {
    double[] u = new double[len];
    for (int i = 0; i < len; i++) {
      u[i] = rng.nextGaussian();
    }
    return u;
  }

  static double inner(double[] a, int ia, double[] b, int ib, int len, MassMatrix m) {
    double[] u = new double[len];
    double[] v = new double[len];
    double[] mv = new double[len];
    System.arraycopy(a, ia * len, u, 0, len);
    System.arraycopy(b, ib * len, v, 0, len);
    m.apply(v, mv);
    double s = 0;
    for (int i = 0; i < len; i++) {
      s += u[i] * mv[i];
    }
    return s;
  }

  /** Two interleaved components (x and y of 20 nodes) with a dense SPD scalar mass matrix. */
  @Test
  void modesAreMassOrthonormalAndReconstructSnapshotsExactly() {
    SplittableRandom rng = new SplittableRandom(1);
    int nodes = 20;
    int dofs = 2 * nodes;
    int n = 12;
    MassMatrix m = MassMatrix.perComponent(MassMatrix.dense(spd(nodes, rng), nodes), nodes, 2);
    double[] u = random(n * dofs, rng);
    SnapshotPod pod = SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(1));
    assertEquals(n - 1, pod.modes(), "centred random snapshots have rank n − 1");
    double[] phi = pod.basis();
    double worst = 0;
    for (int k = 0; k < pod.modes(); k++) {
      for (int l = 0; l < pod.modes(); l++) {
        worst = Math.max(worst, Math.abs(inner(phi, k, phi, l, dofs, m) - (k == l ? 1 : 0)));
      }
    }
    assertTrue(worst < 1e-10, "M-orthonormality error " + worst);
    double[] back = pod.field(pod.coefficients(u, n), n);
    double err = 0;
    double norm = 0;
    for (int i = 0; i < u.length; i++) {
      err = Math.max(err, Math.abs(back[i] - u[i]));
      norm = Math.max(norm, Math.abs(u[i]));
    }
    assertTrue(err < 1e-10 * norm, "reconstruction error " + err);
    double[] c = pod.coefficients(u, n);
    double[] e = pod.energies();
    for (int k = 0; k < pod.modes(); k++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += c[i * pod.modes() + k] * c[i * pod.modes() + k];
      }
      assertEquals(e[k], s, 1e-10 * e[0], "λ_k is the energy of the training coefficients of mode " + k);
    }
  }

  /** Snapshots built with energies exactly 1, 1e−2, 1e−4, 1e−6 (rank 4). */
  @Test
  void energyTruncationPicksTheExpectedCount() {
    SplittableRandom rng = new SplittableRandom(2);
    int dofs = 30;
    int n = 10;
    MassMatrix m = MassMatrix.dense(spd(dofs, rng), dofs);
    double[] s2 = {1, 1e-2, 1e-4, 1e-6};
    int r = s2.length;
    // ψ_k: M-orthonormal; q_k: orthonormal in R^n and orthogonal to the ones vector.
    double[] psi = random(r * dofs, rng);
    orthonormalise(psi, r, dofs, m);
    double[] q = new double[(r + 1) * n];
    java.util.Arrays.fill(q, 0, n, 1);
    System.arraycopy(random(r * n, rng), 0, q, n, r * n);
    orthonormalise(q, r + 1, n, MassMatrix.identity());
    double[] u = new double[n * dofs];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < dofs; a++) {
        double v = 3.0 + a; // the mean field
        for (int k = 0; k < r; k++) {
          v += Math.sqrt(s2[k]) * q[(k + 1) * n + i] * psi[k * dofs + a];
        }
        u[i * dofs + a] = v;
      }
    }
    SnapshotPod all = SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(1));
    assertEquals(4, all.modes());
    for (int k = 0; k < r; k++) {
      assertEquals(s2[k], all.energies()[k], 1e-12, "λ_" + k);
    }
    assertEquals(1, SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(0.99)).modes());
    assertEquals(2, SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(0.9999)).modes());
    assertEquals(3, SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(0.99999)).modes());
    assertEquals(4, SnapshotPod.fit(u, n, dofs, m, PodTruncation.energy(1 - 1e-7)).modes());
    assertEquals(2, SnapshotPod.fit(u, n, dofs, m, PodTruncation.count(2)).modes());
    GalerkinException ex = assertThrows(GalerkinException.class,
        () -> SnapshotPod.fit(u, n, dofs, m, PodTruncation.count(5)));
    assertTrue(ex.getMessage().contains("numerical rank 4"), ex.getMessage());
  }

  /** With {@code M = I} the modes are the right singular vectors of the centred snapshots. */
  @Test
  void identityMassMatrixAgreesWithSvdOfCentredSnapshots() {
    SplittableRandom rng = new SplittableRandom(3);
    int dofs = 25;
    int n = 8;
    double[] u = random(n * dofs, rng);
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < dofs; a++) {
        u[i * dofs + a] *= Math.pow(0.6, a % 7); // an uneven spectrum
      }
    }
    SnapshotPod pod = SnapshotPod.fit(u, n, dofs, MassMatrix.identity(), PodTruncation.count(5));
    double[] mean = pod.mean();
    RealMatrix c = new Array2DRowRealMatrix(n, dofs);
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < dofs; a++) {
        c.setEntry(i, a, u[i * dofs + a] - mean[a]);
      }
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(c);
    double[] sigma = svd.getSingularValues();
    RealMatrix v = svd.getV();
    double[] phi = pod.basis();
    for (int k = 0; k < 5; k++) {
      assertEquals(sigma[k] * sigma[k], pod.energies()[k], 1e-10 * sigma[0] * sigma[0], "λ_" + k + " = σ_" + k + "²");
      double dot = 0;
      for (int a = 0; a < dofs; a++) {
        dot += phi[k * dofs + a] * v.getEntry(a, k);
      }
      assertEquals(1, Math.abs(dot), 1e-10, "|⟨φ_k, v_k⟩| for k = " + k);
    }
  }

  /** The exact pointwise variance equals the variance of fields built from independent coefficient draws. */
  @Test
  void fieldVarianceIsTheLinearPropagation() {
    SplittableRandom rng = new SplittableRandom(4);
    int dofs = 15;
    int n = 6;
    double[] w = new double[dofs];
    for (int a = 0; a < dofs; a++) {
      w[a] = 0.5 + rng.nextDouble(); // a lumped mass matrix
    }
    SnapshotPod pod = SnapshotPod.fit(random(n * dofs, rng), n, dofs, MassMatrix.diagonal(w), PodTruncation.count(3));
    double[] var = {0.5, 2.0, 0.1};
    double[] exact = pod.fieldVariance(var, 1);
    int draws = 200_000;
    double[] c = new double[draws * 3];
    for (int s = 0; s < draws; s++) {
      for (int k = 0; k < 3; k++) {
        c[s * 3 + k] = Math.sqrt(var[k]) * rng.nextGaussian();
      }
    }
    double[] f = pod.field(c, draws);
    double[] mean = pod.mean();
    for (int a = 0; a < dofs; a++) {
      double s = 0;
      for (int i = 0; i < draws; i++) {
        double t = f[i * dofs + a] - mean[a];
        s += t * t;
      }
      assertEquals(exact[a], s / draws, 0.02 * exact[a] + 1e-12, "dof " + a);
    }
  }

  @Test
  void badInputIsNamed() {
    double[] u = {1, 2, 3, 4, 5, Double.NaN};
    GalerkinException nan = assertThrows(GalerkinException.class,
        () -> SnapshotPod.fit(u, 2, 3, MassMatrix.identity(), PodTruncation.count(1)));
    assertTrue(nan.getMessage().contains("snapshot 1, entry 2"), nan.getMessage());
    assertThrows(GalerkinException.class, () -> SnapshotPod.fit(new double[3], 1, 3, MassMatrix.identity(),
        PodTruncation.count(1)));
    assertThrows(GalerkinException.class, () -> SnapshotPod.fit(new double[5], 2, 3, MassMatrix.identity(),
        PodTruncation.count(1)));
    GalerkinException equal = assertThrows(GalerkinException.class,
        () -> SnapshotPod.fit(new double[] {1, 2, 1, 2}, 2, 2, MassMatrix.identity(), PodTruncation.count(1)));
    assertTrue(equal.getMessage().contains("all equal"), equal.getMessage());
    assertThrows(GalerkinException.class, () -> PodTruncation.energy(1.5));
    assertThrows(GalerkinException.class, () -> PodTruncation.count(0));
    assertThrows(GalerkinException.class, () -> new PodTruncation(3, 0.9));
  }

  /** Gram–Schmidt twice in {@code (·,·)_M}; rows of {@code v} modified. */
  static void orthonormalise(double[] v, int k, int len, MassMatrix m) {
    for (int r = 0; r < k; r++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int l = 0; l < r; l++) {
          double s = inner(v, l, v, r, len, m);
          for (int a = 0; a < len; a++) {
            v[r * len + a] -= s * v[l * len + a];
          }
        }
      }
      double norm = Math.sqrt(inner(v, r, v, r, len, m));
      for (int a = 0; a < len; a++) {
        v[r * len + a] /= norm;
      }
    }
  }
}
