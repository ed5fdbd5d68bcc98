package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.sorption.DiffusionSorptionSolver;
import dev.galerkin.solvers.sorption.SorptionParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDEBench 1D diffusion–sorption dataset (Takamoto et al., "PDEBench: An Extensive Benchmark
 * for Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * configs/diff-sorp.yaml}, {@code src/sim_diff_sorp.py}): {@code u_t = D/R(u) u_xx} on {@code x ∈
 * (0, 1)} m, {@code t ∈ (0, 500]} s, Freundlich retardation ({@link SorptionParameters#PDEBENCH}),
 * inlet {@code u(0, t) = 1}, outlet {@code u(1, t) = −D u_x(1, t)}, 1024 cells.
 *
 * <p>Initial fields as PDEBench draws them: one number {@code u0 ~ U[0, 0.2)} per sample, the same
 * in every cell. Output times {@code t_k = 5k} s, {@code k = 1 … 100}: the published file's 101
 * times ({@code dt = 5} s in the same config's metadata; its {@code tdim: 501} would be every
 * second) without the repeated {@code t = 0}, which is the input. Solved by {@link
 * DiffusionSorptionSolver} (cell-centred finite differences, BDF2 with Newton).
 *
 * <p>Fields: input {@code a = u0} {@code [n]}, output {@code u} {@code [T, n]}; coordinates {@code
 * x} (cell centres {@code (i + ½)/n}, m) and {@code t} (s).
 *
 * @param parameters the constants of {@code R} and {@code D}
 * @param cells the cells {@code n}
 * @param dtMax the longest time step, s
 * @param initialMax {@code u0 ~ U[0, initialMax)}, {@code >= 0}
 * @param times the output times, s
 */
public record DiffusionSorptionPreset(SorptionParameters parameters, int cells, double dtMax,
    double initialMax, OutputTimes times) implements DatasetRecipe {

  /** Validates the values, in one line naming the fix. */
  public DiffusionSorptionPreset {
    new DiffusionSorptionSolver(parameters, cells, dtMax);
    if (!(initialMax >= 0) || !Double.isFinite(initialMax)) {
      throw new GalerkinException("--initial-max = " + initialMax + " is out of range; pass a"
          + " finite value >= 0 (PDEBench: 0.2)");
    }
  }

  /** @return PDEBench's setup: 1024 cells, 100 times up to t = 500 s */
  public static DiffusionSorptionPreset pdebench() {
    return new DiffusionSorptionPreset(SorptionParameters.PDEBENCH, 1024, DEFAULT_DT_MAX, 0.2,
        new OutputTimes(500, 100));
  }

  /** The default longest time step, s. */
  static final double DEFAULT_DT_MAX = 0.1;

  /** The options of {@code galerkin generate diffusion-sorption}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 1024, "Cells n on (0, 1) m (PDEBench: 1024)"),
      PresetOptions.real("diffusivity", "5e-4", "Diffusion coefficient D > 0, m^2/s"),
      PresetOptions.real("porosity", "0.29", "Porosity phi in (0, 1), dimensionless"),
      PresetOptions.real("bulk-density", "2880", "Dry bulk density rho_s >= 0, kg/m^3"),
      PresetOptions.real("freundlich-k", "3.5e-4", "Freundlich parameter k_f >= 0"),
      PresetOptions.real("freundlich-n", "0.874", "Freundlich exponent n_f > 0, dimensionless"),
      PresetOptions.real("initial-max", "0.2", "u0 is one value ~ U[0, initial-max) per sample,"
          + " relative concentration"),
      PresetOptions.real("dt-max", "0.1", "Longest BDF2 time step, s")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (100 times to t = 500 s unless given) */
  public static DiffusionSorptionPreset from(OptionValues v) {
    SorptionParameters d = SorptionParameters.PDEBENCH;
    SorptionParameters p = new SorptionParameters(v.getDouble("diffusivity"),
        v.getDouble("porosity"), v.getDouble("bulk-density"), v.getDouble("freundlich-k"),
        v.getDouble("freundlich-n"), d.inlet(), d.epsilon());
    return new DiffusionSorptionPreset(p, v.getInt("resolution"), v.getDouble("dt-max"),
        v.getDouble("initial-max"), PresetOptions.times(v, new OutputTimes(500, 100)));
  }

  @Override
  public String name() {
    return "diffusion-sorption";
  }

  @Override
  public List<FieldSpec> fields() {
    return times.fields1D(cells);
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(new DiffusionSorptionSolver(parameters, cells, dtMax).centres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "diffusion-sorption: u_t = D / R(u) u_xx on (0, 1),"
        + " R(u) = 1 + (1 - phi)/phi rho_s k_f n_f (u + eps)^(n_f - 1); u(0, t) = 1,"
        + " u(1, t) = -D u_x(1, t)");
    a.put(DatasetAttributes.GENERATOR, "u0 = one value ~ U[0, " + initialMax + ") in every cell"
        + " (PDEBench sim_diff_sorp.py)");
    a.put(DatasetAttributes.SOLVER, "cell-centred 2nd-order finite differences, variable-step"
        + " BDF2 + Newton (tridiagonal), " + cells + " cells, dt <= " + dtMax + " s");
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "diffusivity", parameters.diffusivity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "porosity", parameters.porosity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "bulk_density", parameters.bulkDensity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "freundlich_k", parameters.freundlichK());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "freundlich_n", parameters.freundlichN());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "inlet", parameters.inlet());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "epsilon", parameters.epsilon());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "initial_max", initialMax);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "dt_max", dtMax);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("boundary_detail", "x = 0: Dirichlet u = 1; x = 1: u + D u_x = 0 (PDEBench's outlet)");
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
    return a;
  }

  /** @return Dirichlet in x (the inlet; the outlet's Robin condition is in boundary_detail) */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.DIRICHLET);
  }

  @Override
  public SampleMaker newMaker() {
    DiffusionSorptionSolver solver = new DiffusionSorptionSolver(parameters, cells, dtMax);
    double[] t = times.times();
    return (rng, index, out) -> {
      java.util.Arrays.fill(out[0], initialMax * rng.nextDouble());
      System.arraycopy(solver.solve(out[0], t), 0, out[1], 0, out[1].length);
    };
  }
}
