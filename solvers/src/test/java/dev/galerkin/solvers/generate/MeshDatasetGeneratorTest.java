package dev.galerkin.solvers.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.hdf5.MeshDatasetFile;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshDatasetGeneratorTest {
  @TempDir Path tmp;

  /** Rectangles of random width and resolution; u = width · x at the nodes. */
  static final MeshDatasetRecipe RECTANGLES = new MeshDatasetRecipe() {
    @Override
    public String name() {
      return "rectangles";
    }

    @Override
    public List<MeshFieldSpec> specs() {
      return List.of(new MeshFieldSpec("width", FieldRole.INPUT, Location.SCALAR, 1),
          new MeshFieldSpec("u", FieldRole.OUTPUT, Location.NODE, 1));
    }

    @Override
    public Map<String, Object> attributes() {
      return Map.of("pde", "none");
    }

    @Override
    public MeshSampleMaker newMaker() {
      return (rng, index) -> {
        double width = 1 + rng.nextDouble();
        TriangleMesh mesh = TriangleMesh.rectangle(0, width, 0, 1, 2 + rng.nextInt(5), 3);
        double[] u = new double[mesh.nodeCount()];
        for (int k = 0; k < u.length; k++) {
          u[k] = width * mesh.x(k);
        }
        return new MeshSampleMaker.Sample(mesh, Map.of("width", new double[] {width}, "u", u));
      };
    }
  };

  @Test
  void theDatasetIsTheSameWhateverTheThreadCount() {
    MeshDataset one = MeshDatasetGenerator.generate(RECTANGLES, 9, 7, 1, new ProgressListener() { });
    MeshDataset three = MeshDatasetGenerator.generate(RECTANGLES, 9, 7, 3,
        new ProgressListener() { });
    for (int i = 0; i < 9; i++) {
      assertArrayEquals(one.mesh(i).coordinates(), three.mesh(i).coordinates());
      assertArrayEquals(one.values("u", i), three.values("u", i));
    }
    assertEquals(7L, one.attributes().get("seed"));
    assertEquals("rectangles", one.attributes().get("preset"));
  }

  @Test
  void runWritesAFileAndRefusesToOverwriteUnlessTold() {
    Path out = tmp.resolve("sub/rect.h5");
    GenerationReport r = MeshDatasetGenerator.run(RECTANGLES, 4, 0, 2, out,
        WriteOptions.defaults(), new ProgressListener() { });
    assertEquals(4, r.generated());
    assertEquals(4, MeshDatasetFile.read(out).sampleCount());
    GalerkinException e = assertThrows(GalerkinException.class, () -> MeshDatasetGenerator.run(
        RECTANGLES, 4, 0, 2, out, WriteOptions.defaults(), new ProgressListener() { }));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
  }
}
