package dev.galerkin.data.mesh;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Field;
import dev.galerkin.data.FieldRole;

/**
 * The declaration of one quantity of a {@link MeshDataset}: its name, whether it is an input or an
 * output, and where it lives — one value per sample ({@link Location#SCALAR}: a load, a hole
 * radius, the maximum von Mises stress) or {@code components} values per node of the sample's own
 * mesh ({@link Location#NODE}: a displacement with 2 components, a von Mises stress with 1).
 *
 * <p>A nodal value array of a sample with {@code n} nodes has length {@code n * components}, node
 * major: {@code values[node * components + c]}.
 *
 * @param name an identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), the HDF5 dataset name
 * @param role {@link FieldRole#INPUT} or {@link FieldRole#OUTPUT}
 * @param location one value per sample or per node
 * @param components values per location, {@code >= 1} (1 for a scalar)
 */
public record MeshFieldSpec(String name, FieldRole role, Location location, int components) {

  /** Where a quantity lives. */
  public enum Location {
    /** One value (or {@code components} values) per sample. */
    SCALAR,
    /** {@code components} values per node of the sample's mesh. */
    NODE;

    /** @return the lower-case label stored in files: {@code scalar} or {@code node} */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param label {@code scalar} or {@code node}
     * @return the location
     */
    public static Location fromLabel(String label) {
      for (Location l : values()) {
        if (l.label().equals(label)) {
          return l;
        }
      }
      throw new GalerkinException(
          "mesh field location '" + label + "' is unknown; expected scalar or node");
    }
  }

  /** Validates the name, role and component count. */
  public MeshFieldSpec {
    Field.checkName(name);
    if (role == null || !role.perSample()) {
      throw new GalerkinException(
          "mesh field '" + name + "' has role " + role + "; a mesh dataset holds inputs and"
              + " outputs (its coordinates are the meshes themselves)");
    }
    if (location == null) {
      throw new GalerkinException("mesh field '" + name + "' has no location; give scalar or node");
    }
    if (components < 1) {
      throw new GalerkinException(
          "mesh field '" + name + "' has " + components + " components; give at least 1");
    }
  }

  /**
   * @param nodes the node count of the sample's mesh
   * @return the length of this quantity's value array for that sample
   */
  public int length(int nodes) {
    return location == Location.SCALAR ? components : nodes * components;
  }
}
