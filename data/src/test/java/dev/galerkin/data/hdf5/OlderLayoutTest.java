package dev.galerkin.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of layout version 1 (committed under {@code compat/v1}, written before the boundary
 * attribute) still load, with the boundary of their preset; files of today's layout carry it.
 */
class OlderLayoutTest {
  @TempDir Path tmp;

  static Path resource(String name) {
    try {
      return Path.of(OlderLayoutTest.class.getResource("/compat/v1/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void version1DarcyLoadsWithDirichletOnBothAxes() {
    try (DatasetFile f = DatasetFile.open(resource("darcy-v1.h5"))) {
      assertEquals(1, f.formatVersion());
      assertEquals(12, f.sampleCount());
      assertEquals(Shape.of(12, 11, 11), f.shape("a"));
      assertEquals(List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.DIRICHLET), f.boundary());
      assertTrue(!f.attributes().containsKey(DatasetAttributes.BOUNDARY), "the file has none");
      Dataset d = f.toDataset();
      assertEquals(f.boundary(), d.boundary());
      assertEquals("dirichlet,dirichlet", d.attribute(DatasetAttributes.BOUNDARY));
      assertEquals(12, d.values("u").shape().samples());
    }
  }

  @Test
  void version1AntiderivativeLoadsAsOpen() {
    try (DatasetFile f = DatasetFile.open(resource("anti-v1.h5"))) {
      assertEquals(1, f.formatVersion());
      assertEquals(List.of(BoundaryCondition.OPEN), f.boundary());
      assertEquals(Shape.of(12, 20), f.shape("u"));
    }
  }

  @Test
  void version1WithoutAKnownPresetHasUnknownBoundary() {
    Path p = tmp.resolve("plain-v1.h5");
    try (WritableHdfFile w = HdfFile.write(p)) {
      w.putAttribute(Hdf5Format.FORMAT, Hdf5Format.KIND_DATASET);
      w.putAttribute(Hdf5Format.FORMAT_VERSION, 1L);
      w.putAttribute("preset", "my-own");
      w.putDataset("a", new float[4][3]).putAttribute("role", "input");
    }
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(List.of(), f.boundary());
      assertEquals(List.of(), f.toDataset().boundary());
    }
  }

  @Test
  void todaysLayoutWritesVersion3AndKeepsTheBoundary() {
    Dataset ds = Dataset.builder().input("a", dev.galerkin.data.FloatArray.zeros(Shape.of(2, 3, 4)))
        .attribute(DatasetAttributes.BOUNDARY, "periodic,neumann").build();
    assertEquals(List.of(BoundaryCondition.PERIODIC, BoundaryCondition.NEUMANN), ds.boundary());
    Path p = tmp.resolve("v2.h5");
    DatasetWriter.write(ds, p, WriteOptions.defaults());
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Hdf5Format.VERSION, f.formatVersion());
      assertEquals(3, Hdf5Format.VERSION);
      assertEquals(ds.boundary(), f.boundary());
    }
    Path s = tmp.resolve("shards");
    ShardedDatasetWriter w = ShardedDatasetWriter.open(s, WriteOptions.defaults());
    w.writeShard(0, ds);
    w.finish(1);
    try (DatasetFile f = DatasetFile.open(s)) {
      assertEquals(ds.boundary(), f.boundary());
    }
  }

  @Test
  void aBadBoundaryAttributeIsNamed() {
    Dataset ds = Dataset.builder().input("a", dev.galerkin.data.FloatArray.zeros(Shape.of(2, 3)))
        .attribute(DatasetAttributes.BOUNDARY, "periodic,wall").build();
    Path p = tmp.resolve("bad.h5");
    DatasetWriter.write(ds, p, WriteOptions.defaults());
    String m = assertThrows(GalerkinException.class, () -> DatasetFile.open(p)).getMessage();
    assertTrue(m.contains("bad.h5") && m.contains("'boundary'") && m.contains("'wall'"), m);
    m = assertThrows(GalerkinException.class, ds::boundary).getMessage();
    assertTrue(m.contains("periodic,wall"), m);
  }
}
