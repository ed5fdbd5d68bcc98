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
import dev.galerkin.solvers.finitevolume.BoundaryKind;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.shallowwater.ShallowWaterConfig;
import dev.galerkin.solvers.shallowwater.ShallowWaterSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PDEBench's 2D radial dam break (Takamoto et al., "PDEBench: An Extensive Benchmark for
 * Scientific Machine Learning", NeurIPS 2022 Datasets and Benchmarks; their {@code
 * radial_dam_break} configuration) on the existing {@link ShallowWaterSolver}: the shallow-water
 * equations over a flat bed ({@code b = 0}) on {@code [−2.5, 2.5]²}, transmissive (zero-gradient,
 * PyClaw's {@code extrap}) boundaries on all four sides. The front barely reaches them by
 * {@code t = 1}: at 128² the widest dam ({@code R = 0.7}) first moves the second ring of cells
 * from the sides at {@code t = 0.93} (measured in the test beside it).
 *
 * <p><b>Samples.</b> Nondimensional units, gravity {@code g} (default 1). The water starts at rest
 * with depth {@code h0 = innerDepth} (default 2) at the cell centres within distance {@code R} of
 * the origin and {@code h0 = 1} elsewhere (point values at the centres, not cell averages, as
 * PDEBench sets them), {@code R ~ U[minRadius, maxRadius]} (default {@code U[0.3, 0.7]}), one
 * draw per sample from {@code (seed, i)} alone. The values above were checked against PDEBench's
 * configuration and generator ({@code configs/radial_dam_break.yaml}, {@code
 * gen_radial_dam_break.py}, {@code src/sim_radial_dam_break.py}).
 *
 * <p><b>Fields</b> (on {@code s²} cells, {@code s} = {@code resolution}, default 128): input {@code
 * a = q(t = 0)} {@code [s, s, 3]}, output {@code q = (h, hu, hv)} {@code [T, s, s, 3]} at {@code
 * t_k = k·T_final/T}, {@code k = 1 … T} (defaults {@code T_final = 1}, {@code T = 100}), so {@code
 * a} and {@code q} together hold PDEBench's 101 times {@code t = 0, 0.01, …, 1}; coordinates
 * {@code x}, {@code y} {@code [s]} (cell centres) and {@code t} {@code [T]}. PDEBench's file
 * stores only {@code h}; this preset stores all three conserved channels, as the {@code
 * shallow-water} preset does ({@code h} is channel 0).
 *
 * <p><b>Differences from PDEBench.</b> PDEBench solves with PyClaw (Roe solver with entropy fix,
 * wave propagation with the MC limiter); here the solver is MUSCL (monotonised central) with HLL
 * and SSP-RK3 at CFL {@code cfl} (default 0.4), so the data agree with theirs to discretisation
 * error, not bit for bit; and PDEBench's random draw uses NumPy's generator seeded by the sample
 * index, this one Galerkin's {@code (seed, i)} stream.
 *
 * @param resolution cells per side {@code s}, in {@code [8, 8192]}
 * @param solver gravity, dry depth, CFL number, limiter
 * @param innerDepth depth inside the dam, {@code > 0}
 * @param minRadius least dam radius, {@code > 0}
 * @param maxRadius largest dam radius, {@code >= minRadius} and {@code < 2.5} (inside the domain)
 * @param times the output times
 */
public record ShallowWaterDamBreakPreset(int resolution, ShallowWaterConfig solver,
    double innerDepth, double minRadius, double maxRadius, OutputTimes times)
    implements DatasetRecipe {

  /** Half the side of the square domain {@code [−L, L]²}, {@code L = 2.5}. */
  public static final double HALF_WIDTH = 2.5;

  /** The depth outside the dam. */
  public static final double OUTER_DEPTH = 1.0;

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the option, in one line
   */
  public ShallowWaterDamBreakPreset {
    if (resolution < 8 || resolution > 8192) {
      throw new GalerkinException("--resolution = " + resolution + " is out of range; it must be"
          + " in [8, 8192]");
    }
    if (!(innerDepth > 0) || !Double.isFinite(innerDepth)) {
      throw new GalerkinException("--inner-depth = " + innerDepth + " is out of range; it must be"
          + " > 0");
    }
    if (!(minRadius > 0) || !(maxRadius >= minRadius) || !(maxRadius < HALF_WIDTH)) {
      throw new GalerkinException("--min-radius = " + minRadius + ", --max-radius = " + maxRadius
          + " are out of range; they must satisfy 0 < min <= max < " + HALF_WIDTH
          + " (the dam inside the domain)");
    }
  }

  /**
   * @return PDEBench's setup: 128², g = 1, inner depth 2, R ~ U[0.3, 0.7], T = 1 with 100
   *     outputs
   */
  public static ShallowWaterDamBreakPreset defaults() {
    return new ShallowWaterDamBreakPreset(128, ShallowWaterConfig.defaults(), 2.0, 0.3, 0.7,
        new OutputTimes(1, 100));
  }

  /** The options of {@code galerkin generate shallow-water-dam-break}. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 128, "Cells per side s on [-2.5, 2.5]^2"),
      PresetOptions.real("gravity", "1", "Gravity g (1, as PDEBench)"),
      PresetOptions.real("inner-depth", "2", "Depth inside the dam (1 outside)"),
      PresetOptions.real("min-radius", "0.3", "Least dam radius R, drawn in [min, max]"),
      PresetOptions.real("max-radius", "0.7", "Largest dam radius R, < 2.5"),
      PresetOptions.real("cfl", "0.4", "CFL number of the step choice, in (0, 0.5]")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (100 times to T = 1 unless given) */
  public static ShallowWaterDamBreakPreset from(OptionValues v) {
    ShallowWaterConfig c = ShallowWaterConfig.defaults().withGravity(v.getDouble("gravity"))
        .withCfl(v.getDouble("cfl"));
    return new ShallowWaterDamBreakPreset(v.getInt("resolution"), c, v.getDouble("inner-depth"),
        v.getDouble("min-radius"), v.getDouble("max-radius"),
        PresetOptions.times(v, defaults().times()));
  }

  /** @return the grid of {@code s²} cells on {@code [−2.5, 2.5]²} */
  public CellGrid grid() {
    return CellGrid.rectangle(resolution, resolution, -HALF_WIDTH, HALF_WIDTH, -HALF_WIDTH,
        HALF_WIDTH);
  }

  @Override
  public String name() {
    return "shallow-water-dam-break";
  }

  @Override
  public List<FieldSpec> fields() {
    int s = resolution;
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(s, s, 3)),
        new FieldSpec("q", FieldRole.OUTPUT, Shape.of(times.count(), s, s, 3)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    CellGrid g = grid();
    return times.coordinates2D(g.xCentres(), g.yCentres());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "shallow water, flat bed: h_t + div(hu) = 0, (hu)_t + div(hu u)"
        + " + grad(g h^2/2) = 0 on [-2.5, 2.5]^2, transmissive sides; q = (h, hu, hv)");
    a.put(DatasetAttributes.GENERATOR, "radial dam break: h0 = " + innerDepth + " at cell centres"
        + " with |x| <= R, " + OUTER_DEPTH + " elsewhere, R ~ U[" + minRadius + ", " + maxRadius
        + "], u0 = v0 = 0");
    a.put(DatasetAttributes.SOLVER, "finite volumes: MUSCL (" + solver.limiter() + "), HLL,"
        + " SSP-RK3, CFL " + solver.cfl() + " (PDEBench: PyClaw, Roe with entropy fix, MC)");
    a.put(DatasetAttributes.RESOLUTION, new long[] {resolution, resolution});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "gravity", solver.gravity());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "inner_depth", innerDepth);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "outer_depth", OUTER_DEPTH);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "min_radius", minRadius);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "max_radius", maxRadius);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "half_width", HALF_WIDTH);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and Benchmarks");
    return a;
  }

  /** @return transmissive (zero-gradient outflow) in x and y: the domain is truncated, open */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.OPEN, BoundaryCondition.OPEN);
  }

  @Override
  public SampleMaker newMaker() {
    CellGrid grid = grid();
    ShallowWaterSolver sw = new ShallowWaterSolver(grid, Boundaries.all(BoundaryKind.TRANSMISSIVE),
        solver);
    double[] t = times.times();
    double[] x = grid.xCentres();
    double[] y = grid.yCentres();
    double[] bed = new double[grid.interiorCells()];
    return (rng, index, out) -> {
      double radius = minRadius + (maxRadius - minRadius) * rng.nextDouble();
      double[] q0 = initialState(x, y, radius);
      Trajectory traj = sw.solve(bed, q0, t);
      double[] all = traj.values();
      for (int c = 0; c < all.length / 3; c++) {
        if (!(all[3 * c] > solver.dryDepth())
            || !Double.isFinite(all[3 * c + 1] + all[3 * c + 2])) {
          throw new SolverException("shallow-water-dam-break sample " + index + ": state ("
              + all[3 * c] + ", " + all[3 * c + 1] + ", " + all[3 * c + 2] + ") at frame "
              + c / grid.interiorCells() + " is dry or not finite; lower --cfl");
        }
      }
      System.arraycopy(all, 0, out[1], 0, out[1].length);
      System.arraycopy(q0, 0, out[0], 0, out[0].length);
    };
  }

  /** @return {@code (h, 0, 0)} at the cells, {@code [nx, ny, 3]}, for a dam of radius {@code r} */
  double[] initialState(double[] x, double[] y, double r) {
    double[] q = new double[3 * x.length * y.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        double d = Math.sqrt(x[i] * x[i] + y[j] * y[j]);
        q[3 * (i * y.length + j)] = d <= r ? innerDepth : OUTER_DEPTH;
      }
    }
    return q;
  }
}
