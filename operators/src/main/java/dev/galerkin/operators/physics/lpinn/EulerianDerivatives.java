package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.operators.physics.jet.Jet;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * Eulerian space derivatives of a state carried along a map of characteristics, by the chain rule
 * through {@code x = x_L(ξ, t)}: with the jets of {@code x_L} and {@code u_L} in the Lagrangian
 * coordinates {@code (ξ, t)} (the jet's coordinate letter {@code x} stands for {@code ξ}),
 *
 * <pre>
 *   u_x  = u_ξ / x_ξ
 *   u_xx = (u_ξξ x_ξ − u_ξ x_ξξ) / x_ξ³
 * </pre>
 *
 * Both are {@code [N, 1]}. They are finite only where the map is invertible ({@code x_ξ ≠ 0}); a
 * shock (characteristics meeting) makes {@code x_ξ → 0}.
 */
public final class EulerianDerivatives {
  private EulerianDerivatives() {}

  /**
   * @param xl the jet of {@code x_L}, carrying {@code "x"}
   * @param ul the jet of {@code u_L}, carrying {@code "x"}
   * @return {@code u_x = u_ξ / x_ξ}
   */
  public static Operand<TFloat64> ux(Jet xl, Jet ul) {
    return ul.ops().math.div(ul.d("x"), xl.d("x"));
  }

  /**
   * @param xl the jet of {@code x_L}, carrying {@code "xx"}
   * @param ul the jet of {@code u_L}, carrying {@code "xx"}
   * @return {@code u_xx = (u_ξξ x_ξ − u_ξ x_ξξ) / x_ξ³}
   */
  public static Operand<TFloat64> uxx(Jet xl, Jet ul) {
    Ops tf = ul.ops();
    Operand<TFloat64> xs = xl.d("x");
    Operand<TFloat64> num = tf.math.sub(tf.math.mul(ul.d("xx"), xs), tf.math.mul(ul.d("x"), xl.d("xx")));
    return tf.math.div(num, tf.math.mul(xs, tf.math.mul(xs, xs)));
  }
}
