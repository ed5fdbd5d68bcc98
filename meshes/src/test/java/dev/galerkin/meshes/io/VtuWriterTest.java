package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses the .vtu we write as XML and decodes its arrays (meshio's check is MeshioInteropTest). */
class VtuWriterTest {
  @TempDir Path tmp;

  static TriangleMesh mesh() {
    return TriangleMesh.rectangle(0, 2, 0, 1, 3, 2);
  }

  static Map<String, double[]> pointFields(TriangleMesh m) {
    double[] u = new double[m.nodeCount()];
    double[] d = new double[2 * m.nodeCount()];
    for (int i = 0; i < u.length; i++) {
      u[i] = Math.sin(m.x(i)) * m.y(i) + 0.1;
      d[2 * i] = 0.01 * m.y(i);
      d[2 * i + 1] = -0.02 * m.x(i);
    }
    Map<String, double[]> f = new LinkedHashMap<>();
    f.put("u", u);
    f.put("displacement", d);
    return f;
  }

  static Map<String, double[]> cellFields(TriangleMesh m) {
    double[] s = new double[m.triangleCount()];
    for (int t = 0; t < s.length; t++) {
      s[t] = t / 3.0;
    }
    return Map.of("stress", s);
  }

  /** @return the values of a DataArray, decoding base64 and checking its UInt64 header */
  static double[] values(Element array) {
    String type = array.getAttribute("type");
    String text = array.getTextContent().strip();
    if (array.getAttribute("format").equals("ascii")) {
      return Stream.of(text.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
    long bytes = b.getLong();
    int width = switch (type) {
      case "Float64", "Int64" -> 8;
      case "Int32" -> 4;
      case "UInt8" -> 1;
      default -> throw new AssertionError(type);
    };
    assertEquals(b.remaining(), bytes, "the UInt64 header counts the data bytes");
    double[] v = new double[(int) (bytes / width)];
    for (int i = 0; i < v.length; i++) {
      v[i] = switch (type) {
        case "Float64" -> b.getDouble();
        case "Int64" -> b.getLong();
        case "Int32" -> b.getInt();
        default -> b.get();
      };
    }
    return v;
  }

  static Element array(Document doc, String parent, String name) {
    Element p = (Element) doc.getElementsByTagName(parent).item(0);
    NodeList arrays = p.getElementsByTagName("DataArray");
    for (int i = 0; i < arrays.getLength(); i++) {
      Element e = (Element) arrays.item(i);
      if (name == null || name.equals(e.getAttribute("Name"))) {
        return e;
      }
    }
    throw new AssertionError("no DataArray " + name + " in " + parent);
  }

  @Test
  void pointsCellsAndFieldsReadBackExactlyInBothEncodings() throws Exception {
    TriangleMesh m = mesh();
    Map<String, double[]> pf = pointFields(m);
    Map<String, double[]> cf = cellFields(m);
    for (Encoding enc : Encoding.values()) {
      Path f = tmp.resolve("m-" + enc + ".vtu");
      VtuWriter.write(f, m, pf, cf, enc);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
      Element root = doc.getDocumentElement();
      assertEquals("UnstructuredGrid", root.getAttribute("type"));
      assertEquals("UInt64", root.getAttribute("header_type"));
      Element piece = (Element) doc.getElementsByTagName("Piece").item(0);
      assertEquals(Integer.toString(m.nodeCount()), piece.getAttribute("NumberOfPoints"));
      assertEquals(Integer.toString(m.triangleCount()), piece.getAttribute("NumberOfCells"));
      double[] xyz = values(array(doc, "Points", null));
      for (int i = 0; i < m.nodeCount(); i++) {
        assertArrayEquals(new double[] {m.x(i), m.y(i), 0},
            new double[] {xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]});
      }
      double[] conn = values(array(doc, "Cells", "connectivity"));
      int[] tri = m.triangles();
      for (int i = 0; i < tri.length; i++) {
        assertEquals(tri[i], conn[i]);
      }
      double[] offsets = values(array(doc, "Cells", "offsets"));
      assertEquals(3.0 * m.triangleCount(), offsets[offsets.length - 1]);
      for (double t : values(array(doc, "Cells", "types"))) {
        assertEquals(VtuWriter.VTK_TRIANGLE, t);
      }
      assertArrayEquals(pf.get("u"), values(array(doc, "PointData", "u")));
      Element disp = array(doc, "PointData", "displacement");
      assertEquals("3", disp.getAttribute("NumberOfComponents"));
      double[] d = values(disp);
      for (int i = 0; i < m.nodeCount(); i++) {
        assertEquals(pf.get("displacement")[2 * i], d[3 * i]);
        assertEquals(pf.get("displacement")[2 * i + 1], d[3 * i + 1]);
        assertEquals(0, d[3 * i + 2]);
      }
      assertArrayEquals(cf.get("stress"), values(array(doc, "CellData", "stress")));
      double[] tags = values(array(doc, "CellData", "tag"));
      for (int t = 0; t < m.triangleCount(); t++) {
        assertEquals(m.triangleTags()[t], tags[t]);
      }
    }
  }

  @Test
  void aFieldOfTheWrongLengthIsNamedWithTheLengthsAllowed() {
    TriangleMesh m = mesh();
    Path f = tmp.resolve("bad.vtu");
    GalerkinException e = assertThrows(GalerkinException.class, () -> VtuWriter.write(f, m,
        Map.of("u", new double[5]), Map.of(), Encoding.ASCII));
    assertTrue(e.getMessage().contains("point field 'u' has 5 values; expected 12")
        && e.getMessage().contains("or 24"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> VtuWriter.write(f, m, Map.of(),
        Map.of("s", new double[13]), Encoding.BINARY));
    assertTrue(e.getMessage().contains("cell field 's' has 13 values; expected 12"),
        e.getMessage());
    assertTrue(!Files.exists(f), "nothing is written when a field is wrong");
  }

  @Test
  void namesAreEscapedAndNoTemporaryFileRemains() throws Exception {
    TriangleMesh m = mesh();
    Path f = tmp.resolve("esc.vtu");
    VtuWriter.write(f, m, Map.of("a<b & \"c\"", new double[m.nodeCount()]), Map.of(),
        Encoding.BINARY);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
    assertEquals("a<b & \"c\"", array(doc, "PointData", null).getAttribute("Name"));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(f), s.toList());
    }
  }
}
