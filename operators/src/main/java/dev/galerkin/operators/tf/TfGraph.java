package dev.galerkin.operators.tf;

import dev.galerkin.operators.Device;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A TensorFlow graph with its session and a registry of named {@code float32} variables: the
 * object every Galerkin model is built on.
 *
 * <p>Build the forward pass with {@link #ops()} (or a layer's {@link #scope(String) scope}),
 * {@link #placeholder(String, long...) placeholders} and {@link #variable variables}; train it with
 * {@link Adam}; evaluate with {@link #eval(Operand, Map)}. Arrays cross the boundary as
 * {@link FloatArray}s (row-major, samples first, channels last); every tensor made on the way is
 * closed before the call returns.
 *
 * <p>The session is created at the first run, with {@code intra_op_parallelism_threads} from the
 * builder; on CPU its nodes run in the calling thread (no inter-op pool), on GPU with one inter-op
 * thread. A variable takes its initial values (computed in Java from the
 * graph seed and the variable's name, so a model is reproducible from its seed) at the first run
 * after it was created. Values can be read and written as {@code float[]} at any time, for HDF5
 * checkpoints and for exact resume. Not thread-safe: one thread builds and runs a graph.
 *
 * <pre>{@code
 * try (TfGraph g = TfGraph.builder().seed(7).build()) {
 *   Placeholder<TFloat32> x = g.placeholder("x", -1, 1);
 *   Operand<TFloat32> y = Dense.create(g, "out", 1, 1).apply(x);
 *   FloatArray out = g.eval(y, Map.of(x, FloatArray.wrap(Shape.of(2, 1), new float[] {0, 1})));
 * }
 * }</pre>
 */
public final class TfGraph implements AutoCloseable {
  static {
    NativeMemory.configure(); // before the first TensorFlow object
  }

  private final long seed;
  private final int threads;
  private final Device device;
  private final Graph graph;
  private final Ops tf;
  private final Map<String, Ops> scopes = new HashMap<>();
  private final Set<String> layers = new HashSet<>();
  private final VariableRegistry variables;
  private Session session;
  private java.util.function.Consumer<org.tensorflow.proto.RunMetadata> trace;
  private boolean closed;

  TfGraph(long seed, int threads, Device device, Map<String, float[]> frozen) {
    this.variables = new VariableRegistry(seed, frozen);
    this.seed = seed;
    this.threads = threads;
    this.device = device;
    this.graph = new Graph();
    this.tf = Ops.create(graph);
  }

  /** @return a builder: seed 0, all available processors, {@link Device#CPU} */
  public static TfGraphBuilder builder() {
    return new TfGraphBuilder();
  }

  /** @return the root op factory of this graph */
  public Ops ops() {
    checkOpen();
    return tf;
  }

  /** @return the TensorFlow graph, for what the kit does not wrap */
  public Graph graph() {
    checkOpen();
    return graph;
  }

  /** @return the seed from which variable initial values are drawn */
  public long seed() {
    return seed;
  }

  /** @return the intra-op thread count of the session */
  public int threads() {
    return threads;
  }

  /**
   * @return the session configuration every CPU session of Galerkin uses ({@code threads} intra-op
   *     threads, nodes run in the caller's thread, GPUs hidden), for graphs built outside TfGraph
   */
  public static org.tensorflow.proto.ConfigProto cpuSessionConfig(int threads) {
    return Sessions.cpuConfig(threads);
  }

  /** @return the device the session runs on */
  public Device device() {
    return device;
  }

  /**
   * Claims a layer name: a second layer with the same name in one graph is an error, because
   * variable names (and so checkpoints) are built from it.
   *
   * @param name a layer name such as {@code fourier_2}: letters, digits, {@code _ . -}
   * @return the op factory scoped to the layer
   */
  public Ops claimLayer(String name) {
    Names.check("layer", name);
    if (!layers.add(name) && !variables.sharing()) {
      throw new GalerkinException("layer name '" + name + "' is already used in this graph; give each layer its own name");
    }
    return scope(name);
  }

  /**
   * @param path a name path such as {@code fno/fourier_2}
   * @return the op factory whose op names start with {@code path/} (one per path, cached)
   */
  public Ops scope(String path) {
    checkOpen();
    Names.check("scope", path);
    Ops s = scopes.get(path);
    if (s == null) {
      int slash = path.lastIndexOf('/');
      Ops parent = slash < 0 ? tf : scope(path.substring(0, slash));
      s = parent.withSubScope(path.substring(slash + 1));
      scopes.put(path, s);
    }
    return s;
  }

  /**
   * Builds {@code body} again on this graph with the variables (and layer names) it already
   * created: inside it, {@link #variable} returns the existing variable of that name (of the same
   * shape) instead of failing. This is how one model is applied several times in one graph, for
   * example to unroll a learned time-stepper with the gradient through every step.
   *
   * @param body builds ops, typically {@code () -> model.forward(g, x, in, out)} a second time
   * @return what {@code body} returns
   */
  public <T> T sharingVariables(java.util.function.Supplier<T> body) {
    variables.enterSharing();
    try {
      return body.get();
    } finally {
      variables.exitSharing();
    }
  }

  /**
   * A {@code float32} placeholder.
   *
   * @param name the op name
   * @param shape the dimensions, {@code -1} for a dimension fed at run time (usually the batch)
   * @return the placeholder, to pass to layers and as a key of a feed map
   */
  public Placeholder<TFloat32> placeholder(String name, long... shape) {
    Names.check("placeholder", name);
    return ops().withName(name)
        .placeholder(TFloat32.class, Placeholder.shape(org.tensorflow.ndarray.Shape.of(shape)));
  }

  /**
   * A trainable variable with initial values drawn from {@code init}.
   *
   * @param name the registry name, such as {@code dense_0/w}; unique in the graph
   * @param shape the dimensions, each {@code >= 1}
   * @param init the initial values; its generator is seeded from the graph seed and {@code name}
   * @return the registered variable
   */
  public TfVariable variable(String name, long[] shape, Initializer init) {
    return variable(name, shape, init, true);
  }

  /**
   * A variable with initial values drawn from {@code init}.
   *
   * @param name the registry name; unique in the graph
   * @param shape the dimensions, each {@code >= 1}
   * @param init the initial values; its generator is seeded from the graph seed and {@code name}
   * @param trainable whether optimisers update it
   * @return the registered variable
   */
  public TfVariable variable(String name, long[] shape, Initializer init, boolean trainable) {
    return variables.create(this::scopeOrRoot, name, shape, init, trainable);
  }

  /**
   * A variable with given initial values.
   *
   * @param name the registry name; unique in the graph
   * @param shape the dimensions, each {@code >= 1}
   * @param values row-major initial values, {@code Π shape} of them, copied
   * @param trainable whether optimisers update it
   * @return the registered variable
   */
  public TfVariable variable(String name, long[] shape, float[] values, boolean trainable) {
    return variables.create(this::scopeOrRoot, name, shape, values, trainable);
  }

  private Ops scopeOrRoot(String path) {
    return path.isEmpty() ? ops() : scope(path);
  }

  /**
   * First-order gradients of a scalar with respect to variables ({@code Graph.addGradients}; there
   * are no second-order gradients in TensorFlow Java 1.1.0).
   *
   * @param y a scalar of this graph
   * @param wrt the variables
   * @return {@code ∂y/∂w} for each variable, same shapes as the variables
   */
  public List<Operand<TFloat32>> gradients(Operand<TFloat32> y, List<TfVariable> wrt) {
    checkOpen();
    if (y.shape().isUnknown() || y.shape().numDimensions() != 0) {
      throw new GalerkinException("gradients: y must be a scalar, got shape " + Tensors.format(y.shape()));
    }
    Output<?>[] xs = new Output<?>[wrt.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = wrt.get(i).variable().asOutput();
    }
    Output<?>[] dy = graph.addGradients(y.asOutput(), xs);
    List<Operand<TFloat32>> out = new ArrayList<>(dy.length);
    for (int i = 0; i < dy.length; i++) {
      if (dy[i] == null || dy[i].op() == null) {
        throw new GalerkinException("gradients: variable '" + wrt.get(i).name() + "' does not influence " + y.op().name());
      }
      out.add(dy[i].expect(TFloat32.class));
    }
    return out;
  }

  /** @return the trainable variables, in creation order */
  public List<TfVariable> trainableVariables() {
    return variables.all().stream().filter(TfVariable::trainable).toList();
  }

  /** @return every variable (trainable and optimiser slots), in creation order */
  public List<TfVariable> variables() {
    return variables.all();
  }

  /** @return the names of all variables, in creation order (unmodifiable) */
  public List<String> variableNames() {
    return variables.names();
  }

  /** @return the variable registered under {@code name} */
  public TfVariable variable(String name) {
    return variables.get(name);
  }

  /** @return the current values of variable {@code name}, row-major */
  public float[] read(String name) {
    return readAll(List.of(name)).get(name);
  }

  /**
   * @param names registry names
   * @return their current values, in the order given (one session run)
   */
  public Map<String, float[]> readAll(List<String> names) {
    List<Operand<TFloat32>> fetches = new ArrayList<>();
    for (String n : names) {
      fetches.add(variable(n).value());
    }
    List<FloatArray> out = run(Map.of(), Map.of(), fetches, List.of());
    Map<String, float[]> result = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      result.put(names.get(i), out.get(i).data());
    }
    return result;
  }

  /** @return the current values of every trainable variable, by name, in creation order */
  public Map<String, float[]> readVariables() {
    return readAll(trainableVariables().stream().map(TfVariable::name).toList());
  }

  /**
   * Sets variable {@code name}.
   *
   * @param name a registry name
   * @param values row-major values, as many as the variable has elements; not modified
   */
  public void write(String name, float[] values) {
    writeAll(Map.of(name, values));
  }

  /**
   * Sets every variable of this graph from a trained model's weights, in one session run.
   *
   * @param weights name → values, a superset of this graph's variables
   * @param modelType the model family, for the error when a weight is missing
   */
  public void writeWeights(Map<String, float[]> weights, String modelType) {
    Map<String, float[]> values = new LinkedHashMap<>();
    for (String name : variableNames()) {
      float[] v = weights.get(name);
      if (v == null) {
        throw VariableRegistry.missingWeight(name, modelType);
      }
      values.put(name, v);
    }
    writeAll(values);
  }

  /**
   * Sets several variables in one session run.
   *
   * @param values registry name → row-major values; not modified
   */
  public void writeAll(Map<String, float[]> values) {
    if (variables.frozen() && !values.isEmpty()) {
      throw new GalerkinException("this graph is frozen (built with its weights as constants);"
          + " its weights cannot be written");
    }
    Map<Operand<TFloat32>, FloatArray> feeds = new LinkedHashMap<>();
    List<Op> targets = new ArrayList<>();
    for (Map.Entry<String, float[]> e : values.entrySet()) {
      TfVariable v = variable(e.getKey());
      if (e.getValue().length != v.size()) {
        throw new GalerkinException("variable '" + v.name() + "' has shape " + v.shape() + " ("
            + v.size() + " values) but " + e.getValue().length + " values were given");
      }
      feeds.put(v.assignValue(), FloatArray.wrap(v.shape(), e.getValue()));
      targets.add(v.assign());
    }
    if (!targets.isEmpty()) {
      run(feeds, Map.of(), List.of(), targets);
    }
  }

  /**
   * Copies the values of every trainable variable of this graph from the variable of the same name
   * in {@code source}: how a model built for another grid size (other DFT matrices, same weights)
   * takes the trained weights.
   *
   * @param source a graph with variables of the same names and shapes; not modified
   */
  public void copyVariablesFrom(TfGraph source) {
    List<String> names = new ArrayList<>();
    for (TfVariable v : trainableVariables()) {
      TfVariable s = source.variables.find(v.name());
      if (s == null) {
        throw new GalerkinException("variable '" + v.name() + "' of this graph is missing from the source graph");
      }
      if (!s.shape().equals(v.shape())) {
        throw new GalerkinException("variable '" + v.name() + "' has shape " + v.shape()
            + " here but " + s.shape() + " in the source graph");
      }
      names.add(v.name());
    }
    writeAll(source.readAll(names));
  }

  /**
   * Evaluates one output.
   *
   * @param output a {@code float32} operand of this graph
   * @param feeds placeholder → value; arrays not modified
   * @return the value of {@code output}
   */
  public FloatArray eval(Operand<TFloat32> output, Map<? extends Operand<TFloat32>, FloatArray> feeds) {
    return run(feeds, Map.of(), List.of(output), List.of()).get(0);
  }

  /**
   * Evaluates several outputs in one session run.
   *
   * @param outputs {@code float32} operands of this graph
   * @param feeds placeholder → value; arrays not modified
   * @return their values, in order
   */
  public List<FloatArray> eval(
      List<? extends Operand<TFloat32>> outputs, Map<? extends Operand<TFloat32>, FloatArray> feeds) {
    return run(feeds, Map.of(), outputs, List.of());
  }

  /**
   * Runs {@code target} (such as an update op) for its side effects.
   *
   * @param target an op of this graph
   * @param feeds placeholder → value; arrays not modified
   */
  public void run(Op target, Map<? extends Operand<TFloat32>, FloatArray> feeds) {
    run(feeds, Map.of(), List.of(), List.of(target));
  }

  /**
   * One session run: feeds arrays and scalars, fetches {@code float32} outputs, runs targets. Every
   * tensor is closed before returning. Variables not yet initialised get their values first.
   */
  public List<FloatArray> run(
      Map<? extends Operand<TFloat32>, FloatArray> feeds,
      Map<? extends Operand<TFloat32>, Float> scalars,
      List<? extends Operand<TFloat32>> fetches,
      List<? extends Op> targets) {
    checkOpen();
    for (Map.Entry<? extends Operand<TFloat32>, FloatArray> e : feeds.entrySet()) {
      Sessions.checkFeed(e.getKey(), e.getValue());
    }
    if (session == null) {
      session = Sessions.open(graph, threads, device);
    }
    List<TfVariable> init = variables.takePending();
    if (!init.isEmpty()) {
      Map<Operand<TFloat32>, FloatArray> initFeeds = new LinkedHashMap<>();
      List<Op> assigns = new ArrayList<>();
      for (TfVariable v : init) {
        initFeeds.put(v.assignValue(), FloatArray.wrap(v.shape(), v.initialValuesShared()));
        assigns.add(v.assign());
      }
      Sessions.run(session, initFeeds, Map.of(), List.of(), assigns, null);
    }
    return Sessions.run(session, feeds, scalars, fetches, targets, trace);
  }

  /** @param t gets the step statistics of every later run (traced, slower); {@code null}: none */
  public void trace(java.util.function.Consumer<org.tensorflow.proto.RunMetadata> t) {
    trace = t;
  }

  private void checkOpen() {
    if (closed) {
      throw new GalerkinException("this TfGraph is closed");
    }
  }

  /** @return whether {@link #close()} was called */
  public boolean isClosed() {
    return closed;
  }

  /** Closes the session and the graph; later calls do nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      graph.close();
    }
  }
}
