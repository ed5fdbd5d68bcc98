package dev.galerkin.solvers.fem;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * A scalar elliptic boundary-value problem on a {@link TriangleMesh}:
 *
 * <pre>
 *   −∇·(κ ∇u) = f        in Ω
 *            u = g        on the Dirichlet groups
 *     κ ∂u/∂n = h        on the Neumann groups (n the outward unit normal)
 * </pre>
 *
 * Boundary groups are named by their {@link dev.galerkin.meshes.PhysicalGroup} name; boundary
 * edges in no group are natural ({@code κ ∂u/∂n = 0}). A node on both a Dirichlet and a Neumann
 * group is a Dirichlet node. The coefficient {@code κ > 0} is a function or one value per
 * triangle (the piecewise-constant inputs of datasets). Units are the user's, consistent: with
 * {@code u} in K and {@code κ} in W/(m K), {@code f} is W/m³ and {@code h} W/m².
 *
 * <p>Build with {@link #builder(TriangleMesh)}; {@link Builder#build()} checks every group name
 * against the mesh, and a per-triangle {@code κ} for length, sign and finiteness.
 */
public final class PoissonProblem {
  private final TriangleMesh mesh;
  private final DoubleBinaryOperator kappaFunction;
  private final double[] kappaPerTriangle;
  private final DoubleBinaryOperator source;
  private final Map<String, DoubleBinaryOperator> dirichlet;
  private final Map<String, DoubleBinaryOperator> neumann;

  private PoissonProblem(Builder b) {
    mesh = b.mesh;
    kappaFunction = b.kappaFunction;
    kappaPerTriangle = b.kappaPerTriangle;
    source = b.source;
    dirichlet = Collections.unmodifiableMap(new LinkedHashMap<>(b.dirichlet));
    neumann = Collections.unmodifiableMap(new LinkedHashMap<>(b.neumann));
  }

  /**
   * @param mesh the mesh, not null
   * @return a builder with {@code κ = 1}, {@code f = 0} and no boundary conditions yet
   */
  public static Builder builder(TriangleMesh mesh) {
    return new Builder(mesh);
  }

  /** @return the mesh */
  public TriangleMesh mesh() {
    return mesh;
  }

  /** @return the coefficient as a function, or null if it is given per triangle */
  public DoubleBinaryOperator kappaFunction() {
    return kappaFunction;
  }

  /** @return a copy of the per-triangle coefficient, or null if it is a function */
  public double[] kappaPerTriangle() {
    return kappaPerTriangle == null ? null : kappaPerTriangle.clone();
  }

  double kappaOfTriangle(int t) {
    return kappaPerTriangle[t];
  }

  /** @return the source {@code f} */
  public DoubleBinaryOperator source() {
    return source;
  }

  /** @return Dirichlet data {@code g} by group name, in the order given, unmodifiable */
  public Map<String, DoubleBinaryOperator> dirichlet() {
    return dirichlet;
  }

  /** @return Neumann data {@code h} by group name, in the order given, unmodifiable */
  public Map<String, DoubleBinaryOperator> neumann() {
    return neumann;
  }

  /** Collects the data of a {@link PoissonProblem}. */
  public static final class Builder {
    private final TriangleMesh mesh;
    private DoubleBinaryOperator kappaFunction = (x, y) -> 1.0;
    private double[] kappaPerTriangle;
    private DoubleBinaryOperator source = (x, y) -> 0.0;
    private final Map<String, DoubleBinaryOperator> dirichlet = new LinkedHashMap<>();
    private final Map<String, DoubleBinaryOperator> neumann = new LinkedHashMap<>();

    private Builder(TriangleMesh mesh) {
      if (mesh == null) {
        throw new GalerkinException("PoissonProblem: the mesh is null");
      }
      this.mesh = mesh;
    }

    /**
     * @param kappa {@code κ(x, y) > 0}, checked at every quadrature point during assembly
     * @return this builder
     */
    public Builder kappa(DoubleBinaryOperator kappa) {
      this.kappaFunction = require(kappa, "kappa");
      this.kappaPerTriangle = null;
      return this;
    }

    /**
     * @param kappa one value {@code κ_t > 0} per triangle, copied
     * @return this builder
     */
    public Builder kappa(double[] kappa) {
      this.kappaPerTriangle = require(kappa, "kappa").clone();
      this.kappaFunction = null;
      return this;
    }

    /**
     * @param f the source term
     * @return this builder
     */
    public Builder source(DoubleBinaryOperator f) {
      this.source = require(f, "source");
      return this;
    }

    /**
     * @param group a boundary group's name
     * @param g the prescribed value {@code u = g(x, y)} on it
     * @return this builder
     */
    public Builder dirichlet(String group, DoubleBinaryOperator g) {
      dirichlet.put(group, require(g, "dirichlet(" + group + ")"));
      return this;
    }

    /**
     * @param group a boundary group's name
     * @param h the prescribed flux {@code κ ∂u/∂n = h(x, y)} on it (outward normal)
     * @return this builder
     */
    public Builder neumann(String group, DoubleBinaryOperator h) {
      neumann.put(group, require(h, "neumann(" + group + ")"));
      return this;
    }

    private static <T> T require(T value, String what) {
      if (value == null) {
        throw new GalerkinException("PoissonProblem." + what + " is null");
      }
      return value;
    }

    /**
     * @return the validated problem
     * @throws GalerkinException if a group is missing (naming those the mesh has) or has no
     *     edges, there is no Dirichlet group (the problem would be singular), or a per-triangle
     *     {@code κ} has the wrong length or a value that is not finite and positive (naming the
     *     triangle)
     */
    public PoissonProblem build() {
      if (dirichlet.isEmpty()) {
        throw new GalerkinException(
            "PoissonProblem has no Dirichlet group; give at least one (pure Neumann is singular)");
      }
      for (String g : dirichlet.keySet()) {
        requireEdges(mesh, g, "PoissonProblem");
      }
      for (String g : neumann.keySet()) {
        requireEdges(mesh, g, "PoissonProblem");
      }
      if (kappaPerTriangle != null) {
        if (kappaPerTriangle.length != mesh.triangleCount()) {
          throw new GalerkinException(
              "PoissonProblem.kappa has " + kappaPerTriangle.length + " values for "
                  + mesh.triangleCount() + " triangles; give one per triangle");
        }
        for (int t = 0; t < kappaPerTriangle.length; t++) {
          checkKappa(kappaPerTriangle[t], t, mesh);
        }
      }
      return new PoissonProblem(this);
    }
  }

  /** Throws unless the mesh has the boundary group and it holds at least one edge. */
  static void requireEdges(TriangleMesh mesh, String group, String who) {
    if (mesh.edgesTagged(group).length == 0) {
      throw new GalerkinException(
          who + ": boundary group \"" + group + "\" has no edges in the mesh; a condition on it"
              + " would impose nothing");
    }
  }

  static void checkKappa(double k, int t, TriangleMesh mesh) {
    if (!(k > 0) || !Double.isFinite(k)) {
      int a = mesh.triangleNode(t, 0);
      throw new GalerkinException(
          "PoissonProblem.kappa = " + k + " at triangle " + t + " (corner (" + mesh.x(a) + ", "
              + mesh.y(a) + ")); kappa must be finite and > 0");
    }
  }
}
