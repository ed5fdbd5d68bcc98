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

  private ForeignFiles() {}

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
    long[] dims = a.shape().dims();
    long[] idx = new long[dims.length];
    for (int flat = 0; flat < a.size(); flat++) {
      long[] at = idx.clone();
      at[0] += firstSample;
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
