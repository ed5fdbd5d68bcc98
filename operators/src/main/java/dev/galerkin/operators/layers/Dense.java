package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A fully connected layer {@code y = x W + b} on the last axis: {@code [..., in] → [..., out]}.
 * Inputs of rank above 2 are reshaped to {@code [-1, in]} for one matrix product and back, so the
 * same layer is a pointwise (1×1) map on a grid {@code [batch, x, y, channels]}.
 *
 * <p>Variables: {@code name/w} of shape {@code [in, out]} (Glorot uniform by default) and
 * {@code name/b} of shape {@code [out]} (zeros by default). {@link #apply} may be called several
 * times; the calls share the weights.
 */
public final class Dense {
  private final String name;
  private final int in;
  private final int out;
  private final Ops tf;
  private final TfVariable w;
  private final TfVariable b;

  private Dense(String name, int in, int out, Ops tf, TfVariable w, TfVariable b) {
    this.name = name;
    this.in = in;
    this.out = out;
    this.tf = tf;
    this.w = w;
    this.b = b;
  }

  /** A layer with Glorot-uniform weights and zero bias; see {@link #create(TfGraph, String, int, int, Initializer, Initializer)}. */
  public static Dense create(TfGraph g, String name, int in, int out) {
    return create(g, name, in, out, Initializer.glorotUniform(), Initializer.zeros());
  }

  /**
   * @param g the graph to add the variables to
   * @param name the layer name, unique in {@code g}
   * @param in input features (last axis of the input), {@code >= 1}
   * @param out output features, {@code >= 1}
   * @param weightInit initial values of {@code w} ({@code [in, out]})
   * @param biasInit initial values of {@code b} ({@code [out]})
   * @return the layer
   */
  public static Dense create(TfGraph g, String name, int in, int out, Initializer weightInit, Initializer biasInit) {
    Shapes.positive(name, "in", in);
    Shapes.positive(name, "out", out);
    Ops tf = g.claimLayer(name);
    TfVariable w = g.variable(name + "/w", new long[] {in, out}, weightInit);
    TfVariable b = g.variable(name + "/b", new long[] {out}, biasInit);
    return new Dense(name, in, out, tf, w, b);
  }

  /**
   * @param x input of shape {@code [..., in]}, rank >= 2
   * @return {@code x W + b}, shape {@code [..., out]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireMinRank(name, x, 2, "[..., " + in + "]");
    Shapes.requireChannels(name, x, in);
    int rank = x.shape().numDimensions();
    if (rank == 2) {
      return tf.nn.biasAdd(tf.linalg.matMul(x, w.value()), b.value());
    }
    Operand<TFloat32> x2 = tf.reshape(x, tf.constant(new long[] {-1, in}));
    Operand<TFloat32> y2 = tf.nn.biasAdd(tf.linalg.matMul(x2, w.value()), b.value());
    long[] dims = x.shape().asArray();
    dims[rank - 1] = out;
    boolean innerKnown = true;
    for (int i = 1; i < rank - 1; i++) {
      innerKnown &= dims[i] >= 0;
    }
    if (innerKnown) {
      dims[0] = -1;
      return tf.reshape(y2, tf.constant(dims));
    }
    Operand<TInt64> shape = tf.shape(x, TInt64.class);
    Operand<TInt64> head = tf.slice(shape, tf.constant(new long[] {0}), tf.constant(new long[] {rank - 1}));
    return tf.reshape(y2, tf.concat(List.of(head, tf.constant(new long[] {out})), tf.constant(0)));
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return input features */
  public int in() {
    return in;
  }

  /** @return output features */
  public int out() {
    return out;
  }

  /** @return the weight {@code name/w}, {@code [in, out]} */
  public TfVariable weight() {
    return w;
  }

  /** @return the bias {@code name/b}, {@code [out]} */
  public TfVariable bias() {
    return b;
  }
}
