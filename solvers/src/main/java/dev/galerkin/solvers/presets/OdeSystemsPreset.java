package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.ode.OdeSystem;
import dev.galerkin.solvers.ode.OdeSystems;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.ode.symbolic.EquationTokens;
import dev.galerkin.solvers.ode.symbolic.Expression;
import dev.galerkin.solvers.ode.symbolic.SymbolCorruption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * PROSE's ODE data (Liu, Zhang, Schaeffer, <i>PROSE: Predicting Operators and Symbolic Expressions
 * using Multimodal Transformers</i>, Neural Networks 2024; reference code {@code felix-lyx/prose}):
 * trajectories of the {@link OdeSystems} families with parameters drawn uniformly within
 * {@code ±range} of nominal and initial states uniformly in each family's box, integrated by
 * Dormand–Prince 8(5,3) on {@code t_k = kT/(P − 1)}, {@code k = 0 … P − 1} (the reference: T = 6,
 * P = 192, the first 64 as input); sample {@code i} is family {@code i mod F}.
 *
 * <p>Fields, {@code d} the largest state dimension of the chosen families (components beyond a
 * system's own dimension are 0):
 * <ul>
 *   <li>{@code a} (input) {@code [p, d]}: the first {@code p} states;
 *   <li>{@code u} (output) {@code [P − p, d]}: the rest of the trajectory;
 *   <li>{@code symbols} (input, int32) {@code [L]}: the token ids ({@link EquationTokens}) of a
 *       corrupted copy of the equation ({@link SymbolCorruption}, the kind drawn uniformly per
 *       sample), padded with {@code <pad>} = 0;
 *   <li>{@code equation} (output, int32) {@code [L]}: the true equation's token ids (its
 *       coefficients rounded to three digits by the encoding, the trajectory integrated with the
 *       exact ones);
 *   <li>{@code system} (output, int32) {@code [3]}: the family's index in {@code families}, its
 *       state dimension, the corruption kind (0 coefficient noise, 1 term added, 2 term removed).
 * </ul>
 * Coordinate {@code t} {@code [P]}; attributes {@code families}, {@code equation_vocabulary} (the
 * tokens in id order, space-separated) and the parameters.
 *
 * @param families the families, by name
 * @param points {@code P}
 * @param inputPoints {@code p}, in {@code [1, P)}
 * @param finalTime {@code T}
 * @param range the relative half-width of the parameter draws, in {@code [0, 1)}
 * @param noise the relative standard deviation of the coefficient-noise corruption
 * @param maxTokens {@code L}
 * @param tolerance the integrator's tolerances
 */
