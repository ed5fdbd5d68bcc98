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
        double[] o = PresetPeers.spread(ours.stream().mapToDouble(Double::doubleValue).toArray());
        String fields = String.join(", ", p.fields().stream()
            .map(f -> f.name() + " " + f.sampleShape()).toList());
        String[] row = {name, fields, Integer.toString(ours.size()), f3(o[0]), spread(o), "-", "-",
            "-"};
        if (withPeer) {
          double[] t = PresetPeers.spread(rounds.stream()
              .mapToDouble(PresetPeers.Round::peerSeconds).toArray());
          double diff = rounds.stream().mapToDouble(PresetPeers.Round::relativeDifference).max()
              .orElse(Double.NaN);
          row[5] = spread(t);
          row[6] = f3(standalone);
          row[7] = String.format(Locale.ROOT, "%.1e", diff);
          if (Math.abs(t[1] - standalone) > 0.1 * standalone) {
            lines.add(String.format(Locale.ROOT, "WARNING: %s: NumPy took %.3f s/sample alone but"
                + " %.3f s (median) between our samples, %.0f%% apart: the machine is busy, treat"
                + " the ratio as rough", name, standalone, t[1], 100 * Math.abs(t[1] / standalone - 1)));
          }
          lines.add(String.format(Locale.ROOT, "PEER bench=solvers model=%s peer=numpy ours_ms=%.2f"
              + " peer_ms=%.2f peer_standalone_ms=%.2f ours_min_ms=%.2f ours_max_ms=%.2f"
              + " peer_min_ms=%.2f peer_max_ms=%.2f peer_rss_mb=%.1f max_rel_diff=%.2e", name,
              1e3 * o[1], 1e3 * t[1], 1e3 * standalone, 1e3 * o[0], 1e3 * o[2], 1e3 * t[0],
              1e3 * t[2], rounds.get(rounds.size() - 1).peerRssKb() / 1024.0, diff));
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

  private static String spread(double[] v) {
    return f3(v[0]) + " / " + f3(v[1]) + " / " + f3(v[2]);
  }

  private static double sample(DatasetRecipe p, long seed) {
    long t0 = System.nanoTime();
    DatasetGenerator.builder(p).samples(1).seed(seed).threads(1).build()
        .inMemory();
    return (System.nanoTime() - t0) / 1e9;
  }
}
