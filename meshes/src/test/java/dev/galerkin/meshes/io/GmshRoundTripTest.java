package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write → read gives identical arrays; Gmsh 4.8.4 itself reads our files and we read its. */
class GmshRoundTripTest {
  @TempDir Path tmp;

  static void assertSameMesh(TriangleMesh expected, TriangleMesh actual) {
    assertArrayEquals(expected.coordinates(), actual.coordinates());
    assertArrayEquals(expected.triangles(), actual.triangles());
    assertArrayEquals(expected.triangleTags(), actual.triangleTags());
    assertArrayEquals(expected.edges(), actual.edges());
    assertArrayEquals(expected.edgeTags(), actual.edgeTags());
    assertEquals(expected.groups(), actual.groups());
  }

  /** A plate mesh made by gmsh, with irrational coordinates (exactness matters). */
  static TriangleMesh plate(Path dir) {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, dir);
    return GmshMesher.locate().mesh(geo, Map.of("h", 0.2, "theta", 0.3), null);
  }

  @Test
  void writeThenReadGivesIdenticalArraysAndGroups() {
    TriangleMesh rect = TriangleMesh.rectangle(-1, 2, 0, 0.7, 5, 3);
    TriangleMesh plate = plate(tmp);
    for (TriangleMesh m : List.of(rect, plate)) {
      for (Encoding enc : Encoding.values()) {
        Path f = tmp.resolve("m-" + enc + ".msh");
        GmshWriter.write(f, m, enc);
        GmshReader.Result r = GmshReader.readWithHeader(f);
        assertEquals(enc, r.encoding());
        assertSameMesh(m, r.mesh());
      }
    }
  }

  @Test
  void untaggedEdgesAndTrianglesSurvive() {
    TriangleMesh rect = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    int[] triTags = rect.triangleTags();
    triTags[3] = 0;
    int[] edgeTags = rect.edgeTags();
    edgeTags[0] = 0;
    TriangleMesh.Builder b = TriangleMesh.builder().nodes(rect.coordinates())
        .triangles(rect.triangles()).triangleTags(triTags).boundaryEdges(rect.edges(), edgeTags);
    rect.groups().forEach(b::group);
    TriangleMesh m = b.build();
    for (Encoding enc : Encoding.values()) {
      Path f = tmp.resolve("u-" + enc + ".msh");
      GmshWriter.write(f, m, enc);
      assertSameMesh(m, GmshReader.read(f));
    }
  }

  @Test
  void noTemporaryFileIsLeftAndAnExistingFileIsReplaced() throws IOException {
    Path f = tmp.resolve("r.msh");
    Files.writeString(f, "old");
    GmshWriter.write(f, TriangleMesh.rectangle(0, 1, 0, 1, 1, 1), Encoding.BINARY);
    assertEquals(1, GmshReader.read(f).nodeCount() / 4);
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(f), s.toList());
    }
  }

  static String gmsh(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(GmshMesher.locate().executable().toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0 || out.contains("Error")) {
      fail("gmsh " + String.join(" ", args) + " failed:\n" + out);
    }
    return out;
  }

  @Test
  void gmshFilesWithParametricCoordinatesAndAllElementsReadTheSame() throws Exception {
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, tmp);
    TriangleMesh plain = GmshMesher.locate().mesh(geo, Map.of("h", 0.2), null);
    for (String bin : new String[] {"0", "1"}) {
      Path f = tmp.resolve("param" + bin + ".msh");
      gmsh(tmp, geo.toString(), "-2", "-nt", "1", "-format", "msh41", "-setnumber",
          "Mesh.Binary", bin, "-setnumber", "h", "0.2", "-setnumber", "Mesh.SaveParametric", "1",
          "-o", f.toString());
      TriangleMesh m = GmshReader.read(f);
      // Gmsh's ASCII files (GmshMesher's too) carry 16 significant digits: exact to about 1e-16
      assertArrayEquals(plain.coordinates(), m.coordinates(), 1e-15);
      assertArrayEquals(plain.triangles(), m.triangles());
      assertArrayEquals(plain.triangleTags(), m.triangleTags());
      assertArrayEquals(plain.edges(), m.edges());
      assertArrayEquals(plain.edgeTags(), m.edgeTags());
      assertEquals(plain.groups(), m.groups());
    }
  }

  @Test
  void gmshReadsOurFilesAndWeReadItsBinaryAndAsciiFiles() throws Exception {
    TriangleMesh plate = plate(tmp);
    for (Encoding ours : Encoding.values()) {
      Path f = tmp.resolve("ours-" + ours + ".msh");
      GmshWriter.write(f, plate, ours);
      for (boolean bin : new boolean[] {false, true}) {
        Path back = tmp.resolve("gmsh-" + ours + "-" + bin + ".msh");
        List<String> args = new ArrayList<>(List.of(f.toString(), "-0", "-format", "msh41"));
        if (bin) {
          args.add("-bin");
        }
        args.addAll(List.of("-o", back.toString()));
        gmsh(tmp, args.toArray(String[]::new));
        GmshReader.Result r = GmshReader.readWithHeader(back);
        assertEquals(bin ? Encoding.BINARY : Encoding.ASCII, r.encoding());
        TriangleMesh m = r.mesh();
        assertEquals(plate.nodeCount(), m.nodeCount());
        assertEquals(plate.triangleCount(), m.triangleCount());
        assertEquals(plate.edgeCount(), m.edgeCount());
        assertEquals(plate.groups(), m.groups());
        assertEquals(plate.area(), m.area(), 1e-12);
        assertArrayEquals(plate.boundingBox(), m.boundingBox(), 0);
        for (String curve : List.of("left", "right", "bottom", "top", "hole")) {
          assertEquals(plate.edgesTagged(curve).length, m.edgesTagged(curve).length, curve);
        }
      }
    }
  }
}
