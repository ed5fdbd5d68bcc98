package dev.galerkin.meshes.io;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a {@link TriangleMesh} as a Gmsh {@code .msh} file of version 4.1, ASCII or binary
 * (little-endian, 8-byte {@code size_t}), as the Gmsh reference manual specifies it (section "MSH
 * file format", version 4.1).
 *
 * <p>Layout written: {@code $MeshFormat}; {@code $PhysicalNames} with the mesh's groups; {@code
 * $Entities} with no points, one curve entity per distinct edge tag and one surface entity per
 * distinct triangle tag (each carrying that physical tag, none for tag 0; entity tags numbered from
 * 1 in ascending tag order; bounding boxes of their nodes, no bounding entities); {@code $Nodes}
 * with node {@code i} as tag {@code i + 1} at {@code z = 0}, each in the entity block of the first
 * edge (else triangle) that uses it; {@code $Elements} with triangle {@code t} as element {@code t
 * + 1} (type 2) and boundary edge {@code e} as element {@code triangleCount + e + 1} (type 1). So
 * {@link GmshReader} reads the file back into identical arrays and groups, and Gmsh and meshio read
 * it too.
 *
 * <p>The file is written under a temporary name and renamed when complete.
 */
public final class GmshWriter {
  private final TriangleMesh mesh;
  private final boolean binary;
  private final OutputStream out;
  private final ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private final int[] edgeTagList;
  private final int[] triTagList;

  private GmshWriter(TriangleMesh mesh, Encoding encoding, OutputStream out) {
    this.mesh = mesh;
    this.binary = encoding == Encoding.BINARY;
    this.out = out;
    this.edgeTagList = distinct(mesh.edgeTags());
    this.triTagList = distinct(mesh.triangleTags());
  }

  /**
   * @param file the {@code .msh} file to write (replaced if it exists)
   * @param mesh the mesh, not modified
   * @param encoding ASCII ({@code 4.1 0 8}) or binary ({@code 4.1 1 8})
   */
  public static void write(Path file, TriangleMesh mesh, Encoding encoding) {
    AtomicFile.write(file, out -> new GmshWriter(mesh, encoding, out).writeAll());
  }

  private static int[] distinct(int[] tags) {
    TreeSet<Integer> set = new TreeSet<>();
    for (int t : tags) {
      set.add(t);
    }
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  /** @return the 1-based entity tag of a physical tag in a sorted distinct list */
  private static int entity(int[] list, int tag) {
    return java.util.Arrays.binarySearch(list, tag) + 1;
  }

  private void writeAll() throws IOException {
    text("$MeshFormat\n4.1 " + (binary ? 1 : 0) + " 8\n");
    if (binary) {
      int32(1);
      text("\n");
    }
    text("$EndMeshFormat\n");
    List<PhysicalGroup> groups = mesh.groups();
    if (!groups.isEmpty()) {
      text("$PhysicalNames\n" + groups.size() + "\n");
      for (PhysicalGroup g : groups) {
        text(g.dimension() + " " + g.tag() + " \"" + g.name().replace("\"", "'") + "\"\n");
      }
      text("$EndPhysicalNames\n");
    }
    writeEntities();
    writeNodes();
    writeElements();
  }

  private void writeEntities() throws IOException {
    text("$Entities\n");
    size(0);
    space();
    size(edgeTagList.length);
    space();
    size(triTagList.length);
    space();
    size(0);
    newline();
    int[] edges = mesh.edges();
    int[] edgeTags = mesh.edgeTags();
    for (int c = 0; c < edgeTagList.length; c++) {
      double[] box = box(edges, 2, edgeTags, edgeTagList[c]);
      entity(c + 1, box, edgeTagList[c]);
    }
    int[] tri = mesh.triangles();
    int[] triTags = mesh.triangleTags();
    for (int s = 0; s < triTagList.length; s++) {
      entity(s + 1, box(tri, 3, triTags, triTagList[s]), triTagList[s]);
    }
    text(binary ? "\n$EndEntities\n" : "$EndEntities\n");
  }

  private void entity(int tag, double[] box, int physical) throws IOException {
    int32(tag);
    for (double v : box) {
      space();
      real(v);
    }
    space();
    size(physical == 0 ? 0 : 1);
    if (physical != 0) {
      space();
      int32(physical);
    }
    space();
    size(0);
    newline();
  }

  private double[] box(int[] cells, int width, int[] tags, int tag) {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, 0, -Double.MAX_VALUE, -Double.MAX_VALUE, 0};
    for (int c = 0; c < tags.length; c++) {
      if (tags[c] == tag) {
        for (int k = 0; k < width; k++) {
          int n = cells[width * c + k];
          b[0] = Math.min(b[0], mesh.x(n));
          b[1] = Math.min(b[1], mesh.y(n));
          b[3] = Math.max(b[3], mesh.x(n));
          b[4] = Math.max(b[4], mesh.y(n));
        }
      }
    }
    return b;
  }

