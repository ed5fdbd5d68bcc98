package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
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
import dev.galerkin.solvers.ode.ForcedPendulum;
import dev.galerkin.solvers.ode.InputFunction;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.random.CholeskyGaussianField;
import java.util.List;
import java.util.Map;

/**
 * DeepONet's forced gravity pendulum (Lu et al., "Learning nonlinear operators via DeepONet", 2021):
 * {@code s' = v}, {@code v' = −k sin s + u(t)}, {@code s(0) = v(0) = 0} on {@code [0, T]}, with the
 * forcing {@code u} a squared-exponential Gaussian random field seen at {@code m} sensors.
 *
 * <p>Fields: input {@code u} {@code [m]}, output {@code s} {@code [m, 2]} (angle and angular
 * velocity, channels last); coordinate {@code t} {@code [m]}.
 *
 * @param sensors number of sensors {@code m}, in {@code [3, 4096]} (100 in the paper)
 * @param k the gravity coefficient, 1/time² ({@code 1} in the paper)
 * @param finalTime {@code T}, in time units ({@code 1} in the paper)
 * @param lengthScale the forcing's kernel length scale, in time units ({@code 0.2})
 * @param tolerance the ODE integrator's tolerances
 */
public record PendulumPreset(int sensors, double k, double finalTime, double lengthScale,
    OdeTolerance tolerance) implements DatasetRecipe {

  /** Validates the parameters. */
  public PendulumPreset {
    SensorInputs.check(sensors, lengthScale);
    if (!(k >= 0) || !Double.isFinite(k)) {
      throw new GalerkinException("--k = " + k + " is out of range; it must be finite and >= 0");
    }
    if (!(finalTime > 0) || !Double.isFinite(finalTime)) {
      throw new GalerkinException("--final-time = " + finalTime + " is out of range; it must be > 0");
    }
  }

  /** @return the paper's setup: 100 sensors, k = 1, T = 1, length scale 0.2, tolerance 1e-10 */
  public static PendulumPreset deepOnet() {
    return new PendulumPreset(100, 1, 1, 0.2, OdeTolerance.tight());
  }

  private Grid1D grid() {
    return Grid1D.bounded(0, finalTime, sensors);
  }

  /** The options of {@code galerkin generate pendulum}, with the paper's values as defaults. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.integer("sensors", 100, "Sensors m on [0, T]"),
      PresetOptions.real("k", "1", "Gravity coefficient g/l, 1/time^2"),
      PresetOptions.real("final-time", "1", "Final time T"),
      PresetOptions.real("length-scale", "0.2", "Kernel length scale of the forcing, in time units"),
      PresetOptions.real("tolerance", "1e-10", "Integrator tolerance, absolute and relative"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static PendulumPreset from(OptionValues v) {
    double tol = v.getDouble("tolerance");
    return new PendulumPreset(v.getInt("sensors"), v.getDouble("k"), v.getDouble("final-time"),
        v.getDouble("length-scale"), new OdeTolerance(tol, tol));
  }

  @Override
  public String name() {
    return "pendulum";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(new FieldSpec("u", FieldRole.INPUT, Shape.of(sensors)),
        new FieldSpec("s", FieldRole.OUTPUT, Shape.of(sensors, 2)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return Map.of("t", DoubleArray.wrap(Shape.of(sensors), grid().coordinates()));
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = SensorInputs.attributes("forced pendulum: s' = v, v' = -k sin(s) + u(t), s(0) = v(0) = 0",
        sensors, lengthScale, tolerance);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "k", k);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", finalTime);
    return a;
  }

  /** @return an initial-value problem in t: open */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.OPEN);
  }

  @Override
  public SampleMaker newMaker() {
    Grid1D grid = grid();
    double[] t = grid.coordinates();
    CholeskyGaussianField<Grid1D> field = SensorInputs.field(grid, lengthScale);
    ForcedPendulum solver = new ForcedPendulum(k, tolerance);
    return (rng, index, out) -> {
      field.sample(rng, out[0]);
      double[] sv = solver.solve(InputFunction.spline(t, out[0]), t);
      System.arraycopy(sv, 0, out[1], 0, sv.length);
    };
  }
}
