package dev.galerkin.solvers.darcy;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.linalg.Dot;
import java.util.Arrays;

/**
 * Reference solver for steady Darcy flow {@code −∇·(a ∇u) = f} on a rectangle with {@code u = 0}
 * on the boundary: the setup of the FNO Darcy benchmark (Li et al., "Fourier neural operator for
 * parametric partial differential equations", ICLR 2021: unit square, 421 × 421 nodes,
 * piecewise-constant {@code a ∈ {3, 12}}, {@code f = 1}).
 *
 * <p><b>Discretisation.</b> Vertex-centred finite volumes (equivalently, the conservative 5-point
 * finite-difference scheme) on the nodes of a bounded {@link Grid2D}: the unknowns are the {@code
 * (nx − 2)(ny − 2)} interior nodes, and for interior node {@code (i, j)}
 *
 * <pre>{@code
 *   ( k_E (u_ij − u_{i+1,j}) + k_W (u_ij − u_{i−1,j}) ) / hx²
 * + ( k_N (u_ij − u_{i,j+1}) + k_S (u_ij − u_{i,j−1}) ) / hy²  =  f_ij
 * }</pre>
 *
 * with face coefficients the harmonic means of the two nodal values, {@code k_E = 2 a_ij a_{i+1,j}
 * / (a_ij + a_{i+1,j})} and so on, and boundary values {@code u = 0} eliminated. On the unit square
 * with {@code nx = ny = s} this is entry for entry the matrix of {@code assemble} in {@code
 * bench/peers/darcy_scipy.py} (same operations in the same order).
 *
 * <p><b>Order.</b> For smooth {@code a} the scheme is second order in {@code h}: measured 2.00 in
 * the max norm and L2, 17² → 129² ({@code DarcySolverConvergenceTest}, manufactured solution). For
 * the piecewise-constant 12/3 coefficients of the FNO preset it is about <em>first</em> order,
 * because nodal sampling puts each interface anywhere within a cell while the harmonic mean is the
 * flux-continuous face value only for an interface at mid-face ({@code
 * DarcyDiscontinuousOrderTest}): a straight jump at {@code x = 1/3}, against the exact solution,
 * 1.02 (max norm) and 1.04 (L2) over 33² → 513²; an FNO-like thresholded field, against finer
 * solves, 0.9–1.0 (max norm) and 1.3–1.6 (L2, the errors concentrate near the interfaces) over
 * 65² → 1025² for three fields. So halving {@code h} about halves the discretisation error of the
 * FNO data, it does not quarter it.
 *
 * <p><b>The FNO scheme.</b> With {@link DarcyScheme#FNO} in the config the solver follows {@code
 * solve_gwf.m}, the script that made the FNO paper's Darcy files: {@code a} (and a source field)
 * is given at the cell centres {@code ((i + ½)/(nx), (j + ½)/(ny))} (the stored points of those
 * files), carried to the nodes by a not-a-knot cubic spline ({@link NotAKnotSpline}), the faces
 * take the arithmetic mean {@code (a_ij + a_{i+1,j}) / 2}, and the nodal solution is splined back
 * to the cell centres, which is what {@link DarcySolution#u()} then holds. For smooth {@code a} it
 * is second order too ({@code DarcyFnoSchemeTest}). Square grids only, as the script. {@link
 * DarcyScheme#ARITHMETIC} (PDEBench's) keeps {@code a} and {@code u} at the nodes as the vertex
 * scheme and takes arithmetic-mean faces.
 *
 * <p><b>Solver.</b> Conjugate gradients preconditioned by one multigrid V-cycle ({@link
 * MultigridHierarchy}: red–black Gauss–Seidel, forward before and reversed after the coarse
 * correction, operator-dependent prolongation ({@link OperatorTransfer}: flux-weighted 1D
 * interpolation along y, then x), restriction by its transpose, Galerkin coarse operators {@code
 * Pᵀ A P}, banded Cholesky on the coarsest grid). The cycle is symmetric positive definite, so CG
 * applies; Galerkin coarse operators with an operator-dependent prolongation keep it robust for
 * jumping coefficients, and coarsening works for any node count (odd cell counts coarsen with one
 * wider cell), so the iteration count is nearly independent of the resolution and the work per
 * unknown constant. Iteration stops when the relative residual {@code ‖b − A u‖₂ / ‖b‖₂} is below
 * {@link DarcyConfig#tolerance()}, checked on the true residual.
 *
 * <p><b>Measured</b> (tests, tolerance 1e-8): 6–7 iterations for FNO's 3/12 coefficients at every
 * size from 65 to 421 nodes per axis ({@code DarcyIterationCountTest}; 6–8 with the bilinear
 * prolongation used before), and for a two-valued coefficient of contrast 4, 10, 100, 1000, 10⁴,
 * 10⁶ at 257²: 6, 7, 8, 8, 9, 10 (bilinear: 7, 9, 12, 13, 14, 15). Rougher interfaces cost more:
 * on 421² with FNO's thresholded GRF (four samples, a scratch run, not a test) contrast 10⁴ took
 * 12–14 iterations (bilinear 25–65) and 10⁶ 15–17 (bilinear 32–109, one sample not converged in
 * 200), where one sample stalled at a relative residual of 2.4e-8: the rounding floor of {@code b −
 * A u} for entries of size {@code 10⁶ h⁻²}; use a tolerance of 1e-7 for such contrasts.
 *
 * <p><b>Masked domains.</b> {@link #solve(double[], double, DarcyMask)} solves on the nodes a
 * {@link DarcyMask} marks (disk, triangle … from {@link DarcyGeometry}), {@code u = 0} elsewhere:
 * mask-0 nodes become decoupled identity rows, which the same Galerkin multigrid coarsens. The
 * staircase boundary makes it first order on curved domains (measured on the disk).
 *
 * <p><b>Reuse.</b> Build one solver per grid: it allocates the hierarchy and all work arrays once
 * (about 20 doubles per node, 28 MB at 421 × 421). Each {@link #solve} re-assembles the fine
 * operator from {@code a} and recomputes the coarse operators; it allocates only the returned
 * solution. An instance is <em>not thread-safe</em>: to solve samples in parallel, give each thread
 * its own solver.
 */
