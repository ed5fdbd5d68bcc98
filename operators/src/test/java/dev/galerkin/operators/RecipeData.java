package dev.galerkin.operators;

import dev.galerkin.data.Dataset;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;

/** Small datasets made in memory from a solver preset, for training tests. */
public final class RecipeData {
  private RecipeData() {}

  /** @return {@code n} samples of {@code recipe} from {@code seed}, in float32 */
  public static Dataset make(DatasetRecipe recipe, int n, long seed) {
    return DatasetGenerator.builder(recipe).samples(n).seed(seed).build().inMemory();
  }
}
