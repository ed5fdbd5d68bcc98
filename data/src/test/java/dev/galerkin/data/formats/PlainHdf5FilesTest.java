package dev.galerkin.data.formats;

import static dev.galerkin.data.formats.ForeignFiles.message;
import static dev.galerkin.data.formats.ForeignFiles.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Any HDF5 file read through {@link ReadOptions}: named datasets, a stated sample axis. */
class PlainHdf5FilesTest {
  static Path dir;

  @BeforeAll
  static void make() throws Exception {
    dir = ForeignFiles.dir();
  }

  private static ReadOptions fields(int axis, String in, String out) {
    return ReadOptions.detect().withFields(List.of(in), List.of(out)).withSampleAxis(axis);
  }

  @Test
  void samplesOnTheLastAxisAreMovedToTheFront() {
    Path p = dir.resolve("samples_last.h5");
    assertEquals(null, Layouts.detect(p));
    try (DatasetFile f = DatasetFile.open(p, fields(2, "/inputs/coeff", "outputs/sol"))) {
      assertEquals(12, f.sampleCount());
      assertEquals(List.of("coeff", "sol"), f.sampleFieldNames());
      assertEquals(FieldRole.INPUT, f.field("coeff").role());
      assertEquals(Shape.of(12, 6, 6), f.shape("sol"));
      NdArray a = f.read("coeff", 3, 5);
      assertEquals(Shape.of(2, 6, 6), a.shape());
      for (int n = 0; n < 2; n++) {
        for (int i = 0; i < 6; i++) {
          for (int j = 0; j < 6; j++) {
            assertEquals(value(13, i, j, n + 3), a.getDouble((n * 6 + i) * 6 + j), 0.0);
          }
        }
      }
      assertEquals(value(14, 5, 4, 11), f.read("sol", 11, 12).getDouble(5 * 6 + 4), 0.0);
      assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1},
          f.readAll("x").toDouble().toArray(), 1e-15);
      assertEquals("hdf5", f.attributes().get("source_format"));
      assertEquals("samples on axis 2", f.attributes().get("note"));
    }
  }

  @Test
  void aBareNameFindsTheOneDatasetOfThatName() {
    try (DatasetFile f = DatasetFile.open(dir.resolve("samples_last.h5"),
        fields(2, "coeff", "sol"))) {
      assertEquals(Shape.of(12, 6, 6), f.shape("coeff"));
    }
  }

  @Test
  void badRequestsSayWhatToGive() {
    Path p = dir.resolve("samples_last.h5");
    String m = message(() -> DatasetFile.open(p, fields(-1, "coeff", "sol")));
    assertTrue(m.contains("--sample-axis") && m.contains("/inputs/coeff [6, 6, 12]"), m);
    m = message(() -> DatasetFile.open(p, fields(3, "coeff", "sol")));
    assertTrue(m.contains("--sample-axis 3 is beyond") && m.contains("give 0 to 2"), m);
    m = message(() -> DatasetFile.open(p, fields(2, "/inputs/kappa", "sol")));
    assertTrue(m.contains("no dataset '/inputs/kappa'") && m.contains("/outputs/sol [6, 6, 12]"),
        m);
    m = message(() -> DatasetFile.open(p, ReadOptions.detect()));
    assertTrue(m.contains("--input PATH") && m.contains("--sample-axis"), m);
    m = message(() -> DatasetFile.open(dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5"),
        fields(0, "nu", "tensor")));
    assertTrue(m.contains("--sample-axis 0 applies to plain HDF5 files only")
        && m.contains("PDEBench 2D Darcy"), m);
    m = message(() -> DatasetFile.open(dir.resolve("plain.h5"),
        fields(0, "results/run1/pressure", "labels")));
    assertTrue(m.contains("disagree on the sample count"), m);
  }

  @Test
  void statedCoordinatesReplaceTheUniformGrid() {
    Path p = dir.resolve("samples_last.h5");
    ReadOptions o = fields(2, "coeff", "sol").withCoordinates(
        ReadOptions.parseCoordinates("x=/grid/x, y=grid/y"));
    try (DatasetFile f = DatasetFile.open(p, o)) {
      assertArrayEquals(new double[] {0, 0.4, 0.8, 1.2, 1.6, 2},
          f.readAll("x").toDouble().toArray(), 1e-15);
      assertArrayEquals(new double[] {0, 0.12, 0.48, 1.08, 1.92, 3},
          f.readAll("y").toDouble().toArray(), 1e-12);
      assertEquals(FieldRole.COORDINATE, f.field("y").role());
      assertEquals("x=/grid/x,y=grid/y", f.attributes().get("coordinates"));
    }
    try (DatasetFile f = DatasetFile.open(p, fields(2, "coeff", "sol").withCoordinates(
        Map.of("x", "/grid/x")))) {
      assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1},
          f.readAll("y").toDouble().toArray(), 1e-15);   // not given: uniform on [0, 1]
    }
  }

  @Test
  void badCoordinatesNameThePathTheLengthAndTheFix() {
    Path p = dir.resolve("samples_last.h5");
    for (String[] c : new String[][] {
        {"x=/grid/short", "--coordinates x=/grid/short is [5], not [6]"},
        {"x=/grid/x,y=/grid/nope", "--coordinates y=/grid/nope: no such dataset"},
        {"x=/grid/flat", "is not increasing at index 3 (0.4 after 0.4)"},
        {"x=/grid/nan", "--coordinates x=/grid/nan has NaN at index 2"}}) {
      String m = message(() -> DatasetFile.open(p, fields(2, "coeff", "sol")
          .withCoordinates(ReadOptions.parseCoordinates(c[0]))));
      assertTrue(m.contains(c[1]) && m.contains("1-D dataset of 6 increasing finite values"), m);
    }
    String m = message(() -> DatasetFile.open(p, fields(2, "coeff", "sol")
        .withCoordinates(ReadOptions.parseCoordinates("x=/grid/x,y=/grid/y,z=/grid/x"))));
    assertTrue(m.contains("gives 3 axes (x, y, z) but /inputs/coeff has 2"), m);
    m = message(() -> ReadOptions.parseCoordinates("x:/grid/x"));
    assertTrue(m.contains("'x:/grid/x' is not NAME=PATH"), m);
    m = message(() -> DatasetFile.open(dir.resolve("2D_DarcyFlow_beta1.0_Train.hdf5"),
        ReadOptions.detect().withCoordinates(Map.of("x", "/x-coordinate"))));
    assertTrue(m.contains("--coordinates applies to plain HDF5 files only"), m);
  }
}
