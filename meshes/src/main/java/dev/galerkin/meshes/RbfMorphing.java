package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Mesh morphing by radial basis function interpolation of prescribed control-node displacements
 * (de Boer, van der Schoot and Bijl, "Mesh deformation based on radial basis function
 * interpolation", <i>Computers &amp; Structures</i> 85, 2007): the general morphing of MMGP
 * (Casenave et al., NeurIPS 2023), valid for any domain, with holes or not.
 *
 * <p><b>Method.</b> The control nodes (typically every boundary node, {@link
 * #boundaryNodes(TriangleMesh)}) at positions {@code c_j} get displacements {@code d_j}; each
 * displacement component is interpolated by
 *
 * <pre>{@code
 * s(x) = Σ_j α_j φ(|x - c_j|) + β_0 + β_1 x + β_2 y,
 * s(c_i) = d_i,   Σ_j α_j = Σ_j α_j c_j,x = Σ_j α_j c_j,y = 0,
 * }</pre>
 *
 * a symmetric, indefinite, dense system of order {@code m + 3} ({@code m} control nodes, 10²–10³),
 * solved by LU with partial pivoting (both components share the factors), and {@code s} is
 * evaluated at every node. Coordinates are centred on the mesh's bounding box and divided by its
 * diagonal before the kernel is applied, so the result does not depend on the length unit.
 * Control nodes are then put exactly at their prescribed positions; {@link MorphResult#residual()}
 * reports how far the interpolant was from them.
 *
 * <p><b>Kernels</b> ({@link Kernel}): the thin-plate spline {@code φ(r) = r² log r} is the default
 * (no parameter to tune, smooth, among the kernels de Boer et al. found to give the best mesh
 * quality); Wendland's C2 {@code φ(r) = (1 - r/R)⁴₊ (4 r/R + 1)}, with the support radius {@code R}
 * relative to the bounding-box diagonal, confines the deformation to within {@code R} of the
 * control nodes. With either kernel the linear polynomial part reproduces affine displacements
 * exactly, so translations, rotations and uniform scalings of the whole boundary move the interior
 * rigidly, without distorting a triangle.
 *
 * <p><b>Inversion.</b> After moving, every triangle's signed area is checked ({@link
 * MeshQuality#invertedTriangles}); if any turned over, a {@link GalerkinException} names the count
 * and the first one. Large deformations survive better in increments ({@link #withSteps(int)}):
 * {@code k} steps, each moving the control nodes by {@code d / k} and re-solving the system from
 * the current positions, with the inversion check after each step.
 *
 * @param kernel the radial basis function
 * @param supportRadius Wendland's support radius relative to the mesh's bounding-box diagonal,
 *     {@code > 0}; {@code 0} for the thin-plate spline, which has none
 * @param steps the number of increments, {@code ≥ 1}
 */
public record RbfMorphing(Kernel kernel, double supportRadius, int steps) {

  /** The radial basis function {@code φ} of an {@link RbfMorphing}. */
  public enum Kernel {
    /** {@code φ(r) = r² log r}, global, conditionally positive definite of order 2. */
    THIN_PLATE_SPLINE,
    /** Wendland's C2 {@code φ(r) = (1 - r/R)⁴₊ (4 r/R + 1)}, compactly supported, positive definite. */
    WENDLAND_C2
  }

  private static final String FIX =
      "the deformation is too large for one RBF step; morph in several increments"
          + " (RbfMorphing.withSteps), or remesh";

  /** Validates the kernel, its radius and the step count. */
  public RbfMorphing {
    if (kernel == null) {
      throw new GalerkinException(
          "RbfMorphing.kernel is null; use THIN_PLATE_SPLINE or WENDLAND_C2");
    }
    if (kernel == Kernel.WENDLAND_C2 && !(supportRadius > 0 && supportRadius < 1e6)) {
      throw new GalerkinException(
          "RbfMorphing.supportRadius = " + supportRadius + " for WENDLAND_C2; give a radius > 0"
              + " relative to the bounding-box diagonal (1 or more for a smooth global morph)");
    }
    if (kernel == Kernel.THIN_PLATE_SPLINE && supportRadius != 0) {
      throw new GalerkinException(
          "RbfMorphing.supportRadius = " + supportRadius + " for THIN_PLATE_SPLINE, which has no"
              + " support radius; pass 0");
    }
    if (steps < 1) {
      throw new GalerkinException("RbfMorphing.steps = " + steps + "; use 1 or more increments");
    }
  }

  /** @return a one-step thin-plate-spline morphing */
  public static RbfMorphing thinPlateSpline() {
    return new RbfMorphing(Kernel.THIN_PLATE_SPLINE, 0, 1);
  }

  /**
   * @param supportRadius the support radius relative to the bounding-box diagonal, {@code > 0}
   * @return a one-step Wendland C2 morphing
   */
  public static RbfMorphing wendlandC2(double supportRadius) {
    return new RbfMorphing(Kernel.WENDLAND_C2, supportRadius, 1);
  }

  /**
   * @param increments the number of steps, {@code ≥ 1}
   * @return this morphing in that many increments
   */
  public RbfMorphing withSteps(int increments) {
    return new RbfMorphing(kernel, supportRadius, increments);
  }

  /**
   * @param mesh the mesh
   * @return the nodes on its topological boundary (outer boundary and holes), ascending
   */
  public static int[] boundaryNodes(TriangleMesh mesh) {
    TreeSet<Integer> nodes = new TreeSet<>();
    for (int node : mesh.topologicalBoundary()) {
      nodes.add(node);
    }
    return nodes.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Morphs a mesh so that its control nodes move by the given displacements.
   *
   * @param mesh the mesh to morph
   * @param controlNodes the nodes whose displacement is prescribed, distinct, at distinct
   *     positions and not all on one line; not modified
   * @param displacements {@code [dx0, dy0, dx1, dy1, ...]}, one pair per control node, in the
   *     mesh's length unit; not modified
   * @return the morphed mesh and its quality before and after
   * @throws GalerkinException if the inputs do not match, two control nodes coincide, the system
   *     is singular, or a triangle inverts
   */
  public MorphResult morph(TriangleMesh mesh, int[] controlNodes, double[] displacements) {
    validate(mesh, controlNodes, displacements);
    int m = controlNodes.length;
    double[] box = mesh.boundingBox();
    double cx = 0.5 * (box[0] + box[2]);
    double cy = 0.5 * (box[1] + box[3]);
    double scale = Math.hypot(box[2] - box[0], box[3] - box[1]);
    double[] xy = mesh.coordinates();
    double[] start = new double[2 * m];
    for (int j = 0; j < m; j++) {
      start[2 * j] = xy[2 * controlNodes[j]];
      start[2 * j + 1] = xy[2 * controlNodes[j] + 1];
    }
    double residual = 0;
    MorphResult result = null;
    for (int step = 1; step <= steps; step++) {
      double[] centres = new double[2 * m];
      double[] rx = new double[m + 3];
      double[] ry = new double[m + 3];
      for (int j = 0; j < m; j++) {
        int node = controlNodes[j];
        centres[2 * j] = (xy[2 * node] - cx) / scale;
        centres[2 * j + 1] = (xy[2 * node + 1] - cy) / scale;
        rx[j] = start[2 * j] + displacements[2 * j] * step / steps - xy[2 * node];
        ry[j] = start[2 * j + 1] + displacements[2 * j + 1] * step / steps - xy[2 * node + 1];
      }
      solve(centres, rx, ry, step);
      double[] moved = xy.clone();
      for (int i = 0; i < mesh.nodeCount(); i++) {
        double ux = (xy[2 * i] - cx) / scale;
        double uy = (xy[2 * i + 1] - cy) / scale;
        double sx = rx[m] + rx[m + 1] * ux + rx[m + 2] * uy;
        double sy = ry[m] + ry[m + 1] * ux + ry[m + 2] * uy;
        for (int j = 0; j < m; j++) {
          double ex = ux - centres[2 * j];
          double ey = uy - centres[2 * j + 1];
          double phi = phi(ex * ex + ey * ey);
          sx += rx[j] * phi;
          sy += ry[j] * phi;
        }
        moved[2 * i] += sx;
        moved[2 * i + 1] += sy;
      }
      for (int j = 0; j < m; j++) { // control nodes exactly on target
        int node = controlNodes[j];
        double tx = start[2 * j] + displacements[2 * j] * step / steps;
        double ty = start[2 * j + 1] + displacements[2 * j + 1] * step / steps;
        residual = Math.max(residual, Math.hypot(moved[2 * node] - tx, moved[2 * node + 1] - ty));
        moved[2 * node] = tx;
        moved[2 * node + 1] = ty;
      }
      String method = "RbfMorphing (" + kernel + ", step " + step + " of " + steps + ")";
      result = MorphResult.check(method, mesh, moved, steps, residual, FIX); // throws on inversion
      xy = moved;
    }
    return result;
  }

  /** Solves the saddle-point system for both right-hand sides, in place. */
  private void solve(double[] centres, double[] rx, double[] ry, int step) {
    int m = centres.length / 2;
    int n = m + 3;
    double[] a = new double[n * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double ex = centres[2 * i] - centres[2 * j];
        double ey = centres[2 * i + 1] - centres[2 * j + 1];
        double v = phi(ex * ex + ey * ey);
        a[i * n + j] = v;
        a[j * n + i] = v;
      }
      double[] p = {1, centres[2 * i], centres[2 * i + 1]};
      for (int k = 0; k < 3; k++) {
        a[i * n + m + k] = p[k];
        a[(m + k) * n + i] = p[k];
      }
    }
    DenseLu lu;
    try {
      lu = new DenseLu(a, n, "the RBF system");
    } catch (GalerkinException e) {
      throw new GalerkinException(
          "RbfMorphing (step " + step + "): " + e.getMessage() + "; with " + m + " control nodes,"
              + " this happens when they all lie on one line (the linear part is then"
              + " undetermined) or nearly coincide; use control nodes that span the plane",
          e);
    }
    lu.solve(rx);
    lu.solve(ry);
  }

  /** φ as a function of the squared distance {@code r2 = r²}. */
  private double phi(double r2) {
    if (kernel == Kernel.THIN_PLATE_SPLINE) {
      return r2 > 0 ? 0.5 * r2 * Math.log(r2) : 0; // r² log r
    }
    double q = Math.sqrt(r2) / supportRadius;
    if (q >= 1) {
      return 0;
    }
    double u = 1 - q;
    return u * u * u * u * (4 * q + 1);
  }

  private static void validate(TriangleMesh mesh, int[] controlNodes, double[] displacements) {
    if (mesh == null || controlNodes == null || displacements == null) {
      throw new GalerkinException(
          "RbfMorphing.morph: " + (mesh == null ? "mesh" : controlNodes == null ? "controlNodes"
              : "displacements") + " is null");
    }
    if (controlNodes.length < 3) {
      throw new GalerkinException(
          "RbfMorphing.morph: " + controlNodes.length + " control nodes; give at least 3, not on"
              + " one line (typically every boundary node, RbfMorphing.boundaryNodes(mesh))");
    }
    if (displacements.length != 2 * controlNodes.length) {
      throw new GalerkinException(
          "RbfMorphing.morph: displacements has length " + displacements.length + " for "
              + controlNodes.length + " control nodes; expected " + 2 * controlNodes.length
              + " (dx, dy per control node)");
    }
    Map<Long, Integer> seen = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    for (int j = 0; j < controlNodes.length; j++) {
      int node = controlNodes[j];
      if (node < 0 || node >= mesh.nodeCount()) {
        throw new GalerkinException(
            "RbfMorphing.morph: control node " + j + " is node " + node + "; the mesh's nodes are"
                + " numbered 0 to " + (mesh.nodeCount() - 1));
      }
      if (!Double.isFinite(displacements[2 * j]) || !Double.isFinite(displacements[2 * j + 1])) {
        throw new GalerkinException(
            "RbfMorphing.morph: the displacement of control node " + node + " is ("
                + displacements[2 * j] + ", " + displacements[2 * j + 1] + "); it must be finite");
      }
      Integer twice = seen.put((long) node, j);
      if (twice != null) {
        throw new GalerkinException(
            "RbfMorphing.morph: node " + node + " is control node " + twice + " and " + j
                + "; list each control node once");
      }
      Integer other = positions.put(mesh.x(node) + "," + mesh.y(node), node);
      if (other != null) {
        throw new GalerkinException(
            "RbfMorphing.morph: control nodes " + other + " and " + node + " coincide at ("
                + mesh.x(node) + ", " + mesh.y(node) + "), which makes the RBF system singular;"
                + " merge the duplicate nodes or drop one from the control nodes");
      }
    }
  }
}
