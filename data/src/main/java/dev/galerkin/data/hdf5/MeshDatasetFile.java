package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.DType;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a {@link MeshDataset} as one HDF5 file, layout version 3: ragged samples
 * concatenated with offsets, readable by h5py without Galerkin.
 *
 * <pre>
 * plate.h5   root: galerkin_format = "dataset", galerkin_format_version = 3,
 *                  sample_layout = "mesh", samples = N, quantities = "load,u,von_mises",
 *                  provenance attributes …
 *   /mesh                  attribute groups = "1 1 left\n1 5 hole\n2 1 plate" (dim tag name per line)
 *   /mesh/node_offsets     int64  [N + 1]   sample i owns nodes [off[i], off[i+1])
 *   /mesh/nodes            float64 [M, 2]   x, y
 *   /mesh/triangle_offsets int64  [N + 1]
 *   /mesh/triangles        int32  [T, 3]    node indices local to the sample, counter-clockwise
 *   /mesh/triangle_tags    int32  [T]
 *   /mesh/edge_offsets     int64  [N + 1]
 *   /mesh/edges            int32  [E, 2]    local node indices of the tagged boundary edges
 *   /mesh/edge_tags        int32  [E]
 *   /load         float32 [N]      role = "input",  location = "scalar", components = 1
 *   /u            float32 [M, 2]   role = "output", location = "node",   components = 2
 *   /von_mises    float32 [M]      role = "output", location = "node",   components = 1
 * </pre>
 *
 * <p>A quantity of one component is stored 1-dimensional. Values are stored as {@code float32}
 * unless the options ask for {@code float64}; the meshes always as {@code float64}. The file is
 * written under a temporary name and renamed when complete. Grid datasets (versions 1 to 3 without
 * {@code sample_layout}) are read by {@link DatasetFile}; each reader refuses the other's files
 * with a message naming the right command.
 */
public final class MeshDatasetFile {
  /** Root attribute naming a dataset whose samples each have their own mesh. */
  public static final String SAMPLE_LAYOUT = "sample_layout";
  /** The value of {@link #SAMPLE_LAYOUT} in a mesh dataset. */
  public static final String LAYOUT_MESH = "mesh";
  /** Root attribute: the quantities' names in declaration order, comma-separated. */
  public static final String QUANTITIES = "quantities";
  private static final String LOCATION = "location";
  private static final String COMPONENTS = "components";

  private MeshDatasetFile() {}

