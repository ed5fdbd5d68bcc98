package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin generate fisher-multiform} and {@code darcy-geometries} (issue 14's data). */
class GenerateMultitaskPresetsTest {
  @TempDir Path tmp;

  @Test
  void fisherMultiformWritesCoefficientsInitialFieldsAndTrajectories() {
    Path out = tmp.resolve("fisher.h5");
    CliRunner r = CliRunner.run("generate", "fisher-multiform", "--samples", "6", "--threads",
        "1", "--quiet", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    try (DatasetFile f = DatasetFile.open(out)) {
      assertEquals(Shape.of(6, 64), f.field("a").shape());
      assertEquals(Shape.of(6, 4), f.field("c").shape());
      assertEquals(Shape.of(6, 1), f.field("form_id").shape());
      assertEquals(Shape.of(6, 20, 64), f.field("u").shape());
      assertEquals(Shape.of(20), f.field("t").shape());
      assertEquals("fisher-multiform", f.attributes().get("preset"));
      assertTrue(String.valueOf(f.attributes().get("param.forms")).contains("form_id 1 = cubic"),
          f.attributes().toString());
      float[] c = ((FloatArray) f.readAll("c")).toArray();
      float[] id = ((FloatArray) f.readAll("form_id")).toArray();
      for (int i = 0; i < 6; i++) {
        if (id[i] == 1) {
          assertEquals(-1f, c[4 * i + 3], "u - u^3");
        }
        assertEquals(0f, c[4 * i], "c_0 = 0 for every form");
      }
    }
    CliRunner bad = CliRunner.run("generate", "fisher-multiform", "--forms", "logistic,sine",
        "--out", tmp.resolve("x.h5").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("'sine' is not known") && bad.err().contains("polynomial"),
        bad.err());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
    assertTrue(!Files.exists(tmp.resolve("x.h5")));
  }

  @Test
  void darcyGeometriesWritesMasksAndTheHeldOutShape() {
    Path out = tmp.resolve("geo.h5");
    CliRunner r = CliRunner.run("generate", "darcy-geometries", "--resolution", "33",
        "--samples", "3", "--threads", "2", "--quiet", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    try (DatasetFile f = DatasetFile.open(out)) {
      assertEquals(Shape.of(3, 33, 33), f.field("a").shape());
      assertEquals(Shape.of(3, 33, 33), f.field("mask").shape());
      assertEquals(Shape.of(3, 1), f.field("geometry_id").shape());
      assertEquals(Shape.of(3, 33, 33), f.field("u").shape());
      float[] id = ((FloatArray) f.readAll("geometry_id")).toArray();
      assertEquals(0f, id[0]);
      assertEquals(1f, id[1]);
      assertEquals(2f, id[2]);
      assertTrue(String.valueOf(f.attributes().get("param.geometries")).contains("2 = triangle"));
    }
    Path held = tmp.resolve("pentagon.h5");
    r = CliRunner.run("generate", "darcy-geometries", "--resolution", "33", "--geometry",
        "pentagon", "--samples", "2", "--quiet", "--out", held.toString());
    assertEquals(0, r.code(), r.err());
    try (DatasetFile f = DatasetFile.open(held)) {
      float[] id = ((FloatArray) f.readAll("geometry_id")).toArray();
      assertEquals(4f, id[0]);
      assertEquals(4f, id[1]);
    }
    CliRunner bad = CliRunner.run("generate", "darcy-geometries", "--geometry", "hexagon",
        "--out", tmp.resolve("x.h5").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("'hexagon' is not known")
        && bad.err().contains("square, disk, triangle, l, pentagon"), bad.err());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
  }
}
