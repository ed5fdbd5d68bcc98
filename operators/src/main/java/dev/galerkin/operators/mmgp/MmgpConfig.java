package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import java.util.List;

/**
 * The settings of an MMGP fit (Casenave et al., NeurIPS 2023): which training sample's mesh is
 * the common mesh, how many POD modes describe the geometry and each field (the paper's
 * supplement uses 8 and 8), the Gaussian processes' restarts and seed, and the scalar inputs that
 * join the geometry's coefficients as GP inputs.
 *
 * @param reference the training sample whose mesh is the common mesh, {@code >= 0}, or {@link
 *     #AUTO}: the shape whose boundary lies closest to the others' (the smallest mean boundary
 *     displacement to up to 24 of them, among up to 24 candidates), so the morphings stay small
 * @param geometryModes POD modes of the morphed coordinates, {@code >= 1} (capped at samples − 1)
 * @param fieldModes POD modes of each nodal output, {@code >= 1} (capped at samples − 1)
 * @param restarts random restarts of each GP's hyperparameter search, {@code >= 0}
 * @param seed seeds the restarts
 * @param inputs the scalar inputs used besides the geometry, in order (may be empty)
 */
public record MmgpConfig(int reference, int geometryModes, int fieldModes, int restarts, long seed,
    List<String> inputs) {
  /** {@link #reference()} value that lets the fit choose the common mesh. */
  public static final int AUTO = -1;

  /** Validates the fields. */
  public MmgpConfig {
    if (reference < AUTO) {
      throw new GalerkinException("mmgp --reference = " + reference + "; give a training sample"
          + " index >= 0, or auto");
    }
    if (geometryModes < 1 || fieldModes < 1) {
      throw new GalerkinException("mmgp --geometry-modes = " + geometryModes + ", --field-modes = "
          + fieldModes + "; each must be at least 1");
    }
    if (restarts < 0) {
      throw new GalerkinException("mmgp --restarts = " + restarts + "; give 0 or more");
    }
    inputs = List.copyOf(inputs);
  }

  /**
   * @param inputs the scalar inputs besides the geometry
   * @return sample 0 as the common mesh, 8 geometry and 8 field modes, 5 restarts, seed 0
   */
  public static MmgpConfig defaults(List<String> inputs) {
    return new MmgpConfig(0, 8, 8, 5, 0, inputs);
  }
}
