package dev.galerkin.meshes.io;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link TriangleMesh} and fields on it as a VTK XML {@code UnstructuredGrid} file
 * ({@code .vtu}), following the VTK "XML File Formats" specification, for ParaView, VisIt or
 * meshio.
 *
 * <p>Written: {@code Points} (Float64, 3 components, {@code z = 0}); {@code Cells} with {@code
 * connectivity} and {@code offsets} (Int64) and {@code types} (UInt8, all {@code 5} =
 * VTK_TRIANGLE, corners counter-clockwise as in the mesh); {@code PointData} and {@code CellData}
 * with one Float64 {@code DataArray} per named field, in map order. A field of {@code n} values
 * (nodes or triangles) is a scalar; one of {@code 2n} values {@code [vx0, vy0, vx1, vy1, ...]} is
 * a 2D vector (a displacement, a velocity), written with 3 components and {@code vz = 0} so that
 * ParaView can warp by it. The triangle tags are always written as the Int32 cell field {@code
 * "tag"}, unless a cell field of that name is given.
 *
 * <p>{@link Encoding#ASCII} writes {@code format="ascii"} numbers that read back exactly; {@link
 * Encoding#BINARY} writes {@code format="binary"}: for each array, base64 of a UInt64 byte count
 * followed by the little-endian values, encoded as one block ({@code header_type="UInt64"}, no
 * compression), as VTK's own writer does.
 *
 * <p>The file is written under a temporary name and renamed when complete.
 */
public final class VtuWriter {
  /** The VTK cell type of a 3-node triangle. */
  public static final int VTK_TRIANGLE = 5;

  private final OutputStream out;
  private final boolean binary;

  private VtuWriter(OutputStream out, Encoding encoding) {
    this.out = out;
    this.binary = encoding == Encoding.BINARY;
  }

  /**
   * @param file the {@code .vtu} file to write (replaced if it exists)
   * @param mesh the mesh, not modified
   * @param pointFields named nodal fields, {@code nodeCount} (scalar) or {@code 2 * nodeCount}
   *     (2D vector) values each, not modified; may be empty
   * @param cellFields named triangle fields, {@code triangleCount} or {@code 2 * triangleCount}
   *     values each, not modified; may be empty
   * @param encoding ASCII or base64 binary
   * @throws GalerkinException naming the field and the lengths allowed when a field has another
   *     length or a non-blank name is missing
   */
  public static void write(Path file, TriangleMesh mesh, Map<String, double[]> pointFields,
      Map<String, double[]> cellFields, Encoding encoding) {
    Map<String, double[]> points = new LinkedHashMap<>(pointFields);
    Map<String, double[]> cells = new LinkedHashMap<>(cellFields);
    check("point", points, mesh.nodeCount(), "nodes");
    check("cell", cells, mesh.triangleCount(), "triangles");
    AtomicFile.write(file, out -> new VtuWriter(out, encoding).writeAll(mesh, points, cells));
  }

  private static void check(String kind, Map<String, double[]> fields, int n, String of) {
    for (Map.Entry<String, double[]> e : fields.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new GalerkinException("VtuWriter: a " + kind + " field has no name; give every field"
            + " a non-blank name");
      }
      double[] v = e.getValue();
      if (v == null || (v.length != n && v.length != 2 * n)) {
        throw new GalerkinException("VtuWriter: " + kind + " field '" + e.getKey() + "' has "
            + (v == null ? "no array" : v.length + " values") + "; expected " + n + " (a scalar"
            + " per one of the " + n + " " + of + ") or " + 2 * n + " (a 2D vector per "
            + of.substring(0, of.length() - 1) + ", [x0, y0, x1, y1, ...])");
      }
    }
  }

  private void writeAll(TriangleMesh mesh, Map<String, double[]> points,
      Map<String, double[]> cells) throws IOException {
    int n = mesh.nodeCount();
    int m = mesh.triangleCount();
    text("<?xml version=\"1.0\"?>\n");
    text("<VTKFile type=\"UnstructuredGrid\" version=\"1.0\" byte_order=\"LittleEndian\""
        + " header_type=\"UInt64\">\n");
    text("  <UnstructuredGrid>\n");
    text("    <Piece NumberOfPoints=\"" + n + "\" NumberOfCells=\"" + m + "\">\n");
    text("      <PointData>\n");
    for (Map.Entry<String, double[]> e : points.entrySet()) {
      field(e.getKey(), e.getValue(), n);
    }
    text("      </PointData>\n");
    text("      <CellData>\n");
    for (Map.Entry<String, double[]> e : cells.entrySet()) {
      field(e.getKey(), e.getValue(), m);
    }
    if (!cells.containsKey("tag")) {
      int[] tags = mesh.triangleTags();
      open("Int32", "tag", 1);
      ByteBuffer b = buffer(4L * m);
      for (int t : tags) {
        if (binary) {
          b.putInt(t);
        } else {
          text(Integer.toString(t));
          text(" ");
        }
      }
      close(b);
    }
    text("      </CellData>\n");
    text("      <Points>\n");
    double[] xyz = new double[3 * n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = mesh.x(i);
      xyz[3 * i + 1] = mesh.y(i);
    }
    doubles("Float64", null, 3, xyz);
    text("      </Points>\n");
    text("      <Cells>\n");
    long[] connectivity = new long[3 * m];
    long[] offsets = new long[m];
    for (int t = 0; t < m; t++) {
      for (int k = 0; k < 3; k++) {
        connectivity[3 * t + k] = mesh.triangleNode(t, k);
      }
      offsets[t] = 3L * (t + 1);
    }
    longs("connectivity", connectivity);
    longs("offsets", offsets);
    open("UInt8", "types", 1);
    ByteBuffer b = buffer(m);
    for (int t = 0; t < m; t++) {
      if (binary) {
        b.put((byte) VTK_TRIANGLE);
      } else {
        text(VTK_TRIANGLE + " ");
      }
    }
    close(b);
    text("      </Cells>\n");
    text("    </Piece>\n");
    text("  </UnstructuredGrid>\n");
    text("</VTKFile>\n");
  }

  private void field(String name, double[] v, int count) throws IOException {
    if (v.length == count) {
      doubles("Float64", name, 1, v);
      return;
    }
    double[] xyz = new double[3 * count];
    for (int i = 0; i < count; i++) {
      xyz[3 * i] = v[2 * i];
      xyz[3 * i + 1] = v[2 * i + 1];
    }
    doubles("Float64", name, 3, xyz);
  }

  private void open(String type, String name, int components) throws IOException {
    text("        <DataArray type=\"" + type + "\"" + (name == null ? "" : " Name=\"" + xml(name)
        + "\"") + " NumberOfComponents=\"" + components + "\" format=\""
        + (binary ? "binary" : "ascii") + "\">\n          ");
  }

  /** @return a little-endian buffer holding the UInt64 byte-count header, or null for ASCII */
  private ByteBuffer buffer(long dataBytes) {
    if (!binary) {
      return null;
    }
    if (dataBytes > Integer.MAX_VALUE - 8) {
      throw new GalerkinException("VtuWriter: a data array of " + dataBytes + " bytes is too large"
          + " for one .vtu array (at most 2 GB); split the mesh");
    }
    ByteBuffer b = ByteBuffer.allocate((int) dataBytes + 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(dataBytes);
    return b;
  }

  private void close(ByteBuffer b) throws IOException {
    if (binary) {
      out.write(Base64.getEncoder().encode(b.array()));
    }
    text("\n        </DataArray>\n");
  }

  private void doubles(String type, String name, int components, double[] v) throws IOException {
    open(type, name, components);
    ByteBuffer b = buffer(8L * v.length);
    for (int i = 0; i < v.length; i++) {
      if (binary) {
        b.putDouble(v[i]);
      } else {
        text(Double.toString(v[i]));
        text((i + 1) % (3 * components) == 0 ? "\n          " : " ");
      }
    }
    close(b);
  }

  private void longs(String name, long[] v) throws IOException {
    open("Int64", name, 1);
    ByteBuffer b = buffer(8L * v.length);
    for (int i = 0; i < v.length; i++) {
      if (binary) {
        b.putLong(v[i]);
      } else {
        text(Long.toString(v[i]));
        text((i + 1) % 12 == 0 ? "\n          " : " ");
      }
    }
    close(b);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private void text(String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
