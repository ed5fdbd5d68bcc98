package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;

/**
 * An unknown scalar coefficient of a PDE (for example ν of Burgers), trained with the solution;
 * a residual reads it with {@link Solution#unknown(String)}.
 *
 * @param name a name of letters, digits and {@code _}
 * @param initial the starting guess, finite
 */
public record Unknown(String name, double initial) {
  /** Validates. */
  public Unknown {
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new GalerkinException("unknown coefficient: name must be letters, digits and _, got '" + name + "'");
    }
    if (!Double.isFinite(initial)) {
      throw new GalerkinException("unknown coefficient '" + name + "': initial must be finite, got " + initial);
    }
  }
}
