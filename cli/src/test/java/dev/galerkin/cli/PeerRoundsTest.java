package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fair-peer machinery on fixed numbers and fake peers: nothing here is timed. */
class PeerRoundsTest {
  @TempDir Path tmp;

  @Test
  void spreadTakesMinMedianMax() {
    Spread odd = Spread.of(List.of(3.0, 1.0, 2.0));
    assertEquals(new Spread(1.0, 2.0, 3.0, 3), odd);
    Spread even = Spread.of(List.of(4.0, 1.0, 3.0, 2.0));
    assertEquals(2.5, even.median());
    assertEquals(1.0, even.min());
    assertEquals(4.0, even.max());
    assertEquals(7.0, Spread.median(List.of(7.0)));
    assertThrows(GalerkinException.class, () -> Spread.of(List.of()));
  }

  @Test
  void driftIsMoreThanTenPercentOfTheStandaloneFigure() {
    assertFalse(Spread.drifted(10.0, 11.0));
    assertFalse(Spread.drifted(10.0, 9.0));
    assertTrue(Spread.drifted(10.0, 11.01));
    assertTrue(Spread.drifted(1.9, 38.0));
    assertTrue(Spread.drifted(10.0, 8.9));
  }

  @Test
  void peerLineHasTheDocumentedFields() {
    String line = PeerReport.peerLine("train", "deeponet", "pytorch-debian",
        new Spread(1.05, 1.1, 1.2, 3), new Spread(1.9, 1.95, 2.1, 3), 1.9,
        OptionalDouble.of(612.4), OptionalDouble.of(240));
    assertEquals("PEER bench=train model=deeponet peer=pytorch-debian ours_ms=1.10 peer_ms=1.95"
        + " peer_standalone_ms=1.90 ours_min_ms=1.05 ours_max_ms=1.20 peer_min_ms=1.90"
        + " peer_max_ms=2.10 ours_rss_mb=612 peer_rss_mb=240", line);
    String bare = PeerReport.peerLine("solvers", "darcy-421", "scipy", new Spread(1, 2, 3, 3),
        new Spread(4, 5, 6, 3), null, OptionalDouble.empty(), OptionalDouble.of(50));
    assertEquals("PEER bench=solvers model=darcy-421 peer=scipy ours_ms=2.00 peer_ms=5.00"
        + " peer_standalone_ms=nan ours_min_ms=1.00 ours_max_ms=3.00 peer_min_ms=4.00"
        + " peer_max_ms=6.00 peer_rss_mb=50", bare);
  }

  @Test
  void childOutputReadsBothLineForms() {
    Round steps = ChildOutput.parse("2026 I tensorflow noise\nSTEP_MS 3.0 1.0 2.0 10.0\n"
        + "TRAIN_STEP_MS 4.0\nPEAK_RSS_KB 2048\n", "fno", "TRAIN_STEP_MS");
    assertEquals(2.5, steps.get("fno"));
    assertEquals(OptionalLong.of(2048), steps.peakRssKb());
    Round single = ChildOutput.parse("variant rfft\nstep 0 loss 1 2.0 ms\nPREDICT_MS=1.5\n", "m",
        "PREDICT_MS");
    assertEquals(1.5, single.get("m"));
    assertEquals(OptionalLong.empty(), single.peakRssKb());
    assertEquals(List.of(1.0, 2.0), ChildOutput.values("STEP_MS: 1, 2", "STEP_MS"));
    assertThrows(GalerkinException.class,
        () -> ChildOutput.parse("nothing here\n", "m", "TRAIN_STEP_MS"));
  }

  @Test
  void stepTaskArgumentsRoundTripAndMapToTheTorchScripts() {
    StepTask t = new StepTask("predict", "fno", 20, 85, 3, 10, 2);
    assertEquals(t, StepTask.parse(t.args()));
    List<String> fno = Peers.torch(t.args()).orElseThrow();
    assertTrue(fno.get(1).endsWith("bench/peers/fno_torch.py"), fno.toString());
    assertEquals(List.of("rfft", "gelu", "20", "3", "10", "2", "85", "predict"),
        fno.subList(2, fno.size()));
    List<String> don = Peers.torch(new StepTask("train", "deeponet", 100, 85, 3, 200, 2).args())
        .orElseThrow();
    assertTrue(don.get(1).endsWith("bench/peers/deeponet_torch.py"), don.toString());
    assertEquals(List.of("100", "3", "200", "2", "100", "100", "64", "2", "64", "train"),
        don.subList(2, don.size()));
    assertThrows(GalerkinException.class, () -> new StepTask("fit", "fno", 1, 25, 0, 1, 1));
    assertEquals(PredictBench.PREDICT_CHUNK, dev.galerkin.operators.NeuralOperator.predictBatch());
  }