public final class DarcySolver {
  private final Grid2D grid;
  private final DarcyConfig config;
  private final MultigridHierarchy hierarchy;
  private final int nx;
  private final int ny;
  private final double[] u;
  private final double[] b;
  private final double[] r;
  private final double[] z;
  private final double[] p;
  private final double[] q;
  private final double[] history;
  private final NotAKnotSpline toNodes;
  private final NotAKnotSpline toPoints;
  private final double[] nodal;
  private final double[] work;
  private DarcyMask mask;

  /**
   * Builds the solver and its multigrid hierarchy for one grid.
   *
   * @param grid a grid whose two axes are {@link Boundary#DIRICHLET} (bounded, with boundary
   *     nodes), each with {@code >= 3} nodes
   * @param config the solver settings
   * @throws GalerkinException if the grid or config is null, an axis is periodic, or has fewer than
   *     3 nodes
   */
  public DarcySolver(Grid2D grid, DarcyConfig config) {
    if (grid == null) {
      throw new GalerkinException(
          "DarcySolver grid is null; pass e.g. Grid2D.unitSquare(421, DIRICHLET)");
    }
    if (config == null) {
      throw new GalerkinException("DarcySolver config is null; pass DarcyConfig.defaults()");
    }
    checkAxis(grid.x().boundary(), grid.nx(), "x");
    checkAxis(grid.y().boundary(), grid.ny(), "y");
    this.grid = grid;
    this.config = config;
    this.nx = grid.nx();
    this.ny = grid.ny();
    this.hierarchy = new MultigridHierarchy(nx, ny, config.smootherSweeps());
    int size = nx * ny;
    u = new double[size];
    b = new double[size];
    r = new double[size];
    z = new double[size];
    p = new double[size];
    q = new double[size];
    history = new double[config.maxIterations() + 1];
    if (config.scheme() == DarcyScheme.FNO) {
      double[] nodes = grid.x().coordinates();
      if (nx != ny || nx < 4 || nodes[0] != grid.y().coordinates()[0]
          || grid.x().spacing() != grid.y().spacing()) {
        throw new GalerkinException("DarcySolver: the fno scheme needs a square grid of at least"
            + " 4 x 4 nodes, as solve_gwf.m; got " + nx + " x " + ny + " nodes on ["
            + nodes[0] + ", " + nodes[nx - 1] + "] x [" + grid.y().coordinates()[0] + ", "
            + grid.y().coordinates()[ny - 1] + "]");
      }
      // the cell centres (i + 1/2)/n of the side, where the coefficient is given
      double lo = nodes[0];
      double length = nodes[nx - 1] - lo;
      double[] centres = new double[nx];
      for (int i = 0; i < nx; i++) {
        centres[i] = lo + length * (i + 0.5) / nx;
      }
      toNodes = new NotAKnotSpline(centres[0], centres[1] - centres[0], nx, nodes);
      toPoints = new NotAKnotSpline(lo, grid.x().spacing(), nx, centres);
      nodal = new double[size];
      work = new double[size];
    } else {
      toNodes = null;
      toPoints = null;
      nodal = null;
      work = null;
    }
  }

