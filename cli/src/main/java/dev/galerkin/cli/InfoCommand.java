package dev.galerkin.cli;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldStatistics;
import dev.galerkin.data.formats.Hdf5Tree;
import dev.galerkin.data.formats.Layout;
import dev.galerkin.data.formats.Layouts;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.FieldInfo;
import dev.galerkin.meshes.BoundaryCondition;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin info FILE|DIR}: the layout recognised ({@link Layouts#detect}: Galerkin dataset,
 * PDEBench, MATLAB {@code .mat}, or plain HDF5), every field (role, shape, type, chunks,
 * compression, size on disk, min / max / mean, NaN and Inf counts), the boundary condition of each
 * spatial axis, every attribute, and for any HDF5 file its tree of groups, datasets and attributes
 * ({@link Hdf5Tree}); for a file in no layout Galerkin reads, the tree alone. A Gmsh {@code .msh}
 * file (by its name or its {@code $MeshFormat} start) is described as a mesh instead ({@link
 * MeshInfo}).
 */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Describe a dataset file or shard directory, a PDEBench or MATLAB .mat file, or"
        + " any HDF5 file: layout, fields, storage, statistics, provenance, HDF5 tree; or a Gmsh"
        + " .msh mesh: counts, physical groups, area, quality.")
final class InfoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", description = "A dataset .h5 file or shard directory, a"
      + " PDEBench, .mat or other HDF5 file, or a Gmsh .msh 4.1 mesh.")
  Path path;

  @Option(names = "--format", paramLabel = "LAYOUT", description = "Read the file as this layout"
      + " instead of detecting it: galerkin, pdebench-1d, pdebench-darcy, pdebench-seeds,"
      + " pdebench-cfd, pdebench-ns, mat73, mat5, hdf5 (the tree only).")
  String format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == null && MeshInfo.isMsh(path)) {
      MeshInfo.print(out, path);
      return 0;
    }
    if (format == null && MeshDatasetInfo.isMeshDataset(path)) {
      MeshDatasetInfo.print(out, path);
      return 0;
    }
    Layout layout = format != null ? Layout.parse(format) : Layouts.detect(path);
    if (layout == null || layout == Layout.PLAIN_HDF5) {
      out.printf("%s  (plain HDF5, %s)%n", path, Format.bytes(fileSize()));
      out.println();
      out.println("layout  plain HDF5: in no layout Galerkin reads as a dataset (supported: "
          + Layouts.supported() + ")");
      printStructure(out);
      return 0;
    }
    try (DatasetFile f = DatasetFile.open(path, layout)) {
      String kind = layout != Layout.GALERKIN ? layout.title()
          : Files.isDirectory(path) ? "shard directory" : "HDF5 dataset";
      out.printf("%s  (%s, %s, %d samples)%n", path, kind, Format.bytes(f.sizeOnDisk()),
          f.sampleCount());
      out.println();
      out.println("layout  " + layout.title() + ": " + layout.mapping());
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
    if (!Files.isDirectory(path)) {
      printStructure(out);
    }
    return 0;
  }

  private void printStructure(PrintWriter out) {
    out.println();
    out.println(layoutIsMat5() ? "MATLAB variables" : "HDF5 tree");
    Layouts.describe(path).forEach(line -> out.println("  " + line));
  }

  private boolean layoutIsMat5() {
    return format != null ? Layout.parse(format) == Layout.MAT_V5
        : Layouts.detect(path) == Layout.MAT_V5;
  }

  private long fileSize() {
    try {
      return Files.size(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    return Hdf5Tree.show(v);
  }
}
