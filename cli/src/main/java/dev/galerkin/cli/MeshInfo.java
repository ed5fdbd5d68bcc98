package dev.galerkin.cli;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.GmshReader;
import dev.galerkin.meshes.io.MeshSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code galerkin info FILE.msh} prints for a Gmsh mesh: format version and encoding, node,
 * triangle and boundary-edge counts, physical groups with their sizes, bounding box, area, and
 * triangle quality ({@link MeshSummary}).
 */
final class MeshInfo {
  private static final byte[] MAGIC = "$MeshFormat".getBytes(StandardCharsets.US_ASCII);

  private MeshInfo() {}

  /** @return whether the path is a Gmsh file: a {@code .msh} name or a {@code $MeshFormat} start */
  static boolean isMsh(Path path) {
    if (Files.isDirectory(path)) {
      return false;
    }
    if (path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".msh")) {
      return true;
    }
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  static void print(PrintWriter out, Path path) {
    GmshReader.Result r = GmshReader.readWithHeader(path);
    TriangleMesh mesh = r.mesh();
    MeshSummary s = MeshSummary.of(mesh);
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf("%s  (Gmsh mesh, MSH %s %s, %s)%n", path, r.version(),
        r.encoding().name().toLowerCase(Locale.ROOT), Format.bytes(size));
    out.println();
    long dropped = r.fileNodes() - s.nodes();
    double[] box = s.boundingBox();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"nodes", s.nodes() + (dropped > 0 ? "  (" + dropped + " node"
        + (dropped == 1 ? "" : "s") + " of no triangle dropped)" : "")});
    rows.add(new String[] {"triangles", Integer.toString(s.triangles())});
    rows.add(new String[] {"boundary edges", Integer.toString(s.edges())});
    rows.add(new String[] {"bounding box", "[" + Format.number(box[0]) + ", "
        + Format.number(box[2]) + "] x [" + Format.number(box[1]) + ", " + Format.number(box[3])
        + "]"});
    rows.add(new String[] {"area", Format.number(s.area())});
    rows.add(new String[] {"minimum angle", "min " + Format.number(s.minAngle()) + " deg, mean "
        + Format.number(s.meanMinAngle()) + " deg"});
    rows.add(new String[] {"aspect ratio", "max " + Format.number(s.maxAspectRatio()) + ", mean "
        + Format.number(s.meanAspectRatio()) + "  (R / 2r, 1 = equilateral)"});
    int w = rows.stream().mapToInt(x -> x[0].length()).max().orElse(0);
    for (String[] row : rows) {
      out.println(Format.pad(row[0], w) + "  " + row[1]);
    }
    out.println();
    out.println("physical groups");
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"dimension", "tag", "name", "count"});
    int[] edgeTags = mesh.edgeTags();
    int[] triTags = mesh.triangleTags();
    for (PhysicalGroup g : mesh.groups()) {
      int[] tags = g.dimension() == 1 ? edgeTags : triTags;
      long c = Arrays.stream(tags).filter(t -> t == g.tag()).count();
      table.add(new String[] {Integer.toString(g.dimension()), Integer.toString(g.tag()),
          g.name(), c + (g.dimension() == 1 ? " edges" : " triangles")});
    }
    long untaggedEdges = Arrays.stream(edgeTags).filter(t -> t == 0).count();
    long untaggedTriangles = Arrays.stream(triTags).filter(t -> t == 0).count();
    if (untaggedEdges > 0) {
      table.add(new String[] {"1", "0", "(none)", untaggedEdges + " edges"});
    }
    if (untaggedTriangles > 0) {
      table.add(new String[] {"2", "0", "(none)", untaggedTriangles + " triangles"});
    }
    InfoCommand.printTable(out, table);
  }
}
