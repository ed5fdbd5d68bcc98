package dev.galerkin.data.formats;

import static dev.galerkin.data.formats.ForeignFiles.assertValues;
import static dev.galerkin.data.formats.ForeignFiles.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.CountingChannel;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PDEBench's layouts, written by h5py exactly as PDEBench's writers do, read as datasets. */
class PdebenchFilesTest {
  static Path dir;

  @BeforeAll
  static void make() throws Exception {
    dir = ForeignFiles.dir();
  }

  @Test
  void oneDimensionalTensorIsTheTrajectoryAndItsFirstFrameTheInput() {
    Path p = dir.resolve("1D_Advection_Sols_beta0.1.hdf5");
    assertEquals(Layout.PDEBENCH_1D, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(5, f.sampleCount());
      assertEquals(List.of("a", "u"), f.sampleFieldNames());
      assertEquals(FieldRole.INPUT, f.field("a").role());
      assertEquals(Shape.of(5, 8), f.shape("a"));
      assertEquals(Shape.of(5, 4, 8), f.shape("u"));
      assertValues(f.read("u", 1, 4), 1, 1);
      ForeignFiles.assertFirstFrameValues(f.read("a", 2, 5), 1, 2);
      // t-coordinate has nt + 1 = 5 entries; the last is dropped
      assertArrayEquals(new double[] {0, 0.01, 0.02, 0.03}, f.readAll("t").toDouble().toArray(),
          1e-15);
      assertEquals(0.0625, f.readAll("x").getDouble(0), 1e-15);
      assertEquals(0.1, f.attributes().get("param.beta"));
      assertEquals("advection", f.attributes().get("pde"));
      assertEquals("pdebench-1d", f.attributes().get("source_format"));
    }
  }

  @Test
  void parametersComeFromTheFileNameWhenTheFileHasNoAttributes() {
    try (DatasetFile f = DatasetFile.open(dir.resolve("1D_Burgers_Sols_Nu0.01.hdf5"))) {
      assertEquals(0.01, f.attributes().get("param.Nu"));
      assertEquals("burgers", f.attributes().get("pde"));
    }
  }

