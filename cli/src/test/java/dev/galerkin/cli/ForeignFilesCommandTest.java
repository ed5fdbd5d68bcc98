package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin info} and {@code train} on files made elsewhere, written by the data module's
 * generator ({@code data/src/test/python/make_foreign_files.py}, Debian's python3-h5py and
 * python3-scipy, which {@code .ci/run} installs; this test fails without them).
 */
class ForeignFilesCommandTest {
  @TempDir static Path dir;

  @BeforeAll
  static void make() throws Exception {
    Path script = Path.of("../data/src/test/python/make_foreign_files.py");
    Peers.Result r = Peers.run(List.of(Peers.PYTHON, script.toString(), dir.toString()), 300);
    assertEquals(0, r.code(), "the generator failed (apt-get install python3-h5py"
        + " python3-scipy): " + r.out());
  }

  @Test
  void infoDescribesAnyHdf5File() {
    CliRunner r = CliRunner.run("info", dir.resolve("plain.h5").toString());
    assertEquals(0, r.code(), r.err());
    String o = r.out();
    assertTrue(o.contains("(plain HDF5, ") && o.contains("layout  plain HDF5: in no layout"), o);
    assertTrue(o.contains("HDF5 tree"), o);
    assertTrue(o.matches("(?s).*\\n  /results/run1/pressure +float32 \\[3, 4\\]  chunks \\[1, 4\\],"
        + " deflate\\(4\\)\\n.*"), o);
    assertTrue(o.matches("(?s).*\\n  /labels +int32 \\[7\\]  contiguous\\n.*"), o);
    assertTrue(o.contains("      title = made by h5py\n"), o);
    assertTrue(o.contains("      weights = float64[1000] [0.0, 1.0, 2.0, 3.0, …, 999.0]\n"), o);
    assertTrue(o.contains("      steps = 12\n"), o);
  }

  @Test
  void infoNamesEachRecognisedLayout() {
    Map<String, String> files = Map.of(
        "1D_Advection_Sols_beta0.1.hdf5", "PDEBench 1D",
        "2D_DarcyFlow_beta1.0_Train.hdf5", "PDEBench 2D Darcy",
        "2D_diff-react_NA_NA.h5", "PDEBench per-seed",
        "2D_CFD_Rand_M0.1_Eta0.01_Zeta0.01_periodic_128_Train.hdf5", "PDEBench compressible NS",
        "ns_V1e-3_N5_T4.mat", "MATLAB v7.3 .mat",
        "piececonst_r11_N4_smooth1.mat", "MATLAB v5 .mat");
    for (Map.Entry<String, String> e : files.entrySet()) {
      CliRunner r = CliRunner.run("info", dir.resolve(e.getKey()).toString());
      assertEquals(0, r.code(), e.getKey() + ": " + r.err());
      assertTrue(r.out().contains("(" + e.getValue() + ", ")
          && r.out().contains("layout  " + e.getValue() + ": "), r.out());
    }
    CliRunner darcy = CliRunner.run("info", dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5")
        .toString());
    assertTrue(darcy.out().matches("(?s).*\\n\\s+a\\s+input\\s+\\[6, 8, 8\\]\\s+float32.*"),
        darcy.out());
    assertTrue(darcy.out().contains("  /nu ") && darcy.out().contains("param.beta"), darcy.out());
    CliRunner mat5 = CliRunner.run("info", dir.resolve("piececonst_r11_N4_smooth1.mat").toString());
    assertTrue(mat5.out().contains("MATLAB variables\n  coeff double[4, 11, 11]"), mat5.out());
  }

