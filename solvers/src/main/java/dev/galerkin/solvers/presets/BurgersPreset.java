package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.burgers.BurgersSolver;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.random.PeriodicGaussianField;
import dev.galerkin.solvers.random.WhittleMaternCovariance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FNO Burgers dataset (Li et al., "Fourier Neural Operator for Parametric PDEs", ICLR 2021,
 * §5.1): {@code u_t + (u²/2)_x = ν u_xx} on the periodic unit interval, {@code u0 ~ N(0,
 * 625(−Δ + 25I)^−2)}, solved pseudo-spectrally with ETDRK4 on {@code n} nodes (8192) and stored
 * every {@code stride}-th node (8: 1024).
 *
 * <p>Fields: input {@code a = u0} {@code [r]}, output {@code u} {@code [T, r]} at the output times;
 * coordinates {@code x} {@code [r]}, {@code t} {@code [T]}.
 *
 * <p>The released FNO data files were made with a different covariance than the paper states
 * ({@code 2401(−Δ + 49I)^−2.5}, from {@code gen_burgers1.m}); pass it as {@code initial} to match
 * them.
 *
 * @param solver viscosity, nodes of the solve and the largest time step
 * @param initial the covariance {@code σ²(−Δ + τ²I)^−α} of the initial field
 * @param stride store every {@code stride}-th node; it must divide the node count
 * @param times the output times
 */
public record BurgersPreset(BurgersConfig solver, WhittleMaternCovariance initial, int stride,
    OutputTimes times) implements DatasetRecipe {

  /** The paper's initial-field covariance, {@code 625(−Δ + 25I)^−2}, mean zero. */
  public static final WhittleMaternCovariance FNO_INITIAL = new WhittleMaternCovariance(625, 5, 2, true);

  /** Validates that the stride fits the grid. */
  public BurgersPreset {
    solver.grid().subsample(stride);
  }

  /** @return the paper's setup at viscosity {@code nu}: 8192 nodes, stride 8, u at t = 1 */
  public static BurgersPreset fno(double nu) {
    return new BurgersPreset(BurgersConfig.fno(nu, BurgersConfig.FNO_DT_MAX), FNO_INITIAL, 8,
        new OutputTimes(1, 1));
  }

  private Grid1D stored() {
    return solver.grid().subsample(stride);
  }

  /** The options of {@code galerkin generate burgers}, with the paper's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 8192, "Nodes n of the solve, even"),
      OptionSpec.integer("stride", 8, "Store every stride-th node; it must divide n; 1024 stored at"
          + " the defaults"),
      PresetOptions.real("viscosity", "0.1", "Viscosity nu > 0"),
      PresetOptions.real("dt-max", "2e-3", "Largest time step")),
      PresetOptions.GRF, PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (u at t = 1 unless the times are given) */
  public static BurgersPreset from(OptionValues v) {
    BurgersConfig config = BurgersConfig.builder().viscosity(v.getDouble("viscosity"))
        .nodes(v.getInt("resolution")).dtMax(v.getDouble("dt-max")).build();
    return new BurgersPreset(config, PresetOptions.covariance(v, FNO_INITIAL), v.getInt("stride"),
        PresetOptions.times(v, new OutputTimes(1, 1)));
  }

  @Override
  public String name() {
    return "burgers";
  }

  @Override
  public List<FieldSpec> fields() {
    return times.fields1D(stored());
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(stored());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "burgers: u_t + (u^2/2)_x = nu u_xx, periodic on [0, 1)");
    a.put(DatasetAttributes.GENERATOR, "u0 ~ GRF " + initial.sigma2() + " (-Laplacian + " + initial.tau()
        + "^2 I)^-" + initial.alpha() + ", periodic" + (initial.zeroMean() ? ", mean zero" : ""));
    a.put(DatasetAttributes.SOLVER, "pseudo-spectral, 2/3 de-aliasing, ETDRK4 (Cox-Matthews,"
        + " Kassam-Trefethen contour coefficients), " + solver.nodes() + " nodes, dt <= "
        + solver.dtMax());
    a.put(DatasetAttributes.RESOLUTION, new long[] {stored().nodes()});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "viscosity", solver.viscosity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_nodes", (long) solver.nodes());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "dt_max", solver.dtMax());
    a.put("source", "Li et al., Fourier Neural Operator for Parametric PDEs, ICLR 2021");
    return a;
  }

  /** @return periodic in x */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.PERIODIC);
  }

  @Override
  public SampleMaker newMaker() {
    Grid1D grid = solver.grid();
    PeriodicGaussianField<Grid1D> field = PeriodicGaussianField.on(grid, initial);
    BurgersSolver burgers = new BurgersSolver(solver);
    double[] u0 = new double[grid.nodes()];
    double[] t = times.times();
    return (rng, index, out) -> {
      field.sample(rng, u0);
      Trajectory traj = burgers.solve(u0, t);
      System.arraycopy(grid.subsample(u0, stride), 0, out[0], 0, out[0].length);
      times.subsampleFrames(traj.values(), grid.nodes(), f -> grid.subsample(f, stride), out[1]);
    };
  }
}
