package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a training run starts when it does not start from random weights: the weights of a trained
 * model (transfer learning, fine-tuning), and the variables the optimiser leaves alone (frozen), by
 * name prefix. The {@link TrainingLoop} applies it to any objective's graph after the objective has
 * built it: every trainable variable must be present in the start weights with the same shape,
 * otherwise the run stops with one line naming the first variable that differs.
 *
 * @param source where the weights come from, for messages (a model file's path)
 * @param modelType the family the weights belong to, for example {@code deeponet}
 * @param weights variable name → row-major values
 * @param shapes variable name → shape, the same keys as {@code weights}
 * @param frozenPrefixes variables whose names start with one of these are not updated; may be empty
 */
public record WarmStart(String source, String modelType, Map<String, float[]> weights,
    Map<String, long[]> shapes, List<String> frozenPrefixes) {

  /** Validates and copies. */
  public WarmStart {
    if (source == null || modelType == null || weights == null || shapes == null
        || frozenPrefixes == null) {
      throw new GalerkinException("warm start: source, modelType, weights, shapes and"
          + " frozenPrefixes must not be null");
    }
    if (!weights.keySet().equals(shapes.keySet())) {
      throw new GalerkinException("warm start from " + source + ": weights and shapes name"
          + " different variables");
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    frozenPrefixes = List.copyOf(frozenPrefixes);
  }

  /**
   * The start from a trained operator: its weights, with their shapes read off its model's graph.
   *
   * @param op the trained operator; not modified
   * @param source where it was loaded from, for messages
   * @param frozenPrefixes name prefixes of the variables to freeze
   * @return the warm start
   */
  public static WarmStart of(NeuralOperator op, String source, List<String> frozenPrefixes) {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    try (TfGraph g = TfGraph.builder().build()) {
      Shape in = op.inputSample();
      long[] dims = in.prepend(1).dims();
      dims[0] = -1;
      op.model().forward(g, g.placeholder("input", dims), in, op.outputSample());
      for (TfVariable v : g.trainableVariables()) {
        shapes.put(v.name(), v.shape().dims());
      }
    }
    Map<String, float[]> w = new LinkedHashMap<>();
    var stored = op.checkpoint().weights();
    for (String name : shapes.keySet()) {
      float[] values = stored.containsKey(name) ? stored.get(name).toArray() : null;
      if (values == null) {
        throw new GalerkinException(source + " has no weight '" + name + "' that its "
            + op.model().type() + " architecture needs; the file is damaged");
      }
      w.put(name, values);
    }
    return new WarmStart(source, op.model().type(), w, shapes, frozenPrefixes);
  }

  /**
   * Sets every trainable variable of {@code g} from the start weights.
   *
   * @param g the graph an objective has built; modified
   * @param modelType the family of the model being trained
   */
  public void apply(TfGraph g, String modelType) {
    if (!this.modelType.equals(modelType)) {
      throw new GalerkinException(source + " is a " + this.modelType + " model; starting from it"
          + " needs a " + this.modelType + " run, or train " + modelType + " from scratch");
    }
    Map<String, float[]> values = new LinkedHashMap<>();
    for (TfVariable v : g.trainableVariables()) {
      long[] have = shapes.get(v.name());
      if (have == null || !Arrays.equals(have, v.shape().dims())) {
        throw new GalerkinException("variable '" + v.name() + "' has shape "
            + Arrays.toString(v.shape().dims()) + " here but "
            + (have == null ? "is missing" : Arrays.toString(have)) + " in " + source
            + "; train with the same architecture options as the model you start from");
      }
      values.put(v.name(), weights.get(v.name()));
    }
    g.writeAll(values);
  }

  /**
   * @param g the graph
   * @return the trainable variables of {@code g} that are not frozen, in creation order
   */
  public List<TfVariable> trained(TfGraph g) {
    List<TfVariable> t = g.trainableVariables().stream().filter(v -> !frozen(v.name())).toList();
    if (t.isEmpty()) {
      throw new GalerkinException("freezing " + frozenPrefixes + " leaves nothing to train; freeze"
          + " fewer parts");
    }
    return t;
  }

  /** @return whether the variable {@code name} is frozen */
  public boolean frozen(String name) {
    return frozenPrefixes.stream().anyMatch(name::startsWith);
  }
}