  private void writeNodes() throws IOException {
    int n = mesh.nodeCount();
    // block of each node: curve entity c as c, surface entity s as edgeTagList.length + s (0-based)
    int[] block = new int[n];
    java.util.Arrays.fill(block, -1);
    for (int e = 0; e < mesh.edgeCount(); e++) {
      for (int k = 0; k < 2; k++) {
        int node = mesh.edgeNode(e, k);
        if (block[node] < 0) {
          block[node] = entity(edgeTagList, mesh.edgeTags()[e]) - 1;
        }
      }
    }
    int[] triTags = mesh.triangleTags();
    for (int t = 0; t < mesh.triangleCount(); t++) {
      for (int k = 0; k < 3; k++) {
        int node = mesh.triangleNode(t, k);
        if (block[node] < 0) {
          block[node] = edgeTagList.length + entity(triTagList, triTags[t]) - 1;
        }
      }
    }
    int blocks = edgeTagList.length + triTagList.length;
    List<List<Integer>> members = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      members.get(block[i]).add(i);
    }
    int nonEmpty = (int) members.stream().filter(l -> !l.isEmpty()).count();
    text("$Nodes\n");
    size(nonEmpty);
    space();
    size(n);
    space();
    size(1);
    space();
    size(n);
    newline();
    for (int b = 0; b < blocks; b++) {
      List<Integer> nodes = members.get(b);
      if (nodes.isEmpty()) {
        continue;
      }
      boolean curve = b < edgeTagList.length;
      blockHeader(curve ? 1 : 2, curve ? b + 1 : b - edgeTagList.length + 1, 0, nodes.size());
      for (int i : nodes) {
        size(i + 1L);
        newline();
      }
      for (int i : nodes) {
        real(mesh.x(i));
        space();
        real(mesh.y(i));
        space();
        real(0.0);
        newline();
      }
    }
    text(binary ? "\n$EndNodes\n" : "$EndNodes\n");
  }

  private void blockHeader(int dim, int entity, int third, long count) throws IOException {
    int32(dim);
    space();
    int32(entity);
    space();
    int32(third);
    space();
    size(count);
    newline();
  }

  private void writeElements() throws IOException {
    int m = mesh.triangleCount();
    int[] triTags = mesh.triangleTags();
    int[] edgeTags = mesh.edgeTags();
    int blocks = 0;
    for (int tag : edgeTagList) {
      blocks += count(edgeTags, tag) > 0 ? 1 : 0;
    }
    for (int tag : triTagList) {
      blocks += count(triTags, tag) > 0 ? 1 : 0;
    }
    long total = m + (long) mesh.edgeCount();
    text("$Elements\n");
    size(blocks);
    space();
    size(total);
    space();
    size(1);
    space();
    size(total);
    newline();
    for (int s = 0; s < triTagList.length; s++) {
      blockHeader(2, s + 1, 2, count(triTags, triTagList[s]));
      for (int t = 0; t < m; t++) {
        if (triTags[t] == triTagList[s]) {
          size(t + 1L);
          for (int k = 0; k < 3; k++) {
            space();
            size(mesh.triangleNode(t, k) + 1L);
          }
          newline();
        }
      }
    }
    for (int c = 0; c < edgeTagList.length; c++) {
      blockHeader(1, c + 1, 1, count(edgeTags, edgeTagList[c]));
      for (int e = 0; e < edgeTags.length; e++) {
        if (edgeTags[e] == edgeTagList[c]) {
          size(m + e + 1L);
          for (int k = 0; k < 2; k++) {
            space();
            size(mesh.edgeNode(e, k) + 1L);
          }
          newline();
        }
      }
    }
    text(binary ? "\n$EndElements\n" : "$EndElements\n");
  }

  private static int count(int[] tags, int tag) {
    int c = 0;
    for (int t : tags) {
      c += t == tag ? 1 : 0;
    }
    return c;
  }

  private void text(String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private void space() throws IOException {
    if (!binary) {
      out.write(' ');
    }
  }

  private void newline() throws IOException {
    if (!binary) {
      out.write('\n');
    }
  }

  private void int32(int v) throws IOException {
    if (binary) {
      bytes.clear();
      out.write(bytes.putInt(v).array(), 0, 4);
    } else {
      text(Integer.toString(v));
    }
  }

  private void size(long v) throws IOException {
    if (binary) {
      bytes.clear();
      out.write(bytes.putLong(v).array(), 0, 8);
    } else {
      text(Long.toString(v));
    }
  }

  private void real(double v) throws IOException {
    if (binary) {
      bytes.clear();
      out.write(bytes.putDouble(v).array(), 0, 8);
    } else {
      text(Double.toString(v));
    }
  }
}
