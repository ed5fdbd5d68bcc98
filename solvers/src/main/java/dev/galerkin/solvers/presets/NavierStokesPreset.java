package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.navierstokes.NavierStokes2DSolver;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.random.PeriodicGaussianField;
import dev.galerkin.solvers.random.WhittleMaternCovariance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FNO Navier–Stokes dataset (Li et al., "Fourier Neural Operator for Parametric PDEs",
 * ICLR 2021, §5.3): vorticity {@code w_t + u·∇w = ν Δw + f} on the unit torus, forcing
 * {@code f = 0.1(sin 2π(x+y) + cos 2π(x+y))}, {@code w0 ~ N(0, 7^1.5(−Δ + 49I)^−2.5)}, solved
 * pseudo-spectrally (2/3 rule, IMEX ARS(3,4,3), CFL-chosen steps) on {@code s × s} nodes and stored
 * every {@code stride}-th node.
 *
 * <p>Fields: input {@code a = w0} {@code [r, r]}, output {@code w} {@code [T, r, r]};
 * coordinates {@code x}, {@code y} {@code [r]}, {@code t} {@code [T]}.
 *
 * <p>The released FNO code ({@code ns_2d.py} with the January 2021 {@code random_fields.py}) uses
 * {@code σ = 7^1.5} as an amplitude and takes the real part of non-Hermitian complex noise (unit
 * real and imaginary parts), that is the covariance {@code 2·7³(−Δ + 49I)^−2.5 = 686(…)}; pass
 * {@code new WhittleMaternCovariance(686, 7, 2.5, true)} as {@code initial} to match the released
 * files (checked against that algorithm in {@code FnoNavierStokesFieldTest}).
 *
 * <p><b>Resolution.</b> At {@code ν <= }{@value #SMALL_VISCOSITY} a 64² solve does not resolve the
 * flow (an FNO-like initial field band-limited to the 64-grid, solved at 64² and at 256² and
 * compared on the 64 nodes: relative L2 1.6e-3 at t = 10 and 1.4e-2 at t = 20 for {@code ν = 1e-4},
 * against 1.7e-6 at t = 1 for {@code ν = 1e-3}; {@code NavierStokesResolutionTest}), so {@link
 * #fno(double)} solves such viscosities at {@value #FINE_SOLVE_RESOLUTION}² and stores every 4th
 * node, 64², as the FNO data does, and the constructor refuses a coarser solve grid for them.
 *
 * @param solver viscosity, resolution, forcing, CFL number and step limits
 * @param initial the covariance {@code σ²(−Δ + τ²I)^−α} of the initial vorticity
 * @param stride store every {@code stride}-th node; it must divide {@code s}; for {@code ν <=
 *     }{@value #SMALL_VISCOSITY} the solve grid must have at least {@value #FINE_SOLVE_RESOLUTION}
 *     nodes per axis
 * @param times the output times
 */
public record NavierStokesPreset(NavierStokesConfig solver, WhittleMaternCovariance initial,
    int stride, OutputTimes times) implements DatasetRecipe {

  /** The paper's initial-field covariance, {@code 7^1.5(−Δ + 49I)^−2.5}, mean zero. */
  public static final WhittleMaternCovariance FNO_INITIAL =
      new WhittleMaternCovariance(Math.pow(7, 1.5), 7, 2.5, true);

  /** Viscosities at or below this one need a solve grid of {@value #FINE_SOLVE_RESOLUTION}². */
  public static final double SMALL_VISCOSITY = 1e-4;
  /** The FNO generation grid, and the smallest solve grid accepted at small viscosities. */
  public static final int FINE_SOLVE_RESOLUTION = 256;
  /** The stored resolution of the FNO data. */
  public static final int STORED_RESOLUTION = 64;

  /**
   * Validates that the stride fits the grid and that a small viscosity is solved finely enough.
   *
   * @throws dev.galerkin.GalerkinException naming the fix, in one line
   */
  public NavierStokesPreset {
    grid(solver).subsample(stride);
    if (needsFineSolve(solver.viscosity()) && solver.resolution() < FINE_SOLVE_RESOLUTION) {
      throw new dev.galerkin.GalerkinException("navier-stokes at viscosity " + solver.viscosity()
          + " is under-resolved on a " + solver.resolution() + "^2 solve grid; solve on at least "
          + FINE_SOLVE_RESOLUTION + "^2 and store 64^2 with --resolution " + FINE_SOLVE_RESOLUTION
          + " --stride " + FINE_SOLVE_RESOLUTION / STORED_RESOLUTION + " (the default for it)");
    }
  }

  /**
   * @param nu the viscosity
   * @return whether {@code nu <= }{@value #SMALL_VISCOSITY} (within rounding), which needs a
   *     {@value #FINE_SOLVE_RESOLUTION}² solve
   */
  public static boolean needsFineSolve(double nu) {
    return nu <= SMALL_VISCOSITY * (1 + 1e-9);
  }

  /**
   * @param nu the viscosity
   * @return the default solve resolution: {@value #STORED_RESOLUTION}, or {@value
   *     #FINE_SOLVE_RESOLUTION} when {@link #needsFineSolve(double)}
   */
  public static int defaultSolveResolution(double nu) {
    return needsFineSolve(nu) ? FINE_SOLVE_RESOLUTION : STORED_RESOLUTION;
  }

  /**
   * @return the paper's setup at viscosity {@code nu}: stored at 64², T = 50, 50 outputs; solved at
   *     64² for {@code ν > 1e-4}, at 256² (every 4th node stored) for {@code ν <= 1e-4}
   */
  public static NavierStokesPreset fno(double nu) {
    int s = defaultSolveResolution(nu);
    return new NavierStokesPreset(NavierStokesConfig.fno(nu).toBuilder().resolution(s).build(),
        FNO_INITIAL, s / STORED_RESOLUTION, new OutputTimes(50, 50));
  }

  private static Grid2D grid(NavierStokesConfig c) {
    return Grid2D.unitSquare(c.resolution(), Boundary.PERIODIC);
  }

  private Grid2D stored() {
    return grid(solver).subsample(stride);
  }

  /** The options of {@code galerkin generate navier-stokes}, with the paper's values as defaults. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", "Nodes per side s of the solve, even (default 64, and 256"
          + " for viscosity <= 1e-4, which 64 does not resolve)"),
      OptionSpec.integer("stride", "Store every stride-th node; it must divide s (default 1, and"
          + " 4 when the 256 solve is the default)"),
      PresetOptions.real("viscosity", "1e-3", "Viscosity nu > 0; FNO also uses 1e-4, 1e-5"),
      PresetOptions.real("cfl", "0.5", "CFL number of the step choice, in (0, 1.3]"),
      PresetOptions.real("dt-max", "0.05", "Largest time step")),
      PresetOptions.GRF, PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (50 times to T = 50 unless given) */
  public static NavierStokesPreset from(OptionValues v) {
    double nu = v.getDouble("viscosity");
    boolean given = v.has("resolution");
    int s = given ? v.getInt("resolution") : defaultSolveResolution(nu);
    int stride = v.has("stride") ? v.getInt("stride") : given ? 1 : s / STORED_RESOLUTION;
    NavierStokesConfig config = NavierStokesConfig.fno(nu).toBuilder()
        .resolution(s).cfl(v.getDouble("cfl")).dtMax(v.getDouble("dt-max"))
        .build();
    return new NavierStokesPreset(config, PresetOptions.covariance(v, FNO_INITIAL),
        stride, PresetOptions.times(v, new OutputTimes(50, 50)));
  }

  @Override
  public String name() {
    return "navier-stokes";
  }

  @Override
  public List<FieldSpec> fields() {
    int r = stored().nx();
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(r, r)),
        new FieldSpec("w", FieldRole.OUTPUT, Shape.of(times.count(), r, r)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    Grid2D g = stored();
    return times.coordinates2D(g.xCoordinates(), g.yCoordinates());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "navier-stokes (vorticity): w_t + u.grad w = nu Lap w + f on the"
        + " unit torus, f = " + solver.forcing().name());
    a.put(DatasetAttributes.GENERATOR, "w0 ~ GRF " + initial.sigma2() + " (-Laplacian + " + initial.tau()
        + "^2 I)^-" + initial.alpha() + ", periodic" + (initial.zeroMean() ? ", mean zero" : ""));
    a.put(DatasetAttributes.SOLVER, "pseudo-spectral, 2/3 de-aliasing, IMEX ARS(3,4,3), CFL "
        + solver.cfl() + ", dt <= " + solver.dtMax());
    a.put(DatasetAttributes.RESOLUTION, new long[] {stored().nx(), stored().ny()});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "viscosity", solver.viscosity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_resolution", (long) solver.resolution());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", "Li et al., Fourier Neural Operator for Parametric PDEs, ICLR 2021");
    return a;
  }

  /** @return the torus: periodic in x and y */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC);
  }

  @Override
  public SampleMaker newMaker() {
    Grid2D grid = grid(solver);
    PeriodicGaussianField<Grid2D> field = PeriodicGaussianField.on(grid, initial);
    NavierStokes2DSolver ns = new NavierStokes2DSolver(solver);
    double[] w0 = new double[grid.nodes()];
    double[] t = times.times();
    return (rng, index, out) -> {
      field.sample(rng, w0);
      Trajectory traj = ns.solve(w0, t);
      System.arraycopy(grid.subsample(w0, stride), 0, out[0], 0, out[0].length);
      times.subsampleFrames(traj.values(), grid.nodes(), f -> grid.subsample(f, stride), out[1]);
    };
  }
}
