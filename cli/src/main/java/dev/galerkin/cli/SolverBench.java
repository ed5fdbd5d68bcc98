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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>The Darcy comparison follows {@link PeerRounds}: SciPy runs once per size standalone before
 * any of ours, then rounds alternate ours, SciPy, ours, … (SciPy a fresh process per round and
 * size); a round's figure is the best of {@code --repeat} solves; the report gives medians,
 * min-max, the standalone check and a {@code PEER bench=solvers model=darcy-S peer=scipy} line per
 * size. <b>Our side runs in this JVM</b>: it is pure Java and {@link DarcySolver} solves on the
 * calling thread with no pool, so while SciPy runs no thread of ours works (only the JIT may
 * still be finishing a compilation). The generation run, which uses every core, comes after all
 * SciPy runs.
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

  @Option(names = "--generate-rounds", defaultValue = "5", description = "Rounds of the two"
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

  @Option(names = "--rounds", defaultValue = "3", description = "Alternating Darcy rounds (ours,"
      + " SciPy, ...), SciPy a fresh process each (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-peer", description = "Do not run the SciPy peer.")
  boolean noPeer;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Checks.positive("--repeat", repeat);
    Checks.atLeast("--generate", generate, 0);
    Checks.positive("--rounds", rounds);
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
          + " sample, then up to " + repeat + " within " + presetBudget + " s; PDEBench publishes"
          + " no per-sample times (its solvers need JAX or PyClaw): advection and"
          + " burgers-pdebench alternate with a NumPy peer of the same scheme on the same fields");
      out.flush();
      PresetTimings.measure(which, repeat, presetBudget, !noPeer, out);
    }
    return 0;
  }

  private void darcy(PrintWriter out) {
    out.println("Darcy flow, FNO coefficients (12/3), f = 1, CG + multigrid to 1e-8; one thread;"
        + " per round the best of " + repeat + " samples, " + rounds + " rounds");
    List<Peer> peers = noPeer ? List.of() : List.of(Peers.SCIPY);
    Map<Integer, List<PeerRounds.Side>> sides = new LinkedHashMap<>();
    for (int s : sizes) {
      sides.put(s, PeerRounds.sides(peers, List.of(Integer.toString(s)), o -> scipyRound(o, s)));
    }
    if (!peers.isEmpty()) {
      out.println("SciPy alone first, before any of ours has run:");
      sides.values().forEach(v -> PeerRounds.standalone(v, out));
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"s", "unknowns", "CG its", "galerkin ms", "(min-max)", "ns/unknown",
        "GRF ms", "scipy spsolve ms", "(min-max)", "ratio"});
    Map<Integer, List<Round>> ours = new LinkedHashMap<>();
    for (int s : sizes) {
      DarcyTiming t = new DarcyTiming(s, repeat);
      ours.put(s, PeerRounds.alternate(rounds, t::round, sides.get(s), out));
      Spread o = Spread.of(PeerReport.figures(ours.get(s), key(s)));
      List<Double> theirs = sides.get(s).isEmpty() ? List.of()
          : PeerReport.figures(sides.get(s).get(0).rounds, key(s));
      Spread p = theirs.isEmpty() ? null : Spread.of(theirs);
      rows.add(new String[] {Integer.toString(s), Long.toString(t.unknowns), Integer.toString(t.its),
          f1(o.median()), f1(o.min()) + "-" + f1(o.max()),
          String.format(Locale.ROOT, "%.0f", o.median() * 1e6 / t.unknowns), f1(t.grf),
          p == null ? "-" : f1(p.median()), p == null ? "-" : f1(p.min()) + "-" + f1(p.max()),
          p == null ? "-" : String.format(Locale.ROOT, "%.1f", p.median() / o.median())});
    }
    InfoCommand.printTable(out, rows);
    out.println("  (medians over the rounds of each round's best of " + repeat + "; ratio = scipy"
        + " median / galerkin median, above 1 means Galerkin is faster; the peer solves the same"
        + " matrix: bench/peers/darcy_scipy.py)");
    for (int s : sizes) {
      PeerReport.notes(out, "solvers", key(s), key(s), ours.get(s), sides.get(s));
    }
  }

  private static String key(int s) {
    return "darcy-" + s;
  }

  /**
   * Our Darcy side at one size, in this JVM: {@link DarcySolver} runs on the calling thread alone
   * (no pool), so nothing of ours runs while the peer does.
   */
  private static final class DarcyTiming {
    final int s;
    final int repeat;
    final long unknowns;
    final Grid2D grid;
    final RandomField<Grid2D> field;
    final DarcySolver solver;
    final double[] a;
    int its;
    double grf = Double.POSITIVE_INFINITY;
    int round;

    @SuppressWarnings("unchecked")
    DarcyTiming(int s, int repeat) {
      this.s = s;
      this.repeat = repeat;
      grid = Grid2D.unitSquare(s, Boundary.DIRICHLET);
      field = (RandomField<Grid2D>) RandomFieldPreset.FNO_DARCY.create(s);
      solver = new DarcySolver(grid, DarcyConfig.defaults());
      a = new double[grid.nodes()];
      unknowns = (long) (s - 2) * (s - 2);
    }

    /** One round: warm-up (about 2 M unknowns' worth, first round only), then the best solve. */
    Round round() {
      int warm = round++ > 0 ? 0 : (int) Math.min(50, Math.max(2, 2_000_000 / unknowns));
      double best = Double.POSITIVE_INFINITY;
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
      return Round.of(key(s), best, java.util.OptionalLong.empty());
    }
  }

  private void darcyGeneration(PrintWriter out) throws IOException {
    Checks.positive("--generate-from", generateFrom);
    Checks.atLeast("--generate", generate, generateFrom + 1L);
    Checks.positive("--generate-rounds", generateRounds);
    new DarcyGenerationCost(DarcyPreset.fno(), repeat, generateFrom, generate, generateRounds,
        !noPeer).run(out);
  }

  /** @return the SciPy round of size {@code s}: its {@code spsolve} milliseconds and peak memory */
  static Round scipyRound(String out, int s) {
    Matcher mt = Pattern.compile("s=" + s + " unknowns=\\d+ spsolve ([0-9.]+) ms").matcher(out);
    if (!mt.find()) {
      throw new dev.galerkin.GalerkinException("printed no spsolve time for s=" + s + ": "
          + ChildOutput.tail(out));
    }
    return Round.of(key(s), Double.parseDouble(mt.group(1)), ChildOutput.peakRssKb(out));
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
