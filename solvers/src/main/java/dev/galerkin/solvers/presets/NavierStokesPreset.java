package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.navierstokes.NavierStokes2DSolver;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.navierstokes.Trajectory;
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
 * @param solver viscosity, resolution, forcing, CFL number and step limits
 * @param initial the covariance {@code σ²(−Δ + τ²I)^−α} of the initial vorticity
 * @param stride store every {@code stride}-th node; it must divide {@code s}
 * @param times the output times
 */
public record NavierStokesPreset(NavierStokesConfig solver, WhittleMaternCovariance initial,
    int stride, OutputTimes times) implements DatasetRecipe {

  /** The paper's initial-field covariance, {@code 7^1.5(−Δ + 49I)^−2.5}, mean zero. */
  public static final WhittleMaternCovariance FNO_INITIAL =
      new WhittleMaternCovariance(Math.pow(7, 1.5), 7, 2.5, true);

  /** Validates that the stride fits the grid. */
  public NavierStokesPreset {
    grid(solver).subsample(stride);
  }

  /** @return the paper's setup at viscosity {@code nu}: 64², T = 50, 50 outputs */
  public static NavierStokesPreset fno(double nu) {
    return new NavierStokesPreset(NavierStokesConfig.fno(nu), FNO_INITIAL, 1,
        new OutputTimes(50, 50));
  }

  private static Grid2D grid(NavierStokesConfig c) {
    return Grid2D.unitSquare(c.resolution(), Boundary.PERIODIC);
  }

  private Grid2D stored() {
    return grid(solver).subsample(stride);
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
    Map<String, NdArray> c = new LinkedHashMap<>();
    c.put("x", DoubleArray.wrap(Shape.of(g.nx()), g.xCoordinates()));
    c.put("y", DoubleArray.wrap(Shape.of(g.ny()), g.yCoordinates()));
    c.put("t", times.coordinate());
    return c;
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
