package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import java.io.UncheckedIOException;

/**
 * Turns a failed Spark job into the one-line error of the task that failed: Spark wraps it in
 * "Job aborted due to stage failure: Task 0 in stage 1.0 failed 4 times, most recent failure: …"
 * with the executor's stack trace, and the original exception as the cause where it survived.
 */
final class SparkFailures {
  private static final java.util.regex.Pattern REMOTE = java.util.regex.Pattern.compile(
      "most recent failure: .*?\\): (?:[\\w$.]+(?:Exception|Error): )?(.*)$");

  private SparkFailures() {}

  /**
   * @param e what the job threw
   * @param what the work, for example {@code "a generation task"}
   * @param hint what to do about it
   * @return a one-line {@link GalerkinException}
   */
  static GalerkinException of(Throwable e, String what, String hint) {
    return new GalerkinException(what + " failed: " + rootMessage(e) + hint);
  }

  /** @return the message of the innermost Galerkin or I/O error, else of the innermost cause */
  static String rootMessage(Throwable e) {
    Throwable best = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GalerkinException || t instanceof UncheckedIOException
          || t instanceof java.io.IOException) {
        best = t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    Throwable pick = best != null ? best : innermost(e);
    String msg = pick.getMessage() == null ? pick.getClass().getSimpleName() : pick.getMessage();
    // Spark's text of a remote failure carries the executor's stack trace after the first line,
    // and the task's exception after "most recent failure: Lost task … (executor …): ".
    int nl = msg.indexOf('\n');
    String first = nl < 0 ? msg : msg.substring(0, nl);
    java.util.regex.Matcher m = REMOTE.matcher(first);
    return m.find() ? m.group(1) : first;
  }

  private static Throwable innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