  @Test
  void darcyCoefficientIsTheInputAndTheTensorTheOutput() {
    Path p = dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5");
    assertEquals(Layout.PDEBENCH_DARCY, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Shape.of(6, 8, 8), f.shape("a"));
      assertEquals(Shape.of(6, 8, 8), f.shape("u"));
      assertValues(f.read("a", 0, 6), 3, 0);
      ForeignFiles.assertFirstFrameValues(f.read("u", 3, 5), 2, 3);
      assertEquals(Shape.of(8), f.shape("x"));
      assertEquals(Shape.of(8), f.shape("y"));
      assertEquals(1.0, f.attributes().get("param.beta"));
      assertEquals("darcy", f.attributes().get("pde"));
    }
  }

  @Test
  void perSeedGroupsStackIntoOneTrajectoryField() {
    Path p = dir.resolve("2D_diff-react_NA_NA.h5");
    assertEquals(Layout.PDEBENCH_SEEDS, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Shape.of(4, 3, 6, 5, 2), f.shape("u"));
      assertEquals("lzf", f.field("u").compression());
      assertValues(f.read("u", 1, 3), 4, 1);
      assertValues(f.readAll("u"), 4, 0);
      assertArrayEquals(new double[] {0, 2.5, 5}, f.readAll("t").toDouble().toArray(), 1e-6);
      assertEquals(Shape.of(6), f.shape("x"));
      assertEquals(Shape.of(5), f.shape("y"));
      assertEquals("diffusion-reaction-2d", f.attributes().get("pde"));
    }
  }

  @Test
  void compressibleNavierStokesIsOneFieldPerVariable() {
    Path p = dir.resolve("2D_CFD_Rand_M0.1_Eta0.01_Zeta0.01_periodic_128_Train.hdf5");
    assertEquals(Layout.PDEBENCH_CFD, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(List.of("density", "pressure", "Vx", "Vy"), f.sampleFieldNames());
      String[] vars = {"density", "pressure", "Vx", "Vy"};
      for (int k = 0; k < vars.length; k++) {
        assertEquals(Shape.of(3, 4, 6, 5), f.shape(vars[k]));
        assertValues(f.read(vars[k], 1, 3), 5 + k, 1);
      }
      assertEquals(Shape.of(4), f.shape("t"), "t trimmed to the frames");
      assertEquals(0.1, f.attributes().get("param.M"));
      assertEquals(0.01, f.attributes().get("param.eta"));
      assertEquals("compressible-navier-stokes", f.attributes().get("pde"));
    }
  }

  @Test
  void incompressibleNavierStokesHasTheForceAsInputAndVelocityAndParticlesAsOutputs() {
    Path p = dir.resolve("ns_incom_inhom_2d_512-0.h5");
    assertEquals(Layout.PDEBENCH_NS, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(2, f.sampleCount());
      assertEquals(List.of("force", "velocity", "particles"), f.sampleFieldNames());
      assertEquals(FieldRole.INPUT, f.field("force").role());
      assertEquals(Shape.of(2, 4, 4, 2), f.shape("force"));
      assertEquals(Shape.of(2, 3, 4, 4, 2), f.shape("velocity"));
      assertEquals(Shape.of(2, 3, 4, 4, 1), f.shape("particles"));
      assertEquals("shuffle+lzf", f.field("velocity").compression());
      assertValues(f.read("velocity", 1, 2), 10, 1);
      assertValues(f.readAll("particles"), 11, 0);
      assertValues(f.read("force", 0, 2), 12, 0);
      assertArrayEquals(new double[] {0, 0.5, 1}, f.readAll("t").toDouble().toArray(), 1e-15);
      assertArrayEquals(new double[] {0.125, 0.375, 0.625, 0.875},
          f.readAll("y").toDouble().toArray(), 1e-15);
      assertEquals(0.01, f.attributes().get("param.NU"));
      assertEquals(null, f.attributes().get("param.latestIndex"));
      assertEquals("incompressible-navier-stokes", f.attributes().get("pde"));
    }
    String m = message(() -> DatasetFile.open(dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5"),
        Layout.PDEBENCH_NS));
    assertTrue(m.contains("no dataset 'velocity'") && m.contains("/nu [6, 8, 8]"), m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2D_DarcyFlow_big.hdf5", "2D_DarcyFlow_contiguous.hdf5"})
  void aRangeReadsOnlyItsSamples(String name) throws Exception {
    Path p = dir.resolve(name);
    try (CountingChannel ch = new CountingChannel(FileChannel.open(p, StandardOpenOption.READ));
        DatasetFile f = Layouts.open(p, Layout.PDEBENCH_DARCY, 1, ch)) {
      long size = Files.size(p);
      long before = ch.bytes.get();
      NdArray a = f.read("a", 10, 12);
      NdArray u = f.read("u", 10, 12);
      long read = ch.bytes.get() - before;
      assertEquals(Shape.of(2, 32, 32), a.shape());
      assertEquals(Shape.of(2, 32, 32), u.shape());
      assertTrue(read > 0 && read < size / 10, "read " + read + " of " + size + " bytes");
    }
  }

  @Test
  void aForcedLayoutNamesTheMissingDatasetAndTheOnesThere() {
    Path p = dir.resolve("1D_Advection_Sols_beta0.1.hdf5");
    String m = message(() -> DatasetFile.open(p, Layout.PDEBENCH_DARCY));
    assertTrue(m.contains("no dataset 'nu'") && m.contains("PDEBench 2D Darcy")
        && m.contains("/tensor [5, 4, 8]") && m.contains("/x-coordinate [8]"), m);
    m = message(() -> DatasetFile.open(p, Layout.PDEBENCH_CFD));
    assertTrue(m.contains("no dataset 'density'"), m);
  }

  @Test
  void aFileInNoLayoutListsWhatItHoldsAndWhatIsSupported() {
    Path p = dir.resolve("plain.h5");
    assertEquals(null, Layouts.detect(p));
    String m = message(() -> DatasetFile.open(p));
    assertTrue(m.contains("not a Galerkin dataset") && m.contains("/labels [7]")
        && m.contains("/results/run1/pressure [3, 4]") && m.contains("supported: Galerkin dataset,"
        + " PDEBench 1D") && m.contains("galerkin info"), m);
  }
}
