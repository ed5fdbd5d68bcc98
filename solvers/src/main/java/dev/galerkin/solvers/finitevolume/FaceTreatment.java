package dev.galerkin.solvers.finitevolume;

/**
 * What a {@link FiniteVolumeScheme} reconstructs and how it turns reconstructed face states into
 * fluxes and sources. The scheme fills ghost cells, converts every cell to {@code r} reconstruction
 * variables ({@link #toReconstructed}), reconstructs them to both sides of each face with a limited
 * MUSCL slope, and asks this treatment for the flux leaving the left cell and the flux entering the
 * right one ({@link #faceFluxes}; equal for a conservative scheme, different by a non-conservative
 * correction for well-balanced ones) and for a cell source from the cell's own face values ({@link
 * #cellSource}). {@link ConservativeFaces} is the plain conservative choice; the shallow-water
 * hydrostatic reconstruction is another. Implementations may keep work arrays: one per thread.
 */
public interface FaceTreatment {

  /** @return the number {@code r} of reconstructed variables per cell */
  int reconstructedVariables();

  /**
   * @param q the padded state, {@code m} values per cell, not modified
   * @param cell the padded cell index (to look up auxiliary fields such as a bathymetry)
   * @param w the reconstruction variables of that cell, {@code r} values from {@code cell * r};
   *     modified
   */
  void toReconstructed(double[] q, int cell, double[] w);

  /**
   * @param axis 0 (x) or 1 (y): the face normal
   * @param left reconstructed variables on the low side of the face, {@code r} values, not modified
   * @param right reconstructed variables on the high side, not modified
   * @param toLeft the flux leaving the low-side cell through the face, {@code m} values; modified
   * @param toRight the flux entering the high-side cell through the face, {@code m} values;
   *     modified
   */
  void faceFluxes(int axis, double[] left, double[] right, double[] toLeft, double[] toRight);

  /** @return whether {@link #cellSource} contributes (false, the default, skips the call) */
  default boolean hasCellSource() {
    return false;
  }

  /**
   * @param axis 0 (x) or 1 (y)
   * @param low the cell's reconstructed variables at its low face along {@code axis}, not modified
   * @param high those at its high face, not modified
   * @param width the cell width along {@code axis}
   * @param source the source of this axis, per unit volume, {@code m} values; modified (by
   *     default to zeros)
   */
  default void cellSource(int axis, double[] low, double[] high, double width, double[] source) {
    java.util.Arrays.fill(source, 0);
  }
}
