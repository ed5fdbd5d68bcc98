package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.Field;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.darcy.DarcySolution;
import dev.galerkin.solvers.darcy.DarcySolver;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleRandom;
import dev.galerkin.solvers.presets.DarcyPreset;
import dev.galerkin.solvers.random.CosineGaussianField;
import dev.galerkin.solvers.random.FieldTransform;
import dev.galerkin.solvers.random.RandomFieldPreset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost per sample of generating the FNO Darcy set ({@code galerkin generate darcy}: 421² solve,
 * 85² stored), for {@code galerkin bench solvers}: split into (a) drawing the coefficient (cosine
 * GRF and threshold), (b) the solve and (c) subsampling, float32 conversion and the HDF5 write,
 * each min / median / max over repeats on one thread; then the marginal cost of a whole {@link
 * DatasetGenerator} run, the slope {@code (t2 − t1) / (N2 − N1)} between runs of {@code N1} and
 * {@code N2} samples (so start-up, JIT and file creation do not count), on one thread and on all
 * cores, against SciPy's sparse direct solve of the same 421² system ({@code
 * bench/peers/darcy_scipy.py}) run in the same rounds.
 *
 * <p>The machine may be shared: every round times SciPy and the four runs back to back, the order
 * of the small and large runs alternating between rounds, and the report gives the median of the
 * per-round slopes beside their min and max.
 */
final class DarcyGenerationCost {
  /** The goal of issue #18: the marginal cost per sample this many times below SciPy's solve. */
  static final double GOAL = 20;

  private static final int WARM_UP = 5;

  private static final Pattern SPSOLVE =
      Pattern.compile("s=(\\d+) unknowns=\\d+ spsolve ([0-9.]+) ms");

  private final DarcyPreset preset;
  private final int repeat;
  private final int small;
  private final int large;
  private final int rounds;
  private final boolean peer;
  /** SciPy's 421² solve alone, before this section's runs: {OpenBLAS threads, one}, or null. */
  private double[] standalone;

  /**
   * @param preset the recipe generated ({@link DarcyPreset#fno()})
   * @param repeat samples timed for the split, {@code >= 1}
   * @param small samples of the smaller generate run, {@code >= 1}
   * @param large samples of the larger generate run, {@code > small}
   * @param rounds rounds of the generate runs (and of the SciPy peer), {@code >= 1}
   * @param peer whether to run the SciPy peer
   */
  DarcyGenerationCost(DarcyPreset preset, int repeat, int small, int large, int rounds,
      boolean peer) {
    this.preset = preset;
    this.repeat = repeat;
    this.small = small;
    this.large = large;
    this.rounds = rounds;
    this.peer = peer;
  }

  /** Measures and prints the split, the marginal costs, SciPy's solve and their ratio. */
  void run(PrintWriter out) throws IOException {
    int s = preset.resolution();
    int r = (s - 1) / preset.stride() + 1;
    out.println();
    out.printf(Locale.ROOT, "Darcy generation cost (FNO: %d^2 solve, %d^2 stored), per sample;"
        + " split on one thread over %d samples after %d warm-up%n", s, r, repeat, WARM_UP);
    out.flush();
    if (peer && peerMissing().isEmpty()) {
      double blas = scipySolveMs(out, false);
      double one = scipySolveMs(out, true);
      standalone = blas > 0 && one > 0 ? new double[] {blas, one} : null;
      if (standalone != null) {
        out.printf(Locale.ROOT, "SciPy's %d^2 solve alone first, before this section's runs:"
            + " %.0f ms with OpenBLAS's own threads, %.0f ms with one%n", s, blas, one);
      }
    }
    Path dir = Files.createTempDirectory("galerkin-bench-darcy-generation");
    try {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"part", "min ms", "median ms", "max ms"});
      split(dir, rows);
      InfoCommand.printTable(out, rows);
      out.flush();
      whole(dir, out);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Times (a), (b) and (c) per sample as {@link DarcyPreset#newMaker()} does them. */
  private void split(Path dir, List<String[]> rows) {
    int s = preset.resolution();
    int stride = preset.stride();
    Grid2D grid = Grid2D.unitSquare(s, Boundary.DIRICHLET);
    CosineGaussianField<Grid2D> latent = RandomFieldPreset.fnoDarcyGaussian(s);
    FieldTransform threshold = new FieldTransform.Threshold(0, preset.high(), preset.low());
    DarcySolver solver = new DarcySolver(grid, preset.solver());
    double[] a = new double[grid.nodes()];
    List<FieldSpec> fields = preset.fields();
    int size = Math.toIntExact(fields.get(0).sampleShape().size());
    float[][] stored = new float[2][large * size];
    double[] grf = new double[repeat];
    double[] solve = new double[repeat];
    double[] store = new double[repeat];
    int its = 0;
    for (int k = 0; k < WARM_UP + repeat; k++) {
      long t0 = System.nanoTime();
      latent.sample(SampleRandom.forSample(0, k), a);
      threshold.apply(a, a);
      long t1 = System.nanoTime();
      DarcySolution sol = solver.solve(a, preset.forcing());
      long t2 = System.nanoTime();
      int at = (k % large) * size;
      toFloat(grid.subsample(a, stride), stored[0], at);
      toFloat(grid.subsample(sol.u(), stride), stored[1], at);
      long t3 = System.nanoTime();
      if (k >= WARM_UP) {
        int m = k - WARM_UP;
        grf[m] = (t1 - t0) / 1e6;
        solve[m] = (t2 - t1) / 1e6;
        store[m] = (t3 - t2) / 1e6;
        its = Math.max(its, sol.iterations());
      }
    }
    // the write's marginal cost: files of `small` and `large` of these samples
    double[] write = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      double tSmall = writeSeconds(dir, fields, stored, size, small);
      double tLarge = writeSeconds(dir, fields, stored, size, large);
      write[round] = (tLarge - tSmall) / (large - small) * 1e3;
    }
    rows.add(row("(a) GRF + threshold", grf));
    rows.add(row("(b) solve, CG + multigrid (" + its + " its)", solve));
    rows.add(row("(c) subsample + float32", store));
    rows.add(row("(c) HDF5 write, slope " + small + " -> " + large, write));
    double sum = median(grf) + median(solve) + median(store) + median(write);
    rows.add(new String[] {"sum of medians", "", f1(sum), ""});
  }

