package dev.galerkin.cli;

import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Seconds per sample of whole presets at their defaults (PDEBench's resolutions for the PDEBench
 * presets): one thread, as {@code galerkin generate} runs a sample per core; one uncounted
 * warm-up sample, then samples timed one by one until {@code repeat} are timed or {@code budget}
 * seconds are spent, the best counting, with min / median / max. The presets with a NumPy peer
 * ({@link PresetPeers}) alternate with it sample by sample (ours, the peer's, ours, …) after a
 * run of the peer alone, on the same initial fields. Part of {@code galerkin bench solvers}.
 */
final class PresetTimings {
  /** The PDEBench presets, timed by default. */
  static final List<String> PDEBENCH = List.of("advection", "burgers-pdebench",
      "diffusion-sorption", "darcy-pdebench", "diffusion-reaction-2d", "shallow-water-dam-break",
      "compressible-ns-1d", "compressible-ns-2d");

  private PresetTimings() {}

  /**
   * @param names presets
   * @param repeat samples timed at most
   * @param budget seconds after which no further sample of a preset starts
   * @param peer whether to run the NumPy peer of the presets that have one ({@link PresetPeers})
   * @param out where the peers' {@code PEER} lines and warnings go, after the table
   * @return table rows: preset, stored fields, timed samples, best s/sample, and the peer's
   *     min / median / max s/sample, its standalone run and the largest difference of its frames
   */
  static List<String[]> measure(List<String> names, int repeat, double budget, boolean peer,
      PrintWriter out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"preset", "fields of one sample", "timed", "s/sample (best)",
        "ours min / median / max", "NumPy min / median / max", "NumPy alone", "max |Δ| / max |u|"});
    List<String> lines = new ArrayList<>();
    Optional<String> missing = peer ? PresetPeers.missing() : Optional.empty();
    Path work = Files.createTempDirectory("galerkin-preset-peers");
    try {
      for (String name : names) {
        DatasetRecipe p = PresetCatalog.find(name).create(Map.of());
        boolean withPeer = peer && missing.isEmpty() && PresetPeers.has(name);
        double standalone = withPeer ? PresetPeers.round(name, p, 0, work).peerSeconds()
            : sample(p, 0); // warm-up (the peer's run alone, before any round)
        List<Double> ours = new ArrayList<>();
        List<PresetPeers.Round> rounds = new ArrayList<>();
        double spent = 0;
        while (ours.size() < repeat && spent < budget) {
          long seed = ours.size() + 1;
          if (withPeer) {
            PresetPeers.Round r = PresetPeers.round(name, p, seed, work);
            rounds.add(r);
            ours.add(r.oursSeconds());
          } else {
            ours.add(sample(p, seed));
          }
          spent += ours.get(ours.size() - 1);
        }
        Spread o = Spread.of(ours);
        String fields = String.join(", ", p.fields().stream()
            .map(f -> f.name() + " " + f.sampleShape()).toList());
        String[] row = {name, fields, Integer.toString(ours.size()), f3(o.min()), spread(o), "-",
            "-", "-"};
        if (withPeer) {
          Spread t = Spread.of(rounds.stream().map(PresetPeers.Round::peerSeconds).toList());
          double diff = rounds.stream().mapToDouble(PresetPeers.Round::relativeDifference).max()
              .orElse(Double.NaN);
          row[5] = spread(t);
          row[6] = f3(standalone);
          row[7] = String.format(Locale.ROOT, "%.1e", diff);
          if (Spread.drifted(standalone, t.median())) {
            lines.add(PeerReport.warning("numpy", name, 1e3 * standalone, 1e3 * t.median()));
          }
          lines.add(PeerReport.peerLine("solvers", name, "numpy", ms(o), ms(t), 1e3 * standalone,
              java.util.OptionalDouble.empty(), java.util.OptionalDouble.of(
                  rounds.get(rounds.size() - 1).peerRssKb() / 1024.0))
              + String.format(Locale.ROOT, " max_rel_diff=%.2e", diff));
        }
        rows.add(row);
      }
    } finally {
      try (var files = Files.list(work)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(work);
    }
    if (peer && missing.isPresent()) {
      lines.add("peer: " + missing.get() + "; NumPy columns empty");
    }
    InfoCommand.printTable(out, rows);
    lines.forEach(out::println);
    return rows;
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String spread(Spread v) {
    return f3(v.min()) + " / " + f3(v.median()) + " / " + f3(v.max());
  }

  /** @return {@code s} (seconds) in milliseconds */
  private static Spread ms(Spread s) {
    return new Spread(1e3 * s.min(), 1e3 * s.median(), 1e3 * s.max(), s.count());
  }

  private static double sample(DatasetRecipe p, long seed) {
    long t0 = System.nanoTime();
    DatasetGenerator.builder(p).samples(1).seed(seed).threads(1).build()
        .inMemory();
    return (System.nanoTime() - t0) / 1e9;
  }
}
