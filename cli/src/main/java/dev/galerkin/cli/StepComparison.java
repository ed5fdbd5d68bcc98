package dev.galerkin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared run of {@code bench train} and {@code bench predict}: every section's peers run once
 * standalone first (before any of our side has run in this invocation), then each section
 * alternates rounds of our side (a fresh child JVM, {@link ChildJvm}) and its peers
 * ({@link PeerRounds}), then prints its report ({@link PeerReport}).
 */
final class StepComparison {
  /** Our side's row label. */
  static final String OURS = "galerkin (TF Java 1.1.0)";

  private StepComparison() {}

  /**
   * One model's comparison.
   *
   * @param task what each round measures
   * @param heading the line printed above the section's table
   * @param what the table's corner ({@code FNO-2D training step})
   */
  record Section(StepTask task, String heading, String what) {}

  /**
   * @param bench the {@code bench=} field of the PEER lines
   * @param rounds alternating rounds per section
   * @param peers the peers ({@link Peers#torchPeers()}); empty for {@code --no-peer}
   */
  static void run(PrintWriter out, String bench, int rounds, List<Peer> peers,
      List<Section> sections) {
    List<List<PeerRounds.Side>> sides = new ArrayList<>();
    for (Section s : sections) {
      StepTask t = s.task();
      sides.add(PeerRounds.sides(peers, t.args(), o -> ChildOutput.parse(o, t.key(), t.singleLine())));
    }
    if (!peers.isEmpty()) {
      out.println("Peers alone first, before any of ours has run:");
      out.flush();
      for (List<PeerRounds.Side> s : sides) {
        PeerRounds.standalone(s, out);
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      StepTask t = s.task();
      out.println();
      out.println(s.heading());
      out.flush();
      List<Round> ours = PeerRounds.alternate(rounds, () -> ChildJvm.run(t), sides.get(i), out);
      PeerReport.print(out, s.what(), bench, t.key(), t.model(), OURS, ours, sides.get(i),
          new PeerReport.Throughput("samples/s", ms -> t.batch() * 1000 / ms));
    }
  }
}
