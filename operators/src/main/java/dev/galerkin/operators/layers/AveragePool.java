package dev.galerkin.operators.layers;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Shapes;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Average pooling by an integer factor (down-sampling without weights), channel-last, 1D to 3D:
 * {@code [batch, n_1, …, n_d, C] → [batch, ⌊n_1/f⌋, …, ⌊n_d/f⌋, C]}, each output point the mean of
 * an {@code f^d} block of non-overlapping input points (TensorFlow's {@code AvgPool} and
 * {@code AvgPool3D}, {@code VALID}; PyTorch's {@code AvgPool2d(f)}). No variables.
 */
public final class AveragePool {
  private final String name;
  private final int dims;
  private final int factor;
  private final Ops tf;

  private AveragePool(String name, int dims, int factor, Ops tf) {
    this.name = name;
    this.dims = dims;
    this.factor = factor;
    this.tf = tf;
  }

  /**
   * @param g the graph
   * @param name the layer name, unique in {@code g}
   * @param dims spatial dimensions, 1 to 3
   * @param factor the block extent and stride, {@code >= 1}
   * @return the layer
   */
  public static AveragePool create(TfGraph g, String name, int dims, int factor) {
    if (dims < 1 || dims > 3) {
      throw new GalerkinException("layer '" + name + "': dims must be 1, 2 or 3, got " + dims);
    }
    Shapes.positive(name, "factor", factor);
    return new AveragePool(name, dims, factor, g.claimLayer(name));
  }

  /**
   * @param x {@code [batch, n_1, …, n_d, C]} with {@code n_a >= factor}
   * @return the block means, {@code [batch, ⌊n_1/f⌋, …, C]}
   */
  public Operand<TFloat32> apply(Operand<TFloat32> x) {
    Shapes.requireRank(name, x, dims + 2, "[batch, ...grid, channels] with " + dims + " grid axes");
    for (int a = 1; a <= dims; a++) {
      long n = x.shape().get(a);
      if (n >= 0 && n < factor) {
        throw new GalerkinException("layer '" + name + "': grid extent " + n + " along axis " + a
            + " is below the pooling factor " + factor);
      }
    }
    boolean line = dims == 1;
    List<Long> window = new ArrayList<>();
    window.add(1L);
    for (int a = 0; a < Math.max(dims, 2); a++) {
      window.add(line && a == 0 ? 1L : (long) factor);
    }
    window.add(1L);
    if (dims == 3) {
      return tf.nn.avgPool3d(x, window, window, "VALID");
    }
    Operand<TFloat32> x4 = line ? tf.expandDims(x, tf.constant(1)) : x;
    Operand<TFloat32> y = tf.nn.avgPool(x4, window, window, "VALID");
    return line ? tf.squeeze(y, org.tensorflow.op.core.Squeeze.axis(List.of(1L))) : y;
  }

  /** @return the layer name */
  public String name() {
    return name;
  }

  /** @return the pooling factor */
  public int factor() {
    return factor;
  }
}
