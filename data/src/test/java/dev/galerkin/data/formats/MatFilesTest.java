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
import io.jhdf.HdfFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MATLAB .mat files as the FNO papers ship them: v7.3 written by h5py, v5 by scipy.io.savemat. */
class MatFilesTest {
  static Path dir;

  @BeforeAll
  static void make() throws Exception {
    dir = ForeignFiles.dir();
  }

  @Test
  void jhdfOpensAFileWithAUserBlock() {
    try (HdfFile hdf = new HdfFile(dir.resolve("ns_V1e-3_N5_T4.mat"))) {
      assertEquals(512, hdf.getUserBlockSize());
      assertTrue(Mat73Files.header(hdf).startsWith("MATLAB 7.3 MAT-file"), Mat73Files.header(hdf));
      assertArrayEquals(new int[] {4, 6, 6, 5}, hdf.getDatasetByPath("u").getDimensions());
    }
  }

  @Test
  void v73AxesAreTransposedBackToMatlabOrder() {
    Path p = dir.resolve("ns_V1e-3_N5_T4.mat");
    assertEquals(Layout.MAT_V73, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(5, f.sampleCount());
      assertEquals(List.of("a", "u"), f.sampleFieldNames());
      assertEquals(Shape.of(5, 6, 6), f.shape("a"));
      assertEquals(Shape.of(5, 6, 6, 4), f.shape("u"));
      assertValues(f.read("a", 0, 5), 10, 0);
      assertValues(f.read("u", 2, 4), 11, 2);
      assertEquals(FieldRole.COORDINATE, f.field("t").role());
      assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1.0}, f.readAll("t").toDouble().toArray());
      assertTrue(String.valueOf(f.attributes().get("matlab_header")).startsWith("MATLAB 7.3"));
    }
    try (DatasetFile f = Layouts.open(p, 2)) {
      // every 2nd point on each axis after the samples, the time axis of u included
      assertEquals(Shape.of(5, 3, 3), f.shape("a"));
      assertEquals(Shape.of(5, 3, 3, 2), f.shape("u"));
      assertEquals(ForeignFiles.value(11, 4, 2, 4, 2), f.read("u", 4, 5).get(0, 1, 2, 1), 0.0);
    }
  }

  @Test
  void v5DarcyMapsCoeffAndSolAndSubsamplesEveryRthPoint() {
    Path p = dir.resolve("piececonst_r11_N4_smooth1.mat");
    assertEquals(Layout.MAT_V5, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(Shape.of(4, 11, 11), f.shape("a"));
      assertEquals(FieldRole.INPUT, f.field("a").role());
      assertEquals(FieldRole.OUTPUT, f.field("u").role());
      assertValues(f.read("a", 1, 3), 20, 1);
      assertValues(f.readAll("u"), 21, 0);
    }
    try (DatasetFile f = Layouts.open(p, 5)) {
      // FNO's r = 5: 421 -> 85; here 11 -> 3, points 0, 5, 10
      assertEquals(Shape.of(4, 3, 3), f.shape("a"));
      NdArray u = f.read("u", 1, 3);
      for (int n = 0; n < 2; n++) {
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 3; j++) {
            assertEquals(ForeignFiles.value(21, n + 1, 5 * i, 5 * j), u.get(n, i, j), 0.0);
          }
        }
      }
      assertEquals(5L, f.attributes().get("subsample"));
    }
  }

  @Test
  void v5BurgersCompressedWithAScalar() {
    try (DatasetFile f = DatasetFile.open(dir.resolve("burgers_data_R10.mat"))) {
      assertEquals(Shape.of(3, 16), f.shape("a"));
      assertEquals(Shape.of(3, 16), f.shape("u"));
      assertValues(f.readAll("a"), 22, 0);
      assertValues(f.read("u", 2, 3), 23, 2);
      assertEquals(0.1, f.attributes().get("param.visc"));
    }
  }

  @Test
  void unsupportedMatFilesSayWhatTheyHoldAndWhatIsRead() {
    String m = message(() -> DatasetFile.open(dir.resolve("struct73.mat")));
    assertTrue(m.contains("MATLAB v7.3") && m.contains("s struct") && m.contains("numeric classes"),
        m);
    m = message(() -> DatasetFile.open(dir.resolve("old_v4.mat")));
    assertTrue(m.contains("neither version 5 nor 7.3") && m.contains("v4")
        && m.contains("supported: Galerkin dataset, PDEBench 1D"), m);
    m = message(() -> Layouts.open(dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5"), 2));
    assertTrue(m.contains("applies to .mat files only"), m);
  }

  @Test
  void aV73RangeReadsOnlyItsSamples() throws Exception {
    Path p = dir.resolve("ns_big.mat");
    try (CountingChannel ch = new CountingChannel(FileChannel.open(p, StandardOpenOption.READ));
        DatasetFile f = Layouts.open(p, Layout.MAT_V73, 1, ch)) {
      long size = Files.size(p);
      long before = ch.bytes.get();
      assertEquals(Shape.of(2, 16, 16, 8), f.read("u", 30, 32).shape());
      long read = ch.bytes.get() - before;
      assertTrue(read > 0 && read < size / 5, "read " + read + " of " + size + " bytes");
    }
  }
}
