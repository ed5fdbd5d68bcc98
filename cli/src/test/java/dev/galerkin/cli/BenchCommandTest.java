package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benches run end to end on tiny sizes; their figures are not asserted (no timed tests). */
class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void benchIoRunsOnATinyField() {
    CliRunner r = CliRunner.run("bench", "io", "--samples", "16", "--resolution", "8",
        "--range", "4", "--repeat", "1", "--rounds", "1", "--no-peer", "--dir", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("read, 4-sample ranges") && r.out().contains("MB/s"), r.out());
  }

  @Test
  void benchSolversRunsOnSmallGrids() {
    CliRunner r = CliRunner.run("bench", "solvers", "--sizes", "17,33", "--repeat", "1",
        "--rounds", "1", "--generate", "3", "--generate-from", "2", "--generate-rounds", "1", "--no-peer", "--no-spectral", "--presets", "advection,darcy-pdebench");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ns/unknown") && r.out().contains("samples/s"), r.out());
    assertTrue(r.out().contains("advection ") && r.out().contains("darcy-pdebench ")
        && r.out().contains("u [200, 1024]"), r.out());
  }

  @Test
  void darcyGenerationChecksSciPyAgainstItsStandaloneRun() {
    CliRunner r = CliRunner.run("bench", "solvers", "--sizes", "17", "--repeat", "1",
        "--rounds", "1", "--generate", "3", "--generate-from", "2", "--generate-rounds", "1",
        "--no-spectral", "--presets", "none");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.contains("SciPy's 421^2 solve alone first")
        && out.contains("scipy darcy-generation-421 standalone:"), out);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "PEER bench=solvers model=darcy-generation-421 peer=scipy ours_ms=\\S+ peer_ms=\\S+"
            + " peer_standalone_ms=([0-9.]+)").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Double.parseDouble(m.group(1)) > 0, out);
  }

  @Test
  void benchTrainRunsOnASmallGrid() {
    CliRunner r = CliRunner.run("bench", "train", "--resolution", "25", "--batch", "2", "--steps", "1",
        "--rounds", "1", "--no-deeponet", "--no-peer");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("galerkin (TF Java 1.1.0)") && r.out().contains("samples/s"), r.out());
  }

  @Test
  void benchTrainTimesTheDeepOnet() {
    CliRunner r = CliRunner.run("bench", "train", "--no-fno", "--deeponet-batch", "4", "--deeponet-steps", "1",
        "--rounds", "1", "--no-peer");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("DeepONet training step") && r.out().contains("samples/s")
        && !r.out().contains("FNO-2D training step"), r.out());
  }

  @Test
  void benchAccuracyRunsBothSetupsOnTinySizes() {
    CliRunner r = CliRunner.run("bench", "accuracy", "--train", "20", "--test", "5",
        "--validation", "5", "--epochs", "1", "--resolution", "29", "--stride", "4",
        "--deeponet-train", "20", "--deeponet-test", "5", "--deeponet-epochs", "1",
        "--sensors", "20", "--quiet");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.contains("ours: test rel. L2") && out.contains("FNO-2D, Darcy 8^2")
        && out.contains("0.0108") && out.contains("DeepONet, antiderivative m = 20")
        && out.contains("Lu et al. 2021"), out);
  }

  @Test
  void badAccuracyOptionsGiveOneLine() {
    CliRunner r = CliRunner.run("bench", "accuracy", "--train", "0");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--train = 0 is out of range"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    CliRunner s = CliRunner.run("bench", "accuracy", "--resolution", "30", "--stride", "4",
        "--no-deeponet");
    assertEquals(1, s.code());
    assertTrue(s.err().contains("stride"), s.err());
    CliRunner t = CliRunner.run("bench", "train", "--no-fno", "--no-deeponet");
    assertEquals(1, t.code());
    assertTrue(t.err().contains("leave nothing to run"), t.err());
  }

  @Test
  void badBenchOptionsAreNamed() {
    CliRunner r = CliRunner.run("bench", "solvers", "--sizes", "3");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--sizes = 3 is out of range"), r.err());
  }
}
