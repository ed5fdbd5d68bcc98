package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.reaction2d.FitzHughNagumoConfig;
import dev.galerkin.solvers.reaction2d.FitzHughNagumoSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The PDEBench 2D diffusion–reaction dataset (Takamoto et al., "PDEBench: An Extensive Benchmark
 * for Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * pdebench/data_gen/configs/diff-react.yaml} and {@code src/sim_diff_react.py}): the
 * FitzHugh–Nagumo system {@code u_t = D_u Δu + u − u³ − k − v}, {@code v_t = D_v Δv + u − v} on
 * {@code (−1, 1)²} with no-flux sides, {@code D_u = 1e-3}, {@code D_v = 5e-3}, {@code k = 5e-3}
 * (PDEBench's metadata gives lengths in m and times in s), solved by {@link
 * FitzHughNagumoSolver}.
 *
 * <p><b>Samples.</b> As in PDEBench, {@code u0} and {@code v0} are independent standard normal
 * values in every cell (all of u first, then all of v, cells in the stored order); sample {@code
 * i} depends on {@code (seed, i)} alone (PDEBench seeds NumPy with {@code i}, so the values differ
 * but the distribution is the same).
 *
 * <p><b>Fields</b> (solved on {@code s²} cells, stored as the means of {@code stride × stride}
 * blocks, {@code r = s/stride}): input {@code a = q(t = 0)} {@code [r, r, 2]}, output {@code q =
 * (u, v)} {@code [T, r, r, 2]} at {@code t_k = k·T_final/T}, {@code k = 1 … T}; coordinates {@code
 * x}, {@code y} {@code [r]} (cell centres) and {@code t} {@code [T]}. The defaults, 128² cells and
 * 100 times to {@code t = 5}, with {@code a} are PDEBench's 101 stored times {@code 0, 0.05, …, 5}.
 * The space axes are x then y, as in the other 2D presets; PDEBench's {@code data} is {@code [t,
 * y, x, 2]}.
 *
 * @param solver the coefficients, grid and step rule
 * @param stride stored block size; it must divide the resolution
 * @param times the output times
 */
public record DiffusionReaction2DPreset(FitzHughNagumoConfig solver, int stride,
    OutputTimes times) implements DatasetRecipe {

  /**
   * Validates the stride against the grid.
   *
   * @throws GalerkinException naming the option, in one line
   */
  public DiffusionReaction2DPreset {
    int s = solver.grid().nx();
    if (solver.grid().ny() != s || solver.grid().xMin() != -1 || solver.grid().xMax() != 1
        || solver.grid().yMin() != -1 || solver.grid().yMax() != 1) {
      throw new GalerkinException("diffusion-reaction-2d is solved on (-1, 1)^2 with s x s cells;"
          + " pass a FitzHughNagumoConfig on CellGrid.rectangle(s, s, -1, 1, -1, 1)");
    }
    if (stride < 1 || s % stride != 0) {
      throw new GalerkinException("--stride = " + stride + " does not divide --resolution = " + s
          + "; pass a divisor of it");
    }
  }

  /** @return PDEBench's setup: 128² cells, stride 1, 100 outputs to t = 5 */
  public static DiffusionReaction2DPreset pdebench() {
    return new DiffusionReaction2DPreset(FitzHughNagumoConfig.pdebench(128), 1,
        new OutputTimes(5, 100));
  }

  /** The options of {@code galerkin generate diffusion-reaction-2d}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 128, "Cells per side s of the solve on (-1, 1)^2, >= 4"),
      OptionSpec.integer("stride", 1, "Store the means of stride x stride blocks; it must divide"
          + " s"),
      PresetOptions.real("du", "1e-3", "Diffusivity D_u >= 0 of the activator u, in length^2 per"
          + " time unit (domain (-1, 1)^2)"),
      PresetOptions.real("dv", "5e-3", "Diffusivity D_v >= 0 of the inhibitor v, in length^2 per"
          + " time unit"),
      PresetOptions.real("k", "5e-3", "Constant k of the reaction R_u = u - u^3 - k - v, finite"
          + " (R_v = u - v)")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (100 times to t = 5 unless given) */
  public static DiffusionReaction2DPreset from(OptionValues v) {
    int s = v.getInt("resolution");
    if (s < 4 || s > 8192) {
      throw new GalerkinException("--resolution = " + s + " is out of range; it must be in [4,"
          + " 8192]");
    }
    FitzHughNagumoConfig c = new FitzHughNagumoConfig(v.getDouble("du"), v.getDouble("dv"),
        v.getDouble("k"), true, CellGrid.rectangle(s, s, -1, 1, -1, 1), 0.05,
        FitzHughNagumoConfig.DEFAULT_SAFETY);
    return new DiffusionReaction2DPreset(c, v.getInt("stride"),
        PresetOptions.times(v, pdebench().times()));
  }

  private CellGrid storedGrid() {
    int r = solver.grid().nx() / stride;
    return CellGrid.rectangle(r, r, -1, 1, -1, 1);
  }

  @Override
  public String name() {
    return "diffusion-reaction-2d";
  }

  @Override
  public List<FieldSpec> fields() {
    int r = solver.grid().nx() / stride;
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(r, r, 2)),
        new FieldSpec("q", FieldRole.OUTPUT, Shape.of(times.count(), r, r, 2)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    CellGrid g = storedGrid();
    return times.coordinates2D(g.xCentres(), g.yCentres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "2D diffusion-reaction (FitzHugh-Nagumo): u_t = D_u Lap u + u -"
        + " u^3 - k - v, v_t = D_v Lap v + u - v on (-1, 1)^2, no-flux sides; q = (u, v)");
    a.put(DatasetAttributes.GENERATOR, "u0, v0: independent standard normal values in every cell");
    a.put(DatasetAttributes.SOLVER, "cell-centred finite volumes, 5-point Laplacian with mirrored"
        + " ghost cells, classical RK4, dt = min(" + solver.dtMax() + ", " + solver.safety()
        + " / (4 max(D_u, D_v)(1/dx^2 + 1/dy^2) + 3 max u^2 + 2))");
    int r = solver.grid().nx() / stride;
    a.put(DatasetAttributes.RESOLUTION, new long[] {r, r});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "du", solver.du());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "dv", solver.dv());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "k", solver.k());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_resolution", (long) solver.grid().nx());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
    return a;
  }

  /** @return no-flux (homogeneous Neumann) sides in x and y */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.NEUMANN, BoundaryCondition.NEUMANN);
  }

  @Override
  public SampleMaker newMaker() {
    CellGrid grid = solver.grid();
    FitzHughNagumoSolver fhn = new FitzHughNagumoSolver(solver);
    double[] t = times.times();
    int cells = grid.interiorCells();
    return (rng, index, out) -> {
      ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
      double[] q0 = new double[2 * cells];
      for (int m = 0; m < 2; m++) {
        for (int c = 0; c < cells; c++) {
          q0[2 * c + m] = normal.sample();
        }
      }
      Trajectory traj = fhn.solve(q0, t, "diffusion-reaction-2d");
      System.arraycopy(grid.coarsen(q0, 2, stride), 0, out[0], 0, out[0].length);
      times.subsampleFrames(traj.values(), q0.length, f -> grid.coarsen(f, 2, stride), out[1]);
    };
  }
}
