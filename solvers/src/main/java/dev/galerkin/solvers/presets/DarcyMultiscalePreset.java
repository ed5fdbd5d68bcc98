package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcySolution;
import dev.galerkin.solvers.darcy.DarcySolver;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import java.util.List;
import java.util.Map;

/**
 * A multiscale elliptic problem with a smooth, oscillatory coefficient: {@code −∇·(a∇u) = f} on the
 * unit square, {@code u = 0} on the boundary, with the trigonometric coefficient of the HANO and
 * MgNO benchmarks (Liu, Xu, Zhang, "Mitigating spectral bias for the multiscale operator learning",
 * J. Comput. Phys. 2024; He, Liu, Xu, MgNO, ICLR 2024)
 *
 * <pre>
 *   a(x, y) = Π_{k=1..K} (1 + ½ cos(a_k π (x + y))) (1 + ½ sin(a_k π (y − 3x))),   a_k ~ U[−K, K]
 * </pre>
 *
 * with {@code K = 6} and {@code f = 1}, as the MgNO issue states it (the authors ship their data,
 * not the script that made it; the formula follows the HANO paper's description). Solved with the
 * same finite-volume multigrid-CG solver as {@link DarcyPreset} (second order for smooth
 * coefficients), on {@code s × s} nodes, stored every {@code stride}-th node.
 *
 * <p>Fields: input {@code a} {@code [r, r]}, output {@code u} {@code [r, r]},
 * {@code r = (s − 1)/stride + 1}; coordinates {@code x}, {@code y} {@code [r]}.
 *
 * @param resolution nodes per side {@code s} of the solve, {@code >= 5}
 * @param stride store every {@code stride}-th node; {@code s − 1} must be divisible by it
 * @param scales {@code K}, the number of factors and the range of the frequencies, in {@code [1, 32]}
 * @param forcing the constant right-hand side {@code f}
 * @param solver tolerance and iteration budget of the multigrid-preconditioned CG
 */
public record DarcyMultiscalePreset(int resolution, int stride, int scales, double forcing,
    DarcyConfig solver) implements DatasetRecipe {

  /** Validates the parameters. */
  public DarcyMultiscalePreset {
    DarcyLayout.check(resolution, stride, forcing);
    if (scales < 1 || scales > 32) {
      throw new GalerkinException("--scales = " + scales + " is out of range [1, 32]");
    }
  }

  /** The options of {@code galerkin generate darcy-multiscale}. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("resolution", 421, "Nodes per side s of the solve"),
      OptionSpec.integer("stride", 5, "Store every stride-th node; s - 1 must be divisible by it;"
          + " 85 x 85 at the defaults"),
      OptionSpec.integer("scales", 6, "K: factors of the coefficient, frequencies a_k ~ U[-K, K]"),
      PresetOptions.real("forcing", "1", "Constant source f"),
      PresetOptions.real("tolerance", "1e-8", "Relative residual at which CG stops"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static DarcyMultiscalePreset from(OptionValues v) {
    return new DarcyMultiscalePreset(v.getInt("resolution"), v.getInt("stride"),
        v.getInt("scales"), v.getDouble("forcing"),
        DarcyConfig.defaults().withTolerance(v.getDouble("tolerance")));
  }

  /**
   * The coefficient at the nodes of {@code grid} for frequencies {@code freq}.
   *
   * @param out {@code a} at node {@code i·ny + j}; modified
   */
  static void coefficient(Grid2D grid, double[] freq, double[] out) {
    double[] x = grid.xCoordinates();
    double[] y = grid.yCoordinates();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        double a = 1;
        for (double f : freq) {
          a *= (1 + 0.5 * Math.cos(f * Math.PI * (x[i] + y[j])))
              * (1 + 0.5 * Math.sin(f * Math.PI * (y[j] - 3 * x[i])));
        }
        out[i * y.length + j] = a;
      }
    }
  }

  @Override
  public String name() {
    return "darcy-multiscale";
  }

  @Override
  public List<FieldSpec> fields() {
    return DarcyLayout.fields(resolution, stride);
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return DarcyLayout.coordinates(resolution, stride);
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = DarcyLayout.attributes("a = prod_k (1 + cos(a_k pi (x+y))/2)(1 +"
        + " sin(a_k pi (y-3x))/2), k = 1.." + scales + ", a_k ~ U[-" + scales + ", " + scales
        + "], on " + resolution + "^2 nodes", resolution, stride, forcing, solver);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "scales", (long) scales);
    a.put("source", "Liu, Xu, Zhang, HANO, J. Comput. Phys. 2024; He, Liu, Xu, MgNO, ICLR 2024");
    return a;
  }

  /** @return u = 0 on the four sides: Dirichlet on both axes */
  @Override
  public List<BoundaryCondition> boundary() {
    return DarcyLayout.BOUNDARY;
  }

  @Override
  public SampleMaker newMaker() {
    Grid2D grid = DarcyLayout.solveGrid(resolution);
    DarcySolver darcy = new DarcySolver(grid, solver);
    double[] a = new double[grid.nodes()];
    double[] freq = new double[scales];
    return (rng, index, out) -> {
      for (int k = 0; k < scales; k++) {
        freq[k] = scales * (2 * rng.nextDouble() - 1);
      }
      coefficient(grid, freq, a);
      DarcySolution sol = darcy.solve(a, forcing);
      System.arraycopy(grid.subsample(a, stride), 0, out[0], 0, out[0].length);
      System.arraycopy(grid.subsample(sol.u(), stride), 0, out[1], 0, out[1].length);
    };
  }
}
