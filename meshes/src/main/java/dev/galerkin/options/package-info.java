/**
 * Options of plug-ins (model families, dataset presets) declared without a command-line library:
 * {@link dev.galerkin.options.OptionSpec} says what an option is, {@link
 * dev.galerkin.options.OptionValues} holds checked values. The {@code cli} module builds picocli
 * options from the declarations; Java callers give the same names in a map.
 */
package dev.galerkin.options;
