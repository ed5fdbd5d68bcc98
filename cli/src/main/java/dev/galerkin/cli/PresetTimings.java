package dev.galerkin.cli;

import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seconds per sample of whole presets at their defaults (PDEBench's resolutions for the PDEBench
 * presets): one thread, as {@code galerkin generate} runs a sample per core; one uncounted
 * warm-up sample, then samples timed one by one until {@code repeat} are timed or {@code budget}
 * seconds are spent, the best counting. Part of {@code galerkin bench solvers}.
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
   * @return table rows: preset, stored fields, timed samples, best s/sample
   */
  static List<String[]> measure(List<String> names, int repeat, double budget) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"preset", "fields of one sample", "timed", "s/sample"});
    for (String name : names) {
      DatasetRecipe p = PresetCatalog.find(name).create(Map.of());
      sample(p, 0); // warm-up
      double best = Double.POSITIVE_INFINITY;
      double spent = 0;
      int timed = 0;
      while (timed < repeat && spent < budget) {
        double s = sample(p, timed + 1);
        best = Math.min(best, s);
        spent += s;
        timed++;
      }
      String fields = String.join(", ", p.fields().stream()
          .map(f -> f.name() + " " + f.sampleShape()).toList());
      rows.add(new String[] {name, fields, Integer.toString(timed),
          String.format(Locale.ROOT, "%.3f", best)});
    }
    return rows;
  }

  private static double sample(DatasetRecipe p, long seed) {
    long t0 = System.nanoTime();
    DatasetGenerator.builder(p).samples(1).seed(seed).threads(1).build()
        .inMemory();
    return (System.nanoTime() - t0) / 1e9;
  }
}
