package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.meshes.BoundaryCondition;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The provenance a generation run writes, and the check that data already on disk came from the
 * same request before a resumed run keeps it.
 */
final class GenerationAttributes {
  /** Attribute: the preset (recipe) name. */
  static final String PRESET = "preset";
  /** Attribute: samples of the whole dataset (a shard holds fewer). */
  static final String DATASET_SAMPLES = "dataset_samples";
  /** Attribute: samples per shard, 0 for one file. */
  static final String SHARD_SIZE = "shard_size";

  private GenerationAttributes() {}

  static Map<String, Object> of(DatasetRecipe recipe, long seed, long samples, int shardSize) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(PRESET, recipe.name());
    a.putAll(recipe.attributes());
    if (!recipe.boundary().isEmpty()) {
      a.put(DatasetAttributes.BOUNDARY, BoundaryCondition.formatAxes(recipe.boundary()));
    }
    a.put(DatasetAttributes.SEED, seed);
    a.put(DATASET_SAMPLES, samples);
    a.put(SHARD_SIZE, (long) shardSize);
    return a;
  }

  /** Throws unless {@code path} opens as a dataset of {@code samples} samples with these attributes. */
  static void checkComplete(Path path, Map<String, Object> expected, long samples) {
    try (DatasetFile f = DatasetFile.open(path)) {
      checkSame(path, expected, f.attributes());
      if (f.sampleCount() != samples) {
        throw new GalerkinException(path + " holds " + f.sampleCount() + " samples but " + samples
            + " were asked for; use --overwrite to regenerate it");
      }
    }
  }

  /**
   * Throws naming the first attribute whose value differs. A {@code boundary} absent from
   * {@code found} is not a difference: files of layout version 1 did not write it, and it follows
   * from the preset and its parameters, which are compared.
   */
  static void checkSame(Path path, Map<String, Object> expected, Map<String, Object> found) {
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      Object have = found.get(e.getKey());
      if (have == null && e.getKey().equals(DatasetAttributes.BOUNDARY)) {
        continue;
      }
      if (!equal(e.getValue(), have)) {
        throw new GalerkinException(path + " was generated with " + e.getKey() + " = " + show(have)
            + ", but this run asks for " + show(e.getValue()) + "; resume only the same request, or"
            + " use --overwrite or another --out");
      }
    }
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof long[] x && b instanceof long[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof double[] x && b instanceof double[] y) {
      return Arrays.equals(x, y);
    }
    return Objects.equals(a, b);
  }

  private static String show(Object v) {
    if (v instanceof long[] x) {
      return Arrays.toString(x);
    }
    if (v instanceof double[] x) {
      return Arrays.toString(x);
    }
    return v == null ? "(absent)" : v.toString();
  }
}
