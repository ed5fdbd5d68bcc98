package dev.galerkin.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DType;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshDatasetFileTest {
  @TempDir Path tmp;

  static final List<MeshFieldSpec> SPECS = List.of(
      new MeshFieldSpec("load", FieldRole.INPUT, Location.SCALAR, 1),
      new MeshFieldSpec("u", FieldRole.OUTPUT, Location.NODE, 2),
      new MeshFieldSpec("von_mises", FieldRole.OUTPUT, Location.NODE, 1),
      new MeshFieldSpec("max_von_mises", FieldRole.OUTPUT, Location.SCALAR, 1));

  /** Three samples on meshes of different sizes, with values that depend on the node. */
  static MeshDataset threeSamples() {
    MeshDataset.Builder b = MeshDataset.builder(SPECS).attribute("pde", "test");
    for (int i = 0; i < 3; i++) {
      TriangleMesh mesh = TriangleMesh.rectangle(0, 1 + i, 0, 1, 2 + i, 3);
      int n = mesh.nodeCount();
      double[] u = new double[2 * n];
      double[] vm = new double[n];
      for (int k = 0; k < n; k++) {
        u[2 * k] = mesh.x(k) * (i + 1);
        u[2 * k + 1] = -mesh.y(k) / 4;
        vm[k] = 0.5 + k;
      }
      b.add(mesh, Map.of("load", new double[] {10.0 * (i + 1)}, "u", u, "von_mises", vm,
          "max_von_mises", new double[] {n - 0.5}));
    }
    return b.build();
  }

  @Test
  void roundTripKeepsMeshesValuesAndAttributes() {
    MeshDataset ds = threeSamples();
    Path p = tmp.resolve("mesh.h5");
    MeshDatasetFile.write(ds, p, WriteOptions.defaults().withStoredType(DType.FLOAT64));
    MeshDataset back = MeshDatasetFile.read(p);
    assertEquals(3, back.sampleCount());
    assertEquals(SPECS, back.specs());
    assertEquals("test", back.attributes().get("pde"));
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(ds.mesh(i).coordinates(), back.mesh(i).coordinates());
      assertArrayEquals(ds.mesh(i).triangles(), back.mesh(i).triangles());
      assertArrayEquals(ds.mesh(i).edges(), back.mesh(i).edges());
      assertArrayEquals(ds.mesh(i).edgeTags(), back.mesh(i).edgeTags());
      assertEquals(ds.mesh(i).groups(), back.mesh(i).groups());
      for (MeshFieldSpec s : SPECS) {
        assertArrayEquals(ds.values(s.name(), i), back.values(s.name(), i), s.name());
      }
    }
  }

  @Test
  void h5pyReadsTheRaggedLayoutWithoutGalerkin() throws Exception {
    MeshDataset ds = threeSamples();
    Path p = tmp.resolve("mesh.h5");
    MeshDatasetFile.write(ds, p, WriteOptions.defaults());
    Process proc;
    try {
      proc = new ProcessBuilder("/usr/bin/python3", "src/test/python/read_mesh_dataset.py",
          p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail("/usr/bin/python3 cannot run; install Debian's python3-h5py (.ci/run does): " + e);
      return;
    }
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, proc.waitFor(), "h5py could not read the file (apt-get install python3-h5py):\n"
        + out);
    String[] lines = out.strip().split("\n");
    assertEquals("version 3 layout mesh", lines[0]);
    for (int i = 0; i < 3; i++) {
      TriangleMesh m = ds.mesh(i);
      StringBuilder expected = new StringBuilder(String.format("sample %d nodes %d triangles %d"
          + " edges %d area %.6f", i, m.nodeCount(), m.triangleCount(), m.edgeCount(), m.area()));
      for (String name : List.of("load", "max_von_mises", "u", "von_mises")) {
        double sum = 0;
        for (double v : ds.values(name, i)) {
          sum += (float) v;
        }
        expected.append(String.format(" %s=%.6e", name, sum));
      }
      assertEquals(expected.toString(), lines[i + 1]);
    }
  }

  @Test
  void eachReaderRefusesTheOthersFilesNamingTheRightCommand() {
    Path mesh = tmp.resolve("mesh.h5");
    MeshDatasetFile.write(threeSamples(), mesh, WriteOptions.defaults());
    GalerkinException e = assertThrows(GalerkinException.class, () -> DatasetFile.open(mesh));
    assertTrue(e.getMessage().contains("train mmgp"), e.getMessage());
    Path grid = tmp.resolve("grid.h5");
    DatasetWriter.write(Dataset.builder().input("a", FloatArray.zeros(Shape.of(2, 3))).build(),
        grid, WriteOptions.defaults());
    e = assertThrows(GalerkinException.class, () -> MeshDatasetFile.read(grid));
    assertTrue(e.getMessage().contains("is a grid dataset"), e.getMessage());
  }

  @Test
  void truncatedFileGetsOneClearLine() throws IOException {
    Path p = tmp.resolve("mesh.h5");
    MeshDatasetFile.write(threeSamples(), p, WriteOptions.defaults());
    byte[] all = Files.readAllBytes(p);
    Path cut = tmp.resolve("cut.h5");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    GalerkinException e = assertThrows(GalerkinException.class, () -> MeshDatasetFile.read(cut));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void samplesThatDoNotMatchTheirDeclarationsAreRefused() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    MeshDataset.Builder b = MeshDataset.builder(SPECS);
    GalerkinException e = assertThrows(GalerkinException.class, () -> b.add(mesh, Map.of(
        "load", new double[] {1}, "u", new double[9], "von_mises", new double[9],
        "max_von_mises", new double[] {1})));
    assertTrue(e.getMessage().contains("'u' has 9 values but needs 18 (9 nodes x 2)"),
        e.getMessage());
    double[] nan = new double[9];
    nan[4] = Double.NaN;
    e = assertThrows(GalerkinException.class, () -> b.add(mesh, Map.of(
        "load", new double[] {1}, "u", new double[18], "von_mises", nan,
        "max_von_mises", new double[] {1})));
    assertTrue(e.getMessage().contains("'von_mises' value 4 is NaN"), e.getMessage());
  }
}
