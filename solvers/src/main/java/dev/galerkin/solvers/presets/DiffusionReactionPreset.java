package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.reaction.DiffusionReactionConfig;
import dev.galerkin.solvers.reaction.DiffusionReactionSolver;
import org.apache.commons.rng.UniformRandomProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDEBench 1D diffusion–reaction dataset (Takamoto et al., "PDEBench: An Extensive Benchmark
 * for Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks):
 * {@code u_t − ν u_xx − ρ u(1 − u) = 0} on the periodic unit interval, {@code t ∈ (0, 1]}.
 *
 * <p>Initial fields follow PDEBench's description: a superposition of two sine waves
 * {@code Σ A_i sin(2π n_i x + φ_i)} with {@code n_i} uniform in {@code 1 … 8}, {@code A_i} uniform
 * in {@code [0, 1)}, {@code φ_i} uniform in {@code [0, 2π)}, then the absolute value scaled to a
 * maximum of 1, so {@code u0 ∈ [0, 1]}. Solved pseudo-spectrally with ETDRK4 on {@code n} nodes
 * (1024) and stored every {@code stride}-th node.
 *
 * <p>Fields: input {@code a = u0} {@code [r]}, output {@code u} {@code [T, r]}; coordinates
 * {@code x} {@code [r]}, {@code t} {@code [T]}.
 *
 * @param solver diffusivity ν, rate ρ, nodes and the largest step
 * @param stride store every {@code stride}-th node; it must divide the node count
 * @param times the output times
 */
public record DiffusionReactionPreset(DiffusionReactionConfig solver, int stride, OutputTimes times)
    implements DatasetRecipe {
  private static final int WAVES = 2;
  private static final int MAX_WAVENUMBER = 8;

  /** Validates that the reaction is logistic and the stride fits the grid. */
  public DiffusionReactionPreset {
    if (!solver.reaction().isLogistic()) {
      throw new dev.galerkin.GalerkinException("diffusion-reaction is PDEBench's logistic case rho"
          + " u (1 - u); got R(u) = " + solver.reaction().formula() + "; use fisher-multiform"
          + " (FisherMultiformPreset) for other reactions");
    }
    solver.grid().subsample(stride);
  }

  /** @return PDEBench's setup at (ν, ρ): 1024 nodes, stride 4, 100 outputs up to t = 1 */
  public static DiffusionReactionPreset pdebench(double nu, double rho) {
    return new DiffusionReactionPreset(DiffusionReactionConfig.pdebench(nu, rho, 1e-3), 4,
        new OutputTimes(1, 100));
  }

  private Grid1D stored() {
    return solver.grid().subsample(stride);
  }

  /** The options of {@code galerkin generate diffusion-reaction}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 1024, "Nodes n of the solve, even"),
      OptionSpec.integer("stride", 4, "Store every stride-th node; it must divide n"),
      PresetOptions.real("nu", "0.5", "Diffusivity nu > 0; PDEBench: 0.5, 1, 2, 5"),
      PresetOptions.real("rho", "1", "Reaction rate rho; PDEBench: 1, 2, 5, 10"),
      PresetOptions.real("dt-max", "1e-3", "Largest time step")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (100 times to t = 1 unless given) */
  public static DiffusionReactionPreset from(OptionValues v) {
    DiffusionReactionConfig config = DiffusionReactionConfig.builder()
        .diffusivity(v.getDouble("nu")).rate(v.getDouble("rho")).nodes(v.getInt("resolution"))
        .dtMax(v.getDouble("dt-max")).build();
    return new DiffusionReactionPreset(config, v.getInt("stride"),
        PresetOptions.times(v, new OutputTimes(1, 100)));
  }

  @Override
  public String name() {
    return "diffusion-reaction";
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
    a.put(DatasetAttributes.PDE, "diffusion-reaction: u_t - nu u_xx - rho u (1 - u) = 0, periodic on"
        + " [0, 1)");
    a.put(DatasetAttributes.GENERATOR, "u0 = |sum of 2 sine waves (n in 1..8, A in [0,1), random"
        + " phase)| scaled to max 1");
    a.put(DatasetAttributes.SOLVER, "pseudo-spectral, 2/3 de-aliasing, ETDRK4, " + solver.nodes()
        + " nodes, dt <= " + solver.dtMax());
    a.put(DatasetAttributes.RESOLUTION, new long[] {stored().nodes()});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "nu", solver.diffusivity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "rho", solver.rate());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_nodes", (long) solver.nodes());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
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
    DiffusionReactionSolver dr = new DiffusionReactionSolver(solver);
    double[] x = grid.coordinates();
    double[] u0 = new double[grid.nodes()];
    double[] t = times.times();
    return (rng, index, out) -> {
      initialField(rng, x, u0);
      Trajectory traj = dr.solve(u0, t);
      System.arraycopy(grid.subsample(u0, stride), 0, out[0], 0, out[0].length);
      times.subsampleFrames(traj.values(), grid.nodes(), f -> grid.subsample(f, stride), out[1]);
    };
  }

  /** PDEBench-style initial field in {@code [0, 1]}; see the class comment. */
  static void initialField(UniformRandomProvider rng, double[] x, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int w = 0; w < WAVES; w++) {
      int n = 1 + rng.nextInt(MAX_WAVENUMBER);
      double amplitude = rng.nextDouble();
      double phase = 2 * Math.PI * rng.nextDouble();
      for (int i = 0; i < x.length; i++) {
        out[i] += amplitude * Math.sin(2 * Math.PI * n * x[i] + phase);
      }
    }
    double max = 0;
    for (double v : out) {
      max = Math.max(max, Math.abs(v));
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = max > 0 ? Math.abs(out[i]) / max : 0;
    }
  }
}
