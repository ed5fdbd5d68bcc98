package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Proper orthogonal decomposition by the method of snapshots in the inner product of a mass matrix
 * {@code M} (Sirovich 1987; the snapshot POD of MMGP, Casenave et al., NeurIPS 2023, §3.3).
 *
 * <p>Given {@code n} snapshots {@code u_i} of length {@code N} ({@code u[i*N + a]}), with mean
 * {@code ū} and centred {@code ũ_i = u_i − ū}: the correlation matrix
 * {@code C_ij = ũ_iᵀ M ũ_j} ({@code n × n}) has eigenpairs {@code C v_k = λ_k v_k},
 * {@code λ_1 >= λ_2 >= …}; the modes {@code φ_k = Σ_i v_k[i] ũ_i / √λ_k} are orthonormal in
 * {@code (·,·)_M} (re-orthonormalised by two passes of modified Gram–Schmidt in that inner
 * product, so the property holds to round-off even for small {@code λ_k}). A field is
 * {@code u ≈ ū + Σ_k c_k φ_k} with {@code c_k = (φ_k, u − ū)_M}; {@code λ_k} is the energy of mode
 * {@code k} (the sum over the training snapshots of {@code c_k²}).
 *
 * <p>The snapshots are centred, as PCA is in PLAID's MMGP baselines; the NeurIPS 2023 reference
 * code ({@code snapshotsPOD_fit_transform}) decomposes the raw snapshots instead, so its first mode
 * carries the mean. Centring makes the coefficients zero-mean, which the Gaussian process then
 * standardises anyway.
 *
 * <p>Several components (the morphed {@code x} and {@code y} of every node, as MMGP reduces them
 * together) are one snapshot vector of length {@code N = nodes · c}, stored channels-last, with
 * {@link MassMatrix#perComponent}. Only modes with {@code λ_k > 1e−12 λ_1} are kept at most (at most
 * {@code n − 1}, since centring removes one dimension). Cost: {@code n} applications of {@code M},
 * {@code n² N / 2} for {@code C}, {@code n³} for its eigen-decomposition. Immutable; thread-safe if
 * {@code M} is.
 */
public final class SnapshotPod {
  /** Eigenvalues at most this fraction of the largest are numerical noise. */
  public static final double RANK_TOLERANCE = 1e-12;

  private final int dofs;
  private final int modes;
  private final double[] mean;
  private final double[] basis;
  private final double[] massBasis;
  private final double[] energies;
  private final double totalEnergy;

  private SnapshotPod(double[] mean, double[] basis, double[] energies, double totalEnergy, MassMatrix m) {
    this.dofs = mean.length;
    this.modes = energies.length;
    this.mean = mean;
    this.basis = basis;
    this.energies = energies;
    this.totalEnergy = totalEnergy;
    this.massBasis = new double[basis.length];
    double[] row = new double[dofs];
    double[] out = new double[dofs];
    for (int k = 0; k < modes; k++) {
      System.arraycopy(basis, k * dofs, row, 0, dofs);
      m.apply(row, out);
      System.arraycopy(out, 0, massBasis, k * dofs, dofs);
    }
  }

