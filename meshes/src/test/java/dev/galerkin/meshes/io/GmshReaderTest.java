package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmshReaderTest {
  @TempDir Path tmp;

  /**
   * The unit square cut in two triangles, as Gmsh would write it: sparse node tags (10, 20, 30,
   * 40), a geometry point node (99) in no triangle, the second triangle clockwise, elements out of
   * tag order, a point element, and an unknown section.
   */
  static final String SQUARE = """
      $MeshFormat
      4.1 0 8
      $EndMeshFormat
      $PhysicalNames
      3
      1 7 "bottom"
      1 8 "rest"
      2 3 "square"
      $EndPhysicalNames
      $Comments
      anything $Nodes 1 2 3
      $EndComments
      $Entities
      1 2 1 0
      1 5 5 0 0
      1 0 0 0 1 0 0 1 7 0
      2 0 0 0 1 1 0 1 8 2 1 -1
      4 0 0 0 1 1 0 1 3 2 1 2
      $EndEntities
      $Nodes
      2 5 10 99
      0 1 0 1
      99
      5 5 0
      2 4 0 4
      40
      30
      10
      20
      0 1 0
      1 1 0
      0 0 0
      1 0 0
      $EndNodes
      $Elements
      4 5 1 9
      0 1 15 1
      9 99
      1 1 1 1
      5 10 20
      1 2 1 1
      4 20 30
      2 4 2 2
      3 20 30 40
      2 10 40 30
      $EndElements
      """;

  Path file(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsSparseTagsDropsOrphansOrientsAndSortsByElementTag() throws IOException {
    GmshReader.Result r = GmshReader.readWithHeader(file("square.msh", SQUARE));
    assertEquals("4.1", r.version());
    assertEquals(Encoding.ASCII, r.encoding());
    assertEquals(5, r.fileNodes());
    TriangleMesh m = r.mesh();
    // nodes by ascending tag: 10 -> 0, 20 -> 1, 30 -> 2, 40 -> 3; 99 dropped
    assertArrayEquals(new double[] {0, 0, 1, 0, 1, 1, 0, 1}, m.coordinates());
    // element 2 (10, 40, 30) is clockwise: flipped; element 3 (20, 30, 40) kept
    assertArrayEquals(new int[] {0, 2, 3, 1, 2, 3}, m.triangles());
    assertArrayEquals(new int[] {3, 3}, m.triangleTags());
    // edges by element tag: 4 (20-30, curve 2 -> "rest" 8), 5 (10-20, curve 1 -> "bottom" 7)
    assertArrayEquals(new int[] {1, 2, 0, 1}, m.edges());
    assertArrayEquals(new int[] {8, 7}, m.edgeTags());
    assertEquals(List.of(new PhysicalGroup(1, 7, "bottom"), new PhysicalGroup(1, 8, "rest"),
        new PhysicalGroup(2, 3, "square")), m.groups());
    assertEquals(1.0, m.area(), 1e-15);
  }

  GalerkinException fails(String text) throws IOException {
    Path p = file("bad.msh", text);
    GalerkinException e = assertThrows(GalerkinException.class, () -> GmshReader.read(p));
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  @Test
  void oldVersionsSayHowToResave() throws IOException {
    for (String v : List.of("2.2", "4.0")) {
      String m = fails("$MeshFormat\n" + v + " 0 8\n$EndMeshFormat\n").getMessage();
      assertTrue(m.contains("MSH version " + v) && m.contains("-format msh41")
          && m.contains("Mesh.MshFileVersion = 4.1"), m);
    }
  }

  @Test
  void unsupportedElementTypesAreNamedWithTheFix() throws IOException {
    String quads = SQUARE.replace("2 4 2 2\n3 20 30 40\n2 10 40 30", "2 4 3 1\n3 10 20 30 40");
    String m = fails(quads).getMessage();
    assertTrue(m.contains("quadrangle") && m.contains("Recombine") && m.contains("$Elements"), m);
    assertTrue(m.contains(":43 "), "names the line of the block header: " + m);
    m = fails(SQUARE.replace("2 4 2 2\n", "2 4 9 2\n")).getMessage();
    assertTrue(m.contains("type 9") && m.contains("Mesh.ElementOrder = 1"), m);
    m = fails(SQUARE.replace("2 4 2 2\n", "3 4 4 2\n")).getMessage();
    assertTrue(m.contains("3D mesh") && m.contains("-2"), m);
  }

  @Test
  void corruptTruncatedAndEmptyFilesFailWithTheirReason() throws IOException {
    String m = fails(SQUARE.replace("1 1 0\n0 0 0", "1 1 0\n0 x 0")).getMessage();
    assertTrue(m.contains("found 'x'") && m.contains("$Nodes"), m);
    m = fails(SQUARE.substring(0, SQUARE.indexOf("3 20 30 40"))).getMessage();
    assertTrue(m.contains("truncated"), m);
    m = fails(SQUARE.replace("$EndNodes\n", "")).getMessage();
    assertTrue(m.contains("expected $EndNodes"), m);
    m = fails(SQUARE.replace("3 20 30 40", "3 20 30 41")).getMessage();
    assertTrue(m.contains("element 3 refers to node 41") && m.contains(":44 (in $Elements"), m);
    m = fails(SQUARE.replace("2 4 2 2\n3 20 30 40\n2 10 40 30", "2 4 15 1\n3 20")
        .replace("4 5 1 9", "4 4 1 9")).getMessage();
    assertTrue(m.contains("no 3-node triangles"), m);
    m = fails(SQUARE.replace("5 5 0\n", "5 5 0.5\n")).getMessage();
    assertTrue(m.contains("z = 0.5") && m.contains("planar"), m);
    m = fails(SQUARE.replace("40\n30\n10\n", "40\n30\n30\n")).getMessage();
    assertTrue(m.contains("node tag 30 appears twice") && m.contains("$Nodes"), m);
    m = fails("hello\n").getMessage();
    assertTrue(m.contains("not a Gmsh .msh file"), m);
    m = fails(SQUARE.replace("$EndComments\n", "")).getMessage();
    assertTrue(m.contains("$Comments") && m.contains("truncated"), m);
  }

  @Test
  void truncatedOrCorruptBinaryFilesFail() throws IOException {
    Path good = tmp.resolve("good.msh");
    GmshWriter.write(good, TriangleMesh.rectangle(0, 1, 0, 1, 3, 3), Encoding.BINARY);
    byte[] bytes = Files.readAllBytes(good);
    Path cut = tmp.resolve("cut.msh");
    for (int keep : new int[] {bytes.length - 20, bytes.length / 2, 40}) {
      Files.write(cut, java.util.Arrays.copyOf(bytes, keep));
      GalerkinException e = assertThrows(GalerkinException.class, () -> GmshReader.read(cut));
      assertTrue(e.getMessage().startsWith(cut.toString()) && (e.getMessage().contains("truncated")
          || e.getMessage().contains("expected $End")), keep + " bytes: " + e.getMessage());
    }
    byte[] flipped = bytes.clone();
    flipped["$MeshFormat\n4.1 1 8\n".length()] = 7; // the endianness int
    Files.write(cut, flipped);
    GalerkinException e = assertThrows(GalerkinException.class, () -> GmshReader.read(cut));
    assertTrue(e.getMessage().contains("endianness"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path p = tmp.resolve("none.msh");
    GalerkinException e = assertThrows(GalerkinException.class, () -> GmshReader.read(p));
    assertTrue(e.getMessage().contains("none.msh: no such file"), e.getMessage());
  }
}
