package dev.galerkin.operators.physics;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.types.TFloat64;

/**
 * The {@code float64} TensorFlow graph of a physics-informed model, with all trainable parameters
 * in <em>one flat vector</em> {@code θ} (a placeholder of shape {@code [P]}) that is fed at every
 * run.
 *
 * <p>Why its own graph rather than {@code TfGraph}: the physics-informed losses are trained
 * full-batch with L-BFGS after Adam, which needs the loss and its gradient as a function of a flat
 * vector in double precision (L-BFGS in {@code float32} stalls near 1e−5 relative errors); here
 * {@code θ} lives in Java, {@link #parameter} hands out slices of it reshaped to weight shapes, and
 * {@link #gradient} gives {@code ∂loss/∂θ} from one first-order
 * {@code addGradients} call. Every number in this graph is {@code float64}.
 *
 * <p>Fixed inputs (collocation points, targets, normals) are registered with {@link #input} and
 * their tensors made once ({@link #feed}) and kept open until {@link #close()}. Not thread-safe.
 */
public final class PhysicsGraph implements AutoCloseable {
  static {
    dev.galerkin.operators.tf.NativeMemory.configure(); // before the first TensorFlow object
  }

  private final Graph graph = new Graph();
  private final Ops tf = Ops.create(graph);
  private final Placeholder<TFloat64> theta;
  private final Map<String, long[]> parameterShapes = new LinkedHashMap<>();
  private final Map<String, Integer> offsets = new LinkedHashMap<>();
  private final List<double[]> initial = new ArrayList<>();
  private final Map<Placeholder<TFloat64>, Tensor> feeds = new LinkedHashMap<>();
  private final int threads;
  private int size;
  private Session session;
  private boolean closed;

