package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The named {@code float32} variables of one {@link TfGraph}: creates them (a TensorFlow variable
 * with its assign op, or in a frozen graph a constant holding the given weights), keeps them in
 * creation order, and holds those whose initial values have not yet been assigned.
 */
final class VariableRegistry {
  private final long seed;
  /** Weights of a frozen graph (variables become constants), or {@code null}. */
  private final Map<String, float[]> frozen;
  private final Map<String, TfVariable> variables = new LinkedHashMap<>();
  private final List<TfVariable> pending = new ArrayList<>();
  private int sharing;

  VariableRegistry(long seed, Map<String, float[]> frozen) {
    this.seed = seed;
    this.frozen = frozen;
  }

  boolean frozen() {
    return frozen != null;
  }

  void enterSharing() {
    sharing++;
  }

  void exitSharing() {
    sharing--;
  }

  /** @return whether a {@link TfGraph#sharingVariables} body is being built */
  boolean sharing() {
    return sharing > 0;
  }

  /** A variable with initial values drawn from {@code init} (not drawn when it is not needed). */
  TfVariable create(Function<String, Ops> scope, String name, long[] shape, Initializer init,
      boolean trainable) {
    Names.check("variable", name);
    if ((sharing > 0 && variables.containsKey(name)) || frozen != null) {
      return create(scope, name, shape, (float[]) null, trainable);
    }
    float[] values = init.values(shape.clone(), new SplittableRandom(Names.streamSeed(seed, name)));
    return create(scope, name, shape, values, trainable);
  }

  /**
   * A variable with given initial values; in a frozen graph the values come from the frozen
   * weights instead.
   *
   * @param scope the op scope of a path such as {@code dense_0}; {@code ""} for the root
   */
  TfVariable create(Function<String, Ops> scope, String name, long[] shape, float[] values,
      boolean trainable) {
    Names.check("variable", name);
    TfVariable existing = variables.get(name);
    if (existing != null && sharing > 0) {
      if (!Arrays.equals(existing.shape().dims(), shape)) {
        throw new GalerkinException("variable '" + name + "' is shared with shape "
            + existing.shape() + " but asked for " + Arrays.toString(shape));
      }
      return existing;
    }
    if (existing != null) {
      throw new GalerkinException("variable '" + name + "' already exists in this graph");
    }
    for (long d : shape) {
      if (d < 1) {
        throw new GalerkinException("variable '" + name + "': shape " + Arrays.toString(shape)
            + " has an axis < 1");
      }
    }
    Shape s = Shape.of(shape);
    if (frozen != null) {
      values = frozen.get(name);
      if (values == null) {
        throw missingWeight(name, "");
      }
    }
    if (values.length != s.size()) {
      throw new GalerkinException("variable '" + name + "' has shape " + s + " (" + s.size()
          + " values) but " + values.length + " initial values were given");
    }
    int slash = name.lastIndexOf('/');
    Ops scoped = scope.apply(slash < 0 ? "" : name.substring(0, slash));
    String leaf = name.substring(slash + 1);
    org.tensorflow.ndarray.Shape tfShape = Tensors.toTf(s);
    TfVariable tv;
    if (frozen != null) {
      Operand<TFloat32> c = scoped.withName(leaf).constant(tfShape,
          DataBuffers.of(values, true, false));
      tv = new TfVariable(name, s, trainable, null, c, values, null, null);
    } else {
      Variable<TFloat32> v = scoped.withName(leaf).variable(tfShape, TFloat32.class);
      Placeholder<TFloat32> value =
          scoped.withName(leaf + "_value").placeholder(TFloat32.class, Placeholder.shape(tfShape));
      Op assign = scoped.withName(leaf + "_assign").assign(v, value);
      tv = new TfVariable(name, s, trainable, v, v, values.clone(), value, assign);
      pending.add(tv);
    }
    variables.put(name, tv);
    return tv;
  }

  /**
   * @param architecture the model type, such as {@code fno}, or {@code ""}
   * @return the error for a weight the architecture needs that the given weights lack
   */
  static GalerkinException missingWeight(String name, String architecture) {
    return new GalerkinException("the model file has no weight '" + name + "' that the "
        + (architecture.isEmpty() ? "" : architecture + " ") + "architecture needs; the file is"
        + " damaged or from another version");
  }

  /** @return the variables created since the last call, whose initial values are still due */
  List<TfVariable> takePending() {
    if (pending.isEmpty()) {
      return List.of(); // every session run asks: no allocation on that path
    }
    List<TfVariable> due = new ArrayList<>(pending);
    pending.clear();
    return due;
  }

  /** @return the variable of that name, or {@code null} */
  TfVariable find(String name) {
    return variables.get(name);
  }

  /** @return the variable registered under {@code name} */
  TfVariable get(String name) {
    TfVariable v = variables.get(name);
    if (v == null) {
      throw new GalerkinException("no variable named '" + name + "' in this graph (it has "
          + variables.size() + " variables)");
    }
    return v;
  }

  /** @return every variable, in creation order (a copy) */
  List<TfVariable> all() {
    return List.copyOf(variables.values());
  }

  /** @return the names of all variables, in creation order (a copy) */
  List<String> names() {
    return List.copyOf(variables.keySet());
  }
}
