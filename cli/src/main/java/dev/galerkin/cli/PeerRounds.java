package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The fair-comparison schedule every bench against a peer follows:
 *
 * <ol>
 *   <li><b>standalone</b>: each peer runs once before any of our side has run in this invocation,
 *       so its figure is taken on a machine where nothing of ours exists yet ({@link #standalone});
 *   <li><b>alternating rounds</b>: ours, peer, ours, peer, … ({@link #alternate}); every peer run
 *       is a fresh process, started after our side of the round has finished (for
 *       {@code bench train}/{@code predict} our side is a child JVM that has exited by then).
 * </ol>
 *
 * {@link PeerReport} then prints min / median / max per side, the ratio of medians, the standalone
 * figure beside the in-bench median (with a {@code WARNING:} past 10 %) and one {@code PEER} line
 * per peer.
 */
final class PeerRounds {
  /** Seconds a peer may take before it is killed. */
  static final long TIMEOUT_SECONDS = 3600;

  private PeerRounds() {}

  /** A peer taking part in one comparison: its command, standalone figure, rounds or failure. */
  static final class Side {
    final Peer peer;
    final List<String> command;
    final Function<String, Round> parser;
    Round standalone;
    final List<Round> rounds = new ArrayList<>();
    String failure;
    String lastOutput = "";

    Side(Peer peer, List<String> command, Function<String, Round> parser, String failure) {
      this.peer = peer;
      this.command = command;
      this.parser = parser;
      this.failure = failure;
    }

    /** @return whether this peer still takes part (it is available and has not failed) */
    boolean running() {
      return failure == null;
    }

    /** Runs the peer once. */
    Round run() {
      try {
        Peers.Result r = Peers.run(command, TIMEOUT_SECONDS);
        lastOutput = r.out();
        if (r.code() != 0) {
          throw new GalerkinException("exit " + r.code() + ": " + ChildOutput.tail(r.out()));
        }
        return parser.apply(r.out());
      } catch (IOException e) {
        throw new GalerkinException("cannot start " + command.get(0) + ": " + e.getMessage());
      }
    }
  }

  /**
   * @param peers the bench's peers
   * @param args the task, as {@link Peer#command} takes it
   * @param parser a peer's output → its round
   * @return one side per peer; an unavailable one (not installed, task not implemented) carries
   *     the reason and never runs
   */
  static List<Side> sides(List<Peer> peers, List<String> args, Function<String, Round> parser) {
    List<Side> sides = new ArrayList<>();
    for (Peer p : peers) {
      Optional<String> missing = p.missing().get();
      Optional<List<String>> cmd = missing.isPresent() ? Optional.empty() : p.command().apply(args);
      String why = missing.orElse(cmd.isEmpty() ? "does not implement " + String.join(" ", args)
          : null);
      sides.add(new Side(p, cmd.orElse(List.of()), parser, why));
    }
    return sides;
  }

  /** Runs every available side once, before any of our side: the standalone figures. */
  static void standalone(List<Side> sides, PrintWriter log) {
    for (Side s : sides) {
      if (s.running()) {
        try {
          s.standalone = s.run();
          log.println("  standalone " + s.peer.id() + ": " + brief(s.standalone, true));
        } catch (GalerkinException e) {
          s.failure = "failed standalone (" + e.getMessage() + ")";
        }
        log.flush();
      }
    }
  }

  /**
   * Alternates {@code rounds} times: our side, then each running peer in turn. A peer that fails
   * drops out (its reason is reported); our side failing ends the bench.
   *
   * @param ours one measurement of our side
   * @return our rounds
   */
  static List<Round> alternate(int rounds, Callable<Round> ours, List<Side> sides,
      PrintWriter log) {
    List<Round> mine = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      Round o;
      try {
        o = ours.call();
      } catch (GalerkinException e) {
        throw e;
      } catch (Exception e) {
        throw new GalerkinException("our side failed in round " + r + ": " + e.getMessage());
      }
      mine.add(o);
      String keys = String.join(",", o.ms().keySet());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  round %d/%d%s: galerkin %s",
          r, rounds, o.ms().size() == 1 ? " " + keys : "", brief(o, false)));
      for (Side s : sides) {
        if (s.running()) {
          try {
            Round p = s.run();
            s.rounds.add(p);
            line.append(", ").append(s.peer.id()).append(' ').append(brief(p, false));
          } catch (GalerkinException e) {
            s.failure = "failed in round " + r + " (" + e.getMessage() + ")";
          }
        }
      }
      log.println(line);
      log.flush();
    }
    return mine;
  }

  private static String brief(Round r, boolean keys) {
    List<String> parts = new ArrayList<>();
    r.ms().forEach((k, v) -> parts.add(r.ms().size() == 1 && !keys ? ChildOutput.ms(v) + " ms"
        : k + " " + ChildOutput.ms(v) + " ms"));
    return String.join(" ", parts);
  }
}
