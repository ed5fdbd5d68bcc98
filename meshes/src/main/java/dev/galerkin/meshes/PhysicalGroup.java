package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;

/**
 * A named set of mesh entities, as Gmsh's {@code $PhysicalNames} section declares it: boundary
 * edges carry the tag of a 1-dimensional group ({@code "hole"}, {@code "left"}), triangles the tag
 * of a 2-dimensional group ({@code "plate"}). Boundary conditions and material regions are attached
 * by these names.
 *
 * @param dimension 1 for a group of boundary edges, 2 for a group of triangles
 * @param tag the group's positive integer tag, unique within its dimension
 * @param name the group's name, not blank
 */
public record PhysicalGroup(int dimension, int tag, String name) {

  /** Validates the dimension, tag and name. */
  public PhysicalGroup {
    if (dimension != 1 && dimension != 2) {
      throw new GalerkinException(
          "PhysicalGroup.dimension is " + dimension + "; use 1 (edges) or 2 (triangles)");
    }
    if (tag <= 0) {
      throw new GalerkinException(
          "PhysicalGroup.tag is " + tag + " for \"" + name + "\"; tags are positive integers");
    }
    if (name == null || name.isBlank()) {
      throw new GalerkinException(
          "PhysicalGroup " + dimension + "/" + tag + " has no name; give it a non-blank name");
    }
  }
}