  /**
   * Builds the solver with {@link DarcyConfig#defaults()}.
   *
   * @param grid see {@link #DarcySolver(Grid2D, DarcyConfig)}
   */
  public DarcySolver(Grid2D grid) {
    this(grid, DarcyConfig.defaults());
  }

  private static void checkAxis(Boundary boundary, int nodes, String name) {
    if (boundary != Boundary.DIRICHLET) {
      throw new GalerkinException(
          "DarcySolver grid axis "
              + name
              + " is "
              + boundary
              + "; the Darcy problem needs a bounded axis (Boundary.DIRICHLET) with boundary"
              + " nodes");
    }
    if (nodes < 3) {
      throw new GalerkinException(
          "DarcySolver grid axis "
              + name
              + " has "
              + nodes
              + " nodes; allowed >= 3 (at least one interior node)");
    }
  }

  /** @return the grid this solver was built for */
  public Grid2D grid() {
    return grid;
  }

  /** @return the solver settings */
  public DarcyConfig config() {
    return config;
  }

  /** @return the number of multigrid levels, the fine and the coarsest included */
  public int multigridLevels() {
    return hierarchy.depth();
  }

  /**
   * Solves with a constant source ({@code f = 1} in FNO Darcy).
   *
   * @param a the coefficient at every node, layout {@code a[i * ny + j]}, length {@code nx * ny},
   *     every value finite and {@code > 0}; not modified
   * @param f the constant source, finite
   * @return the solution and diagnostics
   * @throws GalerkinException if {@code a} has the wrong length or a non-positive or non-finite
   *     value (naming the node), or {@code f} is not finite
   * @throws SolverException if CG does not reach the tolerance within the iteration budget
   */
  public DarcySolution solve(double[] a, double f) {
    return solve(a, f, null);
  }

  /**
   * Solves with a constant source on the masked domain: {@code u = 0} at the mask-0 nodes and on
   * the grid's boundary ({@link DarcyMask}); {@code null} is the whole rectangle, as {@link
   * #solve(double[], double)}. With a full mask the result equals the unmasked solve.
   *
   * @param a the coefficient, layout {@code a[i * ny + j]}, finite and {@code > 0} where the mask
   *     is 1 (read only there); not modified
   * @param f the constant source, finite
   * @param mask the domain on this solver's grid (vertex scheme only), or null for the whole grid
   * @return the solution (zero outside the mask) and diagnostics
   * @throws GalerkinException if {@code a} or the mask does not fit, or holds a bad value
   * @throws SolverException if CG does not reach the tolerance within the iteration budget
   */
  public DarcySolution solve(double[] a, double f, DarcyMask mask) {
    if (!Double.isFinite(f)) {
      throw new GalerkinException("DarcySolver source f = " + f + " is not finite");
    }
    if (mask != null) {
      mask.checkFits(nx, ny, config.scheme());
    }
    checkCoefficient(a, mask);
    Arrays.fill(b, 0.0);
    for (int i = 1; i < nx - 1; i++) {
      Arrays.fill(b, i * ny + 1, i * ny + ny - 1, f);   // a spline keeps a constant
    }
    return solveAssembled(toNodes(a), mask);
  }

