package dev.galerkin.meshes.io;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a 2D triangle mesh from a Gmsh {@code .msh} file of version 4.1, ASCII or binary, as the
 * Gmsh reference manual specifies it (section "MSH file format", version 4.1).
 *
 * <p>Sections read: {@code $MeshFormat} ({@code 4.1 0 8} for ASCII, {@code 4.1 1 8} for binary,
 * then the endianness int {@code 1}), {@code $PhysicalNames}, {@code $Entities} (the physical tags
 * of points, curves, surfaces and volumes), {@code $Nodes} and {@code $Elements}; any other section
 * is skipped. Elements of type 2 (3-node triangle) become triangles tagged with the first physical
 * tag of their surface entity; type 1 (2-node line) become boundary edges tagged with the first
 * physical tag of their curve entity; type 15 (point) is ignored; any other type is an error that
 * says how to mesh without it.
 *
 * <p>Numbering: Gmsh node tags may be sparse; nodes are numbered {@code 0..n-1} in ascending tag
 * order, keeping only nodes of some triangle (geometry points and other orphans are dropped), and
 * triangles and edges are listed in ascending element tag order. So a file written by {@link
 * GmshWriter} reads back into identical arrays. Triangles are oriented counter-clockwise (Gmsh may
 * orient a surface either way); an edge with a node in no triangle is dropped. A node with {@code z
 * != 0} is an error (this is a planar mesh reader). Physical groups of dimension 1 and 2 are taken
 * from {@code $PhysicalNames}; a tag used without a name gets its number as name.
 *
 * <p>Every error is a {@link GalerkinException} whose one line names the file, the line (and byte
 * offset), the section, and what to do.
 */
public final class GmshReader {

  /**
   * A mesh with what its file said about itself.
   *
   * @param mesh the mesh
   * @param version the {@code $MeshFormat} version, {@code "4.1"}
   * @param encoding ASCII or binary
   * @param fileNodes the number of nodes in the file, including any dropped orphans
   */
  public record Result(TriangleMesh mesh, String version, Encoding encoding, long fileNodes) {}

  private final MshInput in;
  private final String file;
  private boolean binary;
  private final Map<Integer, String> names1 = new TreeMap<>();
  private final Map<Integer, String> names2 = new TreeMap<>();
  private final Map<Long, Integer> entityPhysical = new HashMap<>(); // (dim, tag) -> physical tag
  private long[] nodeTags = new long[0];
  private long[] sortedTags = new long[0]; // node tags, ascending
  private int[] order = new int[0]; // order[i]: the file position of the i-th smallest tag
  private double[] nodeXy = new double[0];
  private int nodeCount;
  private double maxAbsZ;
  private long maxZNode;
  // element tag, node positions in ascending tag order, physical tag
  private final LongRecords triangles = new LongRecords(5);
  private final LongRecords lines = new LongRecords(4);
  private boolean sawNodes;
  private String lastSection = "$MeshFormat";

  private GmshReader(InputStream stream, String file) {
    this.in = new MshInput(stream, file);
    this.file = file;
  }

  /**
   * @param file a {@code .msh} 4.1 file
   * @return its triangle mesh
   * @throws GalerkinException when the file is missing, not version 4.1, corrupt, truncated, 3D,
   *     of higher order, or has no triangles
   */
  public static TriangleMesh read(Path file) {
    return readWithHeader(file).mesh();
  }

  /**
   * @param file a {@code .msh} 4.1 file
   * @return its mesh, version and encoding
   */
  public static Result readWithHeader(Path file) {
    InputStream s;
    try {
      s = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new GalerkinException(file + ": no such file; give the path of a Gmsh .msh file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot open: " + e.getMessage(), e);
    }
    return read(s, file.toString());
  }

  /**
   * @param stream the bytes of a {@code .msh} file, closed when done
   * @param name the name errors give for it
   * @return its mesh, version and encoding
   */
  public static Result read(InputStream stream, String name) {
    GmshReader r = new GmshReader(stream, name);
    try (MshInput closing = r.in) {
      return r.parse();
    }
  }

