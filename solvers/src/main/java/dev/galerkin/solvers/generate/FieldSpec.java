package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DType;
import dev.galerkin.data.Field;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.Shape;

/**
 * One per-sample field a {@link DatasetRecipe} produces.
 *
 * @param name the field name, for example {@code a} or {@code u}
 * @param role {@link FieldRole#INPUT} or {@link FieldRole#OUTPUT}
 * @param sampleShape the shape of one sample as stored, for example {@code [85, 85]} or, for a
 *     trajectory, {@code [T, 64, 64]}
 * @param integer whether the field holds integers (token ids), stored as int32 whatever the run's
 *     floating-point type; the sample maker writes them as exact doubles
 */
public record FieldSpec(String name, FieldRole role, Shape sampleShape, boolean integer) {

  /** Validates the name and that the field is per-sample. */
  public FieldSpec {
    Field.checkName(name);
    if (role == null || !role.perSample()) {
      throw new GalerkinException("field spec '" + name + "': role must be input or output, not "
          + role);
    }
  }

  /** A floating-point field, stored in the run's type. */
  public FieldSpec(String name, FieldRole role, Shape sampleShape) {
    this(name, role, sampleShape, false);
  }

  /** @return an integer field, stored as {@link DType#INT32} */
  public static FieldSpec integers(String name, FieldRole role, Shape sampleShape) {
    return new FieldSpec(name, role, sampleShape, true);
  }

  /** @return the number of values of one sample */
  public int sampleSize() {
    return Math.toIntExact(sampleShape.size());
  }
}
