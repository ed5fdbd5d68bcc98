package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcyGeometry;
import dev.galerkin.solvers.darcy.DarcyMask;
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
 * Darcy flow on several geometries, the Darcy tasks of the multi-task DeepONet (Kumar et al.,
 * <i>Synergistic learning with multi-task DeepONet for efficient PDE problem solving</i>, 2024):
 * {@code −∇·(a∇u) = f} on a domain given by a binary mask on the unit square's nodes ({@link
 * DarcyGeometry}: square, disk, triangle for training; {@code l}, {@code pentagon} held out),
 * {@code u = 0} outside the mask and on its boundary. The coefficient is that of {@link DarcyPreset}: a
 * Gaussian random field {@code (−Δ + 9I)^−2} thresholded to 12 / 3, used inside the mask.
 *
 * <p>Sample {@code i} takes geometry {@code geometries[i mod G]} (so the geometries are balanced
 * exactly, and sample {@code i} depends on {@code (seed, i)} only) and draws its coefficient from
 * its own stream. Solved by {@link DarcySolver} with a {@link DarcyMask} (vertex scheme, staircase
 * boundary: about first order on curved shapes, measured) on {@code s × s} nodes ({@code s = 101},
 * spacing 1/100: the multigrid takes any size, and 101 is the node count nearest 100² with a round
 * spacing) and stored every {@code stride}-th node.
 *
 * <p>Fields: inputs {@code a} {@code [r, r]} (the coefficient times the mask: zero outside),
 * {@code mask} {@code [r, r]} (1 inside, 0 outside), {@code geometry_id} {@code [1]} (the {@link
 * DarcyGeometry} ordinal: 0 square, 1 disk, 2 triangle, 3 l, 4 pentagon), output {@code u} {@code
 * [r, r]} (zero outside); coordinates {@code x}, {@code y} {@code [r]}.
 *
 * @param resolution nodes per side {@code s} of the solve, {@code >= 5}
 * @param stride store every {@code stride}-th node; {@code s − 1} must be divisible by it
 * @param forcing the constant right-hand side {@code f} ({@code 1})
 * @param high the coefficient where the latent field is {@code ≥ 0} ({@code 12})
 * @param low the coefficient elsewhere ({@code 3})
 * @param solver tolerance and iteration budget (vertex scheme)
 * @param geometries the domains, cycled over the samples; non-empty, no repeats
 */