  private Result parse() {
    String first = in.tokenOrNull();
    if (!"$MeshFormat".equals(first)) {
      throw in.error("expected $MeshFormat, found " + (first == null ? "an empty file" : "'"
          + first + "'") + "; this is not a Gmsh .msh file");
    }
    readFormat();
    for (String t = in.tokenOrNull(); t != null; t = in.tokenOrNull()) {
      if (!t.startsWith("$")) {
        throw in.error("expected a section such as $Nodes, found '" + t + "'; the file is corrupt");
      }
      String name = t.substring(1);
      in.section = t;
      switch (name) {
        case "PhysicalNames" -> readPhysicalNames();
        case "Entities" -> readEntities();
        case "Nodes" -> readNodes();
        case "Elements" -> readElements();
        default -> {
          skipSection(name);
          lastSection = t;
          continue;
        }
      }
      expectEnd(name);
      lastSection = t;
    }
    in.section = "the end of the file";
    return new Result(build(), "4.1", binary ? Encoding.BINARY : Encoding.ASCII, nodeCount);
  }

  private void readFormat() {
    in.section = "$MeshFormat";
    String version = in.token();
    if (!version.equals("4.1")) {
      throw in.error("MSH version " + version + " is not supported, only 4.1; re-save it with"
          + " `gmsh FILE -save -format msh41` (or set Mesh.MshFileVersion = 4.1;)");
    }
    int type = in.asciiInt("file type");
    int size = in.asciiInt("data size");
    if ((type != 0 && type != 1) || (size != 4 && size != 8)) {
      throw in.error("file type " + type + " and data size " + size + ": expected 0 (ASCII) or 1"
          + " (binary) and 8; re-save it with `gmsh FILE -save -format msh41`");
    }
    binary = type == 1;
    if (binary) {
      in.skipLineEnd();
      int one = in.rawInt();
      if (one != 1 && one != 0x01000000) {
        throw in.error("the binary endianness check reads " + one + ", not 1; the file is corrupt"
            + " (was it transferred in text mode?)");
      }
      in.binaryLayout(one != 1, size);
    }
    expectEnd("MeshFormat");
  }

  private void expectEnd(String name) {
    String t = in.tokenOrNull();
    if (t == null) {
      throw in.error("the file ends before $End" + name + ": it is truncated; re-export it");
    }
    if (!t.equals("$End" + name)) {
      throw in.error("expected $End" + name + ", found '" + t + "': the section holds more or"
          + " fewer items than its header says, or the file is truncated; re-export it");
    }
  }

  private void skipSection(String name) {
    String end = "$End" + name;
    for (String l = in.lineOrNull(); ; l = in.lineOrNull()) {
      if (l == null) {
        throw in.error("the file ends inside $" + name + " (no " + end + "): it is truncated");
      }
      if (l.strip().equals(end)) {
        return;
      }
    }
  }

  private long size(String what) {
    return binary ? in.binarySize() : in.asciiLong(what);
  }

  private int integer(String what) {
    return binary ? in.binaryInt() : in.asciiInt(what);
  }

  private double real(String what) {
    return binary ? in.binaryDouble() : in.asciiDouble(what);
  }

  private int count(String what) {
    long n = size(what);
    if (n < 0 || n > Integer.MAX_VALUE / 8) {
      throw in.error(what + " is " + n + "; the file is corrupt");
    }
    return (int) n;
  }

  private void readPhysicalNames() {
    int n = in.asciiInt("number of physical names");
    in.skipLineEnd();
    for (int i = 0; i < n; i++) {
      String l = in.lineOrNull();
      if (l == null) {
        throw in.error("the file ends inside $PhysicalNames: it is truncated");
      }
      String[] parts = l.strip().split("\\s+", 3);
      if (parts.length < 3 || !parts[2].startsWith("\"") || !parts[2].endsWith("\"")
          || parts[2].length() < 2) {
        throw in.error("expected 'dimension tag \"name\"', found '" + l + "'");
      }
      int dim;
      int tag;
      try {
        dim = Integer.parseInt(parts[0]);
        tag = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw in.error("expected 'dimension tag \"name\"' with integers, found '" + l + "'");
      }
      String name = parts[2].substring(1, parts[2].length() - 1);
      (dim == 1 ? names1 : dim == 2 ? names2 : new HashMap<Integer, String>()).put(tag, name);
    }
  }

  private static long key(int dim, int tag) {
    return ((long) dim << 32) | (tag & 0xffffffffL);
  }

  private void readEntities() {
    if (binary) {
      in.skipLineEnd();
    }
    int[] counts = new int[4];
    for (int d = 0; d < 4; d++) {
      counts[d] = count("number of " + new String[] {"points", "curves", "surfaces", "volumes"}[d]);
    }
    for (int d = 0; d < 4; d++) {
      for (int i = 0; i < counts[d]; i++) {
        int tag = integer("entity tag");
        for (int k = 0; k < (d == 0 ? 3 : 6); k++) {
          real("entity coordinate");
        }
        int np = count("number of physical tags");
        for (int k = 0; k < np; k++) {
          int physical = Math.abs(integer("physical tag"));
          if (k == 0) {
            entityPhysical.put(key(d, tag), physical);
          }
        }
        if (d > 0) {
          int nb = count("number of bounding entities");
          for (int k = 0; k < nb; k++) {
            integer("bounding entity tag");
          }
        }
      }
    }
  }