  /**
   * @return {@code a} itself, or with the fno scheme its spline at the nodes. The spline of a
   *     jump overshoots, near the sides even below zero (as in {@code solve_gwf.m}, which solves
   *     whatever results); the conjugate gradients then report an operator that is not positive
   *     definite.
   */
  private double[] toNodes(double[] a) {
    if (toNodes == null) {
      return a;
    }
    NotAKnotSpline.apply2d(toNodes, a, work, nodal);
    return nodal;
  }

  /**
   * Solves with a nodal source field.
   *
   * @param a the coefficient at every node, as in {@link #solve(double[], double)}; not modified
   * @param f the source at every node, layout {@code f[i * ny + j]}, length {@code nx * ny}, every
   *     value finite (boundary values are not used); not modified
   * @return the solution and diagnostics
   * @throws GalerkinException if an array has the wrong length or a bad value (naming the node)
   * @throws SolverException if CG does not reach the tolerance within the iteration budget
   */
  public DarcySolution solve(double[] a, double[] f) {
    return solve(a, f, null);
  }

  /**
   * Solves with a nodal source field on the masked domain (see {@link #solve(double[], double,
   * DarcyMask)}; {@code f} is read only inside the mask).
   *
   * @param a the coefficient, finite and {@code > 0} where the mask is 1; not modified
   * @param f the source at every node, finite, length {@code nx * ny}; not modified
   * @param mask the domain on this solver's grid, or null for the whole grid
   * @return the solution (zero outside the mask) and diagnostics
   * @throws GalerkinException if an array or the mask does not fit, or holds a bad value
   * @throws SolverException if CG does not reach the tolerance within the iteration budget
   */
  public DarcySolution solve(double[] a, double[] f, DarcyMask mask) {
    if (mask != null) {
      mask.checkFits(nx, ny, config.scheme());
    }
    checkCoefficient(a, mask);
    checkLength(f, "source f");
    for (int k = 0; k < f.length; k++) {
      if (!Double.isFinite(f[k])) {
        throw new GalerkinException(
            "DarcySolver source f["
                + k
                + "] = "
                + f[k]
                + " at node (i, j) = ("
                + k / ny
                + ", "
                + k % ny
                + ") is not finite");
      }
    }
    Arrays.fill(b, 0.0);
    double[] fn = f;
    if (toNodes != null) {
      fn = new double[f.length];
      NotAKnotSpline.apply2d(toNodes, f, work, fn);
    }
    for (int i = 1; i < nx - 1; i++) {
      System.arraycopy(fn, i * ny + 1, b, i * ny + 1, ny - 2);
    }
    return solveAssembled(toNodes(a), mask);
  }

  private void checkLength(double[] v, String name) {
    if (v == null) {
      throw new GalerkinException(
          "DarcySolver " + name + " is null; pass nx * ny = " + nx * ny + " nodal values");
    }
    if (v.length != nx * ny) {
      throw new GalerkinException("DarcySolver " + name + " has length " + v.length
          + "; expected nx * ny = " + nx + " * " + ny + " = " + nx * ny
          + " (layout [i * ny + j])");
    }
  }

  private void checkCoefficient(double[] a, DarcyMask mask) {
    checkLength(a, "coefficient a");
    for (int k = 0; k < a.length; k++) {
      double v = a[k];
      if ((mask == null || mask.inside(k)) && (!(v > 0.0) || v == Double.POSITIVE_INFINITY)) {
        throw new GalerkinException("DarcySolver coefficient a[" + k + "] = " + v
            + " at node (i, j) = (" + k / ny + ", " + k % ny
            + ") is not a positive finite number; the permeability must be > 0");
      }
    }
  }

