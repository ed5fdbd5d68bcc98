package dev.galerkin.cli;

import dev.galerkin.data.hdf5.MeshDatasetFile;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.meshes.MeshQuality;
import dev.galerkin.meshes.PhysicalGroup;
import io.jhdf.HdfFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code galerkin info} on a mesh dataset ({@link MeshDatasetFile}): the shapes (node and triangle
 * counts, the worst minimum angle, the physical groups), every quantity (role, location,
 * components, min / max / mean over all samples) and the provenance attributes.
 */
final class MeshDatasetInfo {
  private MeshDatasetInfo() {}

  /** @return whether {@code path} is a file whose root says it is a mesh dataset */
  static boolean isMeshDataset(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (HdfFile hdf = new HdfFile(path)) {
      return MeshDatasetFile.isMeshDataset(hdf);
    } catch (RuntimeException e) {
      return false;
    }
  }

  static void print(PrintWriter out, Path path) {
    MeshDataset d = MeshDatasetFile.read(path);
    int n = d.sampleCount();
    int minNodes = Integer.MAX_VALUE;
    int maxNodes = 0;
    long nodes = 0;
    long triangles = 0;
    double worstAngle = 180;
    for (int i = 0; i < n; i++) {
      int k = d.mesh(i).nodeCount();
      minNodes = Math.min(minNodes, k);
      maxNodes = Math.max(maxNodes, k);
      nodes += k;
      triangles += d.mesh(i).triangleCount();
      worstAngle = Math.min(worstAngle, MeshQuality.summary(d.mesh(i)).minimumAngle().min());
    }
    out.printf(Locale.ROOT, "%s  (mesh dataset, %s, %d samples, each on its own mesh)%n", path,
        Format.bytes(fileSize(path)), n);
    out.println();
    out.printf(Locale.ROOT, "meshes  nodes %d to %d (mean %.0f), %d triangles in all, smallest"
        + " angle %.1f degrees%n", minNodes, maxNodes, (double) nodes / n, triangles, worstAngle);
    List<String> groups = new ArrayList<>();
    for (PhysicalGroup g : d.mesh(0).groups()) {
      groups.add(g.name() + (g.dimension() == 1 ? " (boundary)" : " (surface)"));
    }
    out.println("groups  " + String.join(", ", groups));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"quantity", "role", "location", "components", "min", "max", "mean"});
    for (MeshFieldSpec s : d.specs()) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      long count = 0;
      for (int i = 0; i < n; i++) {
        for (double v : d.values(s.name(), i)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
          sum += v;
          count++;
        }
      }
      rows.add(new String[] {s.name(), s.role().label(), s.location().label(),
          String.valueOf(s.components()), num(min), num(max), num(sum / count)});
    }
    InfoCommand.printTable(out, rows);
    out.println();
    out.println("attributes");
    int width = d.attributes().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Object> e : new TreeMap<>(d.attributes()).entrySet()) {
      out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", e.getKey(), e.getValue());
    }
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static long fileSize(Path path) {
    try {
      return Files.size(path);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
