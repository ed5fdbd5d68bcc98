package dev.galerkin.operators.physics.jet;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which partial derivatives a {@link Jet} carries, with respect to named coordinates of one letter
 * each (for example {@code "xy"} or {@code "xt"}): first derivatives {@code ∂/∂x_i} and second
 * derivatives {@code ∂²/∂x_i∂x_j} (mixed ones included). Orders above two are not supported.
 *
 * <p>A derivative is written as the letters of its coordinates: {@code "x"} is {@code ∂u/∂x},
 * {@code "xx"} is {@code ∂²u/∂x²}, {@code "xt"} (= {@code "tx"}) is {@code ∂²u/∂x∂t}. The set is
 * closed under the chain rule: carrying {@code "xt"} carries {@code "x"} and {@code "t"} too,
 * because forward mode needs them ({@code a_ij = σ''(z) z_i z_j + σ'(z) z_ij}). Immutable.
 */
public final class DerivativeSet {
  private final String coordinates;
  private final boolean[] first;
  private final boolean[][] second;

  private DerivativeSet(String coordinates, boolean[] first, boolean[][] second) {
    this.coordinates = coordinates;
    this.first = first;
    this.second = second;
  }

  /**
   * @param coordinates the coordinate letters in input order, distinct, for example {@code "xy"}
   * @param derivatives derivative names such as {@code "x"}, {@code "xx"}, {@code "xy"}
   * @return the closed set
   */
  public static DerivativeSet of(String coordinates, Collection<String> derivatives) {
    checkCoordinates(coordinates);
    int d = coordinates.length();
    boolean[] f = new boolean[d];
    boolean[][] s = new boolean[d][d];
    for (String name : derivatives) {
      int[] ax = axes(coordinates, name);
      if (ax.length == 1) {
        f[ax[0]] = true;
      } else {
        f[ax[0]] = true;
        f[ax[1]] = true;
        s[ax[0]][ax[1]] = true;
        s[ax[1]][ax[0]] = true;
      }
    }
    return new DerivativeSet(coordinates, f, s);
  }

  /** @return the set with only the value (no derivatives) */
  public static DerivativeSet valueOnly(String coordinates) {
    return of(coordinates, List.of());
  }

  /** @return every first and second derivative */
  public static DerivativeSet all(String coordinates, int order) {
    checkCoordinates(coordinates);
    if (order < 0 || order > 2) {
      throw new GalerkinException("derivative order must be 0, 1 or 2, got " + order);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < coordinates.length(); i++) {
      if (order >= 1) {
        names.add(String.valueOf(coordinates.charAt(i)));
      }
      for (int j = i; order == 2 && j < coordinates.length(); j++) {
        names.add("" + coordinates.charAt(i) + coordinates.charAt(j));
      }
    }
    return of(coordinates, names);
  }

  /**
   * @param coordinates coordinate letters
   * @param name a derivative name
   * @return its axes (1 or 2, the second order ones sorted)
   */
  public static int[] axes(String coordinates, String name) {
    if (name == null || name.isEmpty() || name.length() > 2) {
      throw new GalerkinException("derivative '" + name + "': give 1 or 2 coordinate letters of '"
          + coordinates + "' (for example \"x\" or \"xx\"); orders above 2 are not supported");
    }
    int[] ax = new int[name.length()];
    for (int k = 0; k < ax.length; k++) {
      ax[k] = coordinates.indexOf(name.charAt(k));
      if (ax[k] < 0) {
        throw new GalerkinException("derivative '" + name + "': '" + name.charAt(k)
            + "' is not a coordinate; the coordinates are '" + coordinates + "'");
      }
    }
    if (ax.length == 2 && ax[0] > ax[1]) {
      return new int[] {ax[1], ax[0]};
    }
    return ax;
  }

  private static void checkCoordinates(String c) {
    if (c == null || c.isEmpty()) {
      throw new GalerkinException("coordinates must be one or more letters, got '" + c + "'");
    }
    for (int i = 0; i < c.length(); i++) {
      if (!Character.isLetter(c.charAt(i)) || c.indexOf(c.charAt(i)) != i) {
        throw new GalerkinException("coordinates must be distinct letters, got '" + c + "'");
      }
    }
  }

  /** @return the coordinate letters */
  public String coordinates() {
    return coordinates;
  }

  /** @return the number of coordinates */
  public int dimension() {
    return coordinates.length();
  }

  /** @return whether {@code ∂/∂x_i} is carried */
  public boolean hasFirst(int i) {
    return first[i];
  }

  /** @return whether {@code ∂²/∂x_i∂x_j} is carried */
  public boolean hasSecond(int i, int j) {
    return second[i][j];
  }

  /** @return whether derivative {@code name} is carried */
  public boolean contains(String name) {
    int[] ax = axes(coordinates, name);
    return ax.length == 1 ? first[ax[0]] : second[ax[0]][ax[1]];
  }

  /** @return whether any second derivative is carried */
  public boolean hasSecondOrder() {
    for (boolean[] row : second) {
      for (boolean b : row) {
        if (b) {
          return true;
        }
      }
    }
    return false;
  }

  /** @return the union of this set and {@code other} (same coordinates) */
  public DerivativeSet union(DerivativeSet other) {
    if (!coordinates.equals(other.coordinates)) {
      throw new GalerkinException("derivative sets over '" + coordinates + "' and '"
          + other.coordinates + "' cannot be joined");
    }
    List<String> n = new ArrayList<>(names());
    n.addAll(other.names());
    return of(coordinates, n);
  }

  /** @return the carried derivative names, first order then second, for example {@code [x, y, xx, yy]} */
  public List<String> names() {
    List<String> n = new ArrayList<>();
    int d = dimension();
    for (int i = 0; i < d; i++) {
      if (first[i]) {
        n.add(String.valueOf(coordinates.charAt(i)));
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        if (second[i][j]) {
          n.add("" + coordinates.charAt(i) + coordinates.charAt(j));
        }
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DerivativeSet s && s.coordinates.equals(coordinates) && s.names().equals(names());
  }

  @Override
  public int hashCode() {
    return coordinates.hashCode() * 31 + names().hashCode();
  }

  @Override
  public String toString() {
    return "u and " + (names().isEmpty() ? "no derivatives" : String.join(", ", names()))
        + " over (" + String.join(", ", coordinates.split("")) + ")";
  }
}
