package dev.galerkin.cli;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldStatistics;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.FieldInfo;
import dev.galerkin.meshes.BoundaryCondition;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin info FILE|DIR}: every field (role, shape, type, chunks, compression, size on disk,
 * min / max / mean, NaN and Inf counts), the boundary condition of each spatial axis, and every
 * attribute of a dataset file or shard directory.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Describe a dataset file or shard directory: fields, storage, statistics, provenance.")
final class InfoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", description = "A dataset .h5 file or shard directory.")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (DatasetFile f = DatasetFile.open(path)) {
      String kind = Files.isDirectory(path) ? "shard directory" : "HDF5 dataset";
      out.printf("%s  (%s, %s, %d samples)%n", path, kind, Format.bytes(f.sizeOnDisk()),
          f.sampleCount());
      out.println();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"field", "role", "shape", "type", "chunks", "compression", "stored",
          "min", "max", "mean", "NaN", "Inf"});
      List<String> warnings = new ArrayList<>();
      for (FieldInfo info : f.fields()) {
        FieldStatistics s = f.statistics(info.name());
        rows.add(new String[] {info.name(), info.role().label(), info.shape().toString(),
            info.storedType(), info.chunkShape() == null ? "contiguous" : info.chunkShape().toString(),
            info.compression(), Format.bytes(info.storageBytes()), Format.number(s.min()),
            Format.number(s.max()), Format.number(s.mean()), Long.toString(s.nanCount()),
            Long.toString(s.infCount())});
        if (!s.allFinite()) {
          warnings.add("warning: field '" + info.name() + "' has " + s.nanCount() + " NaN and "
              + s.infCount() + " Inf values; training refuses non-finite data, so regenerate or"
              + " clean it");
        }
      }
      printTable(out, rows);
      out.println();
      out.println("boundary  " + boundary(f));
      out.println();
      out.println("attributes");
      int width = f.attributes().keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, Object> e : new TreeMap<>(f.attributes()).entrySet()) {
        out.println("  " + Format.pad(e.getKey(), width) + "  " + show(e.getValue()));
      }
      warnings.forEach(out::println);
    }
    return 0;
  }

  static void printTable(PrintWriter out, List<String[]> rows) {
    int[] w = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder(" ");
      for (int i = 0; i < r.length; i++) {
        sb.append(' ').append(i == r.length - 1 ? r[i] : Format.pad(r[i], w[i]));
      }
      out.println(sb);
    }
  }

  /** @return the per-axis boundary conditions, saying where they were inferred or are unknown */
  static String boundary(DatasetFile f) {
    if (f.boundary().isEmpty()) {
      return "unknown (no boundary attribute)";
    }
    String axes = String.join(" x ", f.boundary().stream().map(BoundaryCondition::label).toList());
    return f.attributes().containsKey(DatasetAttributes.BOUNDARY) ? axes
        : axes + " (inferred from the preset of a layout-version-" + f.formatVersion() + " file)";
  }

  private static String show(Object v) {
    if (v instanceof long[] a) {
      return Arrays.toString(a);
    }
    if (v instanceof double[] a) {
      return Arrays.toString(a);
    }
    return String.valueOf(v);
  }
}
