package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.burgers.BurgersViscousStep;
import dev.galerkin.solvers.burgers.FiniteVolumeBurgersSolver;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDEBench 1D Burgers dataset (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; {@code
 * data_gen_NLE/BurgersEq/burgers_multi_solution_Hydra.py}): {@code u_t + (u²/2)_x = (ν/π) u_xx}
 * on the periodic interval {@code [0, 1)}, 1024 cells, stored every 0.01 up to {@code t = 2}.
 * PDEBench's code divides its {@code epsilon} (the {@code Nu} of their file names) by {@code π}
 * ({@code pi_inv} in the viscous flux and in the diffusive time-step limit), so {@code --nu} is
 * that {@code ν} and the coefficient of {@code u_xx} is {@code ν/π}. Their files have {@code ν ∈
 * {0.001, 0.002, 0.004, 0.01, 0.02, 0.04, 0.1, 0.2, 0.4, 1, 2, 4}} ({@code config/multi}); the
 * default is their base config's 0.01.
 *
 * <p>Initial fields: PDEBench's {@code init_multi} with {@code k_tot = 4}, as for their advection
 * data ({@link AdvectionPreset}), drawn by {@link PdebenchSines} (its class comment gives the
 * recipe and our one change: exactly periodic sines).
 *
 * <p>Solver: {@link FiniteVolumeBurgersSolver} for every {@code ν}: MUSCL with the monotonised
 * central limiter, the exact Godunov flux and SSP-RK3 for the convection, the central
 * second-order difference for the viscosity. By default ({@code --viscous split}, {@link
 * BurgersViscousStep#SPLIT}) the viscous difference is integrated exactly in Strang half steps and
 * the step obeys only the Courant limit {@code Δt = cfl·Δx/max|u|}; {@code --viscous explicit}
 * puts it in the SSP-RK3 right-hand side with {@code Δt = cfl/(max|u|/Δx + 2(ν/π)/Δx²)}, which
 * costs many more steps for {@code ν >= 0.01}. Both are TVD, so shocks at small {@code ν} come
 * without oscillations. PDEBench uses the same kind of scheme: MUSCL (van Leer limiter) with a
 * local Lax–Friedrichs flux, the same central viscous flux, a two-stage predictor–corrector at
 * {@code Δt = 0.25 min(Δx/max|u|, ½Δx²π/ν)}.
 *
 * <p>Fields: input {@code a = u(t = 0)} {@code [n]}, output {@code u} {@code [T, n]} at {@code t_k
 * = k·T_f/T}, {@code k = 1 … T} (defaults {@code T = 200}, {@code T_f = 2}: PDEBench's 201 stored
 * times without {@code t = 0}, which is {@code a}); coordinates {@code x} (cell centres) and {@code
 * t}.
 *
 * @param cells the cells {@code n} of the grid
 * @param nu PDEBench's {@code ν >= 0}; the viscosity is {@code ν/π}
 * @param cfl the bound on the Courant (and, explicit, diffusion) number, in {@code (0, ½]}
 * @param viscous how the viscous term is stepped (split or explicit)
 * @param absProbability probability of taking the absolute value of {@code u0}, in {@code [0, 1]}
 * @param windowProbability probability of the tanh window, in {@code [0, 1]}
 * @param times the output times
 */
public record BurgersPdebenchPreset(int cells, double nu, double cfl, BurgersViscousStep viscous,
    double absProbability, double windowProbability, OutputTimes times) implements DatasetRecipe {

  /** Validates the values, in one line naming the fix. */
  public BurgersPdebenchPreset {
    if (!(nu >= 0) || !Double.isFinite(nu)) {
      throw new GalerkinException("--nu = " + nu + " is not a finite viscosity >= 0; pass e.g. one"
          + " of PDEBench's 0.001, 0.01, 0.1, 1");
    }
    new FiniteVolumeBurgersSolver(cells, 1, nu / Math.PI, cfl, viscous);
    PdebenchSines.check(absProbability, windowProbability);
  }

  /** @return PDEBench's setup at {@code nu}: 1024 cells, 200 times to t = 2, cfl 0.4, split */
  public static BurgersPdebenchPreset pdebench(double nu) {
    return new BurgersPdebenchPreset(1024, nu, 0.4, BurgersViscousStep.SPLIT, 0.1, 0.1,
        new OutputTimes(2, 200));
  }

  /** The options of {@code galerkin generate burgers-pdebench}, PDEBench's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 1024, "Cells n on the periodic [0, 1) (PDEBench: 1024)"),
      PresetOptions.real("nu", "0.01", "PDEBench's nu >= 0 (dimensionless; the viscosity is"
          + " nu/pi, as in their code); their files: 0.001, 0.002, 0.004, 0.01 ... 4"),
      PresetOptions.real("cfl", "0.4", "Bound on the Courant number max|u| dt/dx (explicit: and"
          + " on the diffusion number 2 (nu/pi) dt/dx^2), in (0, 0.5]"),
      OptionSpec.choice("viscous", BurgersViscousStep.SPLIT, "split: the viscous difference"
          + " integrated exactly (FFT) in Strang half steps, dt by the Courant limit only;"
          + " explicit: in the SSP-RK3 right-hand side, dt also by the diffusive limit (slow for"
          + " nu >= 0.01)", BurgersViscousStep.class)),
      PdebenchSines.OPTIONS, PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (200 times to t = 2 unless given) */
  public static BurgersPdebenchPreset from(OptionValues v) {
    return new BurgersPdebenchPreset(v.getInt("resolution"), v.getDouble("nu"),
        v.getDouble("cfl"), v.getEnum("viscous", BurgersViscousStep.class),
        v.getDouble("abs-probability"), v.getDouble("window-probability"),
        PresetOptions.times(v, new OutputTimes(2, 200)));
  }

  @Override
  public String name() {
    return "burgers-pdebench";
  }

  @Override
  public List<FieldSpec> fields() {
    return times.fields1D(cells);
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(solver().centres());
  }

  private FiniteVolumeBurgersSolver solver() {
    return new FiniteVolumeBurgersSolver(cells, 1, nu / Math.PI, cfl, viscous);
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "burgers: u_t + (u^2/2)_x = (nu/pi) u_xx, periodic on [0, 1)");
    PdebenchSines.putAttributes(a, absProbability, windowProbability);
    a.put(DatasetAttributes.SOLVER, "finite volumes: MUSCL (monotonised central) + exact Godunov"
        + " flux + SSP-RK3, central viscous difference " + (viscous == BurgersViscousStep.SPLIT
            ? "integrated exactly in Strang half steps, dt = cfl dx/max|u|"
            : "in the right-hand side, dt = cfl/(max|u|/dx + 2 (nu/pi)/dx^2)") + ", cfl " + cfl
        + ", " + cells + " cells");
    a.put(DatasetAttributes.RESOLUTION, new long[] {cells});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "nu", nu);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "viscosity", nu / Math.PI);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cells", (long) cells);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "cfl", cfl);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "viscous", viscous.label());
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
    FiniteVolumeBurgersSolver solver = solver();
    double[] x = solver.centres();
    double[] t = times.times();
    return (rng, index, out) -> {
      PdebenchSines.initialField(rng, x, absProbability, windowProbability, out[0]);
      System.arraycopy(solver.solve(out[0], t), 0, out[1], 0, out[1].length);
    };
  }
}
