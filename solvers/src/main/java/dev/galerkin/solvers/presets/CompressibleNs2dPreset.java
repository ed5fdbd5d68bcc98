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
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PDEBench 2D compressible Navier–Stokes dataset ({@code CFD_multi_Hydra.py} with {@code
 * config/args/2D_Multi_Rand.yaml}, Takamoto et al. 2022): an ideal gas, {@code γ = 5/3}, on the
 * periodic unit square, {@code 128²} cells, stored every 0.05 up to {@code t = 1}, with PDEBench's
 * viscous terms ({@link dev.galerkin.solvers.compressible.ViscousOperator}; default {@code η = ζ
 * = 1e-8} as the config, their files also {@code 1e-2} and {@code 1e-1}), solved by {@link
 * CompressibleSolver} (MUSCL on {@code (ρ, u, v, p)}, HLLC, SSP-RK3, CFL 0.3).
 *
 * <p><b>Initial fields</b> (PDEBench's {@code 2D_rand}, {@code init_multi_HD_2DRand}): per sample
 * {@code ρ0 ~ U[0.1, 10]}, {@code T0 ~ U[0.1, 10]}, {@code δρ, δp ~ U[0.01, 0.2]}, {@code p0 =
 * ρ0 T0}; each of {@code u, v, ρ', p'} is {@code Σ |k|^{−½} sin(k·x + φ)} over the wavevectors
 * {@code k = 2π(i, j)}, {@code 1 <= |i|, |j| <= k_tot} (PDEBench skips {@code i·j = 0}), a
 * random phase per field and wavevector; the velocity is scaled to the mean speed {@code M·√(γT0)}
 * ({@code M} the Mach number, 0.1), {@code ρ = ρ0(1 + δρ ρ'/mean|ρ'|)}, {@code p = p0(1 + δp
 * p'/mean|p'|)}; with probability ½ the fields are multiplied by the window {@code w(x) w(y)}
 * (tanh edges of width 0.01 at {@code x_L ~ U[0.1, 0.45)}, {@code x_R ~ U[0.55, 0.9)}, likewise
 * in y) and {@code ρ0(1 − w)}, {@code p0(1 − w)} added, so the gas is at rest outside. Our random
 * numbers are not JAX's.
 *
 * <p><b>Fields:</b> input {@code a = q(t = 0)} {@code [s, s, 4]}, output {@code q} {@code [T, s,
 * s, 4]} at {@code t_k = k·T_f/T}, {@code k = 1 … T} (defaults {@code T = 20}, {@code T_f = 1}:
 * PDEBench's 21 stored times without {@code t = 0}); channels {@code (ρ, u, v, p)}, PDEBench's
 * order ({@code density}, {@code Vx}, {@code Vy}, {@code pressure}); coordinates {@code x}, {@code
 * y} (cell centres) and {@code t}.
 *
 * @param cells cells per side {@code s}, {@code >= 8}
 * @param solver γ, η, ζ, CFL number, limiter
 * @param mach the Mach number {@code M >= 0} of the mean initial speed
 * @param modes {@code k_tot}, in {@code [1, 32]}
 * @param times the output times
 */
public record CompressibleNs2dPreset(int cells, CompressibleConfig solver, double mach, int modes,
    OutputTimes times) implements DatasetRecipe {
  private static final double WINDOW_WIDTH = 0.01;

  /** Validates the values, in one line naming the fix. */
  public CompressibleNs2dPreset {
    if (cells < 8 || cells > 8192) {
      throw new GalerkinException("--resolution = " + cells + " is out of range; it must be in"
          + " [8, 8192] (PDEBench: 128)");
    }
    if (!(mach >= 0) || !Double.isFinite(mach)) {
      throw new GalerkinException("--mach = " + mach + " is out of range; it must be >= 0"
          + " (PDEBench: 0.1, 1)");
    }
    if (modes < 1 || modes > 32) {
      throw new GalerkinException("--modes = " + modes + " is out of range; it must be in [1, 32]"
          + " (PDEBench: 4)");
    }
  }

  /** @return PDEBench's {@code 2D_Multi_Rand}: 128², γ = 5/3, η = ζ = 1e-8, M = 0.1, k_tot = 4 */
  public static CompressibleNs2dPreset pdebench() {
    return new CompressibleNs2dPreset(128, CompressibleConfig.pdebench().withViscosity(1e-8,
        1e-8), 0.1, 4, new OutputTimes(1, 20));
  }

  /** The options of {@code galerkin generate compressible-ns-2d}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 128, "Cells s per side of the periodic unit square"
          + " (PDEBench: 128)"),
      PresetOptions.real("mach", "0.1", "Mach number M of the mean initial speed, M sqrt(gamma"
          + " T0) (PDEBench's files: 0.1, 1)"),
      OptionSpec.integer("modes", 4, "k_tot: wavevectors 2 pi (i, j), 1 <= |i|, |j| <= k_tot"
          + " (PDEBench: 4)")),
      CompressibleNsPreset.gasOptions("1e-8"), PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (20 times to t = 1 unless given) */
  public static CompressibleNs2dPreset from(OptionValues v) {
    return new CompressibleNs2dPreset(v.getInt("resolution"), CompressibleNsPreset.gas(v),
        v.getDouble("mach"), v.getInt("modes"),
        PresetOptions.times(v, new OutputTimes(1, 20)));
  }

  private CellGrid grid() {
    return CellGrid.unitSquare(cells);
  }

  @Override
  public String name() {
    return "compressible-ns-2d";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(cells, cells, 4)),
        new FieldSpec("q", FieldRole.OUTPUT, Shape.of(times.count(), cells, cells, 4)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    CellGrid g = grid();
    return times.coordinates2D(g.xCentres(), g.yCentres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "compressible Navier-Stokes 2D (PDEBench's viscous terms: eta"
        + " rho grad^2 v plus (zeta + eta/3) rho d_a^2 v_a, no cross terms) on the periodic unit"
        + " square; channels (rho, u, v, p)");
    a.put(DatasetAttributes.GENERATOR, "PDEBench 2D_rand (init_multi_HD_2DRand): rho0, T0 ~"
        + " U[0.1, 10], drho, dp ~ U[0.01, 0.2]; u, v, rho', p' = sum |k|^-1/2 sin(k.x + phi),"
        + " k = 2 pi (i, j), 1 <= |i|, |j| <= " + modes + "; mean speed " + mach + " sqrt(gamma"
        + " T0); tanh window with p = 0.5");
    a.put(DatasetAttributes.SOLVER, "finite volumes: MUSCL on (rho, u, v, p) (monotonised"
        + " central), HLLC, central viscous fluxes, SSP-RK3, cfl " + solver.cfl());
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells, cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "eta", solver.eta());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "zeta", solver.zeta());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "gamma", solver.gamma());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "mach", mach);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "modes", (long) modes);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cfl", solver.cfl());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("channels", "rho, u, v, p");
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
    return a;
  }

  /** @return periodic in x and y */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC);
  }

  @Override
  public SampleMaker newMaker() {
    CellGrid grid = grid();
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(), solver);
    double[] t = times.times();
    return (rng, index, out) -> {
      initialState(rng, grid, solver.gamma(), mach, modes, out[0]);
      System.arraycopy(s.solve(out[0], t, "compressible-ns-2d sample " + index).values(), 0,
          out[1], 0, out[1].length);
    };
  }

  /**
   * PDEBench's {@code 2D_rand} initial state; see the class comment.
   *
   * @param g the grid of the unit square
   * @param w {@code (ρ, u, v, p)} per cell, {@code [s, s, 4]}; modified
   */
  static void initialState(UniformRandomProvider rng, CellGrid g, double gamma, double mach,
      int modes, double[] w) {
    double rho0 = 0.1 + 9.9 * rng.nextDouble();
    double dRho = 0.01 + 0.19 * rng.nextDouble();
    double t0 = 0.1 + 9.9 * rng.nextDouble();
    double dP = 0.01 + 0.19 * rng.nextDouble();
    int n = g.interiorCells();
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    double[][] f = new double[4][n];   // u, v, p', rho' as PDEBench draws their phases
    for (int j = -modes; j <= modes; j++) {
      for (int i = -modes; i <= modes; i++) {
        if (i * j == 0) {
          continue;
        }
        double kx = 2 * Math.PI * i;
        double ky = 2 * Math.PI * j;
        double amplitude = 1 / Math.sqrt(Math.hypot(kx, ky));
        for (double[] field : f) {
          double phase = 2 * Math.PI * rng.nextDouble();
          for (int a = 0; a < g.nx(); a++) {
            for (int b = 0; b < g.ny(); b++) {
              field[a * g.ny() + b] += amplitude * Math.sin(kx * x[a] + ky * y[b] + phase);
            }
          }
        }
      }
    }
    double speed = 0;
    double absP = 0;
    double absRho = 0;
    for (int c = 0; c < n; c++) {
      speed += Math.hypot(f[0][c], f[1][c]) / n;
      absP += Math.abs(f[2][c]) / n;
      absRho += Math.abs(f[3][c]) / n;
    }
    double scale = mach * Math.sqrt(gamma * t0) / speed;
    boolean window = rng.nextDouble() < 0.5;
    double[] xw = window(rng, x, window);
    double[] yw = window(rng, y, window);
    for (int a = 0; a < g.nx(); a++) {
      for (int b = 0; b < g.ny(); b++) {
        int c = a * g.ny() + b;
        double mask = xw[a] * yw[b];
        w[4 * c] = rho0 * (1 + dRho * f[3][c] / absRho) * mask + rho0 * (1 - mask);
        w[4 * c + 1] = scale * f[0][c] * mask;
        w[4 * c + 2] = scale * f[1][c] * mask;
        w[4 * c + 3] = rho0 * t0 * (1 + dP * f[2][c] / absP) * mask + rho0 * t0 * (1 - mask);
      }
    }
  }

  /** PDEBench's tanh window on {@code [x_L, x_R]} (drawn even when unused), or ones. */
  private static double[] window(UniformRandomProvider rng, double[] x, boolean apply) {
    double lo = 0.1 + 0.35 * rng.nextDouble();
    double hi = 0.55 + 0.35 * rng.nextDouble();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = apply ? 0.5 * (Math.tanh((x[i] - lo) / WINDOW_WIDTH)
          - Math.tanh((x[i] - hi) / WINDOW_WIDTH)) : 1;
    }
    return out;
  }
}
