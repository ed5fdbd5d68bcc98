package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.hdf5.MeshDatasetFile;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.data.plot.ColorMap;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.VtuWriter;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshPrediction;
import dev.galerkin.operators.evaluation.MeshErrors;
import dev.galerkin.operators.evaluation.MeshScores;
import dev.galerkin.operators.model.MeshModelFile;
import dev.galerkin.operators.model.StoredSplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code galerkin evaluate} for a mesh model (MMGP): on every chosen shape it predicts on the
 * shape's own mesh and compares with the reference. It prints and writes ({@code report.json},
 * {@code errors.csv}) per output: the mean relative L2 error of each nodal field (integrated over
 * the mesh), the MMGP paper's RRMSE of fields and scalars, and the empirical coverage of the 95%
 * predictive interval; it writes one {@code .vtu} per shape (prediction, reference, error and
 * standard deviation of every nodal output, which ParaView opens) and a PNG of the first shapes.
 */
final class MeshEvaluation {
  private MeshEvaluation() {}

  static int run(Path modelFile, Path dataFile, String which, int pictures, Path out,
      PrintWriter console) throws IOException {
    MeshModel model = MeshModelFile.read(modelFile);
    MeshDataset data = MeshDatasetFile.read(dataFile);
    Map<String, Object> provenance = new LinkedHashMap<>(model.provenance());
    long[] chosen = EvaluateCommand.chosenSamples(StoredSplit.takeFrom(provenance),
        data.sampleCount(), dataFile, which);
    if (chosen.length == 0) {
      throw new GalerkinException(dataFile + ": no shapes to evaluate (the test split is empty);"
          + " train with a smaller --train-fraction or use --samples all");
    }
    Files.createDirectories(out.resolve("vtu"));
    Map<String, MeshScores> tallies = new LinkedHashMap<>();
    model.outputs().forEach(s -> tallies.put(s.name(), new MeshScores(s)));
    StringBuilder csv = new StringBuilder("sample,output,relative_l2,rrmse_term,inside_95,values\n");
    List<Heatmap> panels = new ArrayList<>();
    for (int c = 0; c < chosen.length; c++) {
      int i = Math.toIntExact(chosen[c]);
      TriangleMesh mesh = data.mesh(i);
      Map<String, Double> inputs = new LinkedHashMap<>();
      for (String name : model.inputs()) {
        inputs.put(name, data.scalar(name, i));
      }
      MeshPrediction p = model.predict(mesh, inputs);
      Map<String, double[]> pointFields = new LinkedHashMap<>();
      for (MeshScores t : tallies.values()) {
        MeshFieldSpec spec = t.spec();
        String name = spec.name();
        double[] ref = data.values(name, i);
        double[] mean = p.mean().get(name);
        double[] sd = p.deviation().get(name);
        double score = t.add(mesh, ref, mean, sd);
        int in = MeshErrors.inside(ref, mean, sd, MeshErrors.Z95);
        if (spec.location() == Location.NODE) {
          csv.append(String.format(Locale.ROOT, "%d,%s,%.6e,%.6e,%d,%d%n", i, name, score,
              MeshErrors.fieldRrmseTerm(ref, mean, spec.components()), in, ref.length));
          double[] err = new double[ref.length];
          for (int k = 0; k < err.length; k++) {
            err[k] = mean[k] - ref[k];
          }
          pointFields.put(name + "_predicted", mean);
          pointFields.put(name + "_reference", ref);
          pointFields.put(name + "_error", err);
          pointFields.put(name + "_std", sd);
          if (c < pictures && spec.components() == 1) {
            panels.addAll(row(mesh, name, ref, mean, sd, i));
          }
        } else {
          csv.append(String.format(Locale.ROOT, "%d,%s,%.6e,,%d,1%n", i, name, score, in));
        }
      }
      VtuWriter.write(out.resolve("vtu").resolve(String.format("sample-%05d.vtu", i)), mesh,
          pointFields, Map.of(), dev.galerkin.meshes.io.Encoding.BINARY);
    }
    AtomicFiles.write(out.resolve("errors.csv"), true,
        f -> Files.writeString(f, csv.toString(), StandardCharsets.UTF_8));
    List<String> lines = table(model, modelFile, dataFile, chosen.length, which, tallies);
    lines.forEach(console::println);
    AtomicFiles.write(out.resolve("report.json"), true,
        f -> Files.writeString(f, json(modelFile, dataFile, tallies), StandardCharsets.UTF_8));
    if (!panels.isEmpty()) {
      Figure.grid(4, panels.toArray(Heatmap[]::new))
          .title(model.family() + " on " + dataFile.getFileName() + ": reference, prediction,"
              + " error, predictive deviation").write(out.resolve("samples.png"));
    }
    console.println("report: " + out.resolve("report.json") + ", per-shape errors: "
        + out.resolve("errors.csv") + ", ParaView files: " + out.resolve("vtu")
        + (panels.isEmpty() ? "" : ", pictures: " + out.resolve("samples.png")));
    return 0;
  }

  private static List<Heatmap> row(TriangleMesh mesh, String name, double[] ref, double[] mean,
      double[] sd, int sample) {
    double lo = Math.min(min(ref), min(mean));
    double hi = Math.max(max(ref), max(mean));
    double[] err = new double[ref.length];
    for (int k = 0; k < err.length; k++) {
      err[k] = mean[k] - ref[k];
    }
    return List.of(
        Heatmap.onMesh(mesh, ref, 200).limits(lo, hi).title(name + ", shape " + sample),
        Heatmap.onMesh(mesh, mean, 200).limits(lo, hi).title("predicted"),
        Heatmap.onMesh(mesh, err, 200).colorMap(ColorMap.BLUE_RED).title("error"),
        Heatmap.onMesh(mesh, sd, 200).title("predictive std"));
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(1);
  }

  private static List<String> table(MeshModel model, Path modelFile, Path dataFile, int shapes,
      String which, Map<String, MeshScores> tallies) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s (%s) on %s, %s: %d shapes", modelFile,
        model.family(), dataFile, which.equals("test") ? "test split" : "samples " + which,
        shapes));
    String fmt = "  %-16s %-7s %12s %12s %16s";
    lines.add(String.format(Locale.ROOT, fmt, "output", "kind", "rel L2", "RRMSE",
        "95% coverage"));
    for (MeshScores t : tallies.values()) {
      boolean node = t.spec().location() == Location.NODE;
      lines.add(String.format(Locale.ROOT, fmt, t.spec().name(), node ? "field" : "scalar",
          node ? String.format(Locale.ROOT, "%.3e", t.meanRelativeL2()) : "-",
          String.format(Locale.ROOT, "%.3e", t.rrmse()),
          String.format(Locale.ROOT, "%.1f%%", 100.0 * t.coverage())));
    }
    return lines;
  }

  private static String json(Path model, Path data, Map<String, MeshScores> tallies) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", model.toString());
    root.put("dataset", data.toString());
    List<Map<String, Object>> outs = new ArrayList<>();
    for (MeshScores t : tallies.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      boolean node = t.spec().location() == Location.NODE;
      m.put("output", t.spec().name());
      m.put("kind", node ? "field" : "scalar");
      if (node) {
        m.put("mean_relative_l2", t.meanRelativeL2());
      }
      m.put("rrmse", t.rrmse());
      m.put("coverage_95", t.coverage());
      m.put("values", t.values());
      outs.add(m);
    }
    root.put("outputs", outs);
    return new com.google.gson.GsonBuilder().setPrettyPrinting()
        .serializeSpecialFloatingPointValues().create().toJson(root) + "\n";
  }
}
