package dev.galerkin.operators.physics.pde;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * A {@code float64} expression over collocation points, shape {@code [N, 1]} (or broadcastable to
 * it): what a residual is written in. A thin, immutable wrapper over graph ops so that a PDE reads
 * as arithmetic: {@code u.d("t").plus(u.value().times(u.d("x"))).minus(u.d("xx").times(nu))}.
 */
public final class Expr {
  private final Ops tf;
  private final Operand<TFloat64> op;

  /**
   * @param tf the op factory
   * @param op the operand
   */
  public Expr(Ops tf, Operand<TFloat64> op) {
    this.tf = tf;
    this.op = op;
  }

  /** @return the graph operand */
  public Operand<TFloat64> operand() {
    return op;
  }

  /** @return the constant {@code c} */
  public Expr constant(double c) {
    return new Expr(tf, tf.constant(c));
  }

  /** @return {@code this + o} */
  public Expr plus(Expr o) {
    return new Expr(tf, tf.math.add(op, o.op));
  }

  /** @return {@code this + c} */
  public Expr plus(double c) {
    return new Expr(tf, tf.math.add(op, tf.constant(c)));
  }

  /** @return {@code this − o} */
  public Expr minus(Expr o) {
    return new Expr(tf, tf.math.sub(op, o.op));
  }

  /** @return {@code this − c} */
  public Expr minus(double c) {
    return plus(-c);
  }

  /** @return {@code this · o} */
  public Expr times(Expr o) {
    return new Expr(tf, tf.math.mul(op, o.op));
  }

  /** @return {@code c · this} */
  public Expr times(double c) {
    return new Expr(tf, tf.math.mul(op, tf.constant(c)));
  }

  /** @return {@code this / o} */
  public Expr div(Expr o) {
    return new Expr(tf, tf.math.div(op, o.op));
  }

  /** @return {@code −this} */
  public Expr negate() {
    return new Expr(tf, tf.math.neg(op));
  }

  /** @return {@code this²} */
  public Expr squared() {
    return new Expr(tf, tf.math.square(op));
  }

  /** @return {@code this³} */
  public Expr cubed() {
    return times(squared());
  }

  /** @return {@code sin(this)} */
  public Expr sin() {
    return new Expr(tf, tf.math.sin(op));
  }

  /** @return {@code cos(this)} */
  public Expr cos() {
    return new Expr(tf, tf.math.cos(op));
  }

  /** @return {@code exp(this)} */
  public Expr exp() {
    return new Expr(tf, tf.math.exp(op));
  }

  /** @return {@code tanh(this)} */
  public Expr tanh() {
    return new Expr(tf, tf.math.tanh(op));
  }
}