  /** @param threads intra-op threads of the session, {@code >= 1} */
  public PhysicsGraph(int threads) {
    if (threads < 1) {
      throw new GalerkinException("physics graph: threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.theta = tf.withName("theta").placeholder(TFloat64.class, Placeholder.shape(Shape.of(-1)));
  }

  /** @return the op factory */
  public Ops ops() {
    checkOpen();
    return tf;
  }

  /**
   * A trainable parameter: the next {@code Π shape} entries of {@code θ}, reshaped.
   *
   * @param name a unique name, for messages and {@link #parameterNames()}
   * @param shape the dimensions, each {@code >= 1}
   * @param init the initial values, {@code Π shape} of them; copied
   * @return the parameter as an operand of shape {@code shape}
   */
  public Operand<TFloat64> parameter(String name, long[] shape, double[] init) {
    checkOpen();
    if (parameterShapes.containsKey(name)) {
      throw new GalerkinException("physics graph: parameter '" + name + "' already exists");
    }
    long n = 1;
    for (long d : shape) {
      if (d < 1) {
        throw new GalerkinException("physics graph: parameter '" + name + "' has an axis < 1: "
            + java.util.Arrays.toString(shape));
      }
      n *= d;
    }
    if (init.length != n) {
      throw new GalerkinException("physics graph: parameter '" + name + "' needs " + n
          + " initial values, got " + init.length);
    }
    Operand<TFloat64> flat = tf.slice(theta, tf.constant(new int[] {size}), tf.constant(new int[] {(int) n}));
    int[] dims = new int[shape.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = (int) shape[i];
    }
    parameterShapes.put(name, shape.clone());
    offsets.put(name, size);
    initial.add(init.clone());
    size += (int) n;
    return tf.reshape(flat, tf.constant(dims));
  }

  /**
   * @param name a parameter's name
   * @return where its values start in {@code θ}
   */
  public int offset(String name) {
    Integer o = offsets.get(name);
    if (o == null) {
      throw new GalerkinException("physics graph: no parameter '" + name + "'; it has " + offsets.keySet());
    }
    return o;
  }

  /**
   * @param name a parameter's name
   * @param theta a parameter vector, not modified
   * @return that parameter's values in {@code theta}, row-major
   */
  public double[] values(String name, double[] theta) {
    int o = offset(name);
    long n = 1;
    for (long d : parameterShapes.get(name)) {
      n *= d;
    }
    return java.util.Arrays.copyOfRange(theta, o, o + (int) n);
  }

  /** @return the number of parameters {@code P} */
  public int parameterCount() {
    return size;
  }

  /** @return parameter names in the order they sit in {@code θ} */
  public List<String> parameterNames() {
    return List.copyOf(parameterShapes.keySet());
  }

  /** @return the initial {@code θ}, length {@code P} (a new array) */
  public double[] initialParameters() {
    double[] t = new double[size];
    int at = 0;
    for (double[] a : initial) {
      System.arraycopy(a, 0, t, at, a.length);
      at += a.length;
    }
    return t;
  }

  /** @return the flat parameter placeholder {@code θ}, shape {@code [P]} */
  public Placeholder<TFloat64> theta() {
    return theta;
  }

  /**
   * @param name the op name
   * @param columns the second axis (the first, the point count, is fed)
   * @return a {@code [N, columns]} placeholder for fixed inputs such as collocation points
   */
  public Placeholder<TFloat64> input(String name, int columns) {
    checkOpen();
    return tf.withName(name).placeholder(TFloat64.class, Placeholder.shape(Shape.of(-1, columns)));
  }

  /**
   * Sets the value a placeholder is fed at every later run (the tensor is kept until close).
   *
   * @param p a placeholder of {@link #input}
   * @param rows the number of rows
   * @param values row-major, {@code rows × columns}; not modified
   */
  public void feed(Placeholder<TFloat64> p, int rows, double[] values) {
    checkOpen();
    int columns = (int) p.shape().get(1);
    if (values.length != (long) rows * columns) {
      throw new GalerkinException("physics graph: input '" + p.op().name() + "' expects " + rows
          + " × " + columns + " values, got " + values.length);
    }
    Tensor old = feeds.remove(p);
    if (old != null) {
      old.close();
    }
    feeds.put(p, TFloat64.tensorOf(Shape.of(rows, columns), DataBuffers.of(values, true, false)));
  }

  /**
   * First-order reverse-mode gradient of a scalar with respect to {@code θ}.
   *
   * @param y a scalar
   * @return {@code ∂y/∂θ}, shape {@code [P]}
   */
  public Operand<TFloat64> gradient(Operand<TFloat64> y) {
    checkOpen();
    Output<?>[] g = graph.addGradients(y.asOutput(), new Output<?>[] {theta.asOutput()});
    if (g[0] == null) {
      throw new GalerkinException("physics graph: the loss does not depend on the parameters");
    }
    return g[0].expect(TFloat64.class);
  }

  /**
   * Evaluates operands at {@code θ} with the registered feeds plus {@code extra}.
   *
   * @param parameters {@code θ}, length {@link #parameterCount()}; not modified
   * @param fetches operands to evaluate
   * @param extra further feeds, placeholder → {@code [rows, columns]} values with rows first; may be empty
   * @return each fetched value, flattened row-major
   */
  public List<double[]> run(double[] parameters, List<? extends Operand<TFloat64>> fetches,
      Map<Placeholder<TFloat64>, double[]> extra) {
    checkOpen();
    if (parameters.length != size) {
      throw new GalerkinException("physics graph: θ has " + size + " entries, got " + parameters.length);
    }
    if (session == null) {
      session = new Session(graph, TfGraph.cpuSessionConfig(threads));
    }
    List<Tensor> owned = new ArrayList<>();
    try {
      TFloat64 t = TFloat64.tensorOf(Shape.of(size), DataBuffers.of(parameters, true, false));
      owned.add(t);
      Session.Runner r = session.runner().feed(theta, t);
      for (Map.Entry<Placeholder<TFloat64>, Tensor> e : feeds.entrySet()) {
        if (!extra.containsKey(e.getKey())) {
          r.feed(e.getKey(), e.getValue());
        }
      }
      for (Map.Entry<Placeholder<TFloat64>, double[]> e : extra.entrySet()) {
        int columns = (int) e.getKey().shape().get(1);
        TFloat64 x = TFloat64.tensorOf(Shape.of(e.getValue().length / columns, columns),
            DataBuffers.of(e.getValue(), true, false));
        owned.add(x);
        r.feed(e.getKey(), x);
      }
      for (Operand<TFloat64> f : fetches) {
        r.fetch(f);
      }
      try (Result res = r.run()) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < fetches.size(); i++) {
          TFloat64 v = (TFloat64) res.get(i);
          double[] a = new double[(int) v.size()];
          v.copyTo(DataBuffers.of(a, false, false));
          out.add(a);
        }
        return out;
      }
    } catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
      String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new GalerkinException("TensorFlow run failed: " + msg, e);
    } finally {
      for (Tensor t : owned) {
        t.close();
      }
    }
  }

  /**
   * One evaluation of a loss for L-BFGS and Adam: its value, its gradient and its terms, in one run.
   *
   * @param parameters {@code θ}, not modified
   * @param total the scalar loss
   * @param gradient {@code ∂total/∂θ} from {@link #gradient}
   * @param terms scalar terms reported beside it
   * @param extra values appended to the parts after the terms (such as unknown coefficients)
   * @return the value, the gradient and as parts the terms followed by {@code extra}
   */
  public Lbfgs.Evaluation evaluate(double[] parameters, Operand<TFloat64> total, Operand<TFloat64> gradient,
      List<Operand<TFloat64>> terms, double... extra) {
    List<Operand<TFloat64>> fetch = new ArrayList<>();
    fetch.add(total);
    fetch.add(gradient);
    fetch.addAll(terms);
    List<double[]> out = run(parameters, fetch, Map.of());
    double[] parts = new double[terms.size() + extra.length];
    for (int i = 0; i < terms.size(); i++) {
      parts[i] = out.get(i + 2)[0];
    }
    System.arraycopy(extra, 0, parts, terms.size(), extra.length);
    return new Lbfgs.Evaluation(out.get(0)[0], out.get(1), parts);
  }

  private void checkOpen() {
    if (closed) {
      throw new GalerkinException("this PhysicsGraph is closed");
    }
  }

  /** Closes the kept tensors, the session and the graph; later calls do nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Tensor t : feeds.values()) {
      t.close();
    }
    feeds.clear();
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      graph.close();
    }
  }
}
