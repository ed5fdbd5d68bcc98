package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.compressible.CompressibleConfig;
import dev.galerkin.solvers.compressible.CompressibleSolver;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.Limiter;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PDEBench 1D compressible Navier–Stokes dataset (Takamoto et al., "PDEBench", NeurIPS 2022
 * Datasets and Benchmarks; {@code data_gen_NLE/CompressibleFluid/CFD_multi_Hydra.py} with {@code
 * config/args/1D_Multi.yaml}): an ideal gas, {@code γ = 5/3}, on the periodic {@code [−1, 1)},
 * 1024 cells, stored every 0.01 up to {@code t = 1},
 *
 * <pre>
 *   ρ_t + (ρv)_x = 0
 *   (ρv)_t + (ρv² + p)_x = (μ ρ v_x)_x
 *   E_t + ((E + p)v)_x = (μ ρ v v_x)_x,      E = p/(γ − 1) + ρv²/2,  μ = ζ + 4η/3
 * </pre>
 *
 * with the density-weighted viscous terms of PDEBench's code ({@link CompressibleConfig}); their
 * files have {@code η = ζ} in {@code {1e-8, 1e-2, 1e-1}} (default {@code 1e-2}, as {@code
 * 1D_Multi.yaml}). Solved by {@link CompressibleSolver}: MUSCL on {@code (ρ, v, p)} with the
 * monotonised-central limiter (PDEBench's {@code VLlimiter}), HLLC (as PDEBench), central viscous
 * fluxes, SSP-RK3 with CFL 0.3 (PDEBench: a two-stage predictor–corrector with CFL 0.3 and the
 * viscous terms split off in sub-steps).
 *
 * <p><b>Initial fields</b> (PDEBench's {@code 1D_rand}, {@code init_multi_HD}): each of {@code ρ},
 * {@code v}, {@code p} is an independent {@link PdebenchSines#initialField} sum of sines with
 * {@code k_tot = 3}, two draws, on the period 2, {@code |.|} with probability 0.1, a random sign,
 * the tanh window on {@code [x_L, x_R] ⊂ [0.1, 0.9]} with probability 0.5; {@code ρ} and {@code p}
 * are then rescaled to {@code [0, 1]} and mapped to {@code m·u + b} with {@code m}, {@code b}
 * log-uniform in {@code [1, 10]} ({@code ρ}) and {@code [10, 100]} ({@code p}); {@code v} is not
 * rescaled. Our random numbers are not JAX's, and our wavenumbers use the period 2 where PDEBench
 * divides by {@code x_{n−1} − x_0 = 2 − Δx}.
 *
 * <p><b>Fields:</b> input {@code a = q(t = 0)} {@code [n, 3]}, output {@code q} {@code [T, n, 3]}
 * at {@code t_k = k·T_f/T}, {@code k = 1 … T} (defaults {@code T = 100}, {@code T_f = 1}:
 * PDEBench's 101 stored times without {@code t = 0}, which is {@code a}); channels {@code (ρ, v,
 * p)}, PDEBench's order ({@code density}, {@code Vx}, {@code pressure}); coordinates {@code x}
 * (cell centres {@code −1 + (i + ½)Δx}) and {@code t}.
 *
 * @param cells the cells {@code n}, {@code >= 16}
 * @param solver γ, η, ζ, CFL number, limiter
 * @param times the output times
 */
public record CompressibleNsPreset(int cells, CompressibleConfig solver, OutputTimes times)
    implements DatasetRecipe {
  private static final double X_MIN = -1;
  private static final double X_MAX = 1;
  private static final int MODES = 3;

  /** Validates the values, in one line naming the fix. */
  public CompressibleNsPreset {
    if (cells < 16 || cells > 1 << 20) {
      throw new GalerkinException("--resolution = " + cells + " is out of range; it must be in"
          + " [16, 1048576] (PDEBench: 1024)");
    }
  }

  /** @return PDEBench's setup: 1024 cells, γ = 5/3, η = ζ = 0.01, 100 times up to t = 1 */
  public static CompressibleNsPreset pdebench() {
    return new CompressibleNsPreset(1024, CompressibleConfig.pdebench(), new OutputTimes(1, 100));
  }

  /** The options of {@code galerkin generate compressible-ns-1d}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 1024, "Cells n on the periodic [-1, 1) (PDEBench: 1024)")),
      gasOptions("0.01"), PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (100 times to t = 1 unless given) */
  public static CompressibleNsPreset from(OptionValues v) {
    return new CompressibleNsPreset(v.getInt("resolution"), gas(v),
        PresetOptions.times(v, new OutputTimes(1, 100)));
  }

  /**
   * The options {@code --eta}, {@code --zeta}, {@code --gamma}, {@code --cfl} of both compressible
   * presets.
   *
   * @param viscosity the default of {@code η} and {@code ζ}, as it should read in {@code --help}
   */
  static List<OptionSpec> gasOptions(String viscosity) {
    return List.of(
        PresetOptions.real("eta", viscosity, "Shear viscosity eta >= 0, kinematic (length^2/time,"
            + " it multiplies rho as in PDEBench's code); PDEBench's files: 1e-8, 0.01, 0.1"),
        PresetOptions.real("zeta", viscosity, "Bulk viscosity zeta >= 0, kinematic; PDEBench's"
            + " files: zeta = eta"),
        PresetOptions.real("gamma", "1.6666666666666667", "Ratio of specific heats gamma > 1"
            + " (PDEBench: 5/3, a monatomic gas)"),
        PresetOptions.real("cfl", "0.3", "Courant number of the step, in (0, 0.5] (PDEBench:"
            + " 0.3); the viscous limit dx^2/(2 mu) per axis is joined to it"));
  }

  /** @return the solver configuration of {@link #gasOptions} values (monotonised central) */
  static CompressibleConfig gas(OptionValues v) {
    return new CompressibleConfig(v.getDouble("gamma"), v.getDouble("eta"), v.getDouble("zeta"),
        v.getDouble("cfl"), Limiter.MONOTONISED_CENTRAL);
  }

  private CellGrid grid() {
    return CellGrid.line(cells, X_MIN, X_MAX);
  }

  @Override
  public String name() {
    return "compressible-ns-1d";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(cells, 3)),
        new FieldSpec("q", FieldRole.OUTPUT, Shape.of(times.count(), cells, 3)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(grid().xCentres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "compressible Navier-Stokes 1D: rho_t + (rho v)_x = 0, (rho"
        + " v)_t + (rho v^2 + p)_x = (mu rho v_x)_x, E_t + ((E + p) v)_x = (mu rho v v_x)_x, E ="
        + " p/(gamma - 1) + rho v^2/2, mu = zeta + 4 eta/3, periodic on [-1, 1); channels (rho, v,"
        + " p)");
    a.put(DatasetAttributes.GENERATOR, "PDEBench 1D_rand (init_multi_HD): rho, v, p each a sum of"
        + " sines (k_tot = 3, 2 draws, period 2), |.| with p = 0.1, random sign, tanh window with"
        + " p = 0.5; rho mapped to m u + b, m, b log-uniform in [1, 10]; p in [10, 100]; v as"
        + " drawn");
    a.put(DatasetAttributes.SOLVER, "finite volumes: MUSCL on (rho, v, p) (monotonised central),"
        + " HLLC, central viscous fluxes, SSP-RK3, cfl " + solver.cfl() + ", " + cells + " cells");
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "eta", solver.eta());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "zeta", solver.zeta());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "gamma", solver.gamma());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cfl", solver.cfl());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "x_min", X_MIN);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "x_max", X_MAX);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("channels", "rho, v, p");
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
    CellGrid grid = grid();
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(), solver);
    double[] x = grid.xCentres();
    double[] t = times.times();
    return (rng, index, out) -> {
      initialState(rng, x, out[0]);
      System.arraycopy(s.solve(out[0], t, "compressible-ns-1d sample " + index).values(), 0,
          out[1], 0, out[1].length);
    };
  }

  /**
   * PDEBench's {@code 1D_rand} initial state on the cell centres of {@code [−1, 1)}; see the class
   * comment.
   *
   * @param x the cell centres
   * @param w {@code (ρ, v, p)} per cell, {@code [n, 3]}; modified
   */
  static void initialState(UniformRandomProvider rng, double[] x, double[] w) {
    double[] rho = field(rng, x, 1, 10);
    double[] p = field(rng, x, 10, 100);
    double[] v = new double[x.length];
    PdebenchSines.initialField(rng, x, MODES, X_MAX - X_MIN, 0.1, 0.5, v);
    for (int i = 0; i < x.length; i++) {
      w[3 * i] = rho[i];
      w[3 * i + 1] = v[i];
      w[3 * i + 2] = p[i];
    }
  }

  /** Sines rescaled to {@code m·[0, 1] + b}, {@code m, b} log-uniform in {@code [lo, hi]}. */
  private static double[] field(UniformRandomProvider rng, double[] x, double lo, double hi) {
    double[] u = new double[x.length];
    PdebenchSines.initialField(rng, x, MODES, X_MAX - X_MIN, 0.1, 0.5, u);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : u) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double scale = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * rng.nextDouble());
    double offset = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * rng.nextDouble());
    for (int i = 0; i < u.length; i++) {
      u[i] = (max > min ? (u[i] - min) / (max - min) : 0) * scale + offset;
    }
    return u;
  }
}
