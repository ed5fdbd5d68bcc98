package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.DatasetFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galerkin bench physics}: the physics-informed problems of the literature, each method at
 * the same budget on the same problem, with the papers' numbers beside ours. Every row is one
 * {@code galerkin solve} run (the command is printed, so any row can be rerun and its pictures
 * looked at); the numbers come from the {@code solution.h5} it writes. A method that fails on a
 * case is a row saying so, never a silent gap.
 *
 * <p>The papers' numbers (relative L2 unless said): PIG (Kang et al., ICLR 2025, Table 1 and
 * Fig. 14; their PINN and LRA rows are quoted from Wang, Teng and Perdikaris 2021); PINN on Burgers
 * (Raissi, Perdikaris and Karniadakis, JCP 2019, N_u = 100, N_f = 10 000, 8 × 20 tanh, L-BFGS);
 * the convection failure mode (Krishnapriyan et al., NeurIPS 2021). Our default budgets are smaller
 * than the papers' (each run about five minutes on two cores or less); the table says which.
 */
@Command(name = "physics", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Physics-informed models (PINN, PIG, …) on the papers' problems, papers' numbers beside ours.")
final class PhysicsBench implements Callable<Integer> {
  @Option(names = "--cases", split = ",", description = "Cases to run (default: all): helmholtz-1-4, helmholtz-10-10, klein-gordon, allen-cahn, burgers, convection-10,"
      + " convection-30, convection-50, inverse-burgers.")
  List<String> cases;

  @Option(names = "--methods", split = ",", description = "Only these methods (default: every method of each case): pinn,"
      + " pinn-annealing, pinn-rar, pinn-inverse, pig, pig-full, lpinn.")
  List<String> methods;

  @Option(names = "--out", description = "Directory for each run's outputs (default: a new temporary directory).")
  Path out;

  @Option(names = "--seed", defaultValue = "0", description = "Seed of every run (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "TensorFlow threads per run (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--adam", description = "Adam steps of every run (default: each problem's).")
  Integer adam;

  @Option(names = "--lbfgs", description = "L-BFGS iterations of every run (default: each problem's).")
  Integer lbfgs;

  @Option(names = "--interior", description = "Residual points of every run (default: each problem's).")
  Integer interior;

  @Option(names = "--boundary", description = "Points of every condition of every run (default: each problem's).")
  Integer boundary;

  @Spec CommandSpec spec;

  /**
   * One run: a case, a method and the {@code solve} arguments after the problem.
   *
   * @param caseName the case's name
   * @param problem {@code solve}'s problem
   * @param label the method as the table shows it (and {@code --methods} selects it)
   * @param method {@code solve --method}
   * @param args further {@code solve} arguments
   * @param paper the published number for this method and case, or a dash
   */
  record Run(String caseName, String problem, String label, String method, List<String> args, String paper) {
    Run(String caseName, String problem, String method, List<String> args, String paper) {
      this(caseName, problem, method, method, args, paper);
    }
  }

  /** @return every run of every case, in order */
  static List<Run> catalogue() {
    List<Run> r = new ArrayList<>();
    r.add(new Run("helmholtz-1-4", "helmholtz", "pinn", List.of(), "4.02e-1 (Wang et al. 2021, quoted by PIG)"));
    r.add(new Run("helmholtz-1-4", "helmholtz", "pinn-annealing", "pinn", List.of("--weights", "annealing"),
        "3.69e-3 (Wang et al. 2021, learning-rate annealing, quoted by PIG)"));
    r.add(new Run("helmholtz-1-4", "helmholtz", "pig", List.of(), "2.22e-5 best, 4.13e-5 mean of 3 seeds (PIG Table 1)"));
    r.add(new Run("helmholtz-1-4", "helmholtz", "pig-full", "pig", List.of("--covariance", "full"),
        "5.17e-5 (PIG Table 5, dense, fine-tuned from diagonal)"));
    r.add(new Run("helmholtz-10-10", "helmholtz", "pinn", List.of("--a1", "10", "--a2", "10"), "fails to converge (PIG Fig. 14)"));
    r.add(new Run("helmholtz-10-10", "helmholtz", "pig", List.of("--a1", "10", "--a2", "10"), "7.09e-3 (PIG Fig. 14)"));
    r.add(new Run("klein-gordon", "klein-gordon", "pinn", List.of(), "3.43e-2 (quoted in PIG Table 1)"));
    r.add(new Run("klein-gordon", "klein-gordon", "pig", List.of(), "2.76e-3 mean of 3 seeds (PIG Table 1)"));
    r.add(new Run("allen-cahn", "allen-cahn", "pinn", List.of(), "- (PIG Table 1 lists no PINN; JAX-PI 5.37e-5)"));
    r.add(new Run("allen-cahn", "allen-cahn", "pig", List.of(), "1.04e-4 mean, 5.93e-5 best of 3 seeds (PIG Table 1)"));
    r.add(new Run("burgers", "burgers", "pinn", List.of(), "6.7e-4 (Raissi et al. 2019, 8×20, N_f 10 000, L-BFGS)"));
    r.add(new Run("burgers", "burgers", "pinn-rar", "pinn", List.of("--rar", "5", "--rar-steps", "400",
        "--interior", "2540"), "- (DeepXDE's RAR example, its 2540 starting points; no number found)"));
    for (String c : List.of("10", "30", "50")) {
      r.add(new Run("convection-" + c, "convection", "pinn", List.of("--c", c),
          c.equals("10") ? "low (Krishnapriyan et al. 2021)" : "fails, O(1) error (Krishnapriyan et al. 2021)"));
      r.add(new Run("convection-" + c, "convection", "lpinn", List.of("--c", c), "low at every c (Mojgani et al. 2023)"));
    }
    r.add(new Run("inverse-burgers", "burgers", "pinn-inverse", "pinn", List.of("--infer", "nu"),
        "ν error 0.008% from 2000 points, 1% noise (Raissi et al. 2019, 8×20)"));
    return r;
  }

  @Override
  public Integer call() throws IOException {
    Checks.positive("--threads", threads);
    List<Run> all = catalogue();
    Set<String> known = new LinkedHashSet<>();
    all.forEach(x -> known.add(x.caseName()));
    Set<String> knownMethods = new LinkedHashSet<>();
    all.forEach(x -> knownMethods.add(x.label()));
    for (String c : cases == null ? List.<String>of() : cases) {
      if (!known.contains(c)) {
        throw new GalerkinException("--cases " + c + ": unknown case; choose from " + known);
      }
    }
    for (String m : methods == null ? List.<String>of() : methods) {
      if (!knownMethods.contains(m)) {
        throw new GalerkinException("--methods " + m + ": no case uses it; choose from " + knownMethods);
      }
    }
    List<Run> runs = all.stream().filter(x -> cases == null || cases.contains(x.caseName()))
        .filter(x -> methods == null || methods.contains(x.label())).toList();
    if (runs.isEmpty()) {
      throw new GalerkinException("--cases and --methods together leave nothing to run");
    }
    Path root = out != null ? Files.createDirectories(out) : Files.createTempDirectory("galerkin-bench-physics");
    PrintWriter console = spec.commandLine().getOut();
    boolean defaults = adam == null && lbfgs == null && interior == null && boundary == null;
    console.println("bench physics: " + runs.size() + " runs, each `galerkin solve` at " + (defaults
        ? "its problem's default budget" : "the budget given here") + "; outputs in " + root);
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"case", "method", "ours: rel. L2", "paper", "train s", "Adam", "L-BFGS its"});
    List<String> commands = new ArrayList<>();
    for (Run run : runs) {
      Path dir = root.resolve(run.caseName() + "-" + run.label());
      List<String> args = new ArrayList<>(List.of("solve", run.problem(), "--method", run.method()));
      args.addAll(run.args());
      budget(args, "--adam", adam);
      budget(args, "--lbfgs", lbfgs);
      budget(args, "--interior", interior);
      budget(args, "--boundary", boundary);
      args.addAll(List.of("--seed", Long.toString(seed), "--threads", Integer.toString(threads), "--quiet",
          "--out", dir.toString()));
      String command = "galerkin " + String.join(" ", args);
      console.println(command);
      console.flush();
      StringWriter log = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args.toArray(new String[0]), new PrintWriter(log, true), new PrintWriter(err, true));
      commands.add(command);
      if (code != 0) {
        String why = err.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit " + code);
        console.println("  failed: " + why);
        table.add(new String[] {run.caseName(), run.label(), "failed: " + why, run.paper(), "-", "-", "-"});
        continue;
      }
      Map<String, Object> a;
      try (DatasetFile f = DatasetFile.open(dir.resolve("solution.h5"))) {
        a = f.attributes();
      }
      double rel = ((Number) a.get("relative_l2")).doubleValue();
      double seconds = ((Number) a.get("train_seconds")).doubleValue();
      String result = String.format(Locale.ROOT, "%.2e", rel);
      if (a.containsKey("inferred_nu")) {
        double found = ((Number) a.get("inferred_nu")).doubleValue();
        double truth = ((Number) a.get("true_nu")).doubleValue();
        result = String.format(Locale.ROOT, "ν %.4g, %.2f%% off (u: %.2e)", found, 100 * Math.abs(found / truth - 1), rel);
      }
      console.printf(Locale.ROOT, "  %s in %.1f s%n", result, seconds);
      table.add(new String[] {run.caseName(), run.label(), result, run.paper(),
          String.format(Locale.ROOT, "%.0f", seconds), String.valueOf(a.get("adam_steps")),
          String.valueOf(a.get("lbfgs_iterations"))});
    }
    console.println();
    InfoCommand.printTable(console, table);
    console.println();
    console.println((defaults ? "B" : "Budgets overridden here; without the overrides, b") + "udgets are each"
        + " problem's `galerkin solve` defaults (`galerkin solve --help`), smaller than the papers'. The papers' setups,"
        + " which `galerkin solve PROBLEM --method M --paper` runs:");
    Set<String> shown = new LinkedHashSet<>();
    for (Run run : runs) {
      String key = run.problem() + " " + run.method();
      if (shown.add(key)) {
        try {
          console.println("  " + key + ": " + SolveProblem.parse(run.problem()).paper(run.method()).source());
        } catch (GalerkinException e) {
          console.println("  " + key + ": none here");
        }
      }
    }
    return 0;
  }

  private static void budget(List<String> args, String option, Integer value) {
    if (value != null) {
      args.add(option);
      args.add(value.toString());
    }
  }
}
