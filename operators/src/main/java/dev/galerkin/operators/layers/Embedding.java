package dev.galerkin.operators.layers;

import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfVariable;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A token embedding: integer ids {@code [...]} to vectors {@code [..., W]} by row lookup (Gather,
 * which has a gradient) in a table {@code name/table} {@code [V, W]} (normal, standard deviation
 * {@code 1/√W} by default, so embedded tokens have unit-size components). The ids arrive as float
 * tensors (the feeds of {@link TfGraph} are float32; ids below 2²⁴ are exact) and are cast to int32
 * in the graph.
 */
public final class Embedding {
  private final String name;
  private final int vocabulary;
  private final int width;
  private final Ops tf;
  private final TfVariable table;

  private Embedding(TfGraph g, String name, int vocabulary, int width, Initializer init) {
    this.tf = g.claimLayer(name);
    this.name = name;
    this.vocabulary = vocabulary;
    this.width = width;
    this.table = g.variable(name + "/table", new long[] {vocabulary, width}, init);
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param vocabulary {@code V}, ids in {@code [0, V)}
   * @param width {@code W}
   * @return the layer
   */
  public static Embedding create(TfGraph g, String name, int vocabulary, int width) {
    Shapes.positive(name, "vocabulary", vocabulary);
    Shapes.positive(name, "width", width);
    return new Embedding(g, name, vocabulary, width,
        Initializer.normal(0, 1 / Math.sqrt(width)));
  }

  /**
   * @param ids token ids as floats, any shape {@code [...]}, each in {@code [0, V)} (TensorFlow's
   *     CPU Gather fails on an id outside the table)
   * @return the rows, {@code [..., W]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> ids) {
    Operand<TInt32> index = tf.dtypes.cast(ids, TInt32.class);
    return tf.gather(table.value(), index, tf.constant(0));
  }

  /** @return the table {@code [V, W]} */
  public TfVariable table() {
    return table;
  }

  /** @return {@code V} */
  public int vocabulary() {
    return vocabulary;
  }

  /** @return {@code W} */
  public int width() {
    return width;
  }

  /** @return the layer name */
  public String name() {
    return name;
  }
}