  @Test
  void childJvmCommandRunsTheHiddenStepWithOurClassPath() {
    StepTask t = new StepTask("train", "deeponet", 4, 25, 1, 2, 1);
    List<String> cmd = ChildJvm.command(t);
    assertTrue(cmd.contains("-XX:ActiveProcessorCount=1"), cmd.toString());
    int cp = cmd.indexOf("-cp");
    assertEquals(System.getProperty("java.class.path"), cmd.get(cp + 1));
    assertEquals(List.of(Main.class.getName(), "bench", "step"), cmd.subList(cp + 2, cp + 5));
    assertEquals(t.args(), cmd.subList(cp + 5, cmd.size()));
    assertTrue(ChildJvm.inherited("-Xmx8g") && ChildJvm.inherited("-Dgalerkin.home=/x"));
    assertFalse(ChildJvm.inherited("-agentlib:jdwp=transport=dt_socket,address=5005"));
  }

  /** Standalone first, then ours, peer, ours, peer; the peer's figures are its own. */
  @Test
  void roundsAlternateAfterTheStandaloneRun() throws IOException {
    Path log = tmp.resolve("order.txt");
    Files.writeString(log, "");
    Peer fake = new Peer("fake", "Fake peer", Optional::empty, a -> Optional.of(List.of("/bin/sh",
        "-c", "echo peer >> '" + log + "'; echo STEP_MS " + a.get(0) + "; echo PEAK_RSS_KB 1024")));
    Peer absent = new Peer("absent", "Absent peer", () -> Optional.of("not installed"),
        a -> Optional.of(List.of("/bin/false")));
    List<PeerRounds.Side> sides = PeerRounds.sides(List.of(fake, absent), List.of("7"),
        o -> ChildOutput.parse(o, "m", "TRAIN_STEP_MS"));
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text, true);
    PeerRounds.standalone(sides, out);
    List<Round> ours = PeerRounds.alternate(2, () -> {
      Files.writeString(log, "ours\n", java.nio.file.StandardOpenOption.APPEND);
      return Round.of("m", 3.5, OptionalLong.empty());
    }, sides, out);
    assertEquals(List.of("peer", "ours", "peer", "ours", "peer"),
        Files.readAllLines(log));
    assertEquals(2, ours.size());
    assertEquals(7.0, sides.get(0).standalone.get("m"));
    assertEquals(2, sides.get(0).rounds.size());
    assertEquals("not installed", sides.get(1).failure);
    PeerReport.print(out, "thing", "test", "m", "m", "ours", ours, sides,
        new PeerReport.Throughput("samples/s", ms -> 1000 / ms));
    String s = text.toString();
    assertTrue(s.contains("PEER bench=test model=m peer=fake ours_ms=3.50 peer_ms=7.00"
        + " peer_standalone_ms=7.00 ours_min_ms=3.50 ours_max_ms=3.50 peer_min_ms=7.00"
        + " peer_max_ms=7.00 peer_rss_mb=1"), s);
    assertTrue(s.contains("ratio of medians") && s.contains("2.00"), s);
    assertTrue(s.contains("peer absent: not installed"), s);
    assertFalse(s.contains("WARNING:"), s);
  }

  @Test
  void aDriftingPeerGetsAWarningLine() {
    Peer p = new Peer("p", "P", Optional::empty, a -> Optional.of(List.of()));
    PeerRounds.Side side = new PeerRounds.Side(p, List.of(), o -> null, null);
    side.standalone = Round.of("m", 1.9, OptionalLong.empty());
    side.rounds.add(Round.of("m", 38.0, OptionalLong.of(2048)));
    side.rounds.add(Round.of("m", 36.0, OptionalLong.of(4096)));
    StringWriter text = new StringWriter();
    PeerReport.notes(new PrintWriter(text, true), "train", "m", "deeponet",
        List.of(new Round(Map.of("m", 1.4), OptionalLong.of(1024))), List.of(side));
    String s = text.toString();
    assertTrue(s.contains("WARNING: p deeponet: in-bench median 37.00 ms differs from its"
        + " standalone 1.90 ms by 1847%"), s);
    assertTrue(s.contains("PEER bench=train model=deeponet peer=p ours_ms=1.40 peer_ms=37.00"
        + " peer_standalone_ms=1.90") && s.contains("ours_rss_mb=1 peer_rss_mb=4"), s);
  }

  @Test
  void scipyAndH5pyOutputsParse() {
    Round s = SolverBench.scipyRound("s=85 unknowns=6889 spsolve 12.5 ms (1814 ns/unknown) | ILU"
        + "\nPEAK_RSS_KB 50152\n", 85);
    assertEquals(12.5, s.get("darcy-85"));
    assertEquals(OptionalLong.of(50152), s.peakRssKb());
    Round h = IoBench.h5pyRound("bytes 4\nread_whole_s 0.25\nread_ranges_s 0.5\nwrite_s 1.0\n"
        + "h5py 3.7.0 hdf5 1.10.8\nPEAK_RSS_KB 9\n");
    assertEquals(Map.of("write", 1000.0, "read-whole", 250.0, "read-ranges", 500.0), h.ms());
    assertThrows(GalerkinException.class, () -> IoBench.h5pyRound("bytes 4\n"));
  }
}
