package dev.galerkin.data.formats;

import static dev.galerkin.data.formats.ForeignFiles.assertValues;
import static dev.galerkin.data.formats.ForeignFiles.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports read back by Python ({@code src/test/python/check_exported.py}: h5py, numpy.load,
 * scipy.io.loadmat, value by value) and by Galerkin's own readers.
 */
class ExportTest {
  @TempDir Path tmp;

  /** A Darcy-like dataset: a float32 and u float64 [4, 5, 6], x [5]; values by the generator's formula. */
  static Dataset darcyLike() {
    return Dataset.builder()
        .input("a", formula(30, Shape.of(4, 5, 6)).toFloat())
        .output("u", formula(31, Shape.of(4, 5, 6)))
        .coordinate("x", DoubleArray.wrap(Shape.of(5), new double[] {0, 0.25, 0.5, 0.75, 1}))
        .attribute("param.beta", 2.0).build();
  }

  static DoubleArray formula(int fieldId, Shape shape) {
    double[] v = new double[Math.toIntExact(shape.size())];
    long[] dims = shape.dims();
    long[] idx = new long[dims.length];
    for (int flat = 0; flat < v.length; flat++) {
      v[flat] = ForeignFiles.value(fieldId, idx);
      for (int i = dims.length - 1; i >= 0; i--) {
        if (++idx[i] < dims[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
    return DoubleArray.wrap(shape, v);
  }

  static void python(Path file, String kind) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("/usr/bin/python3", "src/test/python/check_exported.py",
        file.toString(), kind).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), kind + " (python3-h5py, python3-scipy needed):\n" + out);
    assertEquals("ok", out.strip());
  }

  @Test
  void darcyAsPdebenchReadsBackInH5pyAndHere() throws Exception {
    Path p = tmp.resolve("darcy.hdf5");
    Export.write(darcyLike(), Export.Target.PDEBENCH, p, false);
    python(p, "darcy-pdebench");
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Layout.PDEBENCH_DARCY, Layouts.detect(p));
      assertValues(f.readAll("a"), 30, 0);
      assertValues(f.readAll("u"), 31, 0);
      assertEquals(2.0, f.attributes().get("param.beta"));
    }
  }

  @Test
  void trajectoryAsPdebench1d() throws Exception {
    double[] x = new double[7];
    for (int i = 0; i < 7; i++) {
      x[i] = 0.25 * i;
    }
    Dataset ds = Dataset.builder()
        .input("a", formula(32, Shape.of(3, 7)).toFloat())
        .output("u", formula(33, Shape.of(3, 4, 7)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(7), x))
        .coordinate("t", DoubleArray.wrap(Shape.of(4), new double[] {0, 0.5, 1, 1.5}))
        .build();
    Path p = tmp.resolve("1d.hdf5");
    Export.write(ds, Export.Target.PDEBENCH, p, false);
    python(p, "1d-pdebench");
    try (DatasetFile f = DatasetFile.open(p)) {
      assertValues(f.readAll("u"), 33, 0);
      assertEquals(Shape.of(4), f.shape("t"), "the extra t entry is dropped again");
    }
  }

  @Test
  void aGalerkinTrajectoryGetsItsInitialStateBackAsFrameZero() throws Exception {
    // As the advection or burgers-pdebench presets store it: a = u(0), u from the first step on.
    double[] x = new double[7];
    for (int i = 0; i < 7; i++) {
      x[i] = 0.25 * i;
    }
    Dataset ds = Dataset.builder()
        .input("a", formula(32, Shape.of(3, 7)).toFloat())
        .output("u", formula(33, Shape.of(3, 3, 7)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(7), x))
        .coordinate("t", DoubleArray.wrap(Shape.of(3), new double[] {0.5, 1, 1.5}))
        .build();
    Path p = tmp.resolve("1d-initial.hdf5");
    Export.write(ds, Export.Target.PDEBENCH, p, false);
    python(p, "1d-pdebench-initial");
    Dataset seeds = Dataset.builder()
        .input("a", formula(35, Shape.of(3, 4, 5, 2)).toFloat())
        .output("q", formula(36, Shape.of(3, 2, 4, 5, 2)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(4), new double[] {0, 0.25, 0.5, 0.75}))
        .coordinate("t", DoubleArray.wrap(Shape.of(2), new double[] {0.5, 1}))
        .build();
    Path q = tmp.resolve("2D_diff-react_NA_NA.h5");
    Export.write(seeds, Export.Target.PDEBENCH, q, false);
    python(q, "seeds-pdebench-initial");
  }

  @Test
  void compressibleFlowGetsPdebenchsCfdLayout() throws Exception {
    // As the compressible-ns-1d preset stores it: a = (rho, v, p) at t = 0, q from the first step.
    Dataset oneD = Dataset.builder()
        .input("a", formula(37, Shape.of(3, 7, 3)).toFloat())
        .output("q", formula(38, Shape.of(3, 2, 7, 3)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(7), new double[] {0, .25, .5, .75, 1, 1.25, 1.5}))
        .coordinate("t", DoubleArray.wrap(Shape.of(2), new double[] {0.5, 1}))
        .attribute("channels", "rho, v, p").attribute("param.eta", 0.01)
        .attribute("param.zeta", 0.02).build();
    Path p = tmp.resolve("1D_CFD_Rand_Eta0.01_Zeta0.02_periodic_Train.hdf5");
    Export.write(oneD, Export.Target.PDEBENCH, p, false);
    python(p, "cfd-1d-pdebench");
    assertEquals(Layout.PDEBENCH_CFD, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Shape.of(3, 3, 7), f.field("density").shape());
      assertEquals(Shape.of(3), f.field("t").shape());
    }
    Dataset twoD = Dataset.builder()
        .input("a", formula(39, Shape.of(2, 4, 5, 4)).toFloat())
        .output("q", formula(40, Shape.of(2, 2, 4, 5, 4)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(4), new double[] {0, 0.25, 0.5, 0.75}))
        .coordinate("y", DoubleArray.wrap(Shape.of(5), new double[] {0, 0.25, 0.5, 0.75, 1}))
        .coordinate("t", DoubleArray.wrap(Shape.of(2), new double[] {0.5, 1}))
        .attribute("channels", "rho, u, v, p").attribute("param.mach", 1.0).build();
    Path q = tmp.resolve("2D_CFD_Rand_M1.0_Eta1e-08_Zeta1e-08_periodic_Train.hdf5");
    Export.write(twoD, Export.Target.PDEBENCH, q, false);
    python(q, "cfd-2d-pdebench");
  }

  @Test
  void aTrajectoryOfChannelsAsPdebenchPerSeedGroups() throws Exception {
    Dataset ds = Dataset.builder()
        .input("b", FloatArray.zeros(Shape.of(3, 4, 5)))
        .output("q", formula(34, Shape.of(3, 2, 4, 5, 2)).toFloat())
        .coordinate("x", DoubleArray.wrap(Shape.of(4), new double[] {0, 0.25, 0.5, 0.75}))
        .coordinate("t", DoubleArray.wrap(Shape.of(2), new double[] {0, 0.5}))
        .build();
    Path p = tmp.resolve("2D_rdb_NA_NA.h5");
    Export.write(ds, Export.Target.PDEBENCH, p, false);
    python(p, "seeds-pdebench");
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Layout.PDEBENCH_SEEDS, Layouts.detect(p));
      assertValues(f.readAll("u"), 34, 0);
      assertEquals("shallow-water", f.attributes().get("pde"));
    }
  }

  @Test
  void npzAndMatReadBackInNumpyAndScipy() throws Exception {
    Path npz = tmp.resolve("darcy.npz");
    Export.write(darcyLike(), Export.Target.NPZ, npz, false);
    python(npz, "darcy-npz");
    Path mat = tmp.resolve("darcy.mat");
    Export.write(darcyLike(), Export.Target.MAT, mat, false);
    python(mat, "darcy-mat");
    try (DatasetFile f = DatasetFile.open(mat)) {
      assertValues(f.readAll("a"), 30, 0);
      assertValues(f.readAll("u"), 31, 0);
    }
  }

  @Test
  void aDatasetWithNoPdebenchLayoutSaysWhatItNeeds() {
    Dataset ds = Dataset.builder().input("k", FloatArray.zeros(Shape.of(2, 3))).build();
    String m = message(() -> Export.write(ds, Export.Target.PDEBENCH, tmp.resolve("x.h5"), false));
    assertTrue(m.contains("cannot write this dataset as PDEBench") && m.contains("k input[2, 3]"),
        m);
    m = message(() -> Export.Target.parse("csv"));
    assertTrue(m.contains("--to csv is not known; use one of [pdebench, npz, mat]"), m);
  }
}
