package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.Encoding;
import dev.galerkin.meshes.io.GmshWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin info FILE.msh}: a Gmsh mesh is described as a mesh. */
class InfoMeshCommandTest {
  @TempDir Path tmp;

  @Test
  void describesAMeshByExtensionAndByHeader() throws IOException {
    // 4 x 2 cells on [0, 2] x [0, 1]: right isosceles triangles (45, 45, 90 degrees)
    TriangleMesh m = TriangleMesh.rectangle(0, 2, 0, 1, 4, 2);
    Path bin = tmp.resolve("rect.msh");
    GmshWriter.write(bin, m, Encoding.BINARY);
    CliRunner r = CliRunner.run("info", bin.toString());
    assertEquals(0, r.code(), r.err());
    String o = r.out();
    assertTrue(o.startsWith(bin + "  (Gmsh mesh, MSH 4.1 binary, "), o);
    assertTrue(o.contains("\nnodes           15\n"), o);
    assertTrue(o.contains("\ntriangles       16\n"), o);
    assertTrue(o.contains("\nboundary edges  12\n"), o);
    assertTrue(o.contains("\nbounding box    [0.000, 2.000] x [0.000, 1.000]\n"), o);
    assertTrue(o.contains("\narea            2.000\n"), o);
    assertTrue(o.contains("\nminimum angle   min 45.00 deg, mean 45.00 deg\n"), o);
    // R / 2r for a right isosceles triangle: (1 + sqrt 2) / 2 = 1.207
    assertTrue(o.contains("\naspect ratio    max 1.207, mean 1.207"), o);
    assertTrue(o.matches("(?s).*\\n\\s+1\\s+1\\s+bottom\\s+4 edges\\n.*"), o);
    assertTrue(o.matches("(?s).*\\n\\s+1\\s+2\\s+right\\s+2 edges\\n.*"), o);
    assertTrue(o.matches("(?s).*\\n\\s+2\\s+1\\s+domain\\s+16 triangles\\n.*"), o);

    Path ascii = tmp.resolve("rect.mesh-file");
    GmshWriter.write(ascii, m, Encoding.ASCII);
    r = CliRunner.run("info", ascii.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(ascii + "  (Gmsh mesh, MSH 4.1 ascii, "), r.out());
    assertTrue(r.out().contains("\ntriangles       16\n"), r.out());
  }

  @Test
  void reportsDroppedNodesAndUntaggedCells() throws IOException {
    // a unit square of two triangles (nodes 1..4) and a geometry point (node 9) in no triangle;
    // no $Entities, so nothing is tagged
    Path f = tmp.resolve("square.msh");
    Files.writeString(f, String.join("\n", "$MeshFormat", "4.1 0 8", "$EndMeshFormat", "$Nodes",
        "2 5 1 9", "0 1 0 1", "9", "5 5 0", "2 1 0 4", "1", "2", "3", "4", "0 0 0", "1 0 0",
        "1 1 0", "0 1 0", "$EndNodes", "$Elements", "1 2 1 2", "2 1 2 2", "1 1 2 3", "2 1 3 4",
        "$EndElements", ""));
    CliRunner r = CliRunner.run("info", f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\nnodes           4  (1 node of no triangle dropped)\n"), r.out());
    assertTrue(r.out().matches("(?s).*\\n\\s+2\\s+0\\s+\\(none\\)\\s+2 triangles\\n.*"), r.out());
  }

  @Test
  void aBadMeshFileExitsWithOneClearLine() throws IOException {
    Path old = tmp.resolve("old.msh");
    Files.writeString(old, "$MeshFormat\n2.2 0 8\n$EndMeshFormat\n");
    CliRunner r = CliRunner.run("info", old.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("galerkin info: " + old + ":2 "), r.err());
    assertTrue(r.err().contains("MSH version 2.2 is not supported") && r.err()
        .contains("-format msh41"), r.err());

    Path cut = tmp.resolve("cut.msh");
    GmshWriter.write(cut, TriangleMesh.rectangle(0, 1, 0, 1, 2, 2), Encoding.ASCII);
    byte[] bytes = Files.readAllBytes(cut);
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    r = CliRunner.run("info", cut.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().contains("truncated"), r.err());
  }
}