  /**
   * @param u snapshots {@code n × N}, {@code u[i*N + a]}, not modified
   * @param n snapshots, {@code >= 2}
   * @param dofs {@code N}, {@code >= 1}
   * @param m the mass matrix of order {@code N}
   * @param truncation a fixed count or a retained-energy fraction
   * @return the decomposition
   */
  public static SnapshotPod fit(double[] u, int n, int dofs, MassMatrix m, PodTruncation truncation) {
    if (n < 2 || dofs < 1) {
      throw new GalerkinException("pod: needs at least 2 snapshots and 1 degree of freedom, got n = " + n
          + ", N = " + dofs);
    }
    if (u.length != (long) n * dofs) {
      throw new GalerkinException("pod: snapshots have " + u.length + " entries, expected n·N = " + n + "·" + dofs);
    }
    for (int i = 0; i < u.length; i++) {
      if (!Double.isFinite(u[i])) {
        throw new GalerkinException("pod: snapshot " + i / dofs + ", entry " + i % dofs + " is " + u[i]);
      }
    }
    double[] mean = new double[dofs];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < dofs; a++) {
        mean[a] += u[i * dofs + a];
      }
    }
    for (int a = 0; a < dofs; a++) {
      mean[a] /= n;
    }
    double[] c = new double[n * dofs];
    for (int i = 0; i < n * dofs; i++) {
      c[i] = u[i] - mean[i % dofs];
    }
    double[] mc = new double[n * dofs];
    double[] row = new double[dofs];
    double[] out = new double[dofs];
    for (int i = 0; i < n; i++) {
      System.arraycopy(c, i * dofs, row, 0, dofs);
      m.apply(row, out);
      System.arraycopy(out, 0, mc, i * dofs, dofs);
    }
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int a = 0; a < dofs; a++) {
          s += c[i * dofs + a] * mc[j * dofs + a];
        }
        corr[i][j] = s;
        corr[j][i] = s;
      }
    }
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(corr, false));
    double[] lambda = eig.getRealEigenvalues();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(lambda[b], lambda[a]));
    double top = lambda[order[0]];
    if (!(top > 0)) {
      throw new GalerkinException("pod: the " + n + " snapshots are all equal (zero variance); nothing to reduce");
    }
    int rank = 0;
    double total = 0;
    for (int r = 0; r < n; r++) {
      double l = lambda[order[r]];
      if (l > 0) {
        total += l;
      }
      if (l > RANK_TOLERANCE * top) {
        rank++;
      }
    }
    int k = chooseModes(truncation, lambda, order, rank, total, n);
    double[] basis = new double[k * dofs];
    double[] energies = new double[k];
    for (int r = 0; r < k; r++) {
      int e = order[r];
      energies[r] = lambda[e];
      double[] v = eig.getEigenvector(e).toArray();
      double inv = 1 / Math.sqrt(lambda[e]);
      for (int i = 0; i < n; i++) {
        double w = v[i] * inv;
        for (int a = 0; a < dofs; a++) {
          basis[r * dofs + a] += w * c[i * dofs + a];
        }
      }
    }
    orthonormalise(basis, k, dofs, m);
    return new SnapshotPod(mean, basis, energies, total, m);
  }

  private static int chooseModes(PodTruncation t, double[] lambda, Integer[] order, int rank, double total, int n) {
    if (t.fixed()) {
      if (t.modes() > rank) {
        throw new GalerkinException("pod: asked for " + t.modes() + " modes, but the " + n
            + " centred snapshots have numerical rank " + rank + " (at most n − 1 = " + (n - 1)
            + "); ask for at most " + rank + " modes or add snapshots");
      }
      return t.modes();
    }
    double kept = 0;
    for (int r = 0; r < rank; r++) {
      kept += lambda[order[r]];
      if (kept >= t.energy() * total) {
        return r + 1;
      }
    }
    return rank;
  }

  /** Two passes of modified Gram–Schmidt in {@code (·,·)_M}; {@code basis} modified. */
  private static void orthonormalise(double[] basis, int k, int dofs, MassMatrix m) {
    double[] mb = new double[k * dofs];
    double[] row = new double[dofs];
    double[] w = new double[dofs];
    for (int r = 0; r < k; r++) {
      System.arraycopy(basis, r * dofs, row, 0, dofs);
      for (int pass = 0; pass < 2; pass++) {
        for (int l = 0; l < r; l++) {
          double s = 0;
          for (int a = 0; a < dofs; a++) {
            s += mb[l * dofs + a] * row[a];
          }
          for (int a = 0; a < dofs; a++) {
            row[a] -= s * basis[l * dofs + a];
          }
        }
      }
      m.apply(row, w);
      double norm2 = 0;
      for (int a = 0; a < dofs; a++) {
        norm2 += row[a] * w[a];
      }
      double inv = 1 / Math.sqrt(norm2);
      for (int a = 0; a < dofs; a++) {
        basis[r * dofs + a] = row[a] * inv;
        mb[r * dofs + a] = w[a] * inv;
      }
    }
  }

  /**
   * Restores a decomposition from its arrays (e.g. read from a file).
   *
   * @param mean {@code ū}, length {@code N}, copied
   * @param basis modes {@code k × N}, {@code basis[k*N + a]}, copied (assumed {@code M}-orthonormal)
   * @param energies {@code λ_1 … λ_k}, copied
   * @param totalEnergy {@code Σ λ} over all modes of the fit
   * @param m the mass matrix the modes are orthonormal in
   * @return the decomposition
   */
  public static SnapshotPod of(double[] mean, double[] basis, double[] energies, double totalEnergy, MassMatrix m) {
    if (energies.length < 1 || basis.length != (long) energies.length * mean.length) {
      throw new GalerkinException("pod: basis has " + basis.length + " entries, expected k·N = " + energies.length
          + "·" + mean.length + " with k >= 1");
    }
    return new SnapshotPod(mean.clone(), basis.clone(), energies.clone(), totalEnergy, m);
  }

  /** @return {@code N}, the length of a snapshot */
  public int dofs() {
    return dofs;
  }

  /** @return {@code k}, the modes kept */
  public int modes() {
    return modes;
  }

  /** @return a copy of {@code ū} */
  public double[] mean() {
    return mean.clone();
  }

  /** @return a copy of the modes, {@code k × N}, {@code [k*N + a]} */
  public double[] basis() {
    return basis.clone();
  }

  /** @return a copy of the kept eigenvalues {@code λ_1 >= … >= λ_k} */
  public double[] energies() {
    return energies.clone();
  }

  /** @return {@code Σ λ} over all (positive) eigenvalues of the fit */
  public double totalEnergy() {
    return totalEnergy;
  }

  /** @return the fraction of the energy the kept modes hold */
  public double retainedEnergy() {
    double s = 0;
    for (double e : energies) {
      s += e;
    }
    return s / totalEnergy;
  }

  /**
   * @param u fields {@code count × N}, not modified
   * @param count fields
   * @return coefficients {@code count × k}: {@code c[i*k + r] = (φ_r, u_i − ū)_M}
   */
  public double[] coefficients(double[] u, int count) {
    if (u.length != (long) count * dofs) {
      throw new GalerkinException("pod: fields have " + u.length + " entries, expected count·N = " + count + "·" + dofs);
    }
    double[] c = new double[count * modes];
    for (int i = 0; i < count; i++) {
      for (int r = 0; r < modes; r++) {
        double s = 0;
        for (int a = 0; a < dofs; a++) {
          s += massBasis[r * dofs + a] * (u[i * dofs + a] - mean[a]);
        }
        c[i * modes + r] = s;
      }
    }
    return c;
  }

  /**
   * @param c coefficients {@code count × k}, not modified
   * @param count fields
   * @return fields {@code count × N}: {@code ū + Σ_r c[i*k + r] φ_r}
   */
  public double[] field(double[] c, int count) {
    if (c.length != (long) count * modes) {
      throw new GalerkinException("pod: coefficients have " + c.length + " entries, expected count·k = " + count
          + "·" + modes);
    }
    double[] u = new double[count * dofs];
    for (int i = 0; i < count; i++) {
      System.arraycopy(mean, 0, u, i * dofs, dofs);
      for (int r = 0; r < modes; r++) {
        double w = c[i * modes + r];
        for (int a = 0; a < dofs; a++) {
          u[i * dofs + a] += w * basis[r * dofs + a];
        }
      }
    }
    return u;
  }

  /**
   * The pointwise variance of the field when the coefficients are independent with the given
   * variances (as the outputs of one {@link GaussianProcess} are): {@code Var u_a = Σ_r φ_r[a]² v_r}.
   *
   * @param variance coefficient variances {@code count × k}, not modified
   * @param count fields
   * @return variances {@code count × N}
   */
  public double[] fieldVariance(double[] variance, int count) {
    if (variance.length != (long) count * modes) {
      throw new GalerkinException("pod: variances have " + variance.length + " entries, expected count·k = "
          + count + "·" + modes);
    }
    double[] v = new double[count * dofs];
    for (int i = 0; i < count; i++) {
      for (int r = 0; r < modes; r++) {
        double w = variance[i * modes + r];
        for (int a = 0; a < dofs; a++) {
          double phi = basis[r * dofs + a];
          v[i * dofs + a] += w * phi * phi;
        }
      }
    }
    return v;
  }
}
