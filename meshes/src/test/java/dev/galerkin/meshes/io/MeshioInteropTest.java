package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader, meshio (Debian's python3-meshio 5.0.0, run by Debian's {@code
 * /usr/bin/python3}, not the pyenv {@code python3} on the PATH), reads the {@code .msh} and {@code
 * .vtu} files we write, and {@code src/test/python/meshio_summary.py} prints what it sees. This
 * test fails, and does not skip, when python3 or meshio is missing; {@code .ci/run} installs them.
 */
class MeshioInteropTest {
  static final String PYTHON = "/usr/bin/python3";
  static final Path SCRIPT = Path.of("src/test/python/meshio_summary.py");

  @TempDir Path tmp;

  static String meshio(Path file) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      fail(PYTHON + " is missing; install Debian's python3 and python3-meshio (apt-get install"
          + " python3-meshio), as .ci/run does");
    }
    Process p = new ProcessBuilder(PYTHON, SCRIPT.toString(), file.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      if (err.contains("No module named 'meshio'") || err.contains("No module named 'numpy'")) {
        fail("meshio is not installed for " + PYTHON + "; install it: apt-get install"
            + " python3-meshio (as .ci/run does)\n" + err);
      }
      fail("meshio could not read " + file + ":\n" + err + out);
    }
    return out;
  }

  static double number(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.eE+-]+)").matcher(json);
    assertTrue(m.find(), "meshio's summary has no " + key + ": " + json);
    return Double.parseDouble(m.group(1));
  }

  static int count(int[] tags, int tag) {
    int c = 0;
    for (int t : tags) {
      c += t == tag ? 1 : 0;
    }
    return c;
  }

  static void assertPoints(TriangleMesh m, String json) {
    assertEquals(m.nodeCount(), number(json, "points"), json);
    double xs = 0;
    double ys = 0;
    for (int i = 0; i < m.nodeCount(); i++) {
      xs += m.x(i);
      ys += m.y(i);
    }
    assertEquals(xs, number(json, "x_sum"), 1e-9 * Math.abs(xs) + 1e-12);
    assertEquals(ys, number(json, "y_sum"), 1e-9 * Math.abs(ys) + 1e-12);
    assertEquals(0, number(json, "z_max"));
    assertEquals(m.triangleCount(), number(json, "triangle"), json);
  }

  @Test
  void meshioReadsOurMshFilesWithTheirPhysicalGroups() throws Exception {
    TriangleMesh plate = GmshRoundTripTest.plate(tmp);
    for (Encoding enc : Encoding.values()) {
      Path f = tmp.resolve("plate-" + enc + ".msh");
      GmshWriter.write(f, plate, enc);
      String json = meshio(f);
      assertPoints(plate, json);
      assertEquals(plate.edgeCount(), number(json, "line"), json);
      for (PhysicalGroup g : plate.groups()) {
        String cell = g.dimension() == 1 ? "line" : "triangle";
        int[] tags = g.dimension() == 1 ? plate.edgeTags() : plate.triangleTags();
        assertEquals(count(tags, g.tag()), number(json, cell + ":" + g.tag()), g + ": " + json);
        assertTrue(json.contains("\"" + g.name() + "\": [" + g.tag() + ", " + g.dimension() + "]"),
            g + ": " + json);
      }
    }
  }

  @Test
  void meshioReadsOurVtuFilesWithTheirFields() throws Exception {
    TriangleMesh m = TriangleMesh.rectangle(0, 2, 0, 1, 7, 4);
    Map<String, double[]> pf = VtuWriterTest.pointFields(m);
    Map<String, double[]> cf = VtuWriterTest.cellFields(m);
    for (Encoding enc : Encoding.values()) {
      Path f = tmp.resolve("m-" + enc + ".vtu");
      VtuWriter.write(f, m, pf, cf, enc);
      String json = meshio(f);
      assertPoints(m, json);
      assertEquals(sum(pf.get("u")), number(json, "sum:u"), 1e-12, json);
      assertEquals(sum(pf.get("displacement")), number(json, "sum:displacement"), 1e-12, json);
      assertTrue(number(json, "components:displacement") == 3 && number(json, "components:u") == 1,
          "components: " + json);
      assertEquals(sum(cf.get("stress")), number(json, "sum:stress"), 1e-12, json);
      assertEquals(m.triangleCount(), number(json, "triangle:1"), json);
    }
  }

  static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
