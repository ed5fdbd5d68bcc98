/**
 * Rich notebook output for Galerkin: {@link dev.galerkin.display.Show} turns figures
 * ({@code data.plot}), training histories and evaluation reports into
 * {@link dev.galerkin.display.Rich} MIME bundles that IJava's and Galerkin's kernel's
 * {@code display(obj)} render (jupyter-jvm-basekernel's {@code DisplayDataRenderable}).
 */
package dev.galerkin.display;