public record OdeSystemsPreset(List<String> families, int points, int inputPoints,
    double finalTime, double range, double noise, int maxTokens, OdeTolerance tolerance)
    implements DatasetRecipe {

  /** Validates the parameters. */
  public OdeSystemsPreset {
    if (families.isEmpty()) {
      throw new GalerkinException("--families is empty; name at least one of "
          + OdeSystems.all().stream().map(OdeSystem::name).toList());
    }
    families.forEach(OdeSystems::find);
    if (points < 2 || inputPoints < 1 || inputPoints >= points) {
      throw new GalerkinException("--input-points = " + inputPoints + " with --points = " + points
          + "; need 1 <= input points < points");
    }
    if (!(finalTime > 0) || !Double.isFinite(finalTime)) {
      throw new GalerkinException("--final-time = " + finalTime + "; pass a finite T > 0");
    }
    if (!(range >= 0 && range < 1)) {
      throw new GalerkinException("--parameter-range = " + range + " is outside [0, 1)");
    }
    if (!(noise >= 0) || !Double.isFinite(noise)) {
      throw new GalerkinException("--coefficient-noise = " + noise + "; pass a finite value >= 0");
    }
    if (maxTokens < 8) {
      throw new GalerkinException("--max-tokens = " + maxTokens + " is too short; use 64");
    }
  }

  /** The options of {@code galerkin generate ode-systems}, the reference's values as defaults. */
  public static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.text("families", OdeSystems.all().stream().map(OdeSystem::name)
          .collect(Collectors.joining(",")), "ODE families, comma-separated"),
      OptionSpec.integer("points", 192, "Time points P on [0, T] (PROSE: 192)"),
      OptionSpec.integer("input-points", 64, "Leading points given as input a (PROSE: 64)"),
      PresetOptions.real("final-time", "6", "Final time T, in the systems' time units (PROSE: 6)"),
      PresetOptions.real("parameter-range", "0.1", "Parameters drawn within +-range of nominal,"
          + " relative (PROSE: 0.1)"),
      PresetOptions.real("coefficient-noise", "0.05", "Relative standard deviation of the"
          + " coefficient-noise corruption of the symbol input"),
      OptionSpec.integer("max-tokens", 64, "Token length L of symbols and equation (padded)"),
      PresetOptions.real("tolerance", "1e-9", "Integrator tolerance, absolute and relative"));

  /** @return the preset for values of {@link #OPTIONS} */
  public static OdeSystemsPreset from(OptionValues v) {
    double tol = v.getDouble("tolerance");
    List<String> names = List.of(v.getString("families").split(",")).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    return new OdeSystemsPreset(names, v.getInt("points"), v.getInt("input-points"),
        v.getDouble("final-time"), v.getDouble("parameter-range"),
        v.getDouble("coefficient-noise"), v.getInt("max-tokens"), new OdeTolerance(tol, tol));
  }

  private List<OdeSystem> systems() {
    return families.stream().map(OdeSystems::find).toList();
  }

  private int dimension() {
    return systems().stream().mapToInt(OdeSystem::dimension).max().orElseThrow();
  }

  private double[] times() {
    return IntStream.range(0, points).mapToDouble(k -> finalTime * k / (points - 1)).toArray();
  }

  @Override
  public String name() {
    return "ode-systems";
  }

  @Override
  public List<FieldSpec> fields() {
    int d = dimension();
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(inputPoints, d)),
        new FieldSpec("u", FieldRole.OUTPUT, Shape.of(points - inputPoints, d)),
        FieldSpec.integers("symbols", FieldRole.INPUT, Shape.of(maxTokens)),
        FieldSpec.integers("equation", FieldRole.OUTPUT, Shape.of(maxTokens)),
        FieldSpec.integers("system", FieldRole.OUTPUT, Shape.of(3)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return Map.of("t", DoubleArray.wrap(Shape.of(points), times()));
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "autonomous ODE systems u' = f(u; p): " + String.join(", ", families));
    a.put(DatasetAttributes.GENERATOR, "family i mod F; parameters ~ U[(1 - r) p0, (1 + r) p0],"
        + " r = " + range + "; initial state uniform in the family's box; symbols: the equation"
        + " corrupted by coefficient noise (sigma " + noise + "), a term added or a term removed");
    a.put(DatasetAttributes.SOLVER, "Dormand-Prince 8(5,3), tolerance " + tolerance.absolute()
        + " absolute, " + tolerance.relative() + " relative");
    a.put(DatasetAttributes.PARAMETER_PREFIX + "points", (long) points);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "input_points", (long) inputPoints);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", finalTime);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "parameter_range", range);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "coefficient_noise", noise);
    a.put("families", String.join(",", families));
    a.put("equation_vocabulary", IntStream.range(0, EquationTokens.size())
        .mapToObj(EquationTokens::word).collect(Collectors.joining(" ")));
    a.put("source", "Liu, Zhang, Schaeffer, PROSE, Neural Networks 2024");
    return a;
  }

  /** @return an initial-value problem in t: open */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.OPEN);
  }

  @Override
  public SampleMaker newMaker() {
    List<OdeSystem> systems = systems();
    int d = dimension();
    double[] t = times();
    return (rng, index, out) -> {
      int f = (int) (index % systems.size());
      OdeSystem s = systems.get(f);
      double[] p = s.nominal().clone();
      for (int k = 0; k < p.length; k++) {
        p[k] *= 1 + range * (2 * rng.nextDouble() - 1);
      }
      double[] u0 = new double[s.dimension()];
      for (int k = 0; k < u0.length; k++) {
        u0[k] = s.initialLow()[k] + (s.initialHigh()[k] - s.initialLow()[k]) * rng.nextDouble();
      }
      List<Expression> rhs = s.rightHandSide(p);
      double[] traj = OdeSystem.integrate(s.name(), rhs, u0, t, tolerance);
      java.util.Arrays.fill(out[0], 0);
      java.util.Arrays.fill(out[1], 0);
      for (int k = 0; k < points; k++) {
        double[] dst = k < inputPoints ? out[0] : out[1];
        int row = k < inputPoints ? k : k - inputPoints;
        System.arraycopy(traj, k * s.dimension(), dst, row * d, s.dimension());
      }
      SymbolCorruption.Kind kind = SymbolCorruption.Kind.values()[rng.nextInt(3)];
      tokens(SymbolCorruption.apply(rhs, kind, noise, rng), out[2], s.name());
      tokens(rhs, out[3], s.name());
      out[4][0] = f;
      out[4][1] = s.dimension();
      out[4][2] = kind.ordinal();
    };
  }

  private void tokens(List<Expression> system, double[] out, String family) {
    int[] ids = EquationTokens.encode(system);
    if (ids.length > maxTokens) {
      throw new GalerkinException(family + ": the equation takes " + ids.length + " tokens, more"
          + " than --max-tokens " + maxTokens + "; raise --max-tokens");
    }
    java.util.Arrays.fill(out, EquationTokens.PAD);
    for (int k = 0; k < ids.length; k++) {
      out[k] = ids[k];
    }
  }

  /** @return the token ids of sample {@code symbols} or {@code equation} rows, cut at {@code <eos>} */
  public static int[] trim(int[] row) {
    List<Integer> out = new ArrayList<>();
    for (int id : row) {
      out.add(id);
      if (id == EquationTokens.EOS) {
        break;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
