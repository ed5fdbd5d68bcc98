package dev.galerkin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether standard error is a terminal, which decides how progress is shown: redrawn in place on a
 * terminal, one plain line every few seconds otherwise (a log file, CI, a notebook).
 *
 * <p>Java 17 has no test for standard error alone: {@link System#console()} is non-null when
 * standard input and output are terminals, whatever standard error is, and progressbar 0.10.2
 * asks JLine, which looks at the same streams, and writes carriage returns even to a file. So the
 * order is: the system property {@value #PROPERTY} or the environment variable {@value #ENV}
 * ({@code terminal} or {@code plain}; the {@code galerkin} launcher sets the property from the
 * shell's {@code [ -t 2 ]}); then, on Linux, the target of {@code /proc/self/fd/2} (a terminal is
 * {@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere {@link System#console()} as a last guess.
 */
enum StderrKind {
  /** A terminal: redraw a bar in place. */
  TERMINAL,
  /** Anything else: plain lines, no carriage returns. */
  PLAIN;

  /** The system property that overrides the detection: {@code terminal} or {@code plain}. */
  static final String PROPERTY = "galerkin.progress";
  /** The environment variable that overrides the detection, read after the property. */
  static final String ENV = "GALERKIN_PROGRESS";

  /** @return the kind of the process's standard error, by the order in the class comment */
  static StderrKind detect() {
    String forced = System.getProperty(PROPERTY);
    if (forced == null || forced.isBlank()) {
      forced = System.getenv(ENV);
    }
    if (forced != null && !forced.isBlank()) {
      String f = forced.trim().toLowerCase(Locale.ROOT);
      if (f.equals("terminal") || f.equals("tty")) {
        return TERMINAL;
      }
      if (f.equals("plain")) {
        return PLAIN;
      }
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? TERMINAL : PLAIN;
      } catch (java.io.IOException | SecurityException e) {
        return PLAIN;
      }
    }
    return System.console() != null ? TERMINAL : PLAIN;
  }
}
