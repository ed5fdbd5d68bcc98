package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
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
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PDEBench 1D advection dataset (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * data_gen_NLE/AdvectionEq}): {@code u_t + β u_x = 0} on the periodic interval {@code [0, 1)},
 * {@code 1024} cells, stored every 0.01 up to {@code t = 2}.
 *
 * <p>Initial fields follow PDEBench's {@code init_multi} with {@code k_tot = 4}: two wavenumber
 * indices are drawn from {@code 1 … 4} with replacement; index {@code n} drawn {@code c_n} times
 * (0, 1 or 2) contributes {@code A_n sin(2π n c_n x + φ_n)}, {@code A_n ~ U[0, 1)}, {@code φ_n ~
 * U[0, 2π)}, so an index not drawn adds the constant {@code A_n sin φ_n} and one drawn twice has
 * wavenumber {@code 2n}, as in their array expression. Then, with probability {@code
 * absProbability} (PDEBench: 0.1), the absolute value; a random sign; with probability {@code
 * windowProbability} (0.1) the window {@code ½(tanh((x − x_L)/0.01) − tanh((x − x_R)/0.01))},
 * {@code x_L ~ U[0.1, 0.45)}, {@code x_R ~ U[0.55, 0.9)}. PDEBench divides the wavenumbers by
 * {@code x_{n−1} − x_0 = 1 − Δx} instead of the period 1, which leaves a small jump at the periodic
 * seam; we use the period, so the sine part is exactly periodic.
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
  private static final int MODES = 4;
  private static final int DRAWS = 2;
  private static final double WINDOW_WIDTH = 0.01;

  /** Validates the values, in one line naming the fix. */
  public AdvectionPreset {
    new AdvectionSolver(cells, 1, beta, scheme, cfl, Limiter.MONOTONISED_CENTRAL);
    probability("abs-probability", absProbability);
    probability("window-probability", windowProbability);
  }

  private static void probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new GalerkinException("--" + name + " = " + p + " is not a probability; pass a value"
          + " in [0, 1] (PDEBench: 0.1)");
    }
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
      PresetOptions.real("cfl", "0.4", "Courant number of muscl, in (0, 0.5] (PDEBench: 0.4)"),
      PresetOptions.real("abs-probability", "0.1", "Probability of u0 -> |u0| (PDEBench: 0.1)"),
      PresetOptions.real("window-probability", "0.1", "Probability of the tanh window on"
          + " [x_L, x_R] (PDEBench: 0.1)")),
      PresetOptions.TIMES);

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
    a.put(DatasetAttributes.GENERATOR, "u0 = sum_{n=1..4} A_n sin(2 pi n c_n x + phi_n), c: counts"
        + " of 2 draws from 1..4; |u0| with p = " + absProbability + "; random sign; tanh window"
        + " with p = " + windowProbability + " (PDEBench init_multi)");
    a.put(DatasetAttributes.SOLVER, scheme == AdvectionScheme.SPECTRAL
        ? "exact shift of the discrete Fourier spectrum, " + cells + " cell centres"
        : "finite volumes: MUSCL (monotonised central) + upwind (HLL) + SSP-RK3, cfl " + cfl + ", "
            + cells + " cells");
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "beta", beta);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "scheme", scheme.label());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cfl", cfl);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "abs_probability", absProbability);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "window_probability", windowProbability);
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
      initialField(rng, x, absProbability, windowProbability, out[0]);
      System.arraycopy(solver.solve(out[0], t), 0, out[1], 0, out[1].length);
    };
  }

  /**
   * PDEBench's {@code init_multi} field on the periodic unit interval; see the class comment.
   *
   * @param x the points, in {@code [0, 1)}
   * @param out the field at {@code x}; modified
   */
  static void initialField(UniformRandomProvider rng, double[] x, double absProbability,
      double windowProbability, double[] out) {
    initialField(rng, x, MODES, 1, absProbability, windowProbability, out);
  }

  /**
   * PDEBench's {@code init_multi} / {@code init_multi_HD} field with {@code modes} wavenumber
   * indices ({@code k_tot}) on a periodic interval of length {@code period}: as the class comment,
   * with the wavenumbers {@code 2π n c_n / period}; the window is in absolute {@code x}.
   *
   * @param x the points
   * @param modes {@code k_tot >= 1}
   * @param period the length of the periodic interval
   * @param out the field at {@code x}; modified
   */
  static void initialField(UniformRandomProvider rng, double[] x, int modes, double period,
      double absProbability, double windowProbability, double[] out) {
    int[] count = new int[modes];
    for (int d = 0; d < DRAWS; d++) {
      count[rng.nextInt(modes)]++;
    }
    java.util.Arrays.fill(out, 0);
    for (int m = 0; m < modes; m++) {
      double amplitude = rng.nextDouble();
      double phase = 2 * Math.PI * rng.nextDouble();
      double k = 2 * Math.PI * (m + 1) * count[m] / period;
      for (int i = 0; i < x.length; i++) {
        out[i] += amplitude * Math.sin(k * x[i] + phase);
      }
    }
    boolean abs = rng.nextDouble() < absProbability;
    double sign = rng.nextBoolean() ? 1 : -1;
    boolean window = rng.nextDouble() < windowProbability;
    double xl = 0.1 + 0.35 * rng.nextDouble();
    double xr = 0.55 + 0.35 * rng.nextDouble();
    for (int i = 0; i < x.length; i++) {
      double u = sign * (abs ? Math.abs(out[i]) : out[i]);
      if (window) {
        u *= 0.5 * (Math.tanh((x[i] - xl) / WINDOW_WIDTH) - Math.tanh((x[i] - xr) / WINDOW_WIDTH));
      }
      out[i] = u;
    }
  }
}