public record DarcyGeometriesPreset(int resolution, int stride, double forcing, double high,
    double low, DarcyConfig solver, List<DarcyGeometry> geometries) implements DatasetRecipe {

  /** The training geometries, the default of {@code --geometry}. */
  public static final List<DarcyGeometry> TRAINING =
      List.of(DarcyGeometry.SQUARE, DarcyGeometry.DISK, DarcyGeometry.TRIANGLE);

  /** Validates the parameters, naming the options. */
  public DarcyGeometriesPreset {
    DarcyLayout.check(resolution, stride, forcing);
    if (!(high > 0) || !(low > 0) || !Double.isFinite(high) || !Double.isFinite(low)) {
      throw new GalerkinException("--high = " + high + ", --low = " + low
          + ": both coefficients must be positive and finite");
    }
    if (geometries == null || geometries.isEmpty()
        || geometries.stream().distinct().count() != geometries.size()) {
      throw new GalerkinException("--geometry = " + geometries + ": give one or more of square,"
          + " disk, triangle, l, pentagon, each once");
    }
    geometries = List.copyOf(geometries);
    if (solver == null) {
      throw new GalerkinException("DarcyGeometriesPreset.solver is null; pass"
          + " DarcyConfig.defaults()");
    }
    for (DarcyGeometry g : geometries) {
      g.mask(DarcyLayout.solveGrid(resolution)); // names a grid too coarse for the shape
    }
  }

  /** @return the defaults: 101² solve stored at 101², f = 1, a in {12, 3}, square/disk/triangle */
  public static DarcyGeometriesPreset defaults() {
    return new DarcyGeometriesPreset(101, 1, 1, 12, 3, DarcyConfig.defaults(), TRAINING);
  }

  /** The options of {@code galerkin generate darcy-geometries}. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("resolution", 101, "Nodes per side s of the solve (spacing 1/(s - 1))"),
      OptionSpec.integer("stride", 1, "Store every stride-th node; s - 1 must be divisible by it"),
      OptionSpec.text("geometry", "square,disk,triangle", "Domains, comma-separated, cycled over"
          + " the samples: square, disk, triangle (training), l, pentagon (held out)"),
      PresetOptions.real("forcing", "1", "Constant source f"),
      PresetOptions.real("high", "12", "Coefficient where the GRF is >= 0"),
      PresetOptions.real("low", "3", "Coefficient where the GRF is < 0"),
      PresetOptions.real("tolerance", "1e-8", "Relative residual at which CG stops"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static DarcyGeometriesPreset from(OptionValues v) {
    return new DarcyGeometriesPreset(v.getInt("resolution"), v.getInt("stride"),
        v.getDouble("forcing"), v.getDouble("high"), v.getDouble("low"),
        DarcyConfig.defaults().withTolerance(v.getDouble("tolerance")),
        PresetOptions.enumList("geometry", v.getString("geometry"), DarcyGeometry.class));
  }

  @Override
  public String name() {
    return "darcy-geometries";
  }

  @Override
  public List<FieldSpec> fields() {
    int r = DarcyLayout.stored(resolution, stride);
    Shape s = Shape.of(r, r);
    return List.of(new FieldSpec("a", FieldRole.INPUT, s),
        new FieldSpec("mask", FieldRole.INPUT, s),
        new FieldSpec("geometry_id", FieldRole.INPUT, Shape.of(1)),
        new FieldSpec("u", FieldRole.OUTPUT, s));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return DarcyLayout.coordinates(resolution, stride);
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = DarcyLayout.attributes("a = " + high + " where w >= 0 else " + low
        + ", w ~ GRF (-Laplacian + 9 I)^-2 by cosine series on " + resolution + "^2 nodes, stored"
        + " times the mask; geometry = geometries[i mod " + geometries.size() + "]", resolution,
        stride, forcing, solver);
    a.put(DatasetAttributes.PDE, "darcy on a masked domain: -div(a grad u) = f where mask = 1, u ="
        + " 0 where mask = 0 and on the boundary of (0,1)^2");
    a.put(DatasetAttributes.SOLVER, solver.scheme().description() + " on the mask-1 nodes"
        + " (staircase boundary, identity rows outside); CG preconditioned by a Galerkin multigrid"
        + " V-cycle");
    StringBuilder g = new StringBuilder();
    for (DarcyGeometry geometry : geometries) {
      g.append(g.length() == 0 ? "" : "; ").append("geometry_id ").append(geometry.ordinal())
          .append(" = ").append(geometry.label());
    }
    a.put(DatasetAttributes.PARAMETER_PREFIX + "geometries", g.toString());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "coefficients", new double[] {high, low});
    a.put("source", "Kumar et al., Synergistic Learning with Multi-Task DeepONet for Efficient PDE"
        + " Problem Solving, 2024; coefficient of Li et al., FNO, ICLR 2021");
    return a;
  }

  /** @return u = 0 on the four sides (and outside the mask): Dirichlet on both axes */
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
    DarcyMask[] masks = geometries.stream().map(g -> g.mask(grid)).toArray(DarcyMask[]::new);
    double[][] maskValues = java.util.Arrays.stream(masks).map(DarcyMask::values)
        .toArray(double[][]::new);
    double[] a = new double[grid.nodes()];
    return (rng, index, out) -> {
      int g = (int) (index % geometries.size());
      latent.sample(rng, a);
      threshold.apply(a, a);
      DarcySolution sol = darcy.solve(a, forcing, masks[g]);
      double[] m = maskValues[g];
      for (int k = 0; k < a.length; k++) {
        a[k] *= m[k];
      }
      System.arraycopy(grid.subsample(a, stride), 0, out[0], 0, out[0].length);
      System.arraycopy(grid.subsample(m, stride), 0, out[1], 0, out[1].length);
      out[2][0] = geometries.get(g).ordinal();
      System.arraycopy(grid.subsample(sol.u(), stride), 0, out[3], 0, out[3].length);
    };
  }
}
