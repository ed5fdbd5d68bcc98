package dev.galerkin.meshes.io;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A streaming reader of a Gmsh {@code .msh} file: whitespace-separated ASCII tokens, whole lines,
 * and little- or big-endian binary numbers, from one buffer (a binary {@code .msh} mixes ASCII
 * section markers and binary blocks). Tracks the line number (ASCII) and the byte offset (binary)
 * and the current section, so that every error names where it happened.
 */
final class MshInput implements AutoCloseable {
  private final InputStream in;
  private final String file;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private long consumed; // bytes before buf[0]
  private int line = 1;
  private boolean bigEndian;
  private int sizeBytes = 8;
  private final StringBuilder token = new StringBuilder();
  String section = "the file start";

  MshInput(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  void binaryLayout(boolean bigEndian, int sizeBytes) {
    this.bigEndian = bigEndian;
    this.sizeBytes = sizeBytes;
  }

  /** @return an exception whose message starts with the file, the line and the section */
  GalerkinException error(String what) {
    return new GalerkinException(file + ":" + line + " (in " + section + ", byte " + offset()
        + "): " + what);
  }

  long offset() {
    return consumed + pos;
  }

  private boolean fill() {
    if (pos < len) {
      return true;
    }
    try {
      consumed += len;
      pos = 0;
      len = Math.max(0, in.read(buf));
      return len > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private int read() {
    if (!fill()) {
      return -1;
    }
    int b = buf[pos++] & 0xff;
    if (b == '\n') {
      line++;
    }
    return b;
  }

  private GalerkinException truncated() {
    return error("the file ends here: it is truncated (a $End marker or data are missing);"
        + " re-export it from Gmsh");
  }

  /** @return the next whitespace-separated token, or null at the end of the file */
  String tokenOrNull() {
    int b;
    do {
      b = read();
    } while (b == ' ' || b == '\n' || b == '\r' || b == '\t');
    if (b < 0) {
      return null;
    }
    token.setLength(0);
    while (b >= 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
      token.append((char) b);
      if (token.length() > 200) {
        throw error("a token longer than 200 characters: this is not an ASCII .msh section");
      }
      b = read();
    }
    if (b == '\n') {
      line--; // report the line of the token, not the next one
      pos--;
    }
    return token.toString();
  }

  /** @return the next token; fails on end of file */
  String token() {
    String t = tokenOrNull();
    if (t == null) {
      throw truncated();
    }
    return t;
  }

  /** @return the rest of the current line (without the newline), or null at the end of file */
  String lineOrNull() {
    int b = read();
    if (b < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    while (b >= 0 && b != '\n') {
      if (b != '\r') {
        sb.append((char) b);
      }
      b = read();
    }
    return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** Skips to the end of the current line (after an ASCII token, before binary data). */
  void skipLineEnd() {
    int b;
    do {
      b = read();
    } while (b >= 0 && b != '\n');
    if (b < 0) {
      throw truncated();
    }
  }

  long asciiLong(String what) {
    String t = token();
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw error("expected an integer (" + what + "), found '" + t
          + "'; the file is corrupt or not an ASCII .msh 4.1 file");
    }
  }

  int asciiInt(String what) {
    long v = asciiLong(what);
    if (v != (int) v) {
      throw error(what + " " + v + " does not fit in 32 bits");
    }
    return (int) v;
  }

  double asciiDouble(String what) {
    String t = token();
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw error("expected a number (" + what + "), found '" + t
          + "'; the file is corrupt or not an ASCII .msh 4.1 file");
    }
  }

  private long bytes(int n) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      if (!fill()) {
        throw truncated();
      }
      long b = buf[pos++] & 0xffL;
      v = bigEndian ? (v << 8) | b : v | (b << (8 * i));
    }
    return v;
  }

  int binaryInt() {
    return (int) bytes(4);
  }

  long binarySize() {
    return sizeBytes == 8 ? bytes(8) : bytes(4) & 0xffffffffL;
  }

  double binaryDouble() {
    return Double.longBitsToDouble(bytes(8));
  }

  /** Reads a 4-byte int in the file's native layout, little-endian first (the endianness check). */
  int rawInt() {
    return (int) bytes(4);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
