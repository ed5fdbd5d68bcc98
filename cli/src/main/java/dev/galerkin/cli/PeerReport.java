package dev.galerkin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * Prints one comparison of {@link PeerRounds}: a human table (min / median / max milliseconds per
 * side over the rounds, a throughput at the median, peak resident memory), the standalone figure
 * of each peer beside its in-bench median with a {@code WARNING:} line when they differ by more
 * than 10 %, the ratio of medians, then one machine-readable line per peer:
 *
 * <pre>
 * PEER bench=train model=deeponet peer=pytorch-debian ours_ms=1.10 peer_ms=1.95 peer_standalone_ms=1.90 ours_min_ms=1.05 ours_max_ms=1.20 peer_min_ms=1.90 peer_max_ms=2.10 ours_rss_mb=612 peer_rss_mb=240
 * </pre>
 *
 * {@code ours_ms} and {@code peer_ms} are medians over the rounds; the memory fields are the
 * largest peak over the rounds and are left out when not measured (our side in-process).
 */
final class PeerReport {
  private PeerReport() {}

  /** A throughput shown beside the milliseconds: its column header and its value at {@code ms}. */
  record Throughput(String header, DoubleUnaryOperator ofMs) {}

  /**
   * Prints the table, then {@link #notes}.
   *
   * @param what the table's corner: what is measured
   * @param bench the {@code bench=} field
   * @param key the figure's key in the rounds
   * @param model the {@code model=} field
   * @param ourLabel our row's name
   * @param ours our rounds (at least one)
   * @param sides the peers
   * @param tp the throughput column
   */
  static void print(PrintWriter out, String what, String bench, String key, String model,
      String ourLabel, List<Round> ours, List<PeerRounds.Side> sides, Throughput tp) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {what, "min ms", "median ms", "max ms", tp.header() + " (median)",
        "peak RSS MB"});
    rows.add(row(ourLabel, Spread.of(figures(ours, key)), rssMb(ours), tp));
    for (PeerRounds.Side s : sides) {
      List<Double> f = figures(s.rounds, key);
      if (!f.isEmpty()) {
        rows.add(row(s.peer.label(), Spread.of(f), rssMb(s.rounds), tp));
      }
    }
    InfoCommand.printTable(out, rows);
    notes(out, bench, key, model, ours, sides);
  }

  /**
   * Prints, for each peer, its standalone figure beside its in-bench median (a {@code WARNING:}
   * line past 10 %), the ratio of medians and its {@code PEER} line; or why it has no figure.
   */
  static void notes(PrintWriter out, String bench, String key, String model, List<Round> ours,
      List<PeerRounds.Side> sides) {
    Spread o = Spread.of(figures(ours, key));
    OptionalDouble oRss = rssMb(ours);
    for (PeerRounds.Side s : sides) {
      List<Double> f = figures(s.rounds, key);
      if (f.isEmpty()) {
        out.println("  peer " + s.peer.id() + ": " + (s.failure == null ? "no figure for " + model
            : s.failure) + "; no " + s.peer.label() + " figure");
        continue;
      }
      Spread p = Spread.of(f);
      Double alone = s.standalone == null ? null : s.standalone.get(key);
      if (alone != null) {
        out.printf(Locale.ROOT, "  %s %s standalone (before any of ours): %s ms; in-bench median"
            + " %s ms%n", s.peer.id(), model, ChildOutput.ms(alone), ChildOutput.ms(p.median()));
        if (Spread.drifted(alone, p.median())) {
          out.println(warning(s.peer.id(), model, alone, p.median()));
        }
      } else {
        out.println("  " + s.peer.id() + " " + model + ": no standalone figure");
      }
      out.printf(Locale.ROOT, "  ratio of medians (%s ms / galerkin ms; above 1 means galerkin is"
          + " faster): %.2f%n", s.peer.id(), p.median() / o.median());
      if (s.failure != null) {
        out.println("  peer " + s.peer.id() + " " + s.failure + "; its later rounds are missing");
      }
      out.println(peerLine(bench, model, s.peer.id(), o, p, alone, oRss, rssMb(s.rounds)));
    }
    out.flush();
  }

  /** @return the {@code WARNING:} line of a peer whose in-bench median left its standalone figure */
  static String warning(String peer, String model, double standalone, double inBench) {
    return String.format(Locale.ROOT, "WARNING: %s %s: in-bench median %s ms differs from its"
        + " standalone %s ms by %.0f%% (more than 10%%); the machine was not quiet or the peer"
        + " is disturbed", peer, model, ChildOutput.ms(inBench), ChildOutput.ms(standalone),
        100 * Math.abs(inBench - standalone) / standalone);
  }

  /**
   * @return the machine-readable line: medians first, then the standalone figure ({@code nan}
   *     when it failed), the spreads and (when measured) the peak memory of each side
   */
  static String peerLine(String bench, String model, String peer, Spread ours, Spread theirs,
      Double standalone, OptionalDouble oursRssMb, OptionalDouble peerRssMb) {
    StringBuilder b = new StringBuilder("PEER bench=").append(bench).append(" model=").append(model)
        .append(" peer=").append(peer).append(" ours_ms=").append(ChildOutput.ms(ours.median()))
        .append(" peer_ms=").append(ChildOutput.ms(theirs.median()))
        .append(" peer_standalone_ms=").append(standalone == null ? "nan" : ChildOutput.ms(standalone))
        .append(" ours_min_ms=").append(ChildOutput.ms(ours.min()))
        .append(" ours_max_ms=").append(ChildOutput.ms(ours.max()))
        .append(" peer_min_ms=").append(ChildOutput.ms(theirs.min()))
        .append(" peer_max_ms=").append(ChildOutput.ms(theirs.max()));
    oursRssMb.ifPresent(v -> b.append(" ours_rss_mb=").append(mb(v)));
    peerRssMb.ifPresent(v -> b.append(" peer_rss_mb=").append(mb(v)));
    return b.toString();
  }

  private static String[] row(String label, Spread s, OptionalDouble rss, Throughput tp) {
    return new String[] {label, ChildOutput.ms(s.min()), ChildOutput.ms(s.median()),
        ChildOutput.ms(s.max()),
        String.format(Locale.ROOT, "%.1f", tp.ofMs().applyAsDouble(s.median())),
        rss.isPresent() ? mb(rss.getAsDouble()) : "-"};
  }

  private static String mb(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  /** @return the figures under {@code key}, one per round that has one */
  static List<Double> figures(List<Round> rounds, String key) {
    return rounds.stream().map(r -> r.get(key)).filter(Objects::nonNull).toList();
  }

  /** @return the largest peak over the rounds, in MB (1024² bytes), when every round has one */
  static OptionalDouble rssMb(List<Round> rounds) {
    if (rounds.isEmpty() || rounds.stream().anyMatch(r -> r.peakRssKb().isEmpty())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rounds.stream().mapToLong(r -> r.peakRssKb().getAsLong()).max()
        .getAsLong() / 1024.0);
  }
}
