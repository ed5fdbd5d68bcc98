package dev.galerkin.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.NdArray;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.file.Path;
import java.util.Map;

/** Compares two datasets' data, field by field and bit for bit. */
final class Shards {
  private Shards() {}

  /** Asserts that {@code a} and {@code b} hold the same fields with the same values. */
  static void assertSameData(Path a, Path b) {
    try (DatasetFile x = DatasetFile.open(a); DatasetFile y = DatasetFile.open(b)) {
      assertEquals(x.sampleFieldNames(), y.sampleFieldNames());
      assertEquals(x.sampleCount(), y.sampleCount());
      for (String f : x.sampleFieldNames()) {
        NdArray u = x.readAll(f);
        NdArray v = y.readAll(f);
        assertEquals(u.shape(), v.shape(), f);
        double[] p = new double[Math.toIntExact(u.shape().size())];
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
          p[i] = u.getDouble(i);
          q[i] = v.getDouble(i);
        }
        assertArrayEquals(p, q, 0.0, f);
      }
    }
  }

  /** @return the attributes of shard {@code k} of directory {@code dir} */
  static Map<String, Object> attributes(Path dir, int k) {
    try (DatasetFile f = DatasetFile.open(dir.resolve(String.format("shard-%05d.h5", k)))) {
      return f.attributes();
    }
  }
}
