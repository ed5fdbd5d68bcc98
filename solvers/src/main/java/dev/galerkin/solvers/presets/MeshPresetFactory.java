package dev.galerkin.solvers.presets;

import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.MeshDatasetRecipe;
import java.util.Map;

/**
 * A preset whose samples each have their own mesh (a family of shapes): as {@link PresetFactory},
 * but it builds a {@link MeshDatasetRecipe}. {@link PresetCatalog#meshPresets()} lists them, and
 * {@code galerkin generate NAME} runs them like the grid presets, writing one mesh dataset file.
 */
public interface MeshPresetFactory extends Preset {

  /**
   * @param values values of {@link #options()}, checked
   * @return the recipe; throws a one-line {@link dev.galerkin.GalerkinException} naming a bad value
   */
  MeshDatasetRecipe create(OptionValues values);

  /**
   * @param values option name → value as text; options not given take their defaults
   * @return the recipe
   */
  default MeshDatasetRecipe create(Map<String, String> values) {
    return create(OptionValues.of(options(), values));
  }
}
