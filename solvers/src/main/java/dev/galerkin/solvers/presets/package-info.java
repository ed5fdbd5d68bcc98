/**
 * The published dataset setups as {@link dev.galerkin.solvers.generate.DatasetRecipe}s, each a
 * record of its parameters with the paper's values as a factory method and the paper cited in its
 * Javadoc; each declares its options ({@code OPTIONS}, {@link dev.galerkin.options.OptionSpec}) and
 * builds from their values ({@code from(OptionValues)}), so {@link
 * dev.galerkin.solvers.presets.PresetCatalog} lists them as {@link
 * dev.galerkin.solvers.presets.PresetFactory} plug-ins and {@code galerkin generate PRESET} is
 * derived from that list.
 */
package dev.galerkin.solvers.presets;
