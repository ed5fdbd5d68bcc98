package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.advection.AdvectionScheme;
import dev.galerkin.solvers.advection.AdvectionSolver;
import dev.galerkin.solvers.finitevolume.Limiter;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDEBench 1D advection dataset (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * data_gen_NLE/AdvectionEq}): {@code u_t + β u_x = 0} on the periodic interval {@code [0, 1)},
 * {@code 1024} cells, stored every 0.01 up to {@code t = 2}.
 *
 * <p>Initial fields: PDEBench's {@code init_multi} with {@code k_tot = 4}, drawn by {@link
 * PdebenchSines} (its class comment gives the recipe and our one change: exactly periodic sines).
 *
 * <p>Fields: input {@code a = u(t = 0)} {@code [n]}, output {@code u} {@code [T, n]} at {@code
 * t_k = k·T_f/T}, {@code k = 1 … T} (defaults {@code T = 200}, {@code T_f = 2}: PDEBench's 201
 * stored times without its repeated {@code t = 0}, which is {@code a}); coordinates {@code x}
 * (the cell centres {@code (i + ½)/n}) and {@code t}.
 *
 * @param cells the cells {@code n} of the grid
 * @param beta the speed {@code β > 0}
 * @param scheme exact spectral shift or MUSCL finite volumes
 * @param cfl the MUSCL Courant number, in {@code (0, ½]}
 * @param absProbability probability of taking the absolute value, in {@code [0, 1]}
 * @param windowProbability probability of the tanh window, in {@code [0, 1]}
 * @param times the output times
 */
public record AdvectionPreset(int cells, double beta, AdvectionScheme scheme, double cfl,
    double absProbability, double windowProbability, OutputTimes times) implements DatasetRecipe {
  /** Validates the values, in one line naming the fix. */
  public AdvectionPreset {
    new AdvectionSolver(cells, 1, beta, scheme, cfl, Limiter.MONOTONISED_CENTRAL);
    PdebenchSines.check(absProbability, windowProbability);
  }

  /** @return PDEBench's setup at speed {@code beta}: 1024 cells, 200 times up to t = 2, exact */
  public static AdvectionPreset pdebench(double beta) {
    return new AdvectionPreset(1024, beta, AdvectionScheme.SPECTRAL, 0.4, 0.1, 0.1,
        new OutputTimes(2, 200));
  }

  /** The options of {@code galerkin generate advection}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 1024, "Cells n on the periodic [0, 1) (PDEBench: 1024)"),
      PresetOptions.real("beta", "0.1", "Advection speed beta > 0, in lengths per time unit;"
          + " PDEBench's files: 0.1, 0.4, 1, 4 (configs also 0.2, 2)"),
      OptionSpec.choice("scheme", AdvectionScheme.SPECTRAL, "spectral: exact shift of the"
          + " discrete Fourier spectrum; muscl: finite volumes, MUSCL (monotonised central, as"
          + " PDEBench's limiter) + upwind flux + SSP-RK3", AdvectionScheme.class),
      PresetOptions.real("cfl", "0.4", "Courant number of muscl, in (0, 0.5] (PDEBench: 0.4)")),
      PdebenchSines.OPTIONS, PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (200 times to t = 2 unless given) */
  public static AdvectionPreset from(OptionValues v) {
    return new AdvectionPreset(v.getInt("resolution"), v.getDouble("beta"),
        v.getEnum("scheme", AdvectionScheme.class), v.getDouble("cfl"),
        v.getDouble("abs-probability"), v.getDouble("window-probability"),
        PresetOptions.times(v, new OutputTimes(2, 200)));
  }

  @Override
  public String name() {
    return "advection";
  }

  @Override
  public List<FieldSpec> fields() {
    return times.fields1D(cells);
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(new AdvectionSolver(cells, 1, beta, scheme, cfl,
        Limiter.MONOTONISED_CENTRAL).centres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "advection: u_t + beta u_x = 0, periodic on [0, 1)");
    PdebenchSines.putAttributes(a, absProbability, windowProbability);
    a.put(DatasetAttributes.SOLVER, scheme == AdvectionScheme.SPECTRAL
        ? "exact shift of the discrete Fourier spectrum, " + cells + " cell centres"
        : "finite volumes: MUSCL (monotonised central) + upwind (HLL) + SSP-RK3, cfl " + cfl + ", "
            + cells + " cells");
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "beta", beta);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "scheme", scheme.label());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cfl", cfl);
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
    AdvectionSolver solver = new AdvectionSolver(cells, 1, beta, scheme, cfl,
        Limiter.MONOTONISED_CENTRAL);
    double[] x = solver.centres();
    double[] t = times.times();
    return (rng, index, out) -> {
      PdebenchSines.initialField(rng, x, absProbability, windowProbability, out[0]);
      System.arraycopy(solver.solve(out[0], t), 0, out[1], 0, out[1].length);
    };
  }
}
