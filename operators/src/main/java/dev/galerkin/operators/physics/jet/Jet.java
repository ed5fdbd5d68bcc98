package dev.galerkin.operators.physics.jet;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * A value {@code a} of shape {@code [N, C]} (N points, C channels) together with the partial
 * derivatives {@code ∂a/∂x_i} and {@code ∂²a/∂x_i∂x_j} with respect to the input coordinates that
 * its {@link DerivativeSet} carries, each also {@code [N, C]} (or {@code [1, C]} where it does not
 * depend on the point). Forward-mode automatic differentiation inside the graph:
 *
 * <ul>
 *   <li>input {@code x}: {@code x_i = e_i}, {@code x_ij = 0};
 *   <li>{@link #dense} {@code z = aW + b}: {@code z_i = a_i W}, {@code z_ij = a_ij W};
 *   <li>{@link #map} {@code σ(z)}: {@code σ'(z) z_i}, {@code σ''(z) z_i z_j + σ'(z) z_ij};
 *   <li>{@link #times} (product rule): {@code (fg)_ij = f_ij g + f_i g_j + f_j g_i + f g_ij}.
 * </ul>
 *
 * A derivative known to be zero is kept as {@code null} and costs nothing. Asking for a derivative
 * that is not carried is an error naming it and what is carried. Immutable.
 */
public final class Jet {
  private final Ops tf;
  private final DerivativeSet carried;
  private final Operand<TFloat64> value;
  private final Operand<TFloat64>[] first;
  private final Operand<TFloat64>[][] second;

  private Jet(Ops tf, DerivativeSet carried, Operand<TFloat64> value, Operand<TFloat64>[] first,
      Operand<TFloat64>[][] second) {
    this.tf = tf;
    this.carried = carried;
    this.value = value;
    this.first = first;
    this.second = second;
  }

  /**
   * The coordinates themselves, the start of every forward pass.
   *
   * @param tf the op factory
   * @param x the points, {@code [N, d]} with {@code d = carried.dimension()}
   * @param carried the derivatives to carry
   * @return the jet of {@code x}: {@code ∂x/∂x_i = e_i}, second derivatives zero
   */
  public static Jet input(Ops tf, Operand<TFloat64> x, DerivativeSet carried) {
    int d = carried.dimension();
    if (x.shape().numDimensions() != 2 || x.shape().get(1) != d) {
      throw new GalerkinException("jet input: expected points of shape [N, " + d + "] for coordinates '"
          + carried.coordinates() + "', got " + x.shape());
    }
    Operand<TFloat64>[] f = newFirst(d);
    for (int i = 0; i < d; i++) {
      if (carried.hasFirst(i)) {
        double[][] e = new double[1][d];
        e[0][i] = 1;
        f[i] = tf.constant(e);
      }
    }
    return new Jet(tf, carried, x, f, newSecond(d));
  }

  /**
   * Wraps operands computed elsewhere (for closed-form derivatives, such as Gaussians).
   *
   * @param tf the op factory
   * @param carried what is carried
   * @param value {@code [N, C]}
   * @param first {@code d} first derivatives, {@code null} entries for zero (or not carried)
   * @param second {@code d × d} symmetric second derivatives, {@code null} for zero
   * @return the jet
   */
  public static Jet of(Ops tf, DerivativeSet carried, Operand<TFloat64> value, Operand<TFloat64>[] first,
      Operand<TFloat64>[][] second) {
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = carried.hasFirst(i) ? first[i] : null;
      for (int j = 0; j < d; j++) {
        s[i][j] = carried.hasSecond(i, j) ? second[i][j] : null;
      }
    }
    return new Jet(tf, carried, value, f, s);
  }

  /** @return the op factory the jet's ops are made with */
  public Ops ops() {
    return tf;
  }

  /** @return what this jet carries */
  public DerivativeSet carried() {
    return carried;
  }

  /** @return the value, {@code [N, C]} */
  public Operand<TFloat64> value() {
    return value;
  }

  /**
   * @param name a derivative such as {@code "x"}, {@code "xx"} or {@code "xy"}
   * @return the derivative, {@code [N, C]} or broadcastable to it
   * @throws GalerkinException if it is not carried
   */
  public Operand<TFloat64> d(String name) {
    int[] ax = DerivativeSet.axes(carried.coordinates(), name);
    if (!carried.contains(name)) {
      throw new GalerkinException("derivative '" + name + "' is asked for but not carried: the model "
          + "carries " + carried + "; declare '" + name + "' among the PDE's (or condition's) derivatives");
    }
    Operand<TFloat64> v = ax.length == 1 ? first[ax[0]] : second[ax[0]][ax[1]];
    return v != null ? v : tf.math.mul(value, tf.constant(0.0));
  }

  /**
   * A dense layer {@code aW + b}.
   *
   * @param w {@code [C, C']}
   * @param b {@code [C']} or {@code null}
   * @return the jet of the layer's output
   */
  public Jet dense(Operand<TFloat64> w, Operand<TFloat64> b) {
    Operand<TFloat64> v = tf.linalg.matMul(value, w);
    if (b != null) {
      v = tf.math.add(v, b);
    }
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = first[i] == null ? null : tf.linalg.matMul(first[i], w);
      for (int j = i; j < d; j++) {
        s[i][j] = second[i][j] == null ? null : tf.linalg.matMul(second[i][j], w);
        s[j][i] = s[i][j];
      }
    }
    return new Jet(tf, carried, v, f, s);
  }

  /**
   * An element-wise function by the chain rule.
   *
   * @param act the function
   * @return {@code σ(a)} with its derivatives
   */
  public Jet map(JetActivation act) {
    if (act == JetActivation.IDENTITY) {
      return this;
    }
    int order = carried.hasSecondOrder() ? 2 : carried.names().isEmpty() ? 0 : 1;
    Operand<TFloat64>[] s = act.apply(tf, value, order);
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] sec = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = first[i] == null ? null : tf.math.mul(s[1], first[i]);
    }
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        if (!carried.hasSecond(i, j)) {
          continue;
        }
        Operand<TFloat64> r = null;
        if (first[i] != null && first[j] != null) {
          r = tf.math.mul(s[2], tf.math.mul(first[i], first[j]));
        }
        if (second[i][j] != null) {
          Operand<TFloat64> t = tf.math.mul(s[1], second[i][j]);
          r = r == null ? t : tf.math.add(r, t);
        }
        sec[i][j] = r;
        sec[j][i] = r;
      }
    }
    return new Jet(tf, carried, s[0], f, sec);
  }

  /** @return {@code this + other} (same carried set, shapes broadcast) */
  public Jet plus(Jet other) {
    same(other);
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = add(first[i], other.first[i]);
      for (int j = 0; j < d; j++) {
        s[i][j] = add(second[i][j], other.second[i][j]);
      }
    }
    return new Jet(tf, carried, tf.math.add(value, other.value), f, s);
  }

  /** @return {@code c · this} */
  public Jet scale(double c) {
    Operand<TFloat64> k = tf.constant(c);
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = first[i] == null ? null : tf.math.mul(k, first[i]);
      for (int j = 0; j < d; j++) {
        s[i][j] = second[i][j] == null ? null : tf.math.mul(k, second[i][j]);
      }
    }
    return new Jet(tf, carried, tf.math.mul(k, value), f, s);
  }

  /** @return the element-wise product {@code this · other} by the product rule */
  public Jet times(Jet other) {
    same(other);
    int d = carried.dimension();
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      f[i] = add(mul(first[i], other.value), mul(value, other.first[i]));
    }
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        if (!carried.hasSecond(i, j)) {
          continue;
        }
        Operand<TFloat64> r = add(mul(second[i][j], other.value), mul(value, other.second[i][j]));
        r = add(r, add(mul(first[i], other.first[j]), mul(first[j], other.first[i])));
        s[i][j] = r;
        s[j][i] = r;
      }
    }
    return new Jet(tf, carried, tf.math.mul(value, other.value), f, s);
  }

  /**
   * Concatenates jets along the channel axis.
   *
   * @param parts jets with the same carried set and point count
   * @return {@code [N, ΣC]}
   */
  public static Jet concat(List<Jet> parts) {
    if (parts.isEmpty()) {
      throw new GalerkinException("jet concat: no parts");
    }
    Jet p0 = parts.get(0);
    Ops tf = p0.tf;
    int d = p0.carried.dimension();
    Operand<TFloat64> axis = null;
    List<Operand<TFloat64>> values = new ArrayList<>();
    for (Jet p : parts) {
      p0.same(p);
      values.add(p.value);
    }
    Operand<TFloat64>[] f = newFirst(d);
    Operand<TFloat64>[][] s = newSecond(d);
    for (int i = 0; i < d; i++) {
      if (p0.carried.hasFirst(i)) {
        List<Operand<TFloat64>> c = new ArrayList<>();
        for (Jet p : parts) {
          c.add(p.full(p.first[i]));
        }
        f[i] = tf.concat(c, tf.constant(1));
      }
      for (int j = i; j < d; j++) {
        if (p0.carried.hasSecond(i, j)) {
          List<Operand<TFloat64>> c = new ArrayList<>();
          for (Jet p : parts) {
            c.add(p.full(p.second[i][j]));
          }
          s[i][j] = tf.concat(c, tf.constant(1));
          s[j][i] = s[i][j];
        }
      }
    }
    return new Jet(tf, p0.carried, tf.concat(values, tf.constant(1)), f, s);
  }

  /** {@code x} broadcast to the value's shape; zero when {@code null}. */
  private Operand<TFloat64> full(Operand<TFloat64> x) {
    Operand<TFloat64> zero = tf.math.mul(value, tf.constant(0.0));
    return x == null ? zero : tf.math.add(x, zero);
  }

  private void same(Jet other) {
    if (!carried.equals(other.carried)) {
      throw new GalerkinException("jets carry different derivatives: " + carried + " and " + other.carried);
    }
  }

  private Operand<TFloat64> add(Operand<TFloat64> a, Operand<TFloat64> b) {
    return a == null ? b : b == null ? a : tf.math.add(a, b);
  }

  private Operand<TFloat64> mul(Operand<TFloat64> a, Operand<TFloat64> b) {
    return a == null || b == null ? null : tf.math.mul(a, b);
  }

  @SuppressWarnings("unchecked")
  private static Operand<TFloat64>[] newFirst(int d) {
    return new Operand[d];
  }

  @SuppressWarnings("unchecked")
  private static Operand<TFloat64>[][] newSecond(int d) {
    return new Operand[d][d];
  }
}