  @Test
  void infoTakesAForcedLayoutAndRefusesAnUnknownOne() {
    Path p = dir.resolve("1D_Burgers_Sols_Nu0.01.hdf5");
    CliRunner r = CliRunner.run("info", "--format", "pdebench-1d", p.toString());
    assertEquals(0, r.code(), r.err());
    r = CliRunner.run("info", "--format", "pdebench-darcy", p.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no dataset 'nu'"), r.err());
    r = CliRunner.run("info", "--format", "netcdf", p.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("format 'netcdf' is unknown; use one of galerkin, pdebench-1d"),
        r.err());
  }

  @Test
  void trainsAndEvaluatesFnoOnThePdebenchDarcyLayout() throws Exception {
    Path data = dir.resolve("2D_DarcyFlow_big.hdf5");
    Path model = dir.resolve("fno-darcy.h5");
    CliRunner t = CliRunner.run("train", "fno", "--data", data.toString(), "--out",
        model.toString(), "--epochs", "1", "--width", "4", "--modes", "3", "--layers", "1",
        "--batch", "8", "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(t.out().contains("1 epochs"), t.out());
    Path report = dir.resolve("report-darcy");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        dir.resolve("2D_DarcyFlow_contiguous.hdf5").toString(), "--samples", "all", "--out",
        report.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(Files.readString(report.resolve("report.json")).contains("meanRelativeL2"));
  }

  @Test
  void trainsAndEvaluatesOnAPlainHdf5FileWithAStatedSampleAxis() throws Exception {
    Path data = dir.resolve("samples_last.h5");
    Path model = dir.resolve("fno-plain.h5");
    CliRunner t = CliRunner.run("train", "fno", "--data", data.toString(), "--input",
        "/inputs/coeff", "--output", "/outputs/sol", "--sample-axis", "2", "--out",
        model.toString(), "--epochs", "1", "--width", "4", "--layers", "1", "--batch", "4",
        "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("evaluate it with: galerkin evaluate --model " + model + " --data "
        + data + " --sample-axis 2 --out REPORT_DIR"), t.out());
    Path report = dir.resolve("report-plain");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--sample-axis", "2", "--samples", "all", "--out", report.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("all samples, [6, 6]"), e.out());
    CliRunner noAxis = CliRunner.run("train", "fno", "--data", data.toString(), "--input",
        "/inputs/coeff", "--output", "/outputs/sol", "--out", dir.resolve("x.h5").toString());
    assertEquals(1, noAxis.code());
    assertTrue(noAxis.err().contains("state which axis of /inputs/coeff [6, 6, 12] indexes the"
        + " samples with --sample-axis K"), noAxis.err());
  }

  @Test
  void statedCoordinatesOfAPlainHdf5FileReachTheModel() throws Exception {
    Path data = dir.resolve("samples_last.h5");
    Path model = dir.resolve("deeponet-coords.h5");
    String coords = "x=/grid/x,y=/grid/y";   // x on [0, 2], y on [0, 3]
    CliRunner t = CliRunner.run("train", "deeponet", "--data", data.toString(), "--input",
        "/inputs/coeff", "--output", "/outputs/sol", "--sample-axis", "2", "--coordinates", coords,
        "--dimensions", "2", "--width", "8", "--layers", "1", "--epochs", "1", "--batch", "4",
        "--out", model.toString(), "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("evaluate it with: galerkin evaluate --model " + model + " --data "
        + data + " --sample-axis 2 --coordinates " + coords + " --out REPORT_DIR"), t.out());
    String json = dev.galerkin.operators.model.ModelFile.read(model).architectureJson();
    assertTrue(json.matches("(?s).*\"lengths\"\\s*:\\s*\\[\\s*2\\.0\\s*,\\s*3\\.0\\s*\\].*"),
        json);
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--sample-axis", "2", "--coordinates", coords, "--samples", "all",
        "--out", dir.resolve("report-coords").toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("all samples, [6, 6]"), e.out());
    CliRunner bad = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--sample-axis", "2", "--coordinates", "x=/grid/x,y=/grid/short",
        "--samples", "all", "--out", dir.resolve("report-bad").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--coordinates y=/grid/short is [5], not [6]; give the path of"
        + " a 1-D dataset of 6 increasing finite values for grid axis 1"), bad.err());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
    CliRunner missing = CliRunner.run("train", "fno", "--data", data.toString(), "--input",
        "coeff", "--output", "sol", "--sample-axis", "2", "--coordinates", "x=/grid/xx",
        "--out", dir.resolve("missing.h5").toString(), "--epochs", "1", "--quiet");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("--coordinates x=/grid/xx: no such dataset; give the path"
        + " of a 1-D dataset of 6 increasing finite values") && missing.err().contains("/grid/x"),
        missing.err());
    assertTrue(!Files.exists(dir.resolve("missing.h5")));
  }

  @Test
  void tooManyModesForTheGridSaysWhichOptionToLower() {
    CliRunner t = CliRunner.run("train", "fno", "--data", dir.resolve("samples_last.h5")
        .toString(), "--input", "coeff", "--output", "sol", "--sample-axis", "2", "--modes", "12",
        "--out", dir.resolve("modes.h5").toString(), "--epochs", "1", "--quiet");
    assertEquals(1, t.code());
    assertTrue(t.err().contains("--modes 12 is more than the grid allows: its smallest side has 6"
        + " points, which hold at most 3 Fourier modes per axis; lower --modes to 3 or less"),
        t.err());
    assertEquals(1, t.err().strip().lines().count(), t.err());
    assertTrue(!Files.exists(dir.resolve("modes.h5")));
  }

  @Test
  void subsamplesAMatFileAsTheFnoCodeDoes() throws Exception {
    Path data = dir.resolve("piececonst_r21_N12_smooth1.mat");
    Path model = dir.resolve("fno-r5.h5");
    CliRunner t = CliRunner.run("train", "fno", "--data", data.toString(), "--subsample", "5",
        "--out", model.toString(), "--epochs", "1", "--width", "4", "--layers", "1", "--batch",
        "4", "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains(" --subsample 5 --out REPORT_DIR"), t.out());
    Path report = dir.resolve("report-r5");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--subsample", "5", "--samples", "all", "--out", report.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("all samples, [5, 5]"), e.out());
    CliRunner full = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--format", "mat5", "--samples", "all", "--out", report.toString());
    assertEquals(0, full.code(), full.err());
    assertTrue(full.out().contains("all samples, [21, 21]"), full.out());
    CliRunner bad = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        dir.resolve("2D_DarcyFlow_contiguous.hdf5").toString(), "--subsample", "5", "--samples",
        "all", "--out", report.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("subsample = 5 applies to .mat files only"), bad.err());
  }

  @Test
  void infoNamesTheIncompressibleNavierStokesLayout() {
    CliRunner r = CliRunner.run("info", dir.resolve("ns_incom_inhom_2d_512-0.h5").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(PDEBench incompressible NS, ") && r.out().contains(
        "layout  PDEBench incompressible NS: input force"), r.out());
    assertTrue(r.out().matches("(?s).*\\n\\s+velocity\\s+output\\s+\\[2, 3, 4, 4, 2\\].*"),
        r.out());
  }

  @Test
  void exportsADatasetAndReadsItBack() throws Exception {
    Path src = dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5");
    Path npz = dir.resolve("darcy.npz");
    CliRunner r = CliRunner.run("export", "--to", "npz", src.toString(), "--out", npz.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("wrote " + npz + ": npz, 6 samples, fields [a, u, x, y]"), r.out());
    Peers.Result py = Peers.run(List.of(Peers.PYTHON, "-c", "import numpy as np, h5py;"
        + " d = np.load('" + npz + "'); f = h5py.File('" + src + "', 'r');"
        + " assert (d['a'] == f['nu'][()]).all() and (d['u'] == f['tensor'][:, 0]).all();"
        + " print('same')"), 120);
    assertEquals("same", py.out().strip(), py.out());
    Path mat = dir.resolve("darcy.mat");
    r = CliRunner.run("export", "--to", "mat", src.toString(), "--out", mat.toString());
    assertEquals(0, r.code(), r.err());
    r = CliRunner.run("export", "--to", "mat", src.toString(), "--out", mat.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("already exists"), r.err());
    r = CliRunner.run("export", "--to", "csv", src.toString(), "--out", mat.toString());
    assertTrue(r.err().contains("--to csv is not known"), r.err());
  }
}