  private DarcySolution solveAssembled(double[] a, DarcyMask mask) {
    if (mask == null) {
      FineAssembly.assemble(hierarchy.fine(), a, nx, ny, grid.x().spacing(), grid.y().spacing(),
          config.scheme() != DarcyScheme.VERTEX);
    } else {
      mask.assemble(hierarchy.fine(), a, grid.x().spacing(), grid.y().spacing(), b);
    }
    this.mask = mask;
    hierarchy.setup();
    StencilOperator op = hierarchy.fine();
    Arrays.fill(u, 0.0);
    double bNorm = Math.sqrt(dot(b, b));
    history[0] = 1.0;
    if (bNorm == 0.0) {
      return result(0, 0.0);
    }
    double tol = config.tolerance();
    int max = config.maxIterations();
    System.arraycopy(b, 0, r, 0, b.length);
    double rz = restart();
    int k = 0;
    while (k < max) {
      double pq = op.apply(p, q);
      if (!(pq > 0.0) || !Double.isFinite(rz)) {
        throw new SolverException(
            "DarcySolver (multigrid-preconditioned CG) broke down at iteration "
                + (k + 1)
                + ": p·Ap = "
                + pq
                + ", r·Mr = "
                + rz
                + ", relative residual "
                + history[k]
                + "; the operator or preconditioner is not positive definite");
      }
      double alpha = rz / pq;
      double rr = updateIterate(alpha);
      k++;
      double rel = Math.sqrt(rr) / bNorm;
      history[k] = rel;
      if (!Double.isFinite(rel)) {
        throw new SolverException(
            "DarcySolver (multigrid-preconditioned CG) residual became "
                + rel
                + " at iteration "
                + k);
      }
      if (rel <= tol) {
        op.residual(u, b, r);
        double trueRel = Math.sqrt(dot(r, r)) / bNorm;
        if (trueRel <= tol) {
          return result(k, trueRel);
        }
        history[k] = trueRel;
        rz = restart();
        continue;
      }
      hierarchy.vcycle(r, z);
      double rzNew = dot(r, z);
      double beta = rzNew / rz;
      rz = rzNew;
      for (int t = 0; t < p.length; t++) {
        p[t] = z[t] + beta * p[t];
      }
    }
    op.residual(u, b, r);
    double trueRel = Math.sqrt(dot(r, r)) / bNorm;
    throw new SolverException(
        "DarcySolver (multigrid-preconditioned CG) did not converge in "
            + max
            + " iterations: relative residual "
            + trueRel
            + " > tolerance "
            + tol
            + " on the "
            + nx
            + " × "
            + ny
            + " grid; raise DarcyConfig.maxIterations or check the coefficient's contrast");
  }

  /** Starts (or restarts) the CG recurrence from the residual in {@code r}: {@code p = z = M r}. */
  private double restart() {
    hierarchy.vcycle(r, z);
    System.arraycopy(z, 0, p, 0, z.length);
    return dot(r, z);
  }

  private DarcySolution result(int iterations, double relativeResidual) {
    if (mask != null) {
      mask.zeroOutside(u); // the decoupled identity rows hold ~tolerance-sized values
    }
    double[] values = u;
    if (toPoints != null) {
      values = new double[u.length];
      NotAKnotSpline.apply2d(toPoints, u, work, values);
    }
    return new DarcySolution(
        grid,
        values,
        iterations,
        relativeResidual,
        Arrays.copyOf(history, iterations + 1),
        hierarchy.depth(),
        hierarchy.level(hierarchy.depth() - 1).unknowns());
  }

  /** Package-private for tests: one V-cycle {@code z = M r} with the operator of the last solve. */
  void applyPreconditioner(double[] rhs, double[] out) {
    hierarchy.vcycle(rhs, out);
  }

  /** Package-private for tests: the hierarchy (assembled by the last solve). */
  MultigridHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * {@code u += α p}, {@code r -= α q} in one pass, with four partial sums of {@code |r|²} as in
   * {@link Dot} (one sequential sum is a chain of dependent additions).
   *
   * @return the new {@code |r|²}
   */
  private double updateIterate(double alpha) {
    double s0 = 0.0;
    double s1 = 0.0;
    int t = 0;
    int n = u.length;
    for (; t + 1 < n; t += 2) {
      u[t] += alpha * p[t];
      u[t + 1] += alpha * p[t + 1];
      double r0 = r[t] - alpha * q[t];
      double r1 = r[t + 1] - alpha * q[t + 1];
      r[t] = r0;
      r[t + 1] = r1;
      s0 += r0 * r0;
      s1 += r1 * r1;
    }
    for (; t < n; t++) {
      u[t] += alpha * p[t];
      double rt = r[t] - alpha * q[t];
      r[t] = rt;
      s0 += rt * rt;
    }
    return s0 + s1;
  }

  private static double dot(double[] x, double[] y) {
    return Dot.of(x, y);
  }
}