  /**
   * @param dataset what to write, not modified
   * @param file the target file; its directory must exist
   * @param options storage options (stored type, deflate level, overwrite)
   */
  public static void write(MeshDataset dataset, Path file, WriteOptions options) {
    int n = dataset.sampleCount();
    long[] nodeOff = new long[n + 1];
    long[] triOff = new long[n + 1];
    long[] edgeOff = new long[n + 1];
    for (int i = 0; i < n; i++) {
      TriangleMesh m = dataset.mesh(i);
      nodeOff[i + 1] = nodeOff[i] + m.nodeCount();
      triOff[i + 1] = triOff[i] + m.triangleCount();
      edgeOff[i + 1] = edgeOff[i] + m.edgeCount();
    }
    double[][] nodes = new double[(int) nodeOff[n]][];
    int[][] triangles = new int[(int) triOff[n]][];
    int[] triangleTags = new int[(int) triOff[n]];
    int[][] edges = new int[(int) edgeOff[n]][];
    int[] edgeTags = new int[(int) edgeOff[n]];
    for (int i = 0; i < n; i++) {
      TriangleMesh m = dataset.mesh(i);
      for (int k = 0; k < m.nodeCount(); k++) {
        nodes[(int) nodeOff[i] + k] = new double[] {m.x(k), m.y(k)};
      }
      int[] tags = m.triangleTags();
      for (int t = 0; t < m.triangleCount(); t++) {
        triangles[(int) triOff[i] + t] =
            new int[] {m.triangleNode(t, 0), m.triangleNode(t, 1), m.triangleNode(t, 2)};
        triangleTags[(int) triOff[i] + t] = tags[t];
      }
      int[] etags = m.edgeTags();
      for (int e = 0; e < m.edgeCount(); e++) {
        edges[(int) edgeOff[i] + e] = new int[] {m.edgeNode(e, 0), m.edgeNode(e, 1)};
        edgeTags[(int) edgeOff[i] + e] = etags[e];
      }
    }
    AtomicFiles.write(file, options.overwrite(), tmp -> {
      try (WritableHdfFile out = HdfFile.write(tmp)) {
        out.putAttribute(Hdf5Format.FORMAT, Hdf5Format.KIND_DATASET);
        out.putAttribute(Hdf5Format.FORMAT_VERSION, Hdf5Format.VERSION);
        out.putAttribute(SAMPLE_LAYOUT, LAYOUT_MESH);
        out.putAttribute(Hdf5Format.SAMPLES, (long) n);
        out.putAttribute(QUANTITIES, String.join(",",
            dataset.specs().stream().map(MeshFieldSpec::name).toList()));
        DatasetWriter.putAttributes(out, dataset.attributes());
        WritableGroup mesh = out.putGroup("mesh");
        mesh.putAttribute("groups", groupsText(dataset.mesh(0).groups()));
        mesh.putDataset("node_offsets", nodeOff);
        put(mesh, "nodes", nodes, options);
        mesh.putDataset("triangle_offsets", triOff);
        put(mesh, "triangles", triangles, options);
        put(mesh, "triangle_tags", triangleTags, options);
        mesh.putDataset("edge_offsets", edgeOff);
        put(mesh, "edges", edges.length == 0 ? new int[0] : edges, options);
        put(mesh, "edge_tags", edgeTags, options);
        for (MeshFieldSpec s : dataset.specs()) {
          WritableDataset ds = put(out, s.name(), stack(dataset, s, options.storedType()), options);
          ds.putAttribute(Hdf5Format.ROLE, s.role().label());
          ds.putAttribute(LOCATION, s.location().label());
          ds.putAttribute(COMPONENTS, (long) s.components());
        }
      }
    });
  }

  private static Object stack(MeshDataset d, MeshFieldSpec s, DType type) {
    int rows = 0;
    for (int i = 0; i < d.sampleCount(); i++) {
      rows += s.location() == Location.SCALAR ? 1 : d.mesh(i).nodeCount();
    }
    int c = s.components();
    Object out = type == DType.FLOAT32
        ? (c == 1 ? new float[rows] : new float[rows][c])
        : (c == 1 ? new double[rows] : new double[rows][c]);
    int row = 0;
    for (int i = 0; i < d.sampleCount(); i++) {
      double[] v = d.values(s.name(), i);
      for (int r = 0; r < v.length / c; r++, row++) {
        for (int k = 0; k < c; k++) {
          double value = v[r * c + k];
          if (c == 1) {
            Array.set(out, row, type == DType.FLOAT32 ? (Object) (float) value : (Object) value);
          } else {
            Object line = Array.get(out, row);
            Array.set(line, k, type == DType.FLOAT32 ? (Object) (float) value : (Object) value);
          }
        }
      }
    }
    return out;
  }

  private static WritableDataset put(WritableGroup g, String name, Object data, WriteOptions o) {
    int rows = Array.getLength(data);
    if (rows == 0 || o.deflateLevel() == 0) {
      return g.putDataset(name, data);
    }
    Object first = Array.get(data, 0);
    int[] chunk = first.getClass().isArray()
        ? new int[] {Math.min(rows, 16384), Array.getLength(first)}
        : new int[] {Math.min(rows, 65536)};
    DatasetCreationOptions.Builder b = DatasetCreationOptions.builder().chunkDimensions(chunk);
    if (o.shuffle()) {
      b.shuffle();
    }
    return g.putDataset(name, data, b.deflate(o.deflateLevel()).build());
  }

