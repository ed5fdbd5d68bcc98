package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid1D;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PDEBench 2D Darcy-flow dataset (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * data_gen_NLE/ReactionDiffusionEq/reaction_diffusion_2D_multi_solution_Hydra.py} with {@code
 * config/multi/config_2D.yaml}): {@code −∇·(a∇u) = β}, {@code u = 0} on the boundary, on the
 * {@code s × s} cell centres {@code ((i + ½)/s, (j + ½)/s)} of the unit square, {@code s = 128}.
 * Their files have {@code β ∈ {0.01, 0.1, 1, 10, 100}}; the config's default is 1.
 *
 * <p><b>Coefficient</b> (their code; not an FNO-style thresholded Gaussian random field): five
 * Gaussian bumps {@code w = Σ_{m=1..5} exp(−((x − x_m)² + (y − y_m)²)/σ_m)}, {@code x_m, y_m ~
 * U[0, 1)}, {@code σ_m ~ ½ U(0, 1]} (their {@code σ} divides the squared distance as written),
 * thresholded at the mean of {@code w}: {@code a = 1} where {@code w} is above it, {@code 0.1}
 * elsewhere. PDEBench takes the mean over the whole batch of samples it generates at once; we take
 * each sample's own mean, so a sample does not depend on the others.
 *
 * <p><b>Solve.</b> The existing {@link DarcySolver} on the nodes {@code (i − ½)/s}, {@code i = 0 …
 * s + 1}: the interior nodes are PDEBench's cell centres and {@code u = 0} at the outer ring, half
 * a cell outside the square, where PDEBench's ghost cells hold zero; the outer ring's {@code a}
 * copies its neighbour, as their ghost coefficient, so the boundary faces carry the cell's own
 * {@code a}. (So the discrete problem is PDEBench's: a second-order scheme on the square widened
 * by half a cell, which differs from the unit-square problem by {@code O(h)}.) {@code --scheme
 * arithmetic} (default) takes PDEBench's arithmetic-mean faces, {@code vertex} harmonic-mean
 * ones. PDEBench reaches the steady state by marching {@code u_t = ∇·(a∇u) +
 * β} from a random field to {@code t = 2} and keeps the last frame; we solve the steady problem to
 * the CG tolerance; {@code u} is linear in {@code β} to round-off ({@code
 * DarcyPdebenchPresetTest}).
 *
 * <p>Fields: input {@code a} {@code [s, s]}, output {@code u} {@code [s, s]} (index {@code [i, j]}
 * at {@code (x_i, y_j)}); coordinates {@code x}, {@code y} {@code [s]}; {@code param.beta}.
 *
 * @param resolution the cells {@code s} per side, {@code >= 4}
 * @param beta the constant source {@code β > 0}
 * @param solver the discretisation ({@code arithmetic} or {@code vertex}) and CG settings
 */
