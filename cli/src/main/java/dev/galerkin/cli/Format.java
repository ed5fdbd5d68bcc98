package dev.galerkin.cli;

import java.util.Locale;

/** Number and size formatting shared by the commands' terminal output. */
final class Format {
  private Format() {}

  /** @return a byte count as {@code 1.2 MiB} */
  static String bytes(long b) {
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** @return a value in 4 significant digits, {@code -} for NaN */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** Pads {@code s} with spaces to {@code width}. */
  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** @return a duration as {@code 42s}, {@code 3m05s} or {@code 2h07m} */
  static String duration(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
