package dev.galerkin.operators.physics.pig;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.DerivativeSet;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import dev.galerkin.operators.tf.Initializer;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * The built network of a {@link PigConfig}. With {@code p_ik = 1/σ_ik} and
 * {@code q_ik = (x_k − μ_ik) p_ik}, {@code G_i = exp(−½ Σ_k q_ik²)}:
 * {@code ∂G_i/∂x_k = −G_i q_ik p_ik} and
 * {@code ∂²G_i/∂x_k∂x_l = G_i (q_ik p_ik q_il p_il − δ_kl p_ik²)}; the features and their
 * derivatives are {@code G f}, {@code G_k f}, {@code G_kl f} ({@code [N, N_g] × [N_g, C]}).
 * It must be applied to the input jet itself (derivatives with respect to the raw coordinates).
 */
final class Pig implements PhysicsModel.Network {
  private final Ops tf;
  private final int d;
  private final Operand<TFloat64> mu;
  private final Operand<TFloat64> logInverseScale;
  private final Operand<TFloat64> features;
  private final Operand<TFloat64> w1;
  private final Operand<TFloat64> b1;
  private final Operand<TFloat64> w2;
  private final Operand<TFloat64> b2;

  Pig(PigConfig c, PhysicsGraph g, Geometry geometry, long seed) {
    this.tf = g.ops();
    this.d = geometry.dimension();
    int m = c.perAxis();
    int n = (int) Math.pow(m, d);
    double[] lo = geometry.lower();
    double[] hi = geometry.upper();
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[n * d];
    double[] logp = new double[n * d];
    for (int i = 0; i < n; i++) {
      int rest = i;
      for (int k = d - 1; k >= 0; k--) {
        int j = rest % m;
        rest /= m;
        double h = (hi[k] - lo[k]) / m;
        means[i * d + k] = lo[k] + (j + 0.5) * h + 0.25 * h * (2 * random.nextDouble() - 1);
        logp[i * d + k] = -Math.log(c.sigmaScale() * h);
      }
    }
    double[] f = new double[n * c.channels()];
    for (int i = 0; i < f.length; i++) {
      double u1 = 1.0 - random.nextDouble();
      f[i] = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
    mu = g.parameter("pig/means", new long[] {n, d}, means);
    logInverseScale = g.parameter("pig/log_inverse_scale", new long[] {n, d}, logp);
    features = g.parameter("pig/features", new long[] {n, c.channels()}, f);
    w1 = g.parameter("pig/dense_0/w", new long[] {c.channels(), c.hidden()}, glorot(c.channels(), c.hidden(), random));
    b1 = g.parameter("pig/dense_0/b", new long[] {c.hidden()}, new double[c.hidden()]);
    w2 = g.parameter("pig/dense_1/w", new long[] {c.hidden(), 1}, glorot(c.hidden(), 1, random));
    b2 = g.parameter("pig/dense_1/b", new long[] {1}, new double[1]);
  }

  @Override
  public Jet apply(Jet x) {
    DerivativeSet ds = x.carried();
    Operand<TFloat64> p = tf.math.exp(logInverseScale);
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] q = new Operand[d];
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] qp = new Operand[d];
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] p2 = new Operand[d];
    Operand<TFloat64> sum = null;
    for (int k = 0; k < d; k++) {
      Operand<TFloat64> xk = column(x.value(), k);
      Operand<TFloat64> muk = row(mu, k);
      Operand<TFloat64> pk = row(p, k);
      q[k] = tf.math.mul(tf.math.sub(xk, muk), pk);
      qp[k] = tf.math.mul(q[k], pk);
      p2[k] = tf.math.square(pk);
      Operand<TFloat64> sq = tf.math.square(q[k]);
      sum = sum == null ? sq : tf.math.add(sum, sq);
    }
    Operand<TFloat64> gauss = tf.math.exp(tf.math.mul(tf.constant(-0.5), sum));
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] first = new Operand[d];
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[][] second = new Operand[d][d];
    for (int k = 0; k < d; k++) {
      if (ds.hasFirst(k)) {
        first[k] = tf.linalg.matMul(tf.math.neg(tf.math.mul(gauss, qp[k])), features);
      }
      for (int l = k; l < d; l++) {
        if (ds.hasSecond(k, l)) {
          Operand<TFloat64> inner = tf.math.mul(qp[k], qp[l]);
          if (k == l) {
            inner = tf.math.sub(inner, p2[k]);
          }
          second[k][l] = tf.linalg.matMul(tf.math.mul(gauss, inner), features);
          second[l][k] = second[k][l];
        }
      }
    }
    Jet fe = Jet.of(tf, ds, tf.linalg.matMul(gauss, features), first, second);
    return fe.dense(w1, b1).map(JetActivation.TANH).dense(w2, b2);
  }

  /** Column {@code k} of {@code [N, d]}: {@code [N, 1]}. */
  private Operand<TFloat64> column(Operand<TFloat64> a, int k) {
    return tf.slice(a, tf.constant(new int[] {0, k}), tf.constant(new int[] {-1, 1}));
  }

  /** Column {@code k} of {@code [N_g, d]} as a row: {@code [1, N_g]}. */
  private Operand<TFloat64> row(Operand<TFloat64> a, int k) {
    return tf.reshape(column(a, k), tf.constant(new int[] {1, -1}));
  }

  private static double[] glorot(int in, int out, SplittableRandom r) {
    float[] w = Initializer.glorotUniform().values(new long[] {in, out}, r.split());
    double[] v = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      v[i] = w[i];
    }
    return v;
  }
}
