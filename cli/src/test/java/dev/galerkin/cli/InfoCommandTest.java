package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.ShardedDatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {
  @TempDir Path tmp;

  static Dataset sample(int n) {
    float[] a = new float[n * 4 * 4];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    return Dataset.builder()
        .input("a", FloatArray.wrap(Shape.of(n, 4, 4), a))
        .output("u", FloatArray.wrap(Shape.of(n, 4, 4), a.clone()))
        .coordinate("x", DoubleArray.wrap(Shape.of(4), new double[] {0, 1, 2, 3}))
        .attribute("pde", "darcy").attribute("seed", 5L).attribute("solver_tolerance", 1e-9)
        .build();
  }

  @Test
  void printsFieldsStorageStatisticsAndAttributes() {
    Path file = tmp.resolve("d.h5");
    DatasetWriter.write(sample(10), file, WriteOptions.defaults());
    CliRunner r = CliRunner.run("info", file.toString());
    assertEquals(0, r.code(), r.err());
    String o = r.out();
    assertTrue(o.contains("HDF5 dataset") && o.contains("10 samples"), o);
    assertTrue(o.matches("(?s).*\\n\\s+a\\s+input\\s+\\[10, 4, 4\\]\\s+float32\\s+\\[10, 4, 4\\]\\s+"
        + "shuffle\\+deflate\\(4\\)\\s+\\S+ \\S+\\s+0\\.000\\s+159\\.0\\s+79\\.50\\s+0\\s+0\\n.*"), o);
    assertTrue(o.matches("(?s).*\\n\\s+x\\s+coordinate\\s+\\[4\\]\\s+float64\\s+contiguous\\s+none.*"), o);
    assertTrue(o.matches("(?s).*\\n\\s+pde\\s+darcy\\n.*"), o);
    assertTrue(o.matches("(?s).*\\n\\s+seed\\s+5\\n.*"), o);
    assertTrue(o.contains("galerkin_version") && o.contains("created"), o);
  }

  @Test
  void showsTheBoundaryRecordedInferredOrUnknown() {
    Path plain = tmp.resolve("plain.h5");
    DatasetWriter.write(sample(2), plain, WriteOptions.defaults());
    CliRunner r = CliRunner.run("info", plain.toString());
    assertTrue(r.out().contains("boundary  unknown (no boundary attribute)"), r.out());

    Path periodic = tmp.resolve("periodic.h5");
    DatasetWriter.write(Dataset.builder().input("a", FloatArray.zeros(Shape.of(2, 4, 4)))
        .attribute("boundary", "periodic,periodic").build(), periodic, WriteOptions.defaults());
    r = CliRunner.run("info", periodic.toString());
    assertTrue(r.out().contains("boundary  periodic x periodic\n"), r.out());

    // a file of layout version 1, written before the boundary attribute (data's compat files)
    Path v1 = Path.of("../data/src/test/resources/compat/v1/darcy-v1.h5");
    r = CliRunner.run("info", v1.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("boundary  dirichlet x dirichlet (inferred from the preset of a"
        + " layout-version-1 file)"), r.out());
  }

  @Test
  void describesAShardDirectory() {
    Path dir = tmp.resolve("shards");
    ShardedDatasetWriter w = ShardedDatasetWriter.open(dir, WriteOptions.defaults());
    Dataset all = sample(9);
    w.writeShard(0, all.samples(0, 5));
    w.writeShard(1, all.samples(5, 9));
    w.finish(2);
    CliRunner r = CliRunner.run("info", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("shard directory") && r.out().contains("9 samples"), r.out());
    assertTrue(r.out().contains("[9, 4, 4]"), r.out());
  }

  @Test
  void reportsNanAndInf() {
    float[] a = new float[2 * 3];
    a[1] = Float.NaN;
    a[4] = Float.NEGATIVE_INFINITY;
    Dataset ds = Dataset.builder().input("a", FloatArray.wrap(Shape.of(2, 3), a)).build();
    Path file = tmp.resolve("nan.h5");
    DatasetWriter.write(ds, file, WriteOptions.defaults());
    CliRunner r = CliRunner.run("info", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("warning: field 'a' has 1 NaN and 1 Inf values; training refuses"),
        r.out());
  }

  @Test
  void userErrorsAreOneLineWithExitCode1() throws IOException {
    Path missing = tmp.resolve("missing.h5");
    Path text = tmp.resolve("text.h5");
    Files.writeString(text, "hello");
    Path good = tmp.resolve("good.h5");
    DatasetWriter.write(sample(200), good, WriteOptions.defaults().withDeflateLevel(0));
    Path cut = tmp.resolve("cut.h5");
    byte[] bytes = Files.readAllBytes(good);
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
    String[][] cases = {
        {"no such file", "info", missing.toString()},
        {"not an HDF5 file", "info", text.toString()},
        {"is truncated", "info", cut.toString()},
        {"Unknown option: '--fast'", "info", "--fast", good.toString()},
        {"Missing required parameter", "info"},
        {"--samples = 0 is out of range; it must be at least 1", "bench", "io", "--samples", "0"},
        {"Invalid value for option '--repeat'", "bench", "io", "--repeat", "many"},
        {"Unmatched argument at index 0: 'frobnicate'", "frobnicate"},
    };
    for (String[] c : cases) {
      CliRunner r = CliRunner.run(Arrays.copyOfRange(c, 1, c.length));
      assertEquals(1, r.code(), String.join(" ", c) + " -> " + r.err());
      assertTrue(r.err().contains(c[0]), "expected '" + c[0] + "' in: " + r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
      assertTrue(r.err().startsWith("galerkin"), r.err());
    }
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRunner r = CliRunner.run("info", "--verbose", tmp.resolve("missing.h5").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("at dev.galerkin"), r.err());
  }

  @Test
  void versionAndHelp() {
    CliRunner v = CliRunner.run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("galerkin 0."), v.out());
    CliRunner h = CliRunner.run("--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("info") && h.out().contains("bench"), h.out());
  }
}
