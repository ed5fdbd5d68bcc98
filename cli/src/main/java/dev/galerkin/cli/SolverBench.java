package dev.galerkin.cli;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcySolution;
import dev.galerkin.solvers.darcy.DarcySolver;
import dev.galerkin.solvers.generate.SampleRandom;
import dev.galerkin.solvers.presets.DarcyPreset;
import dev.galerkin.solvers.random.RandomField;
import dev.galerkin.solvers.random.RandomFieldPreset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench solvers}: time per sample of the reference solvers at the published
 * resolutions, with SciPy solving the same Darcy systems in the same run.
 */
@Command(name = "solvers", mixinStandardHelpOptions = true,
    description = "Reference-solver speed: Darcy against SciPy's sparse direct solver, a"
        + " generation run of the FNO Darcy set, and per-sample times (with FFT share) of Burgers,"
        + " diffusion-reaction and Navier-Stokes.")
final class SolverBench implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", defaultValue = "85,141,211,421",
      description = "Darcy nodes per side (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", defaultValue = "5", description = "Samples timed per size (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--generate", defaultValue = "40", description = "Samples of the larger of two"
      + " whole generation runs of the FNO Darcy set (421^2), whose slope is the marginal cost per"
      + " sample; 0 skips (default ${DEFAULT-VALUE}).")
  int generate;

  @Option(names = "--generate-from", defaultValue = "8",
      description = "Samples of the smaller generation run (default ${DEFAULT-VALUE}).")
  int generateFrom;

  @Option(names = "--generate-rounds", defaultValue = "3", description = "Rounds of the two"
      + " generation runs, on one thread and on all cores, with SciPy's 421^2 solve in each"
      + " (default ${DEFAULT-VALUE}).")
  int generateRounds;

  @Option(names = "--ns-final-time", defaultValue = "50",
      description = "Final time of the 64^2 Navier-Stokes timing (default ${DEFAULT-VALUE}, the FNO setup).")
  double nsFinalTime;

  @Option(names = "--no-spectral", description = "Skip the Burgers, diffusion-reaction and Navier-Stokes timings.")
  boolean noSpectral;

  @Option(names = "--presets", split = ",", description = "Presets to time per sample at their"
      + " defaults (default: the PDEBench presets: advection, burgers-pdebench, diffusion-sorption,"
      + " darcy-pdebench, diffusion-reaction-2d, shallow-water-dam-break, compressible-ns-1d,"
      + " compressible-ns-2d); none to"
      + " skip.")
  List<String> presets;

  @Option(names = "--preset-budget", defaultValue = "60", description = "Seconds after which no"
      + " further sample of a preset is timed (default ${DEFAULT-VALUE}).")
  double presetBudget;

  @Option(names = "--no-peer", description = "Do not run the SciPy peer.")
  boolean noPeer;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Checks.positive("--repeat", repeat);
    Checks.atLeast("--generate", generate, 0);
    for (int s : sizes) {
      Checks.atLeast("--sizes", s, 5);
    }
    PrintWriter out = spec.commandLine().getOut();
    darcy(out);
    if (generate > 0) {
      darcyGeneration(out);
    }
    if (!noSpectral) {
      out.println();
      out.println("Time-dependent solvers, one thread, best of " + repeat + " samples at the FNO /"
          + " PDEBench settings");
      InfoCommand.printTable(out, SpectralTimings.measure(repeat, nsFinalTime));
    }
    List<String> which = presets == null ? PresetTimings.PDEBENCH
        : presets.equals(List.of("none")) ? List.of() : presets;
    if (!which.isEmpty()) {
      out.println();
      out.println("Presets at their defaults (PDEBench's resolutions), one thread, one warm-up"
          + " sample, then the best of up to " + repeat + " within " + presetBudget + " s; no"
          + " peer (PDEBench publishes no per-sample times, and its solvers need JAX or PyClaw)");
      out.flush();
      InfoCommand.printTable(out, PresetTimings.measure(which, repeat, presetBudget));
    }
    return 0;
  }

  private void darcy(PrintWriter out) {
    out.println("Darcy flow, FNO coefficients (12/3), f = 1, CG + multigrid to 1e-8; one thread");
    Map<Integer, Double> peer = noPeer ? Map.of() : scipy(out);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"s", "unknowns", "CG its", "galerkin ms", "ns/unknown", "GRF ms",
        "scipy spsolve ms", "ratio"});
    for (int s : sizes) {
      Grid2D grid = Grid2D.unitSquare(s, Boundary.DIRICHLET);
      @SuppressWarnings("unchecked")
      RandomField<Grid2D> field = (RandomField<Grid2D>) RandomFieldPreset.FNO_DARCY.create(s);
      DarcySolver solver = new DarcySolver(grid, DarcyConfig.defaults());
      double[] a = new double[grid.nodes()];
      long unknowns = (long) (s - 2) * (s - 2);
      double best = Double.POSITIVE_INFINITY;
      double grf = Double.POSITIVE_INFINITY;
      int its = 0;
      // warm-up rounds (about 2 M unknowns' worth) let the JIT compile the kernels first
      int warm = (int) Math.min(50, Math.max(2, 2_000_000 / unknowns));
      for (int r = 0; r < warm + repeat; r++) {
        long t0 = System.nanoTime();
        field.sample(SampleRandom.forSample(0, r), a);
        long t1 = System.nanoTime();
        DarcySolution sol = solver.solve(a, 1.0);
        long t2 = System.nanoTime();
        if (r >= warm) {
          best = Math.min(best, (t2 - t1) / 1e6);
          grf = Math.min(grf, (t1 - t0) / 1e6);
          its = Math.max(its, sol.iterations());
        }
      }
      Double theirs = peer.get(s);
      rows.add(new String[] {Integer.toString(s), Long.toString(unknowns), Integer.toString(its),
          f1(best), String.format(Locale.ROOT, "%.0f", best * 1e6 / unknowns), f1(grf),
          theirs == null ? "-" : f1(theirs),
          theirs == null ? "-" : String.format(Locale.ROOT, "%.1f", theirs / best)});
    }
    InfoCommand.printTable(out, rows);
    out.println("  (best of " + repeat + "; ratio = scipy time / galerkin time, above 1 means"
        + " Galerkin is faster; the peer solves the same matrix: bench/peers/darcy_scipy.py)");
  }

  private void darcyGeneration(PrintWriter out) throws IOException {
    Checks.positive("--generate-from", generateFrom);
    Checks.atLeast("--generate", generate, generateFrom + 1L);
    Checks.positive("--generate-rounds", generateRounds);
    new DarcyGenerationCost(DarcyPreset.fno(), repeat, generateFrom, generate, generateRounds,
        !noPeer).run(out);
  }

  private Map<Integer, Double> scipy(PrintWriter out) {
    Optional<Path> script = Peers.script("darcy_scipy.py");
    Optional<String> missing = Peers.missing("scipy", "numpy");
    if (script.isEmpty() || missing.isPresent()) {
      out.println("peer: " + missing.orElse("bench/peers/darcy_scipy.py not found")
          + "; SciPy column empty");
      return Map.of();
    }
    List<String> cmd = new ArrayList<>(List.of(Peers.PYTHON, script.get().toString()));
    sizes.forEach(s -> cmd.add(Integer.toString(s)));
    try {
      Peers.Result r = Peers.run(cmd, 3600);
      if (r.code() != 0) {
        out.println("peer: darcy_scipy.py failed (exit " + r.code() + "): " + r.out().strip());
        return Map.of();
      }
      Map<Integer, Double> m = new HashMap<>();
      Matcher mt = Pattern.compile("s=(\\d+) unknowns=\\d+ spsolve ([0-9.]+) ms").matcher(r.out());
      while (mt.find()) {
        m.put(Integer.parseInt(mt.group(1)), Double.parseDouble(mt.group(2)));
      }
      return m;
    } catch (IOException e) {
      out.println("peer: cannot run python3: " + e.getMessage());
      return Map.of();
    }
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
