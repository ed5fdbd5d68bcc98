package dev.galerkin.solvers.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.IntArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.meshes.BoundaryCondition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipe's integer field ({@link FieldSpec#integers}) is made and stored as int32. */
class IntegerFieldGenerationTest {
  @TempDir Path tmp;

  private static DatasetRecipe recipe(double fraction) {
    return new DatasetRecipe() {
      @Override public String name() {
        return "integer-test";
      }

      @Override public List<FieldSpec> fields() {
        return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(3)),
            FieldSpec.integers("tokens", FieldRole.OUTPUT, Shape.of(4)));
      }

      @Override public Map<String, NdArray> coordinates() {
        return Map.of();
      }

      @Override public Map<String, Object> attributes() {
        return Map.of();
      }

      @Override public List<BoundaryCondition> boundary() {
        return List.of();
      }

      @Override public SampleMaker newMaker() {
        return (rng, index, out) -> {
          for (int j = 0; j < 3; j++) {
            out[0][j] = rng.nextDouble();
          }
          for (int j = 0; j < 4; j++) {
            out[1][j] = index * 10 + j + fraction;
          }
        };
      }
    };
  }

  @Test
  void integerFieldsAreInt32InMemoryAndOnDisk() {
    Dataset ds = DatasetGenerator.builder(recipe(0)).samples(3).seed(1).threads(2).build()
        .inMemory();
    IntArray tokens = assertInstanceOf(IntArray.class, ds.fields().get("tokens").values());
    assertEquals(23, tokens.at(11));
    Path p = tmp.resolve("t.h5");
    DatasetGenerator.builder(recipe(0)).samples(3).seed(1).output(p)
        .writeOptions(WriteOptions.defaults().withStoredType(DType.FLOAT64)).build().run();
    try (DatasetFile f = DatasetFile.open(p)) {
      assertEquals("int32", f.field("tokens").storedType());
      assertEquals("float64", f.field("a").storedType());
      assertEquals(tokens, f.readAll("tokens"));
    }
  }

  @Test
  void aNonIntegerValueIsRefusedNamingTheSampleAndField() {
    var e = assertThrows(GalerkinException.class, () -> DatasetGenerator.builder(recipe(0.5))
        .samples(2).seed(1).threads(1).build().inMemory());
    assertTrue(e.getMessage().contains("integer field 'tokens' got 0.5"), e.getMessage());
    assertTrue(e.getMessage().contains("sample 0"), e.getMessage());
  }
}
