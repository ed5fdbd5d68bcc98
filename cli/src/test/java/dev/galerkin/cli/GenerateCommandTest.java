package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  private CliRunner darcy(String out, String... extra) {
    String[] base = {"generate", "darcy", "--resolution", "29", "--stride", "4", "--samples", "6",
        "--quiet", "--out", tmp.resolve(out).toString()};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRunner.run(args);
  }

  private float[] read(String name, String field) {
    try (DatasetFile f = DatasetFile.open(tmp.resolve(name))) {
      return ((FloatArray) f.readAll(field)).toArray();
    }
  }

  @Test
  void helpPrintsPercentSignsInPresetDescriptionsWithoutPicocliWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream traced = new java.io.ByteArrayOutputStream();
    CliRunner help;
    try {
      System.setErr(new java.io.PrintStream(traced, true, java.nio.charset.StandardCharsets.UTF_8));
      help = CliRunner.run("generate", "ode-systems", "--help");
      CliRunner.run("generate", "--help");
    } finally {
      System.setErr(saved);
    }
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().contains("+-10% of nominal"), help.out());
    String warnings = traced.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(!warnings.contains("Could not format"), warnings);
  }

  @Test
  void darcySchemeFnoKeepsTheCoefficientsAndStoresTheSolutionAtTheCellCentres() {
    CliRunner v = darcy("vertex.h5", "--threads", "1");
    CliRunner f = darcy("fno.h5", "--threads", "1", "--scheme", "fno");
    assertEquals(0, v.code(), v.err());
    assertEquals(0, f.code(), f.err());
    assertArrayEquals(read("vertex.h5", "a"), read("fno.h5", "a"), "the same coefficients");
    float[] uv = read("vertex.h5", "u");
    float[] uf = read("fno.h5", "u");
    double num = 0;
    double den = 0;
    for (int k = 0; k < uv.length; k++) {
      num += (uv[k] - uf[k]) * (uv[k] - uf[k]);
      den += uf[k] * uf[k];
    }
    double rel = Math.sqrt(num / den);
    assertTrue(rel > 1e-3 && rel < 0.2, "the schemes differ, a little: " + rel);
    try (DatasetFile d = DatasetFile.open(tmp.resolve("fno.h5"))) {
      // 29 cell centres, every 4th: (4k + 1/2)/29
      assertEquals(0.5 / 29, d.readAll("x").getDouble(0), 1e-12);
      assertEquals(4.5 / 29, d.readAll("y").getDouble(1), 1e-12);
      assertTrue(String.valueOf(d.attributes().get("solver")).contains("solve_gwf.m"),
          String.valueOf(d.attributes().get("solver")));
    }
    CliRunner bad = darcy("bad.h5", "--scheme", "fem");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("fem") && bad.err().contains("vertex, fno"), bad.err());
  }

  @Test
  void darcyIsTheSameBitForBitWithOneOrTwoThreads() {
    CliRunner one = darcy("one.h5", "--threads", "1");
    assertEquals(0, one.code(), one.err());
    assertTrue(one.out().contains("6 samples (6 made, 0 resumed)"), one.out());
    assertEquals(0, darcy("two.h5", "--threads", "2").code());
    assertArrayEquals(read("one.h5", "a"), read("two.h5", "a"));
    assertArrayEquals(read("one.h5", "u"), read("two.h5", "u"));
    try (DatasetFile f = DatasetFile.open(tmp.resolve("one.h5"))) {
      assertEquals(dev.galerkin.data.Shape.of(6, 8, 8), f.field("a").shape());
      assertEquals("darcy", f.attributes().get("preset"));
      assertArrayEquals(new long[] {8, 8}, (long[]) f.attributes().get("resolution"));
      assertEquals(1e-8, f.attributes().get("solver_tolerance"));
    }
    float[] a = read("one.h5", "a");
    for (float v : a) {
      assertTrue(v == 3f || v == 12f, "thresholded coefficient " + v);
    }
  }

  @Test
  void shardsResumeFromTheCommandLine() {
    assertEquals(0, darcy("shards", "--shard-size", "4").code());
    CliRunner again = darcy("shards", "--shard-size", "4", "--resume");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("(0 made, 6 resumed)"), again.out());
    assertEquals(0, darcy("single.h5").code());
    assertArrayEquals(read("single.h5", "u"), read("shards", "u"));
  }

  @Test
  void listShowsPresetsWithSources() {
    CliRunner r = CliRunner.run("generate", "--list");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("darcy") && r.out().contains("ICLR 2021")
        && r.out().contains("antiderivative") && r.out().contains("pendulum"), r.out());
  }

  @Test
  void eachPresetHelpShowsItsOwnOptionsFromTheCatalog() {
    CliRunner darcy = CliRunner.run("generate", "darcy", "--help");
    assertEquals(0, darcy.code(), darcy.err());
    String o = darcy.out();
    assertTrue(o.contains("FNO Darcy flow (Li et al. 2021)") && o.contains("--resolution=<N>")
        && o.contains("Nodes per side s of the solve (default 421)")
        && o.contains("Relative residual at which CG stops (default 1e-8)")
        && o.contains("--samples=<samples>") && !o.contains("--viscosity")
        && !o.contains("--grf-variance"), o);
    String b = CliRunner.run("generate", "burgers", "--help").out();
    assertTrue(b.contains("--grf-variance=<X>") && b.contains("--time-steps=<N>")
        && b.contains("Largest time step (default 2e-3)") && !b.contains("--tolerance"), b);
    CliRunner bad = CliRunner.run("generate", "darcy", "--resolution", "big", "--out",
        tmp.resolve("big.h5").toString());
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.err().contains("--resolution big is not an integer"), bad.err());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
  }

  @Test
  void odePresetsWriteTheirFields() {
    CliRunner r = CliRunner.run("generate", "pendulum", "--samples", "3", "--sensors", "20",
        "--quiet", "--out", tmp.resolve("p.h5").toString());
    assertEquals(0, r.code(), r.err());
    try (DatasetFile f = DatasetFile.open(tmp.resolve("p.h5"))) {
      assertEquals(dev.galerkin.data.Shape.of(3, 20, 2), f.field("s").shape());
      assertEquals(dev.galerkin.data.Shape.of(20), f.field("t").shape());
    }
    r = CliRunner.run("generate", "antiderivative", "--samples", "3", "--quiet", "--out",
        tmp.resolve("d.h5").toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void smallViscositySolvesAt256AndStores64ByDefault() {
    CliRunner r = CliRunner.run("generate", "navier-stokes", "--viscosity", "1e-4", "--samples", "1",
        "--final-time", "0.02", "--time-steps", "1", "--quiet", "--out",
        tmp.resolve("ns.h5").toString());
    assertEquals(0, r.code(), r.err());
    try (DatasetFile f = DatasetFile.open(tmp.resolve("ns.h5"))) {
      assertEquals(dev.galerkin.data.Shape.of(1, 1, 64, 64), f.field("w").shape());
      assertEquals(256L, ((Number) f.attributes().get("param.solve_resolution")).longValue());
    }
  }

  @Test
  void badInputIsOneLineAndLeavesDiskUnchanged() throws IOException {
    assertEquals(0, darcy("keep.h5").code());
    byte[] before = Files.readAllBytes(tmp.resolve("keep.h5"));
    String[][] cases = {
        {"--samples = 0 is out of range", "generate", "darcy", "--samples", "0", "--out", "x.h5"},
        {"stride = 3", "generate", "darcy", "--resolution", "29", "--stride", "3", "--out", "x.h5"},
        {"Unmatched argument at index 1: 'heat'", "generate", "heat"},
        {"does not exist", "generate", "darcy", "--out", "no/such/dir/x.h5"},
        {"already exists; add --overwrite", "generate", "darcy", "--resolution", "29", "--stride",
            "4", "--out", "keep.h5"},
        {"--resolution = 3 is out of range", "generate", "darcy", "--resolution", "3", "--out", "x.h5"},
        {"Missing required option: '--out=<out>'", "generate", "darcy"},
        {"Unknown options: '--viscosity'", "generate", "darcy", "--viscosity", "1", "--out", "x.h5"},
        {"--dtype = float16 is not supported", "generate", "antiderivative", "--dtype", "float16",
            "--out", "x.h5"},
        {"--k = -1.0 is out of range", "generate", "pendulum", "--k", "-1", "--out", "x.h5"},
        {"viscosity", "generate", "burgers", "--viscosity", "0", "--out", "x.h5"},
        {"viscosity", "generate", "navier-stokes", "--viscosity", "-1e-3", "--out", "x.h5"},
        {"resolution", "generate", "navier-stokes", "--resolution", "63", "--out", "x.h5"},
        {"under-resolved on a 64^2 solve grid; solve on at least 256^2 and store 64^2 with"
            + " --resolution 256 --stride 4", "generate", "navier-stokes", "--viscosity", "1e-4",
            "--resolution", "64", "--out", "x.h5"},
        {"--time-steps = 0 is out of range", "generate", "diffusion-reaction", "--time-steps", "0",
            "--out", "x.h5"},
    };
    for (String[] c : cases) {
      String[] args = Arrays.copyOfRange(c, 1, c.length);
      for (int i = 0; i < args.length; i++) {
        if (args[i].endsWith(".h5")) {
          args[i] = tmp.resolve(args[i]).toString();
        }
      }
      CliRunner r = CliRunner.run(args);
      assertEquals(1, r.code(), String.join(" ", c) + " -> " + r.err());
      assertTrue(r.err().contains(c[0]), "expected '" + c[0] + "' in: " + r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }
    assertArrayEquals(before, Files.readAllBytes(tmp.resolve("keep.h5")));
    assertTrue(!Files.exists(tmp.resolve("x.h5")));
  }
}
