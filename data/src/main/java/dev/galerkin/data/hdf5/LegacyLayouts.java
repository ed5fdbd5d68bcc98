package dev.galerkin.data.hdf5;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.meshes.BoundaryCondition;
import java.util.List;
import java.util.Map;

/**
 * What older dataset layouts did not record, inferred where the file says enough. Layout version 1
 * (before issue 9) had no {@link DatasetAttributes#BOUNDARY} attribute; a file written by a preset
 * names it in its {@code preset} attribute, and each preset's boundary is fixed.
 */
final class LegacyLayouts {
  /** The attribute the generator writes with the preset's name. */
  static final String PRESET = "preset";

  private static final Map<String, List<BoundaryCondition>> PRESET_BOUNDARY = Map.of(
      "darcy", List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.DIRICHLET),
      "burgers", List.of(BoundaryCondition.PERIODIC),
      "diffusion-reaction", List.of(BoundaryCondition.PERIODIC),
      "navier-stokes", List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC),
      "antiderivative", List.of(BoundaryCondition.OPEN),
      "pendulum", List.of(BoundaryCondition.OPEN));

  private LegacyLayouts() {}

  /**
   * @param version the file's {@link Hdf5Format#FORMAT_VERSION}
   * @param attributes its root attributes, not modified
   * @return the boundary the file records, or for a version-1 file the one of its preset, or empty
   *     (unknown)
   */
  static List<BoundaryCondition> boundary(long version, Map<String, Object> attributes) {
    if (attributes.containsKey(DatasetAttributes.BOUNDARY) || version >= 2) {
      return DatasetAttributes.boundary(attributes);
    }
    Object preset = attributes.get(PRESET);
    return preset == null ? List.of() : PRESET_BOUNDARY.getOrDefault(preset.toString(), List.of());
  }
}