  private void readNodes() {
    if (binary) {
      in.skipLineEnd();
    }
    int blocks = count("number of entity blocks");
    int total = count("number of nodes");
    size("minimum node tag");
    size("maximum node tag");
    nodeTags = new long[total];
    nodeXy = new double[2 * total];
    double scale = 0;
    for (int b = 0; b < blocks; b++) {
      int dim = integer("entity dimension");
      integer("entity tag");
      int parametric = integer("parametric flag");
      int n = count("number of nodes in the block");
      if (nodeCount + n > total) {
        throw in.error("the node blocks hold more than the " + total + " nodes the header says");
      }
      for (int i = 0; i < n; i++) {
        nodeTags[nodeCount + i] = size("node tag");
      }
      for (int i = 0; i < n; i++) {
        int node = nodeCount + i;
        nodeXy[2 * node] = real("x");
        nodeXy[2 * node + 1] = real("y");
        double z = real("z");
        scale = Math.max(scale, Math.abs(nodeXy[2 * node]));
        scale = Math.max(scale, Math.abs(nodeXy[2 * node + 1]));
        if (Math.abs(z) > maxAbsZ) {
          maxAbsZ = Math.abs(z);
          maxZNode = nodeTags[node];
        }
        if (parametric == 1) {
          for (int k = 0; k < Math.min(dim, 2); k++) {
            real("parametric coordinate");
          }
        }
      }
      nodeCount += n;
    }
    if (nodeCount != total) {
      throw in.error("the node blocks hold " + nodeCount + " nodes, the header says " + total);
    }
    if (maxAbsZ > 1e-12 * Math.max(scale, Double.MIN_NORMAL)) {
      throw in.error("node " + maxZNode + " has z = " + maxAbsZ + ": this is not a planar mesh in"
          + " the z = 0 plane; Galerkin reads 2D meshes (mesh a 2D geometry with gmsh -2)");
    }
    sortNodes();
    sawNodes = true;
  }

  /** Orders the nodes by ascending tag, so elements can look their nodes up as they are read. */
  private void sortNodes() {
    order = new int[nodeCount];
    sortedTags = new long[nodeCount];
    boolean sorted = true;
    for (int i = 1; i < nodeCount && sorted; i++) {
      sorted = nodeTags[i] > nodeTags[i - 1];
    }
    if (sorted) {
      for (int i = 0; i < nodeCount; i++) {
        order[i] = i;
      }
    } else {
      Integer[] boxed = new Integer[nodeCount];
      for (int i = 0; i < nodeCount; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (p, q) -> Long.compare(nodeTags[p], nodeTags[q]));
      for (int i = 0; i < nodeCount; i++) {
        order[i] = boxed[i];
      }
    }
    for (int i = 0; i < nodeCount; i++) {
      sortedTags[i] = nodeTags[order[i]];
      if (i > 0 && sortedTags[i] == sortedTags[i - 1]) {
        throw in.error("node tag " + sortedTags[i] + " appears twice in $Nodes; the file is"
            + " corrupt, re-export it");
      }
    }
  }

  private void readElements() {
    if (binary) {
      in.skipLineEnd();
    }
    if (!sawNodes) {
      throw in.error("$Elements comes before $Nodes; MSH 4.1 files list the nodes first, re-save"
          + " it with `gmsh FILE -save -format msh41`");
    }
    int blocks = count("number of entity blocks");
    count("number of elements");
    size("minimum element tag");
    size("maximum element tag");
    for (int b = 0; b < blocks; b++) {
      int dim = integer("entity dimension");
      int entity = integer("entity tag");
      int type = integer("element type");
      int n = count("number of elements in the block");
      int nodes = nodesOf(type);
      Integer physical = entityPhysical.get(key(dim, entity));
      int tag = physical == null ? 0 : physical;
      LongRecords into = type == 2 ? triangles : type == 1 ? lines : null;
      for (int i = 0; i < n; i++) {
        long elementTag = size("element tag");
        if (into != null) {
          into.add(elementTag);
        }
        for (int k = 0; k < nodes; k++) {
          long node = size("node tag");
          if (into != null) {
            into.add(sortedIndex(node, elementTag));
          }
        }
        if (into != null) {
          into.add(tag);
        }
      }
    }
  }

