package dev.galerkin.solvers.darcy;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/**
 * A domain for {@link DarcySolver} given as a binary mask on its {@code nx × ny} nodes: the
 * unknowns are the interior grid nodes with mask 1, and {@code u = 0} at every other node (mask 0,
 * or on the grid's boundary). So the masked problem is {@code −∇·(a ∇u) = f} in the union of the
 * cells around the mask-1 nodes, with {@code u = 0} on the nodes just outside: a staircase
 * approximation of a curved boundary, which limits the order to about 1 in general (measured on
 * the disk in {@code DarcyMaskedSolverTest}). The multi-task DeepONet (Kumar et al. 2024) learns
 * across such geometries with the mask as a second input channel.
 *
 * <p>The coefficient {@code a} is read only at mask-1 nodes; a face between a mask-1 node and a
 * mask-0 node takes the mask-1 node's value, so {@code a} outside never matters (on an L whose
 * edges lie on grid lines, no staircase, the order is 1.77, 1.89 from 41² to 161², tending to 2;
 * exact to round-off for a bicubic {@code u} with constant {@code a}). Mask-0 interior nodes become identity rows (scaled to
 * the size of the operator's diagonal) with zero right-hand side and no coupling, so the operator
 * stays symmetric positive definite and the Galerkin multigrid of {@link MultigridHierarchy}
 * coarsens it unchanged. A full mask (every node 1) gives exactly the unmasked operator.
 *
 * <p>Layout: {@code mask[i * ny + j]} at node {@code (x_i, y_j)}, as every Darcy field.
 *
 * @param nx nodes along x, {@code >= 3}
 * @param ny nodes along y, {@code >= 3}
 * @param values 0 or 1 at every node, length {@code nx * ny}, at least one interior node 1; copied
 *     in and out
 */
public record DarcyMask(int nx, int ny, double[] values) {

  /**
   * Validates the mask.
   *
   * @throws GalerkinException if the sizes are out of range, the length does not match, a value
   *     is not 0 or 1, or no interior node is 1 — each naming what would work
   */
  public DarcyMask {
    if (nx < 3 || ny < 3) {
      throw new GalerkinException("DarcyMask is " + nx + " x " + ny + " nodes; allowed >= 3 x 3"
          + " (the grid's nodes, boundary included)");
    }
    if (values == null || values.length != nx * ny) {
      throw new GalerkinException("DarcyMask has " + (values == null ? "no" : values.length)
          + " values; a " + nx + " x " + ny + " mask needs nx * ny = " + nx * ny
          + " (layout [i * ny + j])");
    }
    int interior = 0;
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      if (v != 0 && v != 1) {
        throw new GalerkinException("DarcyMask is not binary: value " + v + " at node (i, j) = ("
            + k / ny + ", " + k % ny + "); use 1 inside the domain and 0 outside (threshold a"
            + " smooth indicator first)");
      }
      int i = k / ny;
      int j = k % ny;
      if (v == 1 && i > 0 && i < nx - 1 && j > 0 && j < ny - 1) {
        interior++;
      }
    }
    if (interior == 0) {
      throw new GalerkinException("DarcyMask " + nx + " x " + ny + " has no interior node inside"
          + " the domain (every value at 1 <= i <= nx - 2, 1 <= j <= ny - 2 is 0); mark at least"
          + " one interior node 1, e.g. DarcyGeometry.DISK.mask(grid)");
    }
    values = values.clone();
  }

  /**
   * @param nx nodes along x
   * @param ny nodes along y
   * @return the mask of the whole rectangle: every node 1
   */
  public static DarcyMask full(int nx, int ny) {
    double[] v = new double[Math.max(0, nx * ny)];
    Arrays.fill(v, 1);
    return new DarcyMask(nx, ny, v);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * @param k a node index {@code i * ny + j}
   * @return whether the node is inside the domain (mask 1)
   */
  public boolean inside(int k) {
    return values[k] == 1;
  }

  /** @return the number of unknowns: interior nodes with mask 1 */
  public int unknowns() {
    int count = 0;
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        count += values[i * ny + j] == 1 ? 1 : 0;
      }
    }
    return count;
  }

  /** @return the fraction of the nodes inside, in {@code (0, 1]} */
  public double coverage() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  /**
   * Throws unless the mask is on an {@code nx × ny} grid solved with the vertex scheme.
   *
   * @param nx the solver grid's nodes along x
   * @param ny the solver grid's nodes along y
   * @param scheme the solver's scheme
   */
  void checkFits(int nx, int ny, DarcyScheme scheme) {
    if (this.nx != nx || this.ny != ny) {
      throw new GalerkinException("DarcySolver mask is " + this.nx + " x " + this.ny
          + " nodes but the grid and coefficient are " + nx + " x " + ny + "; build the mask on"
          + " the solver's grid, e.g. DarcyGeometry.DISK.mask(solver.grid())");
    }
    if (scheme != DarcyScheme.VERTEX) {
      throw new GalerkinException("DarcySolver: a mask needs the vertex scheme (the fno scheme"
          + " splines over the whole square); use DarcyConfig.withScheme(DarcyScheme.VERTEX)");
    }
  }

  /**
   * Fills the masked 5-point operator of {@code a} (vertex scheme, harmonic-mean faces, as {@link
   * DarcySolver}'s unmasked assembly, in the same order of operations) and zeroes the right-hand
   * side outside.
   *
   * @param op the fine operator; modified
   * @param a the nodal coefficient, read at mask-1 nodes; not modified
   * @param hx the spacing along x
   * @param hy the spacing along y
   * @param b the right-hand side; set to 0 at mask-0 nodes; modified
   */
  void assemble(StencilOperator op, double[] a, double hx, double hy, double[] b) {
    double hx2 = hx * hx;
    double hy2 = hy * hy;
    boolean square = hx2 == hy2;
    op.clear();
    double sum = 0;
    int count = 0;
    for (int k = 0; k < values.length; k++) {
      if (values[k] == 1) {
        sum += a[k];
        count++;
      }
    }
    double identity = (2 / hx2 + 2 / hy2) * (sum / count);
    for (int i = 1; i < nx - 1; i++) {
      for (int j = 1; j < ny - 1; j++) {
        int k = i * ny + j;
        if (values[k] != 1) {
          op.c[k] = identity;
          b[k] = 0;
          continue;
        }
        double ak = a[k];
        double kE = face(ak, a, k + ny);
        double kW = face(ak, a, k - ny);
        double kN = face(ak, a, k + 1);
        double kS = face(ak, a, k - 1);
        op.c[k] = square ? (kE + kW + kN + kS) / hx2 : (kE + kW) / hx2 + (kN + kS) / hy2;
        op.e[k] = i + 1 < nx - 1 && values[k + ny] == 1 ? -kE / hx2 : 0.0;
        op.n[k] = j + 1 < ny - 1 && values[k + 1] == 1 ? -kN / hy2 : 0.0;
      }
    }
  }

  private double face(double ak, double[] a, int neighbour) {
    if (values[neighbour] != 1) {
      return ak;
    }
    return FineAssembly.harmonic(ak, a[neighbour]);
  }

  /**
   * Sets {@code u = 0} at the mask-0 nodes.
   *
   * @param u a nodal field; modified
   */
  void zeroOutside(double[] u) {
    for (int k = 0; k < values.length; k++) {
      if (values[k] != 1) {
        u[k] = 0;
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DarcyMask m && m.nx == nx && m.ny == ny
        && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * nx + ny) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DarcyMask[" + nx + " x " + ny + ", " + unknowns() + " unknowns]";
  }
}
