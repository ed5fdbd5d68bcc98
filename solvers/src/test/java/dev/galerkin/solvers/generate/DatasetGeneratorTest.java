package dev.galerkin.solvers.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.solvers.SolverException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {
  @TempDir Path tmp;

  private static float[] read(Path p, String field) {
    try (DatasetFile f = DatasetFile.open(p)) {
      return ((FloatArray) f.readAll(field)).toArray();
    }
  }

  private static DatasetGenerator.Builder gen(DatasetRecipe r, Path out) {
    return DatasetGenerator.builder(r).samples(14).seed(3).output(out);
  }

  @Test
  void sameDataWhateverTheThreadsOrShards() {
    gen(new TestRecipe(), tmp.resolve("one.h5")).threads(1).build().run();
    gen(new TestRecipe(), tmp.resolve("two.h5")).threads(2).build().run();
    gen(new TestRecipe(), tmp.resolve("shards")).threads(2).shardSize(4).build().run();
    float[] a1 = read(tmp.resolve("one.h5"), "a");
    assertArrayEquals(a1, read(tmp.resolve("two.h5"), "a"));
    assertArrayEquals(a1, read(tmp.resolve("shards"), "a"));
    assertArrayEquals(read(tmp.resolve("one.h5"), "u"), read(tmp.resolve("two.h5"), "u"));
    float[] first = java.util.Arrays.copyOf(a1, 8);
    gen(new TestRecipe(), tmp.resolve("short.h5")).samples(1).build().run();
    assertArrayEquals(first, read(tmp.resolve("short.h5"), "a"), "sample 0 depends on (seed, 0) only");
    gen(new TestRecipe(), tmp.resolve("other.h5")).seed(4).build().run();
    assertTrue(!java.util.Arrays.equals(a1, read(tmp.resolve("other.h5"), "a")));
  }

  @Test
  void inMemoryEqualsTheFileBitForBitWhateverTheThreads() {
    Path p = tmp.resolve("file.h5");
    gen(new TestRecipe(), p).threads(2).build().run();
    Dataset one = DatasetGenerator.builder(new TestRecipe()).samples(14).seed(3).threads(1).build()
        .inMemory();
    Dataset two = DatasetGenerator.builder(new TestRecipe()).samples(14).seed(3).threads(2).build()
        .inMemory();
    try (DatasetFile f = DatasetFile.open(p)) {
      Dataset file = f.toDataset();
      for (String name : List.of("a", "u", "x")) {
        NdArray want = file.values(name);
        assertEquals(want.shape(), one.values(name).shape(), name);
        assertEquals(want.getClass(), one.values(name).getClass(), name + ": stored type");
        for (Dataset d : List.of(one, two)) {
          for (int j = 0; j < want.size(); j++) {
            assertEquals(Double.doubleToRawLongBits(want.getDouble(j)),
                Double.doubleToRawLongBits(d.values(name).getDouble(j)), name + "[" + j + "]");
          }
        }
      }
      Map<String, Object> expected = new java.util.TreeMap<>(file.attributes());
      expected.remove("created");
      Map<String, Object> got = new java.util.TreeMap<>(one.attributes());
      got.remove("created");
      assertEquals(expected.keySet(), got.keySet());
      expected.forEach((k, v) -> assertTrue(java.util.Objects.deepEquals(v, got.get(k)), k));
    }
  }

  @Test
  void resumeAcceptsDataWrittenBeforeTheBoundaryAttribute() {
    Path p = tmp.resolve("v1.h5");
    Map<String, Object> expected = Map.of("preset", "darcy", "boundary", "dirichlet,dirichlet");
    GenerationAttributes.checkSame(p, expected, Map.of("preset", "darcy"));
    GalerkinException e = assertThrows(GalerkinException.class, () -> GenerationAttributes
        .checkSame(p, expected, Map.of("preset", "darcy", "boundary", "periodic,periodic")));
    assertTrue(e.getMessage().contains("boundary = periodic,periodic"), e.getMessage());
  }

  @Test
  void runWithoutAnOutputNamesTheOption() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> DatasetGenerator.builder(new TestRecipe()).samples(2).build().run());
    assertTrue(e.getMessage().contains("--out is required"), e.getMessage());
  }

  @Test
  void recordsProvenance() {
    Path p = tmp.resolve("p.h5");
    gen(new TestRecipe(), p).build().run();
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals("running-sum", f.attributes().get("preset"));
      assertEquals(3L, f.attributes().get("seed"));
      assertEquals(8L, f.attributes().get("param.length"));
      assertEquals(14L, f.attributes().get("dataset_samples"));
      assertTrue(f.attributes().containsKey("galerkin_version"));
      assertEquals(8, f.readAll("x").size());
    }
  }

  @Test
  void aCrashKeepsFinishedShardsAndResumeCompletesTheSameData() throws IOException {
    Path dir = tmp.resolve("crash");
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> gen(new TestRecipe(9, false), dir).threads(1).shardSize(4).build().run());
    assertTrue(e.getMessage().contains("simulated crash at sample 9"), e.getMessage());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(java.util.List.of("shard-00000.h5", "shard-00001.h5"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "finished shards kept; no partial shard, no temporary file, no index");
    }
    GalerkinException refused = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), dir).shardSize(4).build().run());
    assertTrue(refused.getMessage().contains("unfinished run") && refused.getMessage()
        .contains("--resume"), refused.getMessage());

    TestRecipe again = new TestRecipe();
    GenerationReport r = gen(again, dir).threads(2).shardSize(4).resume(true).build().run();
    assertEquals(8, r.resumed());
    assertEquals(6, r.generated());
    assertEquals(6, again.made.get(), "only the missing samples are made");
    gen(new TestRecipe(), tmp.resolve("whole.h5")).build().run();
    assertArrayEquals(read(tmp.resolve("whole.h5"), "u"), read(dir, "u"));

    TestRecipe nothing = new TestRecipe();
    assertEquals(14, gen(nothing, dir).shardSize(4).resume(true).build().run().resumed());
    assertEquals(0, nothing.made.get());
  }

  @Test
  void resumeRefusesDataFromAnotherRequest() {
    Path dir = tmp.resolve("s");
    assertThrows(IllegalStateException.class,
        () -> gen(new TestRecipe(9, false), dir).threads(1).shardSize(4).build().run());
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), dir).seed(5).shardSize(4).resume(true).build().run());
    assertTrue(e.getMessage().contains("seed = 3") && e.getMessage().contains("asks for 5"),
        e.getMessage());
  }

  @Test
  void existingOutputIsKeptUnlessOverwriteOrResume() throws IOException {
    Path p = tmp.resolve("x.h5");
    gen(new TestRecipe(), p).build().run();
    byte[] before = Files.readAllBytes(p);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), p).seed(9).build().run());
    assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--overwrite"),
        e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(p));
    gen(new TestRecipe(), p).seed(9).overwrite(true).build().run();
    assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(p)));
  }

  @Test
  void nonFiniteSolverOutputNamesTheSample() {
    SolverException e = assertThrows(SolverException.class,
        () -> gen(new TestRecipe(5, true), tmp.resolve("nan.h5")).build().run());
    assertTrue(e.getMessage().contains("sample 5") && e.getMessage().contains("field 'u'")
        && e.getMessage().contains("NaN"), e.getMessage());
    assertTrue(!Files.exists(tmp.resolve("nan.h5")));
  }

  @Test
  void badSettingsAreNamed() {
    String m = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), tmp.resolve("a.h5")).samples(0).build()).getMessage();
    assertTrue(m.contains("--samples = 0"), m);
    m = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), tmp.resolve("a.h5")).threads(0).build()).getMessage();
    assertTrue(m.contains("--threads = 0"), m);
    m = assertThrows(GalerkinException.class,
        () -> gen(new TestRecipe(), tmp.resolve("no/dir/a.h5")).build().run()).getMessage();
    assertTrue(m.contains("does not exist"), m);
    m = assertThrows(GalerkinException.class, () -> gen(new TestRecipe(), tmp.resolve("a.h5"))
        .overwrite(true).resume(true).build()).getMessage();
    assertTrue(m.contains("contradict"), m);
  }
}
