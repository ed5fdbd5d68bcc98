package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcyScheme;
import dev.galerkin.solvers.generate.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Darcy presets ({@link DarcyPreset}, {@link DarcyMultiscalePreset}) share: a unit-square
 * solve on {@code s × s} nodes with {@code u = 0} on the boundary, stored every {@code stride}-th
 * node as {@code a}, {@code u} {@code [r, r]} with coordinates {@code x}, {@code y}, and the
 * solver's provenance. They differ only in the coefficient.
 */
final class DarcyLayout {
  /** Dirichlet on both axes. */
  static final List<BoundaryCondition> BOUNDARY =
      List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.DIRICHLET);

  private DarcyLayout() {}

  /** Validates the solve size, the stride and the forcing, naming the options. */
  static void check(int resolution, int stride, double forcing) {
    if (resolution < 5) {
      throw new GalerkinException("--resolution = " + resolution + " is out of range; Darcy needs at"
          + " least 5 nodes per side");
    }
    if (stride < 1) {
      throw new GalerkinException("--stride = " + stride + " is out of range; it must be at least 1");
    }
    solveGrid(resolution).subsample(stride); // names the strides that fit
    if (!Double.isFinite(forcing)) {
      throw new GalerkinException("--forcing = " + forcing + " must be finite");
    }
  }

  static Grid2D solveGrid(int resolution) {
    return Grid2D.unitSquare(resolution, Boundary.DIRICHLET);
  }

  static int stored(int resolution, int stride) {
    return (resolution - 1) / stride + 1;
  }

  static List<FieldSpec> fields(int resolution, int stride) {
    int r = stored(resolution, stride);
    Shape s = Shape.of(r, r);
    return List.of(new FieldSpec("a", FieldRole.INPUT, s), new FieldSpec("u", FieldRole.OUTPUT, s));
  }

  static Map<String, NdArray> coordinates(int resolution, int stride) {
    return coordinates(resolution, stride, DarcyScheme.VERTEX);
  }

  /**
   * @return the stored points: every stride-th node, or with the fno scheme every stride-th cell
   *     centre {@code (i + ½)/s}, where solve_gwf.m returns the solution
   */
  static Map<String, NdArray> coordinates(int resolution, int stride, DarcyScheme scheme) {
    Grid2D g = solveGrid(resolution).subsample(stride);
    int r = stored(resolution, stride);
    double[] x = g.xCoordinates();
    double[] y = g.yCoordinates();
    if (scheme == DarcyScheme.FNO) {
      for (int k = 0; k < r; k++) {
        x[k] = (k * stride + 0.5) / resolution;
        y[k] = x[k];
      }
    }
    Map<String, NdArray> c = new LinkedHashMap<>();
    c.put("x", DoubleArray.wrap(Shape.of(r), x));
    c.put("y", DoubleArray.wrap(Shape.of(r), y));
    return c;
  }

  /** @return the PDE, generator, solver and grid attributes, in that order (add the rest) */
  static Map<String, Object> attributes(String generator, int resolution, int stride,
      double forcing, DarcyConfig solver) {
    int r = stored(resolution, stride);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "darcy: -div(a grad u) = f on (0,1)^2, u = 0 on the boundary");
    a.put(DatasetAttributes.GENERATOR, generator);
    a.put(DatasetAttributes.SOLVER, solver.scheme().description() + "; CG preconditioned by a"
        + " Galerkin multigrid V-cycle");
    if (solver.scheme() == DarcyScheme.FNO) {
      a.put(DatasetAttributes.PARAMETER_PREFIX + "scheme", "fno");
    }
    a.put(DatasetAttributes.SOLVER_TOLERANCE, solver.tolerance());
    a.put(DatasetAttributes.RESOLUTION, new long[] {r, r});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_resolution", (long) resolution);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "forcing", forcing);
    return a;
  }
}
