package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcyScheme;
import dev.galerkin.solvers.darcy.DarcySolution;
import dev.galerkin.solvers.darcy.DarcySolver;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.random.CosineGaussianField;
import dev.galerkin.solvers.random.FieldTransform;
import dev.galerkin.solvers.random.RandomFieldPreset;
import java.util.List;
import java.util.Map;

/**
 * The FNO Darcy-flow dataset (Li et al., "Fourier Neural Operator for Parametric Partial
 * Differential Equations", ICLR 2021, §5.2): {@code −∇·(a∇u) = f} on the unit square,
 * {@code u = 0} on the boundary; {@code a} is a Gaussian random field with covariance
 * {@code (−Δ + 9I)^−2} (cosine series) thresholded to 12 where it is {@code ≥ 0} and 3 elsewhere;
 * solved on {@code s × s} nodes ({@code s = 421}) and stored every {@code stride}-th node (5: 85²).
 *
 * <p>Fields: input {@code a} {@code [r, r]}, output {@code u} {@code [r, r]},
 * {@code r = (s − 1)/stride + 1}; coordinates {@code x}, {@code y} {@code [r]}.
 *
 * <p>{@code --scheme fno} ({@link DarcyScheme#FNO}) solves as the script that made the paper's
 * files, {@code data_generation/darcy/solve_gwf.m}: the thresholded field is the coefficient at
 * the {@code s} cell centres {@code (i + ½)/s} (FNO's stored points), splined to the nodes,
 * arithmetic-mean faces, the solution splined back; the stored coordinates are then those cell
 * centres. The default {@code vertex} scheme keeps {@code a} and {@code u} at the nodes with
 * harmonic-mean faces.
 *
 * @param resolution nodes per side {@code s} of the solve, {@code >= 5}
 * @param stride store every {@code stride}-th node; {@code s − 1} must be divisible by it
 * @param forcing the constant right-hand side {@code f} ({@code 1})
 * @param high the coefficient where the latent field is {@code ≥ 0} ({@code 12})
 * @param low the coefficient elsewhere ({@code 3})
 * @param solver tolerance and iteration budget of the multigrid-preconditioned CG
 */
public record DarcyPreset(int resolution, int stride, double forcing, double high, double low,
    DarcyConfig solver) implements DatasetRecipe {

  /** Validates the parameters. */
  public DarcyPreset {
    DarcyLayout.check(resolution, stride, forcing);
    if (!(high > 0) || !(low > 0) || !Double.isFinite(high) || !Double.isFinite(low)) {
      throw new GalerkinException("--high = " + high + ", --low = " + low
          + ": both coefficients must be positive and finite");
    }
  }

  /** @return the paper's setup: 421² solve, stride 5 (85² stored), f = 1, a in {12, 3} */
  public static DarcyPreset fno() {
    return new DarcyPreset(421, 5, 1, 12, 3, DarcyConfig.defaults());
  }

  /** The options of {@code galerkin generate darcy}, with the paper's values as defaults. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("resolution", 421, "Nodes per side s of the solve"),
      OptionSpec.integer("stride", 5, "Store every stride-th node; s - 1 must be divisible by it;"
          + " 85 x 85 at the defaults"),
      PresetOptions.real("forcing", "1", "Constant source f"),
      PresetOptions.real("high", "12", "Coefficient where the GRF is >= 0"),
      PresetOptions.real("low", "3", "Coefficient where the GRF is < 0"),
      PresetOptions.real("tolerance", "1e-8", "Relative residual at which CG stops"),
      OptionSpec.choice("scheme", DarcyScheme.VERTEX, "Discretisation: vertex (a and u at the"
          + " nodes, harmonic-mean faces) or fno (FNO's solve_gwf.m: a at the cell centres"
          + " splined to the nodes, arithmetic-mean faces, u splined back; matches the published"
          + " files) or arithmetic (a and u at the nodes, arithmetic-mean faces, as PDEBench)",
          DarcyScheme.class));

  /** @return the preset for values of {@link #OPTIONS} */
  public static DarcyPreset from(OptionValues v) {
    return new DarcyPreset(v.getInt("resolution"), v.getInt("stride"), v.getDouble("forcing"),
        v.getDouble("high"), v.getDouble("low"),
        DarcyConfig.defaults().withTolerance(v.getDouble("tolerance"))
            .withScheme(v.getEnum("scheme", DarcyScheme.class)));
  }

  @Override
  public String name() {
    return "darcy";
  }

  @Override
  public List<FieldSpec> fields() {
    return DarcyLayout.fields(resolution, stride);
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return DarcyLayout.coordinates(resolution, stride, solver.scheme());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = DarcyLayout.attributes("a = " + high + " where w >= 0 else " + low
        + ", w ~ GRF (-Laplacian + 9 I)^-2 by cosine series on " + resolution + "^2 nodes",
        resolution, stride, forcing, solver);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "coefficients", new double[] {high, low});
    a.put("source", "Li et al., Fourier Neural Operator for Parametric PDEs, ICLR 2021");
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
    CosineGaussianField<Grid2D> latent = RandomFieldPreset.fnoDarcyGaussian(resolution);
    FieldTransform threshold = new FieldTransform.Threshold(0, high, low);
    DarcySolver darcy = new DarcySolver(grid, solver);
    double[] a = new double[grid.nodes()];
    return (rng, index, out) -> {
      latent.sample(rng, a);
      threshold.apply(a, a);
      DarcySolution sol = darcy.solve(a, forcing);
      System.arraycopy(grid.subsample(a, stride), 0, out[0], 0, out[0].length);
      System.arraycopy(sol.subsample(stride), 0, out[1], 0, out[1].length);
    };
  }
}
