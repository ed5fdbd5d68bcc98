package dev.galerkin.solvers.presets;

import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetRecipe;
import java.util.List;
import java.util.Map;

/**
 * A grid dataset preset as a plug-in ({@link Preset}): its name, what it computes and after which paper, the options it
 * takes (declared without any command-line library, see {@link OptionSpec}) and how it builds its
 * {@link DatasetRecipe} from their values. {@link PresetCatalog} lists them; {@code galerkin
 * generate PRESET} is derived from that list, one subcommand per preset with exactly these options
 * plus the generation options every preset shares ({@code --samples}, {@code --out} …).
 *
 * <pre>{@code
 * PresetFactory darcy = PresetCatalog.find("darcy");
 * DatasetRecipe recipe = darcy.create(Map.of("resolution", "85", "stride", "2"));
 * }</pre>
 */
public interface PresetFactory extends Preset {

  /**
   * @param values values of {@link #options()}, checked
   * @return the recipe; throws a one-line {@link dev.galerkin.GalerkinException} naming a bad value
   */
  DatasetRecipe create(OptionValues values);

  /**
   * @param values option name → value as text; options not given take their defaults
   * @return the recipe
   */
  default DatasetRecipe create(Map<String, String> values) {
    return create(OptionValues.of(options(), values));
  }
}
