package dev.galerkin.data;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.BoundaryCondition;
import java.util.List;
import java.util.Map;

/**
 * The standard provenance attributes of a dataset file, and the value types an attribute may have.
 *
 * <p>Solver parameters are stored under their own names with the prefix {@link #PARAMETER_PREFIX}
 * (for example {@code param.viscosity}), so a file lists them all without a schema.
 */
public final class DatasetAttributes {
  /** The PDE, for example {@code darcy}. */
  public static final String PDE = "pde";
  /** The random input generator and its settings, for example {@code grf(alpha=2,tau=3)}. */
  public static final String GENERATOR = "generator";
  /** The reference solver, for example {@code fv-cg-multigrid}. */
  public static final String SOLVER = "solver";
  /** The solver's stopping tolerance (relative residual), a {@code Double}. */
  public static final String SOLVER_TOLERANCE = "solver_tolerance";
  /** The resolution of the stored fields, a {@code long[]} (nodes per axis). */
  public static final String RESOLUTION = "resolution";
  /** The seed from which sample {@code i} is generated as {@code (seed, i)}, a {@code Long}. */
  public static final String SEED = "seed";
  /** The Galerkin version that wrote the data. */
  public static final String GALERKIN_VERSION = "galerkin_version";
  /** When the dataset was made, ISO-8601 UTC. */
  public static final String CREATED = "created";
  /**
   * The boundary condition of each spatial axis, comma-separated labels of
   * {@link BoundaryCondition} in axis order, for example {@code dirichlet,dirichlet}; written since
   * layout version 2. Read it with {@link #boundary(Map)} or {@link SampleSource#boundary()}.
   */
  public static final String BOUNDARY = "boundary";
  /** The prefix of solver and PDE parameters, for example {@code param.viscosity}. */
  public static final String PARAMETER_PREFIX = "param.";

  private DatasetAttributes() {}

  /**
   * @param attributes a dataset's attributes, not modified
   * @return the boundary condition of each spatial axis from {@link #BOUNDARY}, empty when the
   *     attribute is absent (unknown); throws naming the attribute when it does not parse
   */
  public static List<BoundaryCondition> boundary(Map<String, ?> attributes) {
    Object v = attributes.get(BOUNDARY);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof String s)) {
      throw new GalerkinException("attribute '" + BOUNDARY + "' = " + v + " is not text; write"
          + " comma-separated labels such as periodic,periodic");
    }
    try {
      return BoundaryCondition.parseAxes(s);
    } catch (GalerkinException e) {
      throw new GalerkinException("attribute '" + BOUNDARY + "' = '" + s + "': " + e.getMessage());
    }
  }

  /**
   * Checks an attribute value and brings it to one of the stored types: {@code String},
   * {@code Long}, {@code Double}, {@code long[]}, {@code double[]}.
   *
   * @param key the attribute name (an identifier)
   * @param value the value to check
   * @return the value in its stored type
   */
  public static Object normalise(String key, Object value) {
    if (key == null || key.isEmpty()) {
      throw new GalerkinException("attribute key must be a non-empty string");
    }
    if (value instanceof String || value instanceof Long || value instanceof Double) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof long[] a) {
      return a.clone();
    }
    if (value instanceof int[] a) {
      long[] l = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        l[i] = a[i];
      }
      return l;
    }
    if (value instanceof double[] a) {
      return a.clone();
    }
    throw new GalerkinException("attribute '" + key + "' has a value of type "
        + (value == null ? "null" : value.getClass().getSimpleName())
        + "; use String, long, double, long[] or double[]");
  }
}
