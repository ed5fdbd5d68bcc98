package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.SolverException;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.shallowwater.ShallowWaterConfig;
import dev.galerkin.solvers.shallowwater.ShallowWaterSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * 2D shallow water over random bathymetry on the periodic unit square {@code [0, 1)²}, in the
 * spirit of PDEArena's shallow-water benchmark (Gupta &amp; Brandstetter, "Towards
 * Multi-spatiotemporal-scale Generalized PDE Modeling", arXiv:2209.15616, 2022). PDEArena
 * simulates the global shallow-water equations on the rotating sphere with SpeedyWeather.jl
 * (spectral transform); this is the planar, non-rotating, inviscid
 * analogue on a periodic box, solved by {@link ShallowWaterSolver} (finite volumes, hydrostatic
 * reconstruction, HLL, MUSCL with the monotonised-central limiter, SSP-RK3), so it has shocks
 * (bores) where the sphere's data has none, and no spherical geometry.
 *
 * <p><b>Samples.</b> Units are nondimensional with gravity {@code g} (default 1) and mean depth
 * {@code H} (default 1), so waves travel at about {@code √(gH) = 1}: one domain length per unit
 * time. The bathymetry is {@code b = Σ B_k G(x; c_k, σ_k)}, {@code bedBumps} periodic Gaussians
 * {@code G = Σ_images exp(−|x − c|²/(2σ²))} with {@code c_k ~ U[0, 1)²}, {@code σ_k ~ U[0.05,
 * 0.15]}, {@code B_k ~ U[¼, 1]·bedHeight}; the initial free surface is {@code η0 = H + Σ A_k G(x;
 * c_k, σ_k)}, {@code bumps} bumps with {@code σ_k ~ U[0.04, 0.1]}, {@code A_k ~ U[¼, 1]·bumpHeight};
 * {@code h0 = η0 − b}, {@code u0 = v0 = 0}. At the defaults ({@code bedBumps·bedHeight = 0.75 < H})
 * the bed stays well below the surface and nothing dries; a sample whose depth reaches 0 fails in
 * one line naming it. Sample {@code i} depends on {@code (seed, i)} alone.
 *
 * <p><b>Fields</b> (solved on {@code s²} cells, stored as the averages of {@code stride ×
 * stride} blocks, {@code r = s/stride}, which keeps the mass): inputs {@code b} {@code [r, r]} and
 * {@code a = q(t = 0)} {@code [r, r, 3]}, output {@code q = (h, hu, hv)} {@code [T, r, r, 3]} at
 * {@code t_k = k·T_final/T}, {@code k = 1 … T}: as in the other time-dependent presets the initial
 * state is its own input field ({@code a}) and is not repeated as frame 0 of the output;
 * coordinates {@code x}, {@code y} {@code [r]} (cell centres) and {@code t} {@code [T]}.
 *
 * @param resolution cells per side {@code s} of the solve, {@code >= 8}
 * @param stride stored block size; it must divide {@code s}
 * @param solver gravity, dry depth, CFL number, limiter
 * @param meanDepth {@code H > 0}
 * @param bumps number of surface bumps, {@code >= 0}
 * @param bumpHeight largest surface bump amplitude, {@code >= 0}
 * @param bedBumps number of bathymetry bumps, {@code >= 0}
 * @param bedHeight largest bathymetry bump height, {@code >= 0}
 * @param times the output times
 */