  private static void toFloat(double[] v, float[] dst, int at) {
    for (int j = 0; j < v.length; j++) {
      dst[at + j] = (float) v[j];
    }
  }

  /** Writes the first {@code n} stored samples as {@code generate} would; returns seconds. */
  private double writeSeconds(Path dir, List<FieldSpec> fields, float[][] stored, int size,
      int n) {
    Dataset.Builder b = Dataset.builder();
    for (int f = 0; f < fields.size(); f++) {
      FieldSpec spec = fields.get(f);
      float[] data = Arrays.copyOf(stored[f], n * size);
      b.field(new Field(spec.name(), spec.role(),
          FloatArray.wrap(spec.sampleShape().prepend(n), data)));
    }
    preset.coordinates().forEach(b::coordinate);
    Dataset ds = b.attributes(preset.attributes()).build();
    long t0 = System.nanoTime();
    DatasetWriter.write(ds, dir.resolve("write.h5"), WriteOptions.defaults().withOverwrite(true));
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Rounds of SciPy and the four generate runs; prints the slopes and the ratios. */
  private void whole(Path dir, PrintWriter out) {
    int cores = Runtime.getRuntime().availableProcessors();
    Optional<String> noPeer = peer ? peerMissing() : Optional.of("--no-peer");
    generate(dir, cores, small); // warm-up: JIT, class loading, HDF5 writer
    double[][] scipy = new double[2][rounds];
    double[][] slope = new double[2][rounds];
    double[][] intercept = new double[2][rounds];
    int scipyRuns = 0;
    for (int round = 0; round < rounds; round++) {
      if (noPeer.isEmpty()) {
        double ms = scipySolveMs(out, false);
        double one = scipySolveMs(out, true);
        if (ms > 0 && one > 0) {
          scipy[0][scipyRuns] = ms;
          scipy[1][scipyRuns++] = one;
        }
      }
      for (int w = 0; w < 2; w++) {
        int threads = w == 0 ? 1 : cores;
        boolean smallFirst = round % 2 == 0;
        double t1 = smallFirst ? generate(dir, threads, small) : 0;
        double t2 = generate(dir, threads, large);
        if (!smallFirst) {
          t1 = generate(dir, threads, small);
        }
        slope[w][round] = (t2 - t1) / (large - small) * 1e3;
        intercept[w][round] = (t1 - small * slope[w][round] / 1e3) * 1e3;
      }
    }
    double[] blasThreads = Arrays.copyOf(scipy[0], scipyRuns);
    double[] oneThread = Arrays.copyOf(scipy[1], scipyRuns);
    // the ratio is taken against the faster way of running SciPy
    boolean useOne = scipyRuns > 0 && median(oneThread) < median(blasThreads);
    double[] peerMs = useOne ? oneThread : blasThreads;
    out.printf(Locale.ROOT, "whole `generate darcy` runs of %d and %d samples, %d rounds (small"
        + " and large alternating first); marginal cost = (t%d - t%d) / %d%n", small, large,
        rounds, large, small, large - small);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"threads", "marginal ms/sample min", "median", "max", "samples/s",
        "start-up ms", "scipy / marginal", "goal"});
    for (int w = 0; w < 2; w++) {
      double med = median(slope[w]);
      String ratio = peerMs.length == 0 ? "-" : f1(median(peerMs) / med);
      rows.add(new String[] {Integer.toString(w == 0 ? 1 : cores), f1(min(slope[w])), f1(med),
          f1(max(slope[w])), f1(1e3 / med), String.format(Locale.ROOT, "%.0f",
              median(intercept[w])), ratio, w == 0 ? ">= " + f1(GOAL) : ""});
    }
    InfoCommand.printTable(out, rows);
    if (peerMs.length == 0) {
      out.println("  scipy: " + noPeer.orElse("the peer failed") + "; no ratio");
    } else {
      out.printf(Locale.ROOT, "  scipy spsolve (SuperLU; bench/peers/darcy_scipy.py) at %d^2,"
          + " once per round each way, min / median / max: %s ms with OpenBLAS's own threads,"
          + " %s ms with OPENBLAS_NUM_THREADS=1; the ratio uses the faster median%n",
          preset.resolution(), mmm(blasThreads), mmm(oneThread));
      out.printf(Locale.ROOT, "  goal: one-thread marginal cost %.0fx below SciPy's solve: %s"
          + " (%.1fx)%n", GOAL, median(peerMs) / median(slope[0]) >= GOAL ? "met" : "not met",
          median(peerMs) / median(slope[0]));
      standaloneCheck(out, useOne, peerMs, slope[0]);
    }
  }

  /**
   * Prints SciPy's standalone solve beside its in-bench median (the faster way, as the ratio), a
   * {@code WARNING:} when they differ by more than 10 %, and the {@code PEER} line.
   */
  private void standaloneCheck(PrintWriter out, boolean useOne, double[] peerMs, double[] ours) {
    Double alone = standalone == null ? null : standalone[useOne ? 1 : 0];
    String model = "darcy-generation-" + preset.resolution();
    if (alone != null) {
      out.printf(Locale.ROOT, "  scipy %s standalone: %.0f ms; in-bench median %.0f ms%n", model,
          alone, median(peerMs));
      if (Spread.drifted(alone, median(peerMs))) {
        out.println(PeerReport.warning("scipy", model, alone, median(peerMs)));
      }
    }
    out.println(PeerReport.peerLine("solvers", model, "scipy", spread(ours), spread(peerMs), alone,
        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()));
  }

  private static Spread spread(double[] v) {
    return Spread.of(Arrays.stream(v).boxed().toList());
  }

  /** @return seconds of a whole generate run of {@code n} samples, seed 0 */
  private double generate(Path dir, int threads, int n) {
    long t0 = System.nanoTime();
    DatasetGenerator.builder(preset).samples(n).seed(0).threads(threads)
        .output(dir.resolve("darcy.h5")).overwrite(true).build().run();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static Optional<String> peerMissing() {
    if (Peers.script("darcy_scipy.py").isEmpty()) {
      return Optional.of("bench/peers/darcy_scipy.py not found");
    }
    return Peers.missing("scipy", "numpy");
  }

  /**
   * @param oneBlasThread whether to run with {@code OPENBLAS_NUM_THREADS=1} (SuperLU calls BLAS,
   *     and Debian's OpenBLAS starts a thread per core by default)
   * @return SciPy's spsolve milliseconds at the preset's size, or -1 (reported) on failure
   */
  private double scipySolveMs(PrintWriter out, boolean oneBlasThread) {
    List<String> cmd = new ArrayList<>();
    if (oneBlasThread) {
      cmd.addAll(List.of("/usr/bin/env", "OPENBLAS_NUM_THREADS=1"));
    }
    cmd.addAll(List.of(Peers.PYTHON, Peers.script("darcy_scipy.py").orElseThrow().toString(),
        Integer.toString(preset.resolution())));
    try {
      Peers.Result r = Peers.run(cmd, 600);
      Matcher m = SPSOLVE.matcher(r.out());
      if (r.code() == 0 && m.find()) {
        return Double.parseDouble(m.group(2));
      }
      out.println("  peer: darcy_scipy.py failed (exit " + r.code() + "): " + r.out().strip());
    } catch (IOException e) {
      out.println("  peer: cannot run python3: " + e.getMessage());
    }
    return -1;
  }

  private static String mmm(double[] v) {
    return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", min(v), median(v), max(v));
  }

  private static String[] row(String name, double[] v) {
    return new String[] {name, f1(min(v)), f1(median(v)), f1(max(v))};
  }

  static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    int n = c.length;
    return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
