package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;
import java.util.List;

/**
 * A boundary or initial condition on named boundary pieces of the geometry (see
 * {@link dev.galerkin.operators.physics.geometry.Geometry#boundaryNames()}, {@code "all"} for
 * every spatial piece), each a mean-squared term of the loss.
 */
public sealed interface Condition {

  /** @return a short label for the history, for example {@code dirichlet[all]} */
  String label();

  /** @return the boundary pieces it holds on */
  List<String> boundaries();

  /** {@code u = g} on the pieces. */
  record Dirichlet(List<String> boundaries, PointFunction g) implements Condition {
    /** Validates. */
    public Dirichlet {
      boundaries = names(boundaries);
      nonNull(g, "dirichlet g");
    }

    @Override
    public String label() {
      return "dirichlet" + boundaries;
    }
  }

  /** {@code ∂u/∂n = g} (outward normal, spatial coordinates) on the pieces. */
  record Neumann(List<String> boundaries, PointFunction g) implements Condition {
    /** Validates. */
    public Neumann {
      boundaries = names(boundaries);
      nonNull(g, "neumann g");
    }

    @Override
    public String label() {
      return "neumann" + boundaries;
    }
  }

  /**
   * {@code ∂u/∂(derivative) = g} on the pieces, for a named derivative such as {@code "t"} (the
   * initial velocity of a wave equation) or {@code "x"}.
   */
  record Derivative(List<String> boundaries, String derivative, PointFunction g) implements Condition {
    /** Validates. */
    public Derivative {
      boundaries = names(boundaries);
      nonNull(derivative, "derivative condition's derivative");
      nonNull(g, "derivative condition g");
    }

    @Override
    public String label() {
      return "d" + derivative + boundaries;
    }
  }

  /** {@code u(x, t0) = g(x, t0)} on the piece {@code initial} of a space-time domain. */
  record Initial(PointFunction g) implements Condition {
    /** Validates. */
    public Initial {
      nonNull(g, "initial g");
    }

    @Override
    public List<String> boundaries() {
      return List.of("initial");
    }

    @Override
    public String label() {
      return "initial";
    }
  }

  /**
   * {@code u(low) = u(high)} (and, with {@code derivative}, {@code ∂u/∂c} too) between two opposite
   * pieces, matched by the other coordinates: points sampled on {@code low} and moved along the
   * coordinate {@code coordinate} onto {@code high}.
   */
  record Periodic(String coordinate, String low, String high, boolean derivative) implements Condition {
    /** Validates. */
    public Periodic {
      if (coordinate == null || coordinate.length() != 1) {
        throw new GalerkinException("periodic: coordinate must be one letter, got '" + coordinate + "'");
      }
      nonNull(low, "periodic low");
      nonNull(high, "periodic high");
      if (low.equals(high)) {
        throw new GalerkinException("periodic: low and high must be different pieces, got '" + low + "' twice");
      }
    }

    @Override
    public List<String> boundaries() {
      return List.of(low, high);
    }

    @Override
    public String label() {
      return "periodic[" + low + "~" + high + "]";
    }
  }

  /** @return {@code u = g} on {@code boundaries} */
  static Condition dirichlet(PointFunction g, String... boundaries) {
    return new Dirichlet(List.of(boundaries), g);
  }

  /** @return {@code ∂u/∂n = g} on {@code boundaries} */
  static Condition neumann(PointFunction g, String... boundaries) {
    return new Neumann(List.of(boundaries), g);
  }

  /** @return {@code ∂u/∂(derivative) = g} on {@code boundaries} */
  static Condition derivative(String derivative, PointFunction g, String... boundaries) {
    return new Derivative(List.of(boundaries), derivative, g);
  }

  /** @return {@code u(x, t0) = g} */
  static Condition initial(PointFunction g) {
    return new Initial(g);
  }

  /** @return {@code u} and {@code ∂u/∂coordinate} equal on {@code low} and {@code high} */
  static Condition periodic(String coordinate, String low, String high) {
    return new Periodic(coordinate, low, high, true);
  }

  private static List<String> names(List<String> b) {
    if (b == null || b.isEmpty()) {
      throw new GalerkinException("a condition needs at least one boundary name (or \"all\")");
    }
    return List.copyOf(b);
  }

  private static void nonNull(Object o, String what) {
    if (o == null) {
      throw new GalerkinException(what + " must not be null");
    }
  }
}
