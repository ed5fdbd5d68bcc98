package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import java.util.Locale;

/**
 * How a time-stepper is trained through its own predictions.
 * <ul>
 *   <li>{@code one-step}: the window from the data, the loss on the next {@code horizon} frames;
 *   <li>{@code pushforward:N} (Brandstetter, Worrall, Welling, "Message Passing Neural PDE
 *       Solvers", ICLR 2022; PDEArena's unrolled training): per batch {@code u} uniform in
 *       {@code 0 … N} extra model steps are run <em>without</em> gradient on the data window, and
 *       the loss is taken on the step after them, so the gradient flows through the last step
 *       only and the model learns from its own input distribution;
 *   <li>{@code full:L} (the FNO paper's Navier–Stokes training, Li et al. 2021): {@code L} steps
 *       unrolled in the graph with the gradient through all of them, the loss the mean of the
 *       {@code L} per-step losses (the reference sums them; for Adam the scale does not matter).
 * </ul>
 *
 * @param mode the kind
 * @param steps {@code N} or {@code L}; 0 for one-step
 */
public record Unroll(Mode mode, int steps) {
  /** The training kinds. */
  public enum Mode {
    /** Teacher-forced single steps. */
    ONE_STEP,
    /** Extra steps without gradient, loss on the last. */
    PUSHFORWARD,
    /** Back-propagation through the whole unrolled sequence. */
    FULL
  }

  /** Checks the step count fits the mode. */
  public Unroll {
    if (mode == Mode.ONE_STEP && steps != 0 || mode != Mode.ONE_STEP && steps < 1) {
      throw new GalerkinException("--unroll " + label(mode, steps) + " is not valid; use one-step,"
          + " pushforward:N or full:L with N, L >= 1");
    }
  }

  /** @return teacher-forced single steps */
  public static Unroll oneStep() {
    return new Unroll(Mode.ONE_STEP, 0);
  }

  /** @return up to {@code n} gradient-free steps before the trained one */
  public static Unroll pushforward(int n) {
    return new Unroll(Mode.PUSHFORWARD, n);
  }

  /** @return {@code l} steps unrolled with the gradient through all */
  public static Unroll full(int l) {
    return new Unroll(Mode.FULL, l);
  }

  /** @return {@code one-step}, {@code pushforward:N} or {@code full:L} */
  public String label() {
    return label(mode, steps);
  }

  private static String label(Mode m, int n) {
    String name = m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return m == Mode.ONE_STEP ? name : name + ":" + n;
  }

  /** @return the unrolling written as {@link #label()} */
  public static Unroll parse(String s) {
    String t = s.strip();
    if (t.equals("one-step")) {
      return oneStep();
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      try {
        int n = Integer.parseInt(t.substring(colon + 1));
        switch (t.substring(0, colon)) {
          case "pushforward" -> {
            return pushforward(n);
          }
          case "full" -> {
            return full(n);
          }
          default -> { }
        }
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw new GalerkinException("--unroll " + s + " is not known; use one-step, pushforward:N or"
        + " full:L (for example pushforward:2 or full:40)");
  }

  /** @return model applications a training window needs beyond the first: {@code N} or {@code L − 1} */
  public int extraApplications() {
    return switch (mode) {
      case ONE_STEP -> 0;
      case PUSHFORWARD -> steps;
      case FULL -> steps - 1;
    };
  }
}