  private static String groupsText(List<PhysicalGroup> groups) {
    StringBuilder sb = new StringBuilder();
    for (PhysicalGroup g : groups) {
      if (g.name().contains("\n")) {
        throw new GalerkinException("physical group name '" + g.name() + "' has a line break;"
            + " rename it in the .geo file");
      }
      sb.append(sb.length() == 0 ? "" : "\n").append(g.dimension()).append(' ').append(g.tag())
          .append(' ').append(g.name());
    }
    return sb.toString();
  }

  /**
   * @param hdf an open HDF5 file
   * @return whether its root says it is a mesh dataset
   */
  public static boolean isMeshDataset(HdfFile hdf) {
    Attribute a = hdf.getAttribute(SAMPLE_LAYOUT);
    return a != null && LAYOUT_MESH.equals(a.getData());
  }

  /**
   * Reads a whole mesh dataset into memory.
   *
   * @param file a file written by {@link #write}
   * @return the dataset
   */
  public static MeshDataset read(Path file) {
    Hdf5Files.checkReadable(file);
    try (HdfFile hdf = new HdfFile(file)) {
      Hdf5Format.check(file, hdf, Hdf5Format.KIND_DATASET, Hdf5Format.VERSION,
          "give a mesh dataset written by `galerkin generate plate-hole`");
      if (!isMeshDataset(hdf)) {
        throw new GalerkinException(file + " is a grid dataset, not a mesh dataset (no root"
            + " attribute " + SAMPLE_LAYOUT + " = \"mesh\"); train a grid model (fno, deeponet …)"
            + " on it, or give a dataset written by `galerkin generate plate-hole`");
      }
      return read(file, hdf);
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(file + " is a damaged mesh dataset (" + e.getMessage()
          + "); regenerate it", e);
    }
  }

  private static MeshDataset read(Path file, HdfFile hdf) {
    Group mesh = (Group) child(file, hdf, "mesh");
    long[] nodeOff = (long[]) data(file, mesh, "node_offsets");
    long[] triOff = (long[]) data(file, mesh, "triangle_offsets");
    long[] edgeOff = (long[]) data(file, mesh, "edge_offsets");
    double[][] nodes = (double[][]) data(file, mesh, "nodes");
    int[][] tri = (int[][]) data(file, mesh, "triangles");
    int[] triTags = (int[]) data(file, mesh, "triangle_tags");
    Object edgeData = data(file, mesh, "edges");
    int[] edgeTags = (int[]) data(file, mesh, "edge_tags");
    int n = nodeOff.length - 1;
    checkOffsets(file, "node_offsets", nodeOff, n, nodes.length);
    checkOffsets(file, "triangle_offsets", triOff, n, tri.length);
    checkOffsets(file, "edge_offsets", edgeOff, n, edgeTags.length);
    List<PhysicalGroup> groups = parseGroups(file, mesh.getAttribute("groups"));
    List<MeshFieldSpec> specs = new ArrayList<>();
    Map<String, Object> columns = new LinkedHashMap<>();
    Attribute order = hdf.getAttribute(QUANTITIES);
    if (order == null) {
      throw new GalerkinException(file + " has no root attribute " + QUANTITIES
          + "; it is not a complete mesh dataset, regenerate it");
    }
    for (String name : String.valueOf(order.getData()).split(",")) {
      if (child(file, hdf, name) instanceof io.jhdf.api.Dataset ds) {
        MeshFieldSpec s = new MeshFieldSpec(ds.getName(),
            FieldRole.fromLabel(String.valueOf(attr(file, ds, Hdf5Format.ROLE))),
            Location.fromLabel(String.valueOf(attr(file, ds, LOCATION))),
            ((Number) attr(file, ds, COMPONENTS)).intValue());
        specs.add(s);
        columns.put(s.name(), ds.getData());
      }
    }
    Map<String, Object> attributes =
        SingleDatasetFile.readAttributes(file, hdf.getAttributes(), true);
    attributes.remove(SAMPLE_LAYOUT);
    attributes.remove(QUANTITIES);
    MeshDataset.Builder b = MeshDataset.builder(specs).attributes(attributes);
    for (int i = 0; i < n; i++) {
      int n0 = (int) nodeOff[i];
      int nn = (int) (nodeOff[i + 1] - nodeOff[i]);
      double[] xy = new double[2 * nn];
      for (int k = 0; k < nn; k++) {
        xy[2 * k] = nodes[n0 + k][0];
        xy[2 * k + 1] = nodes[n0 + k][1];
      }
      int t0 = (int) triOff[i];
      int nt = (int) (triOff[i + 1] - triOff[i]);
      int[] t = new int[3 * nt];
      int[] tt = new int[nt];
      for (int k = 0; k < nt; k++) {
        System.arraycopy(tri[t0 + k], 0, t, 3 * k, 3);
        tt[k] = triTags[t0 + k];
      }
      int e0 = (int) edgeOff[i];
      int ne = (int) (edgeOff[i + 1] - edgeOff[i]);
      int[] e = new int[2 * ne];
      int[] et = new int[ne];
      for (int k = 0; k < ne; k++) {
        int[] pair = ((int[][]) edgeData)[e0 + k];
        e[2 * k] = pair[0];
        e[2 * k + 1] = pair[1];
        et[k] = edgeTags[e0 + k];
      }
      TriangleMesh.Builder mb = TriangleMesh.builder().nodes(xy).triangles(t).triangleTags(tt)
          .boundaryEdges(e, et).source(file + " sample " + i);
      groups.forEach(mb::group);
      TriangleMesh m = mb.build();
      Map<String, double[]> values = new HashMap<>();
      for (MeshFieldSpec s : specs) {
        long[] off = s.location() == Location.SCALAR ? null : nodeOff;
        int from = off == null ? i : (int) off[i];
        int rows = off == null ? 1 : nn;
        values.put(s.name(), rows(columns.get(s.name()), from, rows, s.components()));
      }
      b.add(m, values);
    }
    return b.build();
  }

