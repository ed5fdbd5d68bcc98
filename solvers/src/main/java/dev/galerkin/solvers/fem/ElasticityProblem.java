package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Linear elasticity in the plane on a {@link TriangleMesh}:
 *
 * <pre>
 *   −∇·σ(u) = b              in Ω,   σ = D ε(u),  ε = ½(∇u + ∇uᵀ)
 *       u_x = g_x             on the groups given to {@link Builder#fixX}
 *       u_y = g_y             on the groups given to {@link Builder#fixY}
 *       σ n = t               on the traction groups (n the outward unit normal)
 * </pre>
 *
 * Boundary edges in no group are traction free. A component fixed on a node wins over a
 * traction there. {@code D} is that of the {@link ElasticMaterial} (plane stress or plane strain).
 * Units are the user's, consistent: SI gives {@code u} in m, {@code σ} and {@code t} in Pa, {@code
 * b} in N/m³ (in plane stress everything is per unit thickness).
 *
 * <p>The conditions must remove the rigid motions (two translations and the rotation); {@link
 * Builder#build()} insists on at least one condition on each component, symmetry conditions such
 * as {@code fixX("symmetry_y")} and {@code fixY("symmetry_x")} on two perpendicular lines do the
 * rest.
 */
public final class ElasticityProblem {
  private final TriangleMesh mesh;
  private final ElasticMaterial material;
  private final VectorFunction bodyForce;
  private final Map<String, DoubleBinaryOperator> fixX;
  private final Map<String, DoubleBinaryOperator> fixY;
  private final Map<String, VectorFunction> traction;

  private ElasticityProblem(Builder b) {
    mesh = b.mesh;
    material = b.material;
    bodyForce = b.bodyForce;
    fixX = Collections.unmodifiableMap(new LinkedHashMap<>(b.fixX));
    fixY = Collections.unmodifiableMap(new LinkedHashMap<>(b.fixY));
    traction = Collections.unmodifiableMap(new LinkedHashMap<>(b.traction));
  }

  /**
   * @param mesh the mesh, not null
   * @param material the material, not null
   * @return a builder with no body force and no conditions yet
   */
  public static Builder builder(TriangleMesh mesh, ElasticMaterial material) {
    return new Builder(mesh, material);
  }

  /** @return the mesh */
  public TriangleMesh mesh() {
    return mesh;
  }

  /** @return the material */
  public ElasticMaterial material() {
    return material;
  }

  /** @return the body force {@code b} */
  public VectorFunction bodyForce() {
    return bodyForce;
  }

  /** @return prescribed {@code u_x} by group name, unmodifiable */
  public Map<String, DoubleBinaryOperator> fixX() {
    return fixX;
  }

  /** @return prescribed {@code u_y} by group name, unmodifiable */
  public Map<String, DoubleBinaryOperator> fixY() {
    return fixY;
  }

  /** @return prescribed tractions {@code σ n} by group name, unmodifiable */
  public Map<String, VectorFunction> traction() {
    return traction;
  }

  /** Collects the data of an {@link ElasticityProblem}. */
  public static final class Builder {
    private final TriangleMesh mesh;
    private final ElasticMaterial material;
    private VectorFunction bodyForce = (x, y) -> new double[2];
    private final Map<String, DoubleBinaryOperator> fixX = new LinkedHashMap<>();
    private final Map<String, DoubleBinaryOperator> fixY = new LinkedHashMap<>();
    private final Map<String, VectorFunction> traction = new LinkedHashMap<>();

    private Builder(TriangleMesh mesh, ElasticMaterial material) {
      if (mesh == null || material == null) {
        throw new GalerkinException("ElasticityProblem: the mesh and the material must not be null");
      }
      this.mesh = mesh;
      this.material = material;
    }

    /**
     * @param b the body force per unit volume {@code (b_x, b_y)}
     * @return this builder
     */
    public Builder bodyForce(VectorFunction b) {
      this.bodyForce = require(b, "bodyForce");
      return this;
    }

    /**
     * @param group a boundary group's name
     * @param g the prescribed {@code u_x(x, y)} on it
     * @return this builder
     */
    public Builder fixX(String group, DoubleBinaryOperator g) {
      fixX.put(group, require(g, "fixX(" + group + ")"));
      return this;
    }

    /**
     * @param group a boundary group's name on which {@code u_x = 0} (a symmetry line {@code x =
     *     const})
     * @return this builder
     */
    public Builder fixX(String group) {
      return fixX(group, (x, y) -> 0.0);
    }

    /**
     * @param group a boundary group's name
     * @param g the prescribed {@code u_y(x, y)} on it
     * @return this builder
     */
    public Builder fixY(String group, DoubleBinaryOperator g) {
      fixY.put(group, require(g, "fixY(" + group + ")"));
      return this;
    }

    /**
     * @param group a boundary group's name on which {@code u_y = 0} (a symmetry line {@code y =
     *     const})
     * @return this builder
     */
    public Builder fixY(String group) {
      return fixY(group, (x, y) -> 0.0);
    }

    /**
     * @param group a boundary group's name
     * @param t the traction {@code σ n = (t_x, t_y)} on it
     * @return this builder
     */
    public Builder traction(String group, VectorFunction t) {
      traction.put(group, require(t, "traction(" + group + ")"));
      return this;
    }

    private static <T> T require(T value, String what) {
      if (value == null) {
        throw new GalerkinException("ElasticityProblem." + what + " is null");
      }
      return value;
    }

    /**
     * @return the validated problem
     * @throws GalerkinException if a group is missing (naming those the mesh has) or has no
     *     edges, or a component is fixed nowhere (the rigid translation would be free)
     */
    public ElasticityProblem build() {
      if (fixX.isEmpty() || fixY.isEmpty()) {
        throw new GalerkinException(
            "ElasticityProblem fixes u_x on " + fixX.keySet() + " and u_y on " + fixY.keySet()
                + "; fix each component on at least one group to remove the rigid motions");
      }
      for (Map<String, ?> m : java.util.List.of(fixX, fixY, traction)) {
        for (String g : m.keySet()) {
          PoissonProblem.requireEdges(mesh, g, "ElasticityProblem");
        }
      }
      return new ElasticityProblem(this);
    }
  }
}
