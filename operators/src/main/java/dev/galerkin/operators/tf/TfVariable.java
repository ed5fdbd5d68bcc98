package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * A {@code float32} variable of a {@link TfGraph}: its registry name (such as {@code fourier_2/wr}),
 * shape, the TensorFlow variable to use in a forward pass, and the values it starts from.
 *
 * <p>Values are read and written through {@link TfGraph#read(String)} and
 * {@link TfGraph#write(String, float[])} as flat row-major {@code float[]}.
 */
public final class TfVariable {
  private final String name;
  private final Shape shape;
  private final boolean trainable;
  private final Variable<TFloat32> variable;
  private final Operand<TFloat32> value;
  private final float[] initialValues;
  private final Placeholder<TFloat32> assignValue;
  private final Op assign;

  TfVariable(
      String name,
      Shape shape,
      boolean trainable,
      Variable<TFloat32> variable,
      Operand<TFloat32> value,
      float[] initialValues,
      Placeholder<TFloat32> assignValue,
      Op assign) {
    this.name = name;
    this.shape = shape;
    this.trainable = trainable;
    this.variable = variable;
    this.value = value;
    this.initialValues = initialValues;
    this.assignValue = assignValue;
    this.assign = assign;
  }

  /** @return the registry name, unique in its graph, such as {@code dense_0/w} */
  public String name() {
    return name;
  }

  /** @return the dimensions */
  public Shape shape() {
    return shape;
  }

  /** @return the number of elements */
  public int size() {
    return Math.toIntExact(shape.size());
  }

  /** @return whether optimisers update it (optimiser slots are not trainable) */
  public boolean trainable() {
    return trainable;
  }

  /**
   * @return the TensorFlow variable, for gradients and optimisers
   * @throws GalerkinException in a frozen graph ({@link TfGraphBuilder#frozen}), which has none
   */
  public Variable<TFloat32> variable() {
    if (variable == null) {
      throw new GalerkinException("'" + name + "' is a constant of a frozen (inference) graph;"
          + " it cannot be trained or assigned");
    }
    return variable;
  }

  /**
   * @return the operand a forward pass reads: the variable, or in a frozen graph the constant
   *     holding the weights
   */
  public Operand<TFloat32> value() {
    return value;
  }

  /** @return a copy of the values it was created with (row-major) */
  public float[] initialValues() {
    return initialValues.clone();
  }

  float[] initialValuesShared() {
    return initialValues;
  }

  Placeholder<TFloat32> assignValue() {
    return assignValue;
  }

  Op assign() {
    return assign;
  }

  @Override
  public String toString() {
    return "TfVariable " + name + shape;
  }
}