public record ShallowWaterPreset(int resolution, int stride, ShallowWaterConfig solver,
    double meanDepth, int bumps, double bumpHeight, int bedBumps, double bedHeight,
    OutputTimes times) implements DatasetRecipe {

  /** The benchmark this preset imitates. */
  public static final String SOURCE = "Gupta & Brandstetter, Towards Multi-spatiotemporal-scale"
      + " Generalized PDE Modeling (PDEArena), arXiv:2209.15616, 2022";

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the option, in one line
   */
  public ShallowWaterPreset {
    if (resolution < 8 || resolution > 8192) {
      throw new GalerkinException("--resolution = " + resolution + " is out of range; it must be"
          + " in [8, 8192]");
    }
    if (stride < 1 || resolution % stride != 0) {
      throw new GalerkinException("--stride = " + stride + " does not divide --resolution = "
          + resolution + "; pass a divisor of it");
    }
    if (!(meanDepth > 0) || !Double.isFinite(meanDepth)) {
      throw new GalerkinException("--mean-depth = " + meanDepth + " is out of range; it must be"
          + " > 0");
    }
    if (bumps < 0 || bedBumps < 0 || bumps > 1000 || bedBumps > 1000) {
      throw new GalerkinException("--bumps = " + bumps + ", --bed-bumps = " + bedBumps + " are out"
          + " of range; each must be in [0, 1000]");
    }
    if (!(bumpHeight >= 0) || !(bedHeight >= 0) || !Double.isFinite(bumpHeight + bedHeight)) {
      throw new GalerkinException("--bump-height = " + bumpHeight + ", --bed-height = " + bedHeight
          + " are out of range; each must be >= 0");
    }
  }

  /**
   * @return the defaults: 64², stride 1, g = 1, H = 1, 3 bumps of 0.2, 3 bed bumps of 0.25, T = 1
   *     with 20 outputs
   */
  public static ShallowWaterPreset defaults() {
    return new ShallowWaterPreset(64, 1, ShallowWaterConfig.defaults(), 1, 3, 0.2, 3, 0.25,
        new OutputTimes(1, 20));
  }

  /** The options of {@code galerkin generate shallow-water}. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 64, "Cells per side s of the solve on the periodic unit"
          + " square"),
      OptionSpec.integer("stride", 1, "Store the averages of stride x stride blocks; it must"
          + " divide s"),
      PresetOptions.real("gravity", "1", "Gravity g (1: nondimensional; 9.81 for SI units)"),
      PresetOptions.real("mean-depth", "1", "Mean depth H of the still water"),
      OptionSpec.integer("bumps", 3, "Number of Gaussian bumps on the initial free surface"),
      PresetOptions.real("bump-height", "0.2", "Largest surface bump amplitude, drawn in"
          + " [1/4, 1] of it"),
      OptionSpec.integer("bed-bumps", 3, "Number of Gaussian bumps of the bathymetry"),
      PresetOptions.real("bed-height", "0.25", "Largest bathymetry bump height, drawn in"
          + " [1/4, 1] of it"),
      PresetOptions.real("cfl", "0.4", "CFL number of the step choice, in (0, 0.5]")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (20 times to T = 1 unless given) */
  public static ShallowWaterPreset from(OptionValues v) {
    ShallowWaterConfig c = ShallowWaterConfig.defaults().withGravity(v.getDouble("gravity"))
        .withCfl(v.getDouble("cfl"));
    return new ShallowWaterPreset(v.getInt("resolution"), v.getInt("stride"), c,
        v.getDouble("mean-depth"), v.getInt("bumps"), v.getDouble("bump-height"),
        v.getInt("bed-bumps"), v.getDouble("bed-height"),
        PresetOptions.times(v, defaults().times()));
  }

  private CellGrid solveGrid() {
    return CellGrid.unitSquare(resolution);
  }

  private CellGrid storedGrid() {
    return CellGrid.unitSquare(resolution / stride);
  }

  @Override
  public String name() {
    return "shallow-water";
  }

  @Override
  public List<FieldSpec> fields() {
    int r = resolution / stride;
    return List.of(new FieldSpec("b", FieldRole.INPUT, Shape.of(r, r)),
        new FieldSpec("a", FieldRole.INPUT, Shape.of(r, r, 3)),
        new FieldSpec("q", FieldRole.OUTPUT, Shape.of(times.count(), r, r, 3)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    CellGrid g = storedGrid();
    return times.coordinates2D(g.xCentres(), g.yCentres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "shallow water: h_t + div(hu) = 0, (hu)_t + div(hu u) + grad(g"
        + " h^2/2) = -g h grad b on the periodic unit square; q = (h, hu, hv)");
    a.put(DatasetAttributes.GENERATOR, "b: " + bedBumps + " periodic Gaussian bumps of height"
        + " U[1/4, 1]*" + bedHeight + ", width U[0.05, 0.15]; eta0 = " + meanDepth + " + " + bumps
        + " bumps of U[1/4, 1]*" + bumpHeight + ", width U[0.04, 0.1]; h0 = eta0 - b, u0 = v0 = 0");
    a.put(DatasetAttributes.SOLVER, "finite volumes: MUSCL (" + solver.limiter() + "), hydrostatic"
        + " reconstruction (Audusse et al. 2004), HLL, SSP-RK3, CFL " + solver.cfl());
    a.put(DatasetAttributes.RESOLUTION, new long[] {resolution / stride, resolution / stride});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "gravity", solver.gravity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "mean_depth", meanDepth);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "bumps", (long) bumps);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "bump_height", bumpHeight);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "bed_bumps", (long) bedBumps);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "bed_height", bedHeight);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_resolution", (long) resolution);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", SOURCE);
    return a;
  }

  /** @return the torus: periodic in x and y */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC);
  }

  @Override
  public SampleMaker newMaker() {
    CellGrid grid = solveGrid();
    ShallowWaterSolver sw = new ShallowWaterSolver(grid, Boundaries.periodic(), solver);
    double[] t = times.times();
    return (rng, index, out) -> {
      double[] b = new double[grid.interiorCells()];
      double[] q0 = new double[3 * grid.interiorCells()];
      addBumps(rng, grid, bedBumps, bedHeight, 0.05, 0.15, b);
      double[] eta = new double[grid.interiorCells()];
      java.util.Arrays.fill(eta, meanDepth);
      addBumps(rng, grid, bumps, bumpHeight, 0.04, 0.1, eta);
      for (int c = 0; c < b.length; c++) {
        q0[3 * c] = eta[c] - b[c];
      }
      checkDepth(index, grid, q0, 0);
      Trajectory traj = sw.solve(b, q0, t);
      int frame = 3 * grid.interiorCells();
      double[] all = traj.values();
      for (int k = 0; k < t.length; k++) {
        double[] f = java.util.Arrays.copyOfRange(all, k * frame, (k + 1) * frame);
        checkDepth(index, grid, f, t[k]);
        double[] stored = grid.coarsen(f, 3, stride);
        System.arraycopy(stored, 0, out[2], k * stored.length, stored.length);
      }
      System.arraycopy(grid.coarsen(b, 1, stride), 0, out[0], 0, out[0].length);
      System.arraycopy(grid.coarsen(q0, 3, stride), 0, out[1], 0, out[1].length);
    };
  }

  /** Adds {@code count} periodic Gaussian bumps of amplitude {@code U[¼, 1]·height} to {@code v}. */
  static void addBumps(UniformRandomProvider rng, CellGrid g, int count, double height,
      double minWidth, double maxWidth, double[] v) {
    double[] x = g.xCentres();
    double[] y = g.yCentres();
    for (int k = 0; k < count; k++) {
      double cx = rng.nextDouble();
      double cy = rng.nextDouble();
      double sigma = minWidth + (maxWidth - minWidth) * rng.nextDouble();
      double amp = height * (0.25 + 0.75 * rng.nextDouble());
      double inv = 1 / (2 * sigma * sigma);
      for (int i = 0; i < g.nx(); i++) {
        for (int j = 0; j < g.ny(); j++) {
          double s = 0;
          for (int ix = -1; ix <= 1; ix++) {
            double dx = x[i] - cx + ix;
            for (int iy = -1; iy <= 1; iy++) {
              double dy = y[j] - cy + iy;
              s += Math.exp(-(dx * dx + dy * dy) * inv);
            }
          }
          v[i * g.ny() + j] += amp * s;
        }
      }
    }
  }

  /** Fails, naming the sample, where a depth is not positive (dried) or not finite. */
  private void checkDepth(long index, CellGrid g, double[] q, double time) {
    for (int c = 0; c < g.interiorCells(); c++) {
      if (!(q[3 * c] > solver.dryDepth())) {
        throw new SolverException("shallow-water sample " + index + ": depth h = " + q[3 * c]
            + " at t = " + time + ", cell (" + c / g.ny() + ", " + c % g.ny() + ") is not positive;"
            + " the bed reaches the surface: lower --bed-height or --bump-height, or raise"
            + " --mean-depth");
      }
    }
  }
}
