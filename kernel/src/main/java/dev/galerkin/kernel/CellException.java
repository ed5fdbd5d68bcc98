package dev.galerkin.kernel;

import java.util.List;

/**
 * Why a cell failed, as the kernel reports it in the cell's error output: the one-line message is
 * the error's value ({@code evalue}), {@link #details()} its traceback. For an exception thrown by
 * the snippet the message starts with the exception's class name ({@code
 * java.lang.IllegalArgumentException: …}); for a snippet that does not compile it is the
 * compiler's first message.
 */
public final class CellException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> details;

  /**
   * @param message the one-line message
   * @param details the lines of the traceback (compiler messages with the code they point at, or
   *     the snippet's stack trace)
   */
  public CellException(String message, List<String> details) {
    // no stack trace of its own: the kernel's frames mean nothing to the notebook's reader, and the
    // base kernel would send them as the execute_reply's traceback (which nbconvert prints)
    super(message, null, false, false);
    this.details = List.copyOf(details);
  }

  /** @return the traceback lines */
  public List<String> details() {
    return details;
  }
}
