package dev.galerkin.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress as plain lines on standard error, for a log file, CI or a notebook: one line when at
 * least {@link #intervalNanos} have passed since the last one (and whenever the caller asks, for
 * example at an epoch's end), each with the count, the rate and the time left. No carriage
 * returns, no escape codes. Thread-safe.
 */
final class PlainProgress {
  /** Default time between two lines, in seconds; the system property {@code galerkin.progress.seconds} changes it. */
  static final double DEFAULT_SECONDS = 5;

  private final String task;
  private final String unit;
  private final Supplier<PrintStream> err;
  private final long intervalNanos;
  private final long startNanos = System.nanoTime();
  private long total;
  private long base;
  private long current;
  private long lastLine = startNanos;

  /**
   * @param task the name that starts every line
   * @param unit what is counted, plural ({@code samples}, {@code steps})
   * @param err where the lines go, looked up at each line (so {@link System#setErr} is honoured)
   */
  PlainProgress(String task, String unit, Supplier<PrintStream> err) {
    this.task = task;
    this.unit = unit;
    this.err = err;
    double s = DEFAULT_SECONDS;
    try {
      s = Double.parseDouble(System.getProperty("galerkin.progress.seconds", "" + DEFAULT_SECONDS));
    } catch (NumberFormatException e) {
      // keep the default
    }
    this.intervalNanos = (long) (Math.max(0, s) * 1e9);
  }

  /**
   * @param total the count at the end
   * @param alreadyDone the count done before this run (resumed), not part of the rate
   */
  synchronized void start(long total, long alreadyDone) {
    this.total = total;
    this.base = alreadyDone;
    this.current = alreadyDone;
  }

  /**
   * Counts {@code n} more and prints a line if the interval has passed.
   *
   * @param extra text appended to the line (may be empty)
   */
  synchronized void step(long n, Supplier<String> extra) {
    current += n;
    long now = System.nanoTime();
    if (now - lastLine >= intervalNanos) {
      line(now, extra.get());
    }
  }

  /** Sets the count (for example at an epoch's end, after a resume) without printing. */
  synchronized void position(long count) {
    current = Math.max(current, count);
  }

  /** Prints a line now. @param extra text appended to the line (may be empty) */
  synchronized void print(String extra) {
    line(System.nanoTime(), extra);
  }

  private void line(long now, String extra) {
    lastLine = now;
    double seconds = (now - startNanos) / 1e9;
    double rate = seconds > 0 ? (current - base) / seconds : 0;
    StringBuilder b = new StringBuilder(task).append(": ").append(current);
    if (total > 0) {
      b.append('/').append(total).append(' ').append(unit)
          .append(String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * current / total)));
    } else {
      b.append(' ').append(unit);
    }
    b.append(String.format(Locale.ROOT, ", %s %s/s, elapsed %s", rate(rate), unit, Format.duration(seconds)));
    if (total > 0 && current < total && rate > 0) {
      b.append(", ETA ").append(Format.duration((total - current) / rate));
    }
    if (extra != null && !extra.isEmpty()) {
      b.append(", ").append(extra);
    }
    err.get().println(b);
  }

  private static String rate(double r) {
    return String.format(Locale.ROOT, r >= 100 ? "%.0f" : r >= 10 ? "%.1f" : "%.2f", r);
  }
}
