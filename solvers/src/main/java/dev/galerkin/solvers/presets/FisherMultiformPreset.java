package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleMaker;
import dev.galerkin.solvers.reaction.DiffusionReactionConfig;
import dev.galerkin.solvers.reaction.DiffusionReactionSolver;
import dev.galerkin.solvers.reaction.PolynomialReaction;
import dev.galerkin.solvers.spectral.Dealiasing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fisher-type reaction–diffusion with several reaction forms, the Fisher tasks of the multi-task
 * DeepONet (Kumar et al., <i>Synergistic learning with multi-task DeepONet for efficient PDE
 * problem solving</i>, 2024): {@code u_t = D u_xx + R(u)} on the periodic unit interval, {@code t ∈
 * (0, T]}, with {@code R} drawn per sample among the {@link FisherForm}s ({@code u − u²}, {@code u
 * − u³}, {@code a u − b u² − c u³}).
 *
 * <p>Per sample, from its own stream: the form (uniform among {@code forms}), its coefficients,
 * then the initial field of {@link DiffusionReactionPreset} ({@code |two random sine waves|} scaled to
 * {@code [0, 1]}). Solved pseudo-spectrally with ETDRK4 on {@code n} nodes (256) with the 1/2
 * de-aliasing rule for every form (exact for the cubic terms, so the forms share one
 * discretisation), stored every {@code stride}-th node (64 points) at {@code count} times (20).
 * Solutions stay in {@code [0, 2]} (see {@link FisherForm#POLYNOMIAL}).
 *
 * <p>Fields: inputs {@code a = u0} {@code [r]}, {@code c = (c_0, …, c_3)} {@code [4]}, {@code
 * form_id} {@code [1]} (the {@link FisherForm} ordinal: 0 logistic, 1 cubic, 2 polynomial), output
 * {@code u} {@code [T, r]}; coordinates {@code x} {@code [r]}, {@code t} {@code [T]}.
 *
 * @param diffusivity {@code D}, finite and {@code >= 0}, in length²/time (0.01)
 * @param nodes the solve's node count {@code n}, even and {@code >= 8}
 * @param stride store every {@code stride}-th node; it must divide {@code n}
 * @param dtMax the largest ETDRK4 step (2e-3)
 * @param times the output times ({@code T = 2}, 20 times)
 * @param forms the forms drawn from, non-empty, no repeats
 */
public record FisherMultiformPreset(double diffusivity, int nodes, int stride, double dtMax,
    OutputTimes times, List<FisherForm> forms) implements DatasetRecipe {

  /** Validates the parameters, naming the options. */
  public FisherMultiformPreset {
    if (forms == null || forms.isEmpty() || forms.stream().distinct().count() != forms.size()) {
      throw new GalerkinException("--forms = " + forms + ": give one or more of logistic, cubic,"
          + " polynomial, each once");
    }
    forms = List.copyOf(forms);
    if (times == null) {
      throw new GalerkinException(
          "FisherMultiformPreset.times is null; pass new OutputTimes(2, 20)");
    }
    if (nodes < 8 || nodes % 2 != 0) {
      throw new GalerkinException("--resolution = " + nodes + " is out of range; give an even node"
          + " count >= 8 (a power of two is fastest)");
    }
    config(diffusivity, nodes, dtMax, PolynomialReaction.of(0, 1, -1, 0)).grid()
        .subsample(stride); // names bad values
  }

  /**
   * @return the defaults: D = 0.01, 256 nodes stored at 64, dt <= 2e-3 (relative L2 difference to
   *     a step eight times smaller 1.3e-8, below float32 rounding; {@code
   *     FisherMultiformTimeStepTest}), 20 times to T = 2
   */
  public static FisherMultiformPreset defaults() {
    return new FisherMultiformPreset(0.01, 256, 4, 2e-3, new OutputTimes(2, 20),
        List.of(FisherForm.values()));
  }

  /** The options of {@code galerkin generate fisher-multiform}. */
  public static final List<OptionSpec> OPTIONS = PresetOptions.join(List.of(
      OptionSpec.integer("resolution", 256, "Nodes n of the solve, even"),
      OptionSpec.integer("stride", 4, "Store every stride-th node; it must divide n (64 points at"
          + " the defaults)"),
      PresetOptions.real("nu", "0.01", "Diffusivity D >= 0"),
      PresetOptions.real("dt-max", "2e-3", "Largest time step"),
      OptionSpec.text("forms", "logistic,cubic,polynomial", "Reaction forms drawn per sample,"
          + " comma-separated: logistic (u - u^2), cubic (u - u^3), polynomial (a u - b u^2 -"
          + " c u^3, a ~ U[0.5, 1.5], b, c ~ U[0.25, 1])")),
      PresetOptions.TIMES);

  /** @return the preset for values of {@link #OPTIONS} (20 times to T = 2 unless given) */
  public static FisherMultiformPreset from(OptionValues v) {
    return new FisherMultiformPreset(v.getDouble("nu"), v.getInt("resolution"),
        v.getInt("stride"), v.getDouble("dt-max"), PresetOptions.times(v, new OutputTimes(2, 20)),
        PresetOptions.enumList("forms", v.getString("forms"), FisherForm.class));
  }

  private static DiffusionReactionConfig config(double diffusivity, int nodes, double dtMax,
      PolynomialReaction reaction) {
    return DiffusionReactionConfig.builder().diffusivity(diffusivity).reaction(reaction)
        .nodes(nodes).dtMax(dtMax).dealiasing(Dealiasing.ONE_HALF).build();
  }

  private Grid1D stored() {
    return Grid1D.periodic(0, 1, nodes).subsample(stride);
  }

  @Override
  public String name() {
    return "fisher-multiform";
  }

  @Override
  public List<FieldSpec> fields() {
    int r = stored().nodes();
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(r)),
        new FieldSpec("c", FieldRole.INPUT, Shape.of(FisherForm.TERMS)),
        new FieldSpec("form_id", FieldRole.INPUT, Shape.of(1)),
        new FieldSpec("u", FieldRole.OUTPUT, Shape.of(times.count(), r)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return times.coordinates1D(stored());
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(DatasetAttributes.PDE, "fisher-multiform: u_t = D u_xx + R(u), R(u) = sum_k c_k u^k"
        + " (k = 0..3), periodic on [0, 1)");
    a.put(DatasetAttributes.GENERATOR, "per sample: form uniform among " + String.join(", ",
        forms.stream().map(FisherForm::label).toList()) + "; u0 = |sum of 2 sine waves (n in 1..8,"
        + " A in [0,1), random phase)| scaled to max 1");
    a.put(DatasetAttributes.SOLVER, "pseudo-spectral, 1/2 de-aliasing (exact for cubic R), ETDRK4, "
        + nodes + " nodes, dt <= " + dtMax);
    a.put(DatasetAttributes.RESOLUTION, new long[] {stored().nodes()});
    a.put(DatasetAttributes.PARAMETER_PREFIX + "nu", diffusivity);
    StringBuilder f = new StringBuilder();
    for (FisherForm form : forms) {
      f.append(f.length() == 0 ? "" : "; ").append("form_id ").append(form.ordinal()).append(" = ")
          .append(form.label()).append(": ").append(form.formula());
    }
    a.put(DatasetAttributes.PARAMETER_PREFIX + "forms", f.toString());
    a.put(DatasetAttributes.PARAMETER_PREFIX + "solve_nodes", (long) nodes);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "stride", (long) stride);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "final_time", times.finalTime());
    a.put("source", "Kumar et al., Synergistic Learning with Multi-Task DeepONet for Efficient PDE"
        + " Problem Solving, 2024");
    return a;
  }

  /** @return periodic in x */
  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.PERIODIC);
  }

  @Override
  public SampleMaker newMaker() {
    Grid1D grid = Grid1D.periodic(0, 1, nodes);
    double[] x = grid.coordinates();
    double[] u0 = new double[nodes];
    double[] t = times.times();
    return (rng, index, out) -> {
      FisherForm form = forms.get(forms.size() == 1 ? 0 : rng.nextInt(forms.size()));
      PolynomialReaction reaction = form.draw(rng);
      DiffusionReactionPreset.initialField(rng, x, u0);
      Trajectory traj = new DiffusionReactionSolver(config(diffusivity, nodes, dtMax,
          reaction)).solve(u0, t);
      System.arraycopy(grid.subsample(u0, stride), 0, out[0], 0, out[0].length);
      System.arraycopy(reaction.coefficients(), 0, out[1], 0, FisherForm.TERMS);
      out[2][0] = form.ordinal();
      times.subsampleFrames(traj.values(), nodes, frame -> grid.subsample(frame, stride), out[3]);
    };
  }
}
