package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mesh workflow from the command line: {@code generate plate-hole} (Gmsh + FEM), {@code info},
 * {@code train mmgp}, {@code evaluate} (table, report, one .vtu per held-out shape, a picture), and
 * the one-line errors when a file of the other kind is given.
 */
class MmgpCommandTest {
  @TempDir Path tmp;

  @Test
  void generateTrainEvaluateOnShapesThatVary() throws Exception {
    Path data = tmp.resolve("plate.h5");
    CliRunner g = CliRunner.run("generate", "plate-hole", "--samples", "30", "--h", "0.12",
        "--threads", "2", "--out", data.toString(), "--quiet");
    assertEquals(0, g.code(), g.err());
    assertTrue(g.out().contains("30 samples on their own meshes"), g.out());
    CliRunner info = CliRunner.run("info", data.toString());
    assertEquals(0, info.code(), info.err());
    assertTrue(info.out().contains("mesh dataset") && info.out().contains("max_von_mises"),
        info.out());

    Path model = tmp.resolve("mmgp.h5");
    CliRunner t = CliRunner.run("train", "mmgp", "--data", data.toString(), "--out",
        model.toString(), "--inputs", "load", "--restarts", "1", "--quiet");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("mmgp fitted on 24 of 30 shapes"), t.out());

    Path out = tmp.resolve("eval");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", out.toString(), "--pictures", "2");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("test split: 6 shapes"), e.out());
    assertTrue(e.out().matches("(?s).*\\n\\s+u\\s+field\\s+\\S+\\s+\\S+\\s+\\S+%.*"), e.out());
    try (var vtu = Files.list(out.resolve("vtu"))) {
      assertEquals(6, vtu.count());
    }
    assertTrue(Files.size(out.resolve("samples.png")) > 1000);
    assertTrue(Files.readString(out.resolve("report.json")).contains("coverage_95"));

    Path design = tmp.resolve("design.msh");
    CliRunner m = CliRunner.run("mesh", "--template", "plate-with-hole", "--set", "a=0.2",
        "--set", "b=0.12", "--set", "theta=0.4", "--set", "h=0.12", "--out", design.toString());
    assertEquals(0, m.code(), m.err());
    assertTrue(m.out().startsWith("wrote " + design), m.out());
    Path vtu = tmp.resolve("design.vtu");
    CliRunner p = CliRunner.run("predict", "--model", model.toString(), "--mesh",
        design.toString(), "--input", "load=100", "--out", vtu.toString(), "--picture",
        tmp.resolve("design.png").toString());
    assertEquals(0, p.code(), p.err());
    assertTrue(p.out().matches("(?s).*max_von_mises\\s+\\S+ ± \\S+ \\(95%: .*"), p.out());
    assertTrue(Files.size(vtu) > 1000 && Files.size(tmp.resolve("design.png")) > 1000);
    CliRunner missing = CliRunner.run("predict", "--model", model.toString(), "--mesh",
        design.toString(), "--out", tmp.resolve("x.vtu").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("needs --input load=VALUE"), missing.err());

    CliRunner bench = CliRunner.run("bench", "mesh", "--data", data.toString(), "--steps", "200");
    assertEquals(0, bench.code(), bench.err());
    assertTrue(bench.out().contains("24 training and 6 held-out") && bench.out()
        .matches("(?s).*\\n\\s+MLP 3 x 64\\s+load, hole\\s+\\S+e-\\d\\d.*"), bench.out());

    CliRunner again = CliRunner.run("train", "mmgp", "--data", data.toString(), "--out",
        model.toString());
    assertEquals(1, again.code());
    assertTrue(again.err().contains("--overwrite"), again.err());
    CliRunner fine = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", out.toString(), "--fine", data.toString());
    assertEquals(1, fine.code());
    assertTrue(fine.err().contains("mesh model"), fine.err());
  }

  @Test
  void gridAndMeshFilesAreNotMixedUp() {
    Path grid = tmp.resolve("anti.h5");
    assertEquals(0, CliRunner.run("generate", "antiderivative", "--samples", "4", "--out",
        grid.toString(), "--quiet").code());
    CliRunner r = CliRunner.run("train", "mmgp", "--data", grid.toString(), "--out",
        tmp.resolve("m.h5").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is a grid dataset, not a mesh dataset"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    CliRunner shard = CliRunner.run("generate", "plate-hole", "--samples", "2", "--shard-size",
        "1", "--out", tmp.resolve("p").toString());
    assertEquals(1, shard.code());
    assertTrue(shard.err().contains("not sharded"), shard.err());
  }
}
