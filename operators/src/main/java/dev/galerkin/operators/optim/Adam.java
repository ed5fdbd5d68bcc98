package dev.galerkin.operators.optim;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Tensors;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Adam (Kingma and Ba 2015) and AdamW (Loshchilov and Hutter 2019) as one training op of a
 * {@link TfGraph}, with a fed learning rate and optional global gradient-norm clipping.
 *
 * <p>Per step {@code t = 1, 2, …}, with {@code g} the gradient of the loss (from
 * {@code Graph.addGradients}): the global norm {@code ‖g‖ = sqrt(Σ_i Σ g_i²)} over all variables;
 * with clipping {@code g ← g · c / max(‖g‖, c)} (that is, {@code min(1, c/‖g‖)}); then, for AdamW,
 * {@code θ ← θ − lr·λ·θ}; then TensorFlow's {@code ApplyAdam}: {@code m ← m + (1−β₁)(g − m)},
 * {@code v ← v + (1−β₂)(g² − v)}, {@code θ ← θ − lr_t·m/(sqrt(v) + ε̂)} with
 * {@code lr_t = lr·sqrt(1−β₂ᵗ)/(1−β₁ᵗ)} (the paper's "ε̂" form, end of its section 2). The rate
 * {@code lr} comes from the {@link LearningRateSchedule} and {@code β₁ᵗ, β₂ᵗ} from the step count,
 * all computed in Java and fed as scalars, so the state is {@code m}, {@code v} and the step count:
 * {@link #state()} and {@link #restore(OptimizerState)} give exact resume. Every update runs after
 * all gradients are computed, so a step does not depend on op scheduling.
 */
public final class Adam {
  private final TfGraph graph;
  private final AdamConfig config;
  private final List<TfVariable> variables;
  private final List<TfVariable> m = new ArrayList<>();
  private final List<TfVariable> v = new ArrayList<>();
  private final Operand<TFloat32> loss;
  private final Placeholder<TFloat32> rate;
  private final Placeholder<TFloat32> beta1Power;
  private final Placeholder<TFloat32> beta2Power;
  private final Operand<TFloat32> norm;
  private final List<Operand<TFloat32>> gradients = new ArrayList<>();
  private final Op train;
  private long step;
  private float lastNorm = Float.NaN;

  private Adam(TfGraph g, Operand<TFloat32> loss, List<TfVariable> vars, AdamConfig config) {
    this.graph = g;
    this.config = config;
    this.variables = List.copyOf(vars);
    this.loss = loss;
    if (variables.isEmpty()) {
      throw new GalerkinException("adam: the graph has no trainable variables");
    }
    if (loss.shape().isUnknown() || loss.shape().numDimensions() != 0) {
      throw new GalerkinException("adam: the loss must be a scalar, got shape " + Tensors.format(loss.shape()));
    }
    Ops tf = g.claimLayer("adam");
    rate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(org.tensorflow.ndarray.Shape.scalar()));
    beta1Power = tf.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(org.tensorflow.ndarray.Shape.scalar()));
    beta2Power = tf.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(org.tensorflow.ndarray.Shape.scalar()));

    for (TfVariable var : variables) {
      long[] shape = var.shape().dims();
      m.add(g.variable(var.name() + "/adam_m", shape, Initializer.zeros(), false));
      v.add(g.variable(var.name() + "/adam_v", shape, Initializer.zeros(), false));
    }
    List<Operand<TFloat32>> raw = g.gradients(loss, variables);
    List<Operand<TFloat32>> squares = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      squares.add(tf.reduceSum(tf.math.square(raw.get(i)), allAxes(tf, variables.get(i).shape().rank())));
    }
    norm = tf.withName("global_norm").math.sqrt(tf.math.addN(squares));
    if (config.clips()) {
      Operand<TFloat32> c = tf.constant((float) config.clipNorm());
      Operand<TFloat32> scale = tf.math.div(c, tf.math.maximum(norm, c));
      for (Operand<TFloat32> gi : raw) {
        gradients.add(tf.math.mul(gi, scale));
      }
    } else {
      gradients.addAll(raw);
    }
    List<Op> after = new ArrayList<>(raw);
    after.add(loss);
    if (config.clips()) {
      after.add(norm);
    }
    after.addAll(gradients);
    Ops u = tf.withControlDependencies(after);
    Operand<TFloat32> b1 = tf.constant((float) config.beta1());
    Operand<TFloat32> b2 = tf.constant((float) config.beta2());
    Operand<TFloat32> eps = tf.constant((float) config.epsilon());
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < variables.size(); i++) {
      Operand<TFloat32> var = variables.get(i).variable();
      Ops ui = u;
      if (config.weightDecay() > 0) {
        Operand<TFloat32> lambda = u.constant((float) config.weightDecay());
        Op decay = u.assignSub(var, u.math.mul(u.math.mul(rate, lambda), var));
        ui = tf.withControlDependencies(List.of(decay));
      }
      updates.add(ui.train.applyAdam(var, m.get(i).variable(), v.get(i).variable(), beta1Power, beta2Power,
          rate, b1, b2, eps, gradients.get(i)));
    }
    train = tf.withControlDependencies(updates).withName("train").noOp();
  }

  /** Adam on every trainable variable of {@code g}; see {@link #minimize(TfGraph, Operand, List, AdamConfig)}. */
  public static Adam minimize(TfGraph g, Operand<TFloat32> loss, AdamConfig config) {
    return minimize(g, loss, g.trainableVariables(), config);
  }

  /**
   * Adds the gradients, the slots {@code <variable>/adam_m} and {@code <variable>/adam_v} (zeros,
   * not trainable) and the training op to {@code g}. One optimiser per graph.
   *
   * @param g the graph
   * @param loss a scalar of {@code g}
   * @param variables the variables to update, each influencing the loss
   * @param config the settings
   * @return the optimiser, at step 0
   */
  public static Adam minimize(TfGraph g, Operand<TFloat32> loss, List<TfVariable> variables, AdamConfig config) {
    return new Adam(g, loss, variables, config);
  }

  /**
   * One update on one batch.
   *
   * @param feeds placeholder → value (inputs and targets); arrays not modified
   * @return the loss before the update
   */
  public float step(Map<? extends Operand<TFloat32>, FloatArray> feeds) {
    Map<Operand<TFloat32>, Float> scalars = new HashMap<>(4);
    long t = step + 1;
    scalars.put(rate, (float) config.schedule().at(step));
    scalars.put(beta1Power, (float) Math.pow(config.beta1(), t));
    scalars.put(beta2Power, (float) Math.pow(config.beta2(), t));
    // the norm is computed in the step only when clipping needs it: without clipping it would be
    // ~2 ops per variable more in every step (a few % of a small network's step)
    List<FloatArray> out = graph.run(feeds, scalars, config.clips() ? List.of(loss, norm)
        : List.of(loss), List.of(train));
    step = t;
    lastNorm = config.clips() ? out.get(1).at(0) : Float.NaN;
    return out.get(0).at(0);
  }

  /** @return updates made so far */
  public long stepCount() {
    return step;
  }

  /** @return the learning rate the next update will use */
  public double learningRate() {
    return config.schedule().at(step);
  }

  /**
   * @return the global gradient norm before clipping at the last step ({@code NaN} before the
   *     first, and always without clipping: then the step does not compute it; evaluate
   *     {@link #gradientNorm()} for it)
   */
  public float lastGradientNorm() {
    return lastNorm;
  }

  /** @return the global gradient norm op, before clipping */
  public Operand<TFloat32> gradientNorm() {
    return norm;
  }

  /** @return the gradients the update uses (clipped when clipping is on), one per variable */
  public List<Operand<TFloat32>> gradients() {
    return List.copyOf(gradients);
  }

  /** @return the variables this optimiser updates */
  public List<TfVariable> variables() {
    return variables;
  }

  /** @return the settings */
  public AdamConfig config() {
    return config;
  }

  /** @return the step count and the current {@code m} and {@code v} of every variable */
  public OptimizerState state() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < variables.size(); i++) {
      names.add(m.get(i).name());
      names.add(v.get(i).name());
    }
    return new OptimizerState(step, graph.readAll(names));
  }

  /**
   * Continues from a saved state: sets the step count and every slot.
   *
   * @param state a state from {@link #state()} of an optimiser over the same variables
   */
  public void restore(OptimizerState state) {
    Map<String, float[]> slots = state.slots();
    Map<String, float[]> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      for (TfVariable slot : List.of(m.get(i), v.get(i))) {
        float[] a = slots.remove(slot.name());
        if (a == null) {
          throw new GalerkinException("optimizer state has no slot '" + slot.name() + "'");
        }
        values.put(slot.name(), a);
      }
    }
    if (!slots.isEmpty()) {
      throw new GalerkinException("optimizer state has slots this optimiser does not know: " + slots.keySet());
    }
    graph.writeAll(values);
    step = state.step();
  }

  private static Operand<org.tensorflow.types.TInt32> allAxes(Ops tf, int rank) {
    int[] a = new int[rank];
    for (int i = 0; i < rank; i++) {
      a[i] = i;
    }
    return tf.constant(a);
  }
}
