package dev.galerkin.cli.engine;

import java.io.Serializable;

/**
 * The per-sample errors of one output field: what {@code galerkin evaluate} summarises
 * ({@link dev.galerkin.operators.evaluation.ErrorSummary#of}), so a distributed run gives the
 * single-machine numbers.
 *
 * @param field the output field
 * @param relativeL2 {@code ‖pred − ref‖₂ / ‖ref‖₂} per sample, in the order asked for
 * @param maxAbs {@code max |pred − ref|} per sample, in physical units
 */
public record FieldErrors(String field, double[] relativeL2, double[] maxAbs)
    implements Serializable {

  /** Copies the arrays. */
  public FieldErrors {
    relativeL2 = relativeL2.clone();
    maxAbs = maxAbs.clone();
  }
}
