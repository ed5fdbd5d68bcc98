package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bench train}, {@code bench predict} and the hidden {@code bench step} end to end on tiny
 * sizes, with the PyTorch peer: Debian's python3-torch is required (CI installs it in
 * {@code .ci/run}); without it these tests fail, saying so, rather than skip. Figures are not
 * asserted.
 */
class TrainBenchTest {
  @BeforeAll
  static void torchIsInstalled() {
    Optional<String> missing = Peers.PYTORCH.missing().get();
    assertTrue(missing.isEmpty(), "the bench tests need the PyTorch peer: " + missing.orElse("")
        + " (apt-get install -y --no-install-recommends python3-torch)");
  }

  @Test
  void benchTrainPrintsTheTableAndPeerLines() {
    CliRunner r = CliRunner.run("bench", "train", "--resolution", "25", "--batch", "2", "--steps",
        "1", "--deeponet-batch", "4", "--deeponet-steps", "2", "--deeponet-warmup", "5", "--rounds",
        "2", "--threads", "1");
    assertEquals(0, r.code(), r.err() + r.out());
    String out = r.out();
    assertTrue(out.contains("median of 1 steps after 3 warm-up steps")
        && out.contains("median of 2 steps after 5 warm-up steps"), out);
    assertTrue(out.contains("Peers alone first") && out.contains("standalone pytorch-debian"), out);
    assertTrue(out.contains("round 2/2 fno: galerkin") && out.contains("round 2/2 deeponet: galerkin")
        && !out.contains("round 3/"), out);
    assertTrue(out.contains("FNO-2D training step") && out.contains("DeepONet training step")
        && out.contains("galerkin (TF Java 1.1.0)") && out.contains("PyTorch (Debian python3-torch)")
        && out.contains("median ms") && out.contains("peak RSS MB"), out);
    for (String model : new String[] {"fno", "deeponet"}) {
      assertTrue(out.lines().anyMatch(l -> l.matches("PEER bench=train model=" + model
          + " peer=pytorch-debian ours_ms=[0-9.]+ peer_ms=[0-9.]+ peer_standalone_ms=[0-9.]+"
          + " ours_min_ms=[0-9.]+ ours_max_ms=[0-9.]+ peer_min_ms=[0-9.]+ peer_max_ms=[0-9.]+"
          + " ours_rss_mb=[0-9]+ peer_rss_mb=[0-9]+")), out);
    }
  }

  @Test
  void benchPredictComparesBothModels() {
    CliRunner r = CliRunner.run("bench", "predict", "--resolution", "25", "--batch", "2",
        "--steps", "2", "--deeponet-batch", "40", "--deeponet-steps", "2", "--deeponet-warmup", "20",
        "--rounds", "1", "--threads", "1");
    assertEquals(0, r.code(), r.err() + r.out());
    String out = r.out();
    assertTrue(out.contains("FNO-2D predict call") && out.contains("DeepONet predict call")
        && out.contains("samples/s (median)"), out);
    assertTrue(out.contains("PEER bench=predict model=fno peer=pytorch-debian ours_ms=")
        && out.contains("PEER bench=predict model=deeponet peer=pytorch-debian ours_ms="), out);
  }

  @Test
  void benchPredictWithoutPeerPrintsOnlyOurRow() {
    CliRunner r = CliRunner.run("bench", "predict", "--no-fno", "--deeponet-batch", "4",
        "--deeponet-steps", "1", "--deeponet-warmup", "2", "--rounds", "1", "--no-peer");
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("DeepONet predict call") && !r.out().contains("PEER ")
        && !r.out().contains("FNO-2D"), r.out());
  }

  @Test
  void hiddenStepOutputParses() {
    for (String mode : new String[] {"train", "predict"}) {
      CliRunner r = CliRunner.run("bench", "step", "--mode", mode, "--model", "deeponet",
          "--batch", "4", "--warmup", "1", "--steps", "3", "--threads", "1");
      assertEquals(0, r.code(), r.err());
      assertEquals(3, ChildOutput.values(r.out(), "STEP_MS").size(), r.out());
      Round round = ChildOutput.parse(r.out(), "deeponet", mode.equals("train") ? "TRAIN_STEP_MS"
          : "PREDICT_MS");
      assertTrue(round.get("deeponet") > 0 && round.peakRssKb().orElse(0) > 0, r.out());
    }
  }

  /** The bench's own JVM loads no TensorFlow runtime: graphs, sessions and natives are the child's. */
  @Test
  void theBenchJvmNeverLoadsTensorFlow() throws java.io.IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Peers.Result r = Peers.run(List.of(java, "-verbose:class", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "bench", "train", "--no-fno",
        "--deeponet-batch", "4", "--deeponet-steps", "1", "--rounds", "1", "--no-peer"), 600);
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("round 1/1 deeponet: galerkin"), r.out());
    List<String> tf = r.out().lines().filter(l -> l.contains("class,load")
        && (l.contains("org.tensorflow.TensorFlow ") || l.contains("org.tensorflow.Graph ")
            || l.contains("org.tensorflow.Session ") || l.contains("org.tensorflow.internal."))).toList();
    assertEquals(List.of(), tf);
  }

  @Test
  void badOptionsGiveOneLine() {
    CliRunner r = CliRunner.run("bench", "train", "--rounds", "0");
    assertEquals(1, r.code());
    assertEquals("galerkin bench train: --rounds = 0 is out of range; it must be at least 1",
        r.err().strip());
    CliRunner p = CliRunner.run("bench", "predict", "--no-fno", "--no-deeponet");
    assertEquals(1, p.code());
    assertTrue(p.err().contains("leave nothing to run"), p.err());
    CliRunner s = CliRunner.run("bench", "step", "--mode", "fit");
    assertEquals(1, s.code());
    assertEquals(1, s.err().strip().lines().count(), s.err());
    assertTrue(s.err().contains("--mode fit is not one of [train, predict]"), s.err());
  }
}
