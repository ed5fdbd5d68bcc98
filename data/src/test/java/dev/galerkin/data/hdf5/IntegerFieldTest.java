package dev.galerkin.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.IntArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integer fields (token ids) are stored as HDF5 int32 whatever the floating-point type of the
 * run, and come back as {@link IntArray}, whole or by sample range, from one file or shards; h5py
 * sees int32.
 */
class IntegerFieldTest {
  @TempDir Path tmp;

  private static Dataset withTokens(int n, int offset) {
    int[] ids = new int[n * 7];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = offset + i * 37 % 1041 - 3;   // negative values too
    }
    float[] a = new float[n * 4];
    for (int i = 0; i < a.length; i++) {
      a[i] = 0.5f * i;
    }
    return Dataset.builder().input("a", FloatArray.wrap(Shape.of(n, 4), a))
        .output("tokens", IntArray.wrap(Shape.of(n, 7), ids)).build();
  }

  @Test
  void tokensRoundTripAsInt32InOneFileAndInShards() throws Exception {
    Dataset ds = withTokens(5, 0);
    Path p = tmp.resolve("tokens.h5");
    DatasetWriter.write(ds, p, WriteOptions.defaults().withStoredType(DType.FLOAT64));
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals(DType.INT32.toString(), f.field("tokens").storedType());
      NdArray all = f.readAll("tokens");
      assertInstanceOf(IntArray.class, all);
      assertArrayEquals(((IntArray) ds.fields().get("tokens").values()).toArray(),
          ((IntArray) all).toArray());
      IntArray part = (IntArray) f.read("tokens", 2, 4);
      assertEquals(Shape.of(2, 7), part.shape());
      assertEquals(((IntArray) ds.fields().get("tokens").values()).at(14), part.at(0));
      assertEquals("float64", f.field("a").storedType());
    }
    Process py = new ProcessBuilder("/usr/bin/python3", "-c",
        "import h5py,sys; f=h5py.File(sys.argv[1]); print(f['tokens'].dtype, f['tokens'][2,0])",
        p.toString()).redirectErrorStream(true).start();
    String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, py.waitFor(), out);
    assertEquals("int32 " + ((IntArray) ds.fields().get("tokens").values()).at(14), out);

    Path s = tmp.resolve("shards");
    ShardedDatasetWriter w = ShardedDatasetWriter.open(s, WriteOptions.defaults());
    w.writeShard(0, withTokens(3, 0));
    w.writeShard(1, withTokens(2, 100));
    w.finish(2);
    try (DatasetFile f = DatasetFile.open(s)) {
      IntArray across = (IntArray) f.read("tokens", 1, 5);
      IntArray first = (IntArray) withTokens(3, 0).fields().get("tokens").values();
      IntArray second = (IntArray) withTokens(2, 100).fields().get("tokens").values();
      assertEquals(first.at(7), across.at(0));
      assertEquals(second.at(0), across.at(14));
      assertEquals(second.at(13), across.at(27));
    }
  }
}