  private static double[] rows(Object column, int from, int rows, int c) {
    double[] out = new double[rows * c];
    for (int r = 0; r < rows; r++) {
      Object row = Array.get(column, from + r);
      for (int k = 0; k < c; k++) {
        Object v = c == 1 ? row : Array.get(row, k);
        out[r * c + k] = ((Number) v).doubleValue();
      }
    }
    return out;
  }

  private static void checkOffsets(Path file, String name, long[] off, int n, int total) {
    if (off.length != n + 1 || off[0] != 0 || off[n] != total) {
      throw new GalerkinException(file + ": /mesh/" + name + " does not describe " + total
          + " rows in " + n + " samples; the file is damaged, regenerate it");
    }
    for (int i = 0; i < n; i++) {
      if (off[i + 1] < off[i]) {
        throw new GalerkinException(file + ": /mesh/" + name + " decreases at sample " + i
            + "; the file is damaged, regenerate it");
      }
    }
  }

  private static List<PhysicalGroup> parseGroups(Path file, Attribute a) {
    List<PhysicalGroup> out = new ArrayList<>();
    if (a == null || String.valueOf(a.getData()).isBlank()) {
      return out;
    }
    for (String line : String.valueOf(a.getData()).split("\n")) {
      String[] p = line.split(" ", 3);
      if (p.length != 3) {
        throw new GalerkinException(file + ": /mesh attribute groups has the line '" + line
            + "'; expected 'dimension tag name'");
      }
      out.add(new PhysicalGroup(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]));
    }
    return out;
  }

  private static Node child(Path file, Group g, String name) {
    Node node = g.getChildren().get(name);
    if (node == null) {
      throw new GalerkinException(file + " has no " + g.getPath() + name
          + "; it is not a complete mesh dataset, regenerate it");
    }
    return node;
  }

  private static Object data(Path file, Group g, String name) {
    return ((io.jhdf.api.Dataset) child(file, g, name)).getData();
  }

  private static Object attr(Path file, io.jhdf.api.Dataset ds, String name) {
    Attribute a = ds.getAttribute(name);
    if (a == null) {
      throw new GalerkinException(file + ": dataset '" + ds.getName() + "' has no '" + name
          + "' attribute; it is not a mesh dataset quantity, regenerate the file");
    }
    return a.getData();
  }
}
