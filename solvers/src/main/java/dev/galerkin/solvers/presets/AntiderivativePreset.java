package dev.galerkin.solvers.presets;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.ode.Antiderivative;
import dev.galerkin.solvers.ode.InputFunction;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.random.CholeskyGaussianField;
import java.util.List;
import java.util.Map;

/**
 * DeepONet's antiderivative operator (Lu et al., "Learning nonlinear operators via DeepONet",
 * Nature Machine Intelligence 3, 2021, §"Antiderivative"): {@code u} is a Gaussian random field on
 * [0, 1] with a squared-exponential kernel (length scale 0.2) seen at {@code m} equispaced sensors;
 * {@code s(x) = ∫₀ˣ u} at the same points.
 *
 * <p>Fields: input {@code u} {@code [m]}, output {@code s} {@code [m]}; coordinate {@code x}
 * {@code [m]}.
 *
 * @param sensors number of sensors {@code m}, in {@code [3, 4096]} (100 in the paper)
 * @param lengthScale the kernel length scale, on the unit interval, {@code > 0}
 * @param tolerance the ODE integrator's tolerances
 */
public record AntiderivativePreset(int sensors, double lengthScale, OdeTolerance tolerance)
    implements DatasetRecipe {

  /** Validates the parameters. */
  public AntiderivativePreset {
    SensorInputs.check(sensors, lengthScale);
  }

  /** @return the paper's setup: 100 sensors, length scale 0.2, tolerance 1e-10 */
  public static AntiderivativePreset deepOnet() {
    return new AntiderivativePreset(100, 0.2, OdeTolerance.tight());
  }

  private Grid1D grid() {
    return Grid1D.bounded(0, 1, sensors);
  }

  /** The options of {@code galerkin generate antiderivative}, with the paper's values as defaults. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("sensors", 100, "Sensors m on [0, 1]"),
      PresetOptions.real("length-scale", "0.2", "Kernel length scale, in units of x"),
      PresetOptions.real("tolerance", "1e-10", "Integrator tolerance, absolute and relative"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static AntiderivativePreset from(OptionValues v) {
    double tol = v.getDouble("tolerance");
    return new AntiderivativePreset(v.getInt("sensors"), v.getDouble("length-scale"),
        new OdeTolerance(tol, tol));
  }

  @Override
  public String name() {
    return "antiderivative";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(new FieldSpec("u", FieldRole.INPUT, Shape.of(sensors)),
        new FieldSpec("s", FieldRole.OUTPUT, Shape.of(sensors)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return Map.of("x", DoubleArray.wrap(Shape.of(sensors), grid().coordinates()));
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = SensorInputs.attributes("antiderivative: s'(x) = u(x), s(0) = 0, x in [0, 1]",
        sensors, lengthScale, tolerance);
    return a;
  }

  /** @return an initial-value problem in x (s(0) = 0): open */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.OPEN);
  }

  @Override
  public SampleMaker newMaker() {
    Grid1D grid = grid();
    double[] x = grid.coordinates();
    CholeskyGaussianField<Grid1D> field = SensorInputs.field(grid, lengthScale);
    Antiderivative solver = new Antiderivative(tolerance);
    return (rng, index, out) -> {
      field.sample(rng, out[0]);
      double[] s = solver.solve(InputFunction.spline(x, out[0]), x);
      System.arraycopy(s, 0, out[1], 0, sensors);
    };
  }
}
