package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The boundary condition of a problem along one spatial axis, as a dataset records it (attribute
 * {@code boundary}, one value per spatial axis) and as models that pad their inputs read it: a
 * periodic axis is padded circularly, the others with zeros (or by the model's own rule).
 *
 * <p>This is the condition the PDE carries, not the node layout of a grid ({@link Boundary}): the
 * Darcy preset stores a {@link Boundary#DIRICHLET} grid <em>and</em> has {@link #DIRICHLET}
 * conditions, while an ODE's time axis is laid out like a bounded grid but is {@link #OPEN}.
 */
public enum BoundaryCondition {
  /** The axis wraps around: the value after the last node is the first node's. */
  PERIODIC,
  /** The value is prescribed on both ends (for example {@code u = 0}). */
  DIRICHLET,
  /** The normal derivative is prescribed on both ends. */
  NEUMANN,
  /**
   * No condition at the far end: an initial-value axis (time, or the variable of an antiderivative)
   * or a domain truncated for the computation.
   */
  OPEN;

  /** @return the lower-case name stored in files: {@code periodic}, {@code dirichlet} … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return whether models pad this axis circularly */
  public boolean periodic() {
    return this == PERIODIC;
  }

  /**
   * @param label a stored name, any case, surrounding blanks ignored
   * @return the condition it names; throws naming the allowed names otherwise
   */
  public static BoundaryCondition fromLabel(String label) {
    String t = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    for (BoundaryCondition b : values()) {
      if (b.label().equals(t)) {
        return b;
      }
    }
    throw new GalerkinException("boundary '" + label + "' is not known; use one of periodic,"
        + " dirichlet, neumann, open");
  }

  /**
   * @param text comma-separated labels, one per spatial axis, for example {@code periodic,periodic};
   *     blank for none
   * @return the conditions in axis order (unmodifiable)
   */
  public static List<BoundaryCondition> parseAxes(String text) {
    List<BoundaryCondition> out = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String part : text.split(",")) {
        out.add(fromLabel(part));
      }
    }
    return List.copyOf(out);
  }

  /** @return the labels joined by commas, as {@link #parseAxes} reads them */
  public static String formatAxes(List<BoundaryCondition> axes) {
    return String.join(",", axes.stream().map(BoundaryCondition::label).toList());
  }

  /** @return {@code count} copies of {@code condition}, for a problem alike on every axis */
  public static List<BoundaryCondition> everyAxis(BoundaryCondition condition, int count) {
    if (condition == null || count < 1) {
      throw new GalerkinException("boundary: every-axis needs a condition and count >= 1, got "
          + condition + " x " + count);
    }
    return java.util.Collections.nCopies(count, condition);
  }
}
