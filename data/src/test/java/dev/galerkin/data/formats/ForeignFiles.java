package dev.galerkin.data.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs {@code src/test/python/make_foreign_files.py} (Debian's python3-h5py and python3-scipy, which
 * {@code .ci/run} installs) into a directory, and recomputes the values it writes. The tests that
 * use it fail, and do not skip, when Python or its modules are missing.
 */
public final class ForeignFiles {
  /** The generator, relative to the data module (where the tests run). */
  public static final Path SCRIPT = Path.of("src/test/python/make_foreign_files.py");

  private static Path made;

  private ForeignFiles() {}

  /** @return a directory holding every foreign file, written once per test JVM (deleted at exit) */
  static synchronized Path dir() throws IOException, InterruptedException {
    if (made == null) {
      Path dir = Files.createTempDirectory("galerkin-foreign-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
          // a temporary directory; nothing else to do
        }
      }));
      make(dir, SCRIPT);
      made = dir;
    }
    return made;
  }

  /** Writes every foreign file into {@code dir}. */
  public static void make(Path dir, Path script) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("/usr/bin/python3", script.toString(), dir.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      fail("/usr/bin/python3 cannot run; install Debian's python3-h5py and python3-scipy, as"
          + " .ci/run does: " + e.getMessage());
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "the generator failed (apt-get install python3-h5py"
        + " python3-scipy):\n" + out);
    if (!Files.exists(dir.resolve("plain.h5"))) {
      fail("the generator wrote nothing into " + dir + ":\n" + out);
    }
  }

  /** The generator's value(field_id, *index): field_id * 100000 + the index digits. */
  public static double value(int fieldId, long... index) {
    long digits = 0;
    for (long k : index) {
      digits = digits * 10 + k;
    }
    return fieldId * 100000.0 + digits;
  }

  /** Asserts every element of {@code a} equals {@code value(fieldId, firstSample + i0, i1, ...)}. */
  static void assertValues(NdArray a, int fieldId, long firstSample) {
    assertValues(a, fieldId, firstSample, false);
  }

  /**
   * As {@link #assertValues(NdArray, int, long)}, for an array that is frame 0 of the generator's
   * array ({@code tensor[:, 0]}): expects {@code value(fieldId, firstSample + i0, 0, i1, ...)}.
   */
  static void assertFirstFrameValues(NdArray a, int fieldId, long firstSample) {
    assertValues(a, fieldId, firstSample, true);
  }

  private static void assertValues(NdArray a, int fieldId, long firstSample, boolean frame0) {
    long[] dims = a.shape().dims();
    long[] idx = new long[dims.length];
    for (int flat = 0; flat < a.size(); flat++) {
      long[] at = new long[dims.length + (frame0 ? 1 : 0)];
      at[0] = idx[0] + firstSample;
      System.arraycopy(idx, 1, at, frame0 ? 2 : 1, dims.length - 1);
      assertEquals(value(fieldId, at), a.getDouble(flat), 0.0, "element " + Shape.of(at));
      for (int i = dims.length - 1; i >= 0; i--) {
        if (++idx[i] < dims[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
  }

  /** @return the message of the GalerkinException {@code e} throws, checked to be one line */
  static String message(Executable e) {
    String m = assertThrows(GalerkinException.class, e).getMessage();
    assertEquals(1, m.lines().count(), "one line: " + m);
    return m;
  }
}