  private int nodesOf(int type) {
    return switch (type) {
      case 1 -> 2;
      case 2 -> 3;
      case 15 -> 1;
      case 3 -> throw in.error("element type 3 (4-node quadrangle) is not supported: Galerkin"
          + " reads triangles; remove Recombine (and Mesh.RecombineAll) from the .geo");
      case 8, 9, 10, 16, 20, 21, 22, 23, 24, 25 -> throw in.error("element type " + type
          + " (a second- or higher-order element) is not supported: Galerkin reads 3-node"
          + " triangles; mesh with Mesh.ElementOrder = 1 (gmsh -order 1)");
      case 4, 5, 6, 7, 11, 12, 13, 14, 17, 18, 19 -> throw in.error("element type " + type
          + " (a volume element) is not supported: this is a 3D mesh; mesh in 2D with gmsh -2");
      default -> throw in.error("element type " + type + " is not supported: Galerkin reads"
          + " 2-node lines (1), 3-node triangles (2) and points (15)");
    };
  }

  private TriangleMesh build() {
    if (!sawNodes) {
      throw new GalerkinException(file + ": no $Nodes section (the file ends after its "
          + lastSection + "): it is truncated, or holds no mesh (mesh the geometry with gmsh -2)");
    }
    if (triangles.size() == 0) {
      throw new GalerkinException(file + ": no 3-node triangles (element type 2) in $Elements;"
          + " mesh the surfaces with gmsh -2, and check that the physical surfaces include them");
    }
    long[] tri = triangles.sortedRecords();
    long[] lin = lines.sortedRecords();
    int m = tri.length / 5;
    int[] triNodes = new int[3 * m];
    int[] triTags = new int[m];
    boolean[] used = new boolean[nodeCount];
    for (int t = 0; t < m; t++) {
      for (int k = 0; k < 3; k++) {
        int sorted = (int) tri[5 * t + 1 + k];
        triNodes[3 * t + k] = sorted;
        used[sorted] = true;
      }
      triTags[t] = (int) tri[5 * t + 4];
    }
    int[] renumber = new int[nodeCount];
    int kept = 0;
    for (int i = 0; i < nodeCount; i++) {
      renumber[i] = used[i] ? kept++ : -1;
    }
    double[] xy = new double[2 * kept];
    for (int i = 0; i < nodeCount; i++) {
      if (used[i]) {
        xy[2 * renumber[i]] = nodeXy[2 * order[i]];
        xy[2 * renumber[i] + 1] = nodeXy[2 * order[i] + 1];
      }
    }
    for (int i = 0; i < triNodes.length; i++) {
      triNodes[i] = renumber[triNodes[i]];
    }
    int[] edges = new int[2 * (lin.length / 4)];
    int[] edgeTags = new int[lin.length / 4];
    int e = 0;
    for (int l = 0; l < lin.length / 4; l++) {
      int a = renumber[(int) lin[4 * l + 1]];
      int b = renumber[(int) lin[4 * l + 2]];
      if (a >= 0 && b >= 0) {
        edges[2 * e] = a;
        edges[2 * e + 1] = b;
        edgeTags[e++] = (int) lin[4 * l + 3];
      }
    }
    TriangleMesh.Builder builder = TriangleMesh.builder().nodes(xy).triangles(triNodes)
        .triangleTags(triTags)
        .boundaryEdges(Arrays.copyOf(edges, 2 * e), Arrays.copyOf(edgeTags, e))
        .orientCounterClockwise().source(file);
    addGroups(builder, 1, names1, Arrays.copyOf(edgeTags, e));
    addGroups(builder, 2, names2, triTags);
    return builder.build();
  }

  private static void addGroups(TriangleMesh.Builder b, int dim, Map<Integer, String> names,
      int[] tags) {
    Map<Integer, String> all = new TreeMap<>();
    names.forEach((tag, name) -> {
      if (tag > 0) {
        all.put(tag, name);
      }
    });
    for (int t : tags) {
      if (t > 0) {
        all.putIfAbsent(t, Integer.toString(t));
      }
    }
    all.forEach((tag, name) -> b.group(new PhysicalGroup(dim, tag, name)));
  }

  /** @return the position of a node tag in ascending tag order */
  private int sortedIndex(long nodeTag, long elementTag) {
    int i = Arrays.binarySearch(sortedTags, nodeTag);
    if (i < 0) {
      throw in.error("element " + elementTag + " refers to node " + nodeTag + ", which $Nodes"
          + " does not define; the file is corrupt, re-export it");
    }
    return i;
  }
}
