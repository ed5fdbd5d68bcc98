package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.data.plot.Series;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.prose.ProseData;
import dev.galerkin.operators.prose.ProseModel;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code galerkin evaluate} for a PROSE model: on the held-out samples of an {@code ode-systems}
 * dataset (or {@code --samples all|I:J}), the predicted continuation's relative L2 with the
 * dataset's (corrupted) symbol input and with the true equation as input, and the equations the
 * model writes: parsed, exact, recovered (the integrated trajectory's R² above 0.99,
 * {@link ProseScores}); the same per system family; {@code report.json}, {@code errors.csv} and
 * {@code prose.png} (input prefix, reference, predicted continuation and the trajectory of the
 * written equation, for the first {@code --pictures} samples).
 */
final class ProseEvaluation {
  private static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00)};

  private ProseEvaluation() {}

  static int run(Path modelFile, Path dataFile, String samples, int pictures, Path out,
      PrintWriter console) throws IOException {
    try (ProseModel m = ProseModel.load(modelFile)) {
      Dataset all;
      try (DatasetFile f = DatasetFile.open(dataFile)) {
        all = f.toDataset();
      }
      ProseData d = ProseData.of(all);
      check(m, d, dataFile);
      long[] chosen = EvaluateCommand.chosenSamples(StoredSplit.takeFrom(m.provenance()),
          d.samples(), dataFile, samples);
      if (chosen.length == 0) {
        throw new GalerkinException(dataFile + ": no samples to evaluate (the test split is"
            + " empty); use --samples all");
      }
      List<String> families = families(all);
      long t0 = System.nanoTime();
      List<ProseScores.Sample> given = ProseScores.score(m, d, families, chosen,
          ProseScores.Symbols.GIVEN, true);
      List<ProseScores.Sample> clean = m.config().symbolInput() ? ProseScores.score(m, d,
          families, chosen, ProseScores.Symbols.CLEAN, false) : given;
      double seconds = (System.nanoTime() - t0) / 1e9;
      Files.createDirectories(out);
      String what = samples.equals("test") ? "test split" : samples.equals("all") ? "all samples"
          : "samples " + samples;
      console.printf(Locale.ROOT, "PROSE %s on %s, %s (%d samples, %.1f s)%n",
          m.config().symbolInput() ? "(data + symbols)" : "(data only)", dataFile.getFileName(),
          what, chosen.length, seconds);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"symbol input", "traj. rel. L2 mean", "median", "p95", "max",
          "eq. parsed", "eq. exact", "R² > 0.99"});
      rows.add(row(m.config().symbolInput() ? "as stored (corrupted)" : "none (data only)",
          given, true));
      if (m.config().symbolInput()) {
        rows.add(row("true equation", clean, false));
      }
      InfoCommand.printTable(console, rows);
      List<String[]> byFamily = new ArrayList<>();
      byFamily.add(new String[] {"family", "samples", "traj. rel. L2 mean", "R² > 0.99"});
      Map<String, List<ProseScores.Sample>> groups = new LinkedHashMap<>();
      for (ProseScores.Sample s : given) {
        groups.computeIfAbsent(s.family(), k -> new ArrayList<>()).add(s);
      }
      groups.forEach((k, v) -> byFamily.add(new String[] {k, String.valueOf(v.size()),
          percent(mean(v)), percent(share(v, ProseScores.Sample::recovered))}));
      InfoCommand.printTable(console, byFamily);
      TrainRun.writeAtomically(out.resolve("errors.csv"), csv(given, clean));
      TrainRun.writeAtomically(out.resolve("report.json"), json(modelFile, dataFile, what, given,
          clean, m.config().symbolInput()));
      int k = Math.min(pictures, chosen.length);
      if (k > 0) {
        picture(m, d, given.subList(0, k)).write(out.resolve("prose.png"));
      }
      console.println("report: " + out.resolve("report.json") + ", per-sample errors: "
          + out.resolve("errors.csv") + (k > 0 ? ", pictures: " + out.resolve("prose.png") : ""));
    }
    return 0;
  }

  /** Refuses a dataset whose sizes or times are not the model's, in one line. */
  static void check(ProseModel m, ProseData d, Path file) {
    var c = m.config();
    if (d.inputPoints() != c.inputPoints() || d.dimension() != c.dimension()
        || d.tokens() != c.tokens() || d.vocabulary() != c.vocabulary()) {
      throw new GalerkinException(file + " has p = " + d.inputPoints() + " input points, d = "
          + d.dimension() + " state variables, L = " + d.tokens() + " tokens, V = "
          + d.vocabulary() + " but the model was trained on p = " + c.inputPoints() + ", d = "
          + c.dimension() + ", L = " + c.tokens() + ", V = " + c.vocabulary()
          + "; generate the data with the model's --points, --input-points and --max-tokens");
    }
    double[] a = d.times();
    double[] b = new double[c.inputPoints() + m.outputTimes().length];
    System.arraycopy(m.inputTimes(), 0, b, 0, c.inputPoints());
    System.arraycopy(m.outputTimes(), 0, b, c.inputPoints(), m.outputTimes().length);
    boolean same = a.length == b.length;
    for (int i = 0; same && i < a.length; i++) {
      same = Math.abs(a[i] - b[i]) <= 1e-9 * (1 + Math.abs(b[i]));
    }
    if (!same) {
      throw new GalerkinException(file + ": its times (" + a.length + " points to t = "
          + a[a.length - 1] + ") are not the model's (" + b.length + " points to t = "
          + b[b.length - 1] + "); generate the data with the model's --points and --final-time");
    }
  }

  static List<String> families(Dataset all) {
    Object f = all.attributes().get("families");
    return f == null ? List.of() : Arrays.asList(String.valueOf(f).split(","));
  }

  private static String[] row(String label, List<ProseScores.Sample> s, boolean equations) {
    double[] e = s.stream().mapToDouble(ProseScores.Sample::trajectoryError).sorted().toArray();
    return new String[] {label, percent(mean(s)), percent(quantile(e, 0.5)),
        percent(quantile(e, 0.95)), percent(e[e.length - 1]),
        equations ? percent(share(s, ProseScores.Sample::parsed)) : "",
        equations ? percent(share(s, ProseScores.Sample::exact)) : "",
        equations ? percent(share(s, ProseScores.Sample::recovered)) : ""};
  }

  static double mean(List<ProseScores.Sample> s) {
    return s.stream().mapToDouble(ProseScores.Sample::trajectoryError).average().orElse(Double.NaN);
  }

  static double share(List<ProseScores.Sample> s,
      java.util.function.Predicate<ProseScores.Sample> p) {
    return s.stream().filter(p).count() / (double) s.size();
  }

  static double quantile(double[] sorted, double q) {
    return dev.galerkin.operators.evaluation.ErrorSummary.quantile(sorted, q);
  }

  static String percent(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  private static String csv(List<ProseScores.Sample> given, List<ProseScores.Sample> clean) {
    StringBuilder b = new StringBuilder("sample,family,corruption,trajectory_rel_l2,"
        + "trajectory_rel_l2_true_symbols,equation_parsed,equation_exact,equation_r2,written\n");
    for (int i = 0; i < given.size(); i++) {
      ProseScores.Sample s = given.get(i);
      b.append(String.format(Locale.ROOT, "%d,%s,%d,%.6g,%.6g,%b,%b,%.6g,\"%s\"%n", s.index(),
          s.family(), s.corruption(), s.trajectoryError(), clean.get(i).trajectoryError(),
          s.parsed(), s.exact(), s.r2(), s.written().replace("\"", "'")));
    }
    return b.toString();
  }

  private static String json(Path model, Path data, String what, List<ProseScores.Sample> given,
      List<ProseScores.Sample> clean, boolean symbols) {
    double[] e = given.stream().mapToDouble(ProseScores.Sample::trajectoryError).sorted()
        .toArray();
    return String.format(Locale.ROOT, "{%n  \"model\": \"%s\",%n  \"data\": \"%s\",%n"
        + "  \"samples\": \"%s\",%n  \"count\": %d,%n  \"symbol_input\": %b,%n"
        + "  \"trajectory_rel_l2\": {\"mean\": %.6g, \"median\": %.6g, \"p95\": %.6g,"
        + " \"max\": %.6g},%n  \"trajectory_rel_l2_true_symbols_mean\": %.6g,%n"
        + "  \"equations\": {\"parsed\": %.6g, \"exact\": %.6g, \"recovered_r2_0.99\": %.6g}%n}%n",
        model.toString().replace("\\", "/"), data.toString().replace("\\", "/"), what,
        given.size(), symbols, mean(given), quantile(e, 0.5), quantile(e, 0.95),
        e[e.length - 1], mean(clean), share(given, ProseScores.Sample::parsed),
        share(given, ProseScores.Sample::exact), share(given, ProseScores.Sample::recovered));
  }

  /** One chart per sample: reference (solid), PROSE's continuation and the written equation's trajectory. */
  static Figure picture(ProseModel m, ProseData d, List<ProseScores.Sample> samples) {
    Figure fig = Figure.create().title("PROSE: input prefix and reference (solid), predicted"
        + " continuation (dashed), written equation integrated (thin dashed, when it parses)");
    double[] t = d.times();
    double[] tq = m.outputTimes();
    int dim = d.dimension();
    for (ProseScores.Sample s : samples) {
      int i = (int) s.index();
      int own = d.stateDimension(i);
      LineChart c = LineChart.create().title("sample " + i + ", " + s.family() + String.format(
          Locale.ROOT, ": rel. L2 %.2f%%, R² %s", 100 * s.trajectoryError(),
          Double.isFinite(s.r2()) ? String.format(Locale.ROOT, "%.4f", s.r2()) : "—"))
          .xLabel("t").size(640, 300);
      for (int comp = 0; comp < own; comp++) {
        double[] ref = new double[t.length];
        for (int k = 0; k < t.length; k++) {
          ref[k] = ProseScores.reference(d, i, k, comp);
        }
        double[] pred = new double[tq.length];
        for (int k = 0; k < tq.length; k++) {
          pred[k] = s.prediction()[k * dim + comp];
        }
        Color col = COLOURS[comp % COLOURS.length];
        c = c.series(new Series("u_" + comp, t, ref, Series.Dash.SOLID, col))
            .series(new Series("PROSE u_" + comp, tq, pred, Series.Dash.DASHED, col.darker()));
        if (s.equationTrajectory() != null) {
          double[] eq = new double[t.length];
          for (int k = 0; k < t.length; k++) {
            eq[k] = s.equationTrajectory()[k * own + comp];
          }
          c = c.series(new Series("equation u_" + comp, t, eq, Series.Dash.DASHED,
              col.brighter()));
        }
      }
      fig = fig.row(c);
    }
    return fig;
  }
}