public record DarcyPdebenchPreset(int resolution, double beta, DarcyConfig solver)
    implements DatasetRecipe {
  /** Bumps in the latent field. */
  static final int BUMPS = 5;
  /** The coefficient above the threshold. */
  static final double HIGH = 1;
  /** The coefficient below it. */
  static final double LOW = 0.1;

  /** Validates the values, in one line naming the fix. */
  public DarcyPdebenchPreset {
    if (resolution < 4) {
      throw new GalerkinException("--resolution = " + resolution + " is too small; use at least 4"
          + " cells per side (PDEBench: 128)");
    }
    if (!(beta > 0) || !Double.isFinite(beta)) {
      throw new GalerkinException("--beta = " + beta + " is not a finite source > 0; pass e.g. one"
          + " of PDEBench's 0.01, 0.1, 1, 10, 100");
    }
    if (solver.scheme() == DarcyScheme.FNO) {
      throw new GalerkinException("--scheme fno is FNO's spline convention; darcy-pdebench takes"
          + " arithmetic (PDEBench's faces) or vertex");
    }
  }

  /** @return PDEBench's setup at {@code beta}: 128² cells, arithmetic faces, tolerance 1e-8 */
  public static DarcyPdebenchPreset pdebench(double beta) {
    return new DarcyPdebenchPreset(128, beta,
        DarcyConfig.defaults().withScheme(DarcyScheme.ARITHMETIC));
  }

  /** The options of {@code galerkin generate darcy-pdebench}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("resolution", 128, "Cells s per side of the unit square (PDEBench: 128)"),
      PresetOptions.real("beta", "1.0", "Constant source beta > 0 (dimensionless, as a and u);"
          + " PDEBench's files: 0.01, 0.1, 1, 10, 100"),
      OptionSpec.choice("scheme", DarcyScheme.ARITHMETIC, "Face coefficients: arithmetic"
          + " (PDEBench's) or vertex (harmonic means); fno is refused", DarcyScheme.class),
      PresetOptions.real("tolerance", "1e-8", "Relative residual at which CG stops"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static DarcyPdebenchPreset from(OptionValues v) {
    return new DarcyPdebenchPreset(v.getInt("resolution"), v.getDouble("beta"),
        DarcyConfig.defaults().withTolerance(v.getDouble("tolerance"))
            .withScheme(v.getEnum("scheme", DarcyScheme.class)));
  }

  @Override
  public String name() {
    return "darcy-pdebench";
  }

  @Override
  public List<FieldSpec> fields() {
    Shape s = Shape.of(resolution, resolution);
    return List.of(new FieldSpec("a", FieldRole.INPUT, s), new FieldSpec("u", FieldRole.OUTPUT, s));
  }

  /** @return the cell centres {@code (i + ½)/s} */
  static double[] centres(int s) {
    double[] x = new double[s];
    for (int i = 0; i < s; i++) {
      x[i] = (i + 0.5) / s;
    }
    return x;
  }

  @Override
  public Map<String, NdArray> coordinates() {
    Map<String, NdArray> c = new LinkedHashMap<>();
    c.put("x", DoubleArray.wrap(Shape.of(resolution), centres(resolution)));
    c.put("y", DoubleArray.wrap(Shape.of(resolution), centres(resolution)));
    return c;
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "darcy: -div(a grad u) = beta on (0,1)^2, u = 0 half a cell"
        + " outside the boundary (PDEBench's ghost cells)");
    a.put(DatasetAttributes.GENERATOR, "a = " + HIGH + " where w > mean(w) else " + LOW
        + ", w = sum of " + BUMPS + " exp(-|x - c_m|^2 / s_m), c_m ~ U[0,1)^2, s_m ~ U(0, 0.5] (PDEBench)");
    a.put(DatasetAttributes.SOLVER, solver.scheme().description() + " on the " + (resolution + 2)
        + "^2 nodes (i - 1/2)/s; CG preconditioned by a Galerkin multigrid V-cycle");
    a.put(DatasetAttributes.SOLVER_TOLERANCE, solver.tolerance());
    a.put(DatasetAttributes.RESOLUTION, new long[] {resolution, resolution});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "beta", beta);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "scheme", solver.scheme().label());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "coefficients", new double[] {HIGH, LOW});
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
    return a;
  }

  /** @return u = 0 on the four sides: Dirichlet on both axes */
  @Override
  public List<BoundaryCondition> boundary() {
    return DarcyLayout.BOUNDARY;
  }

  /** @return the solve grid: {@code s + 2} nodes {@code (i − ½)/s} per axis */
  static Grid2D solveGrid(int s) {
    Grid1D axis = Grid1D.bounded(-0.5 / s, 1 + 0.5 / s, s + 2);
    return new Grid2D(axis, axis);
  }

  /**
   * PDEBench's coefficient at the cell centres; see the class comment.
   *
   * @param x the centres of one side, length {@code s}
   * @param out the coefficient {@code [s, s]} row-major ({@code [i, j]} at {@code (x_i, x_j)});
   *     modified
   */
  static void coefficient(UniformRandomProvider rng, double[] x, double[] out) {
    double[] cx = new double[BUMPS];
    double[] cy = new double[BUMPS];
    double[] width = new double[BUMPS];
    for (int m = 0; m < BUMPS; m++) {
      cx[m] = rng.nextDouble();
      cy[m] = rng.nextDouble();
      width[m] = 0.5 * (1 - rng.nextDouble());   // (0, ½]: no division by zero
    }
    int s = x.length;
    double mean = 0;
    for (int i = 0; i < s; i++) {
      for (int j = 0; j < s; j++) {
        double w = 0;
        for (int m = 0; m < BUMPS; m++) {
          double dx = x[i] - cx[m];
          double dy = x[j] - cy[m];
          w += Math.exp(-(dx * dx + dy * dy) / width[m]);
        }
        out[i * s + j] = w;
        mean += w;
      }
    }
    mean /= s * s;
    for (int k = 0; k < out.length; k++) {
      out[k] = out[k] > mean ? HIGH : LOW;
    }
  }

  @Override
  public SampleMaker newMaker() {
    int s = resolution;
    int n = s + 2;
    DarcySolver darcy = new DarcySolver(solveGrid(s), solver);
    double[] x = centres(s);
    double[] nodal = new double[n * n];
    return (rng, index, out) -> {
      coefficient(rng, x, out[0]);
      for (int i = 0; i < n; i++) {   // the outer ring copies its inner neighbour
        int ci = Math.min(Math.max(i - 1, 0), s - 1);
        for (int j = 0; j < n; j++) {
          int cj = Math.min(Math.max(j - 1, 0), s - 1);
          nodal[i * n + j] = out[0][ci * s + cj];
        }
      }
      DarcySolution sol = darcy.solve(nodal, beta);
      double[] u = sol.u();
      for (int i = 0; i < s; i++) {
        System.arraycopy(u, (i + 1) * n + 1, out[1], i * s, s);
      }
    };
  }
}
