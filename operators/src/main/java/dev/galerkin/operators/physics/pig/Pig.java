package dev.galerkin.operators.physics.pig;

import dev.galerkin.GalerkinException;
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
 * The built network of a {@link PigConfig}. With {@code r_ik = x_k − μ_ik} and the precision
 * factor {@code L_i} ({@code Σ_i⁻¹ = L_i L_iᵀ}), {@code z_i = L_iᵀ r_i}, {@code w_i = L_i z_i =
 * Σ_i⁻¹ r_i} and {@code G_i = exp(−½ |z_i|²)}: {@code ∂G_i/∂x_k = −G_i w_ik} and
 * {@code ∂²G_i/∂x_k∂x_l = G_i (w_ik w_il − (L_i L_iᵀ)_kl)}. Diagonal covariances are the case
 * {@code L_i = diag(p_i)}, {@code p_ik = 1/σ_ik}, computed without the zero entries. The features and
 * their derivatives are {@code G f}, {@code G_k f}, {@code G_kl f} ({@code [N, N_g] × [N_g, C]}).
 * It must be applied to the input jet itself (derivatives with respect to the raw coordinates).
 */
final class Pig implements PhysicsModel.Network {
  private final Ops tf;
  private final int d;
  private final boolean full;
  private final Operand<TFloat64> mu;
  /** {@code log(1/σ)} (diagonal) or {@code log diag L} (full), {@code [N_g, d]}. */
  private final Operand<TFloat64> logDiagonal;
  /** The strictly lower entries of {@code L}, {@code [N_g, d(d−1)/2]}; null if diagonal or d = 1. */
  private final Operand<TFloat64> lower;
  private final Operand<TFloat64> features;
  private final Operand<TFloat64> w1;
  private final Operand<TFloat64> b1;
  private final Operand<TFloat64> w2;
  private final Operand<TFloat64> b2;

  Pig(PigConfig c, PhysicsGraph g, Geometry geometry, long seed) {
    this.tf = g.ops();
    this.d = geometry.dimension();
    this.full = c.covariance() == PigConfig.Covariance.FULL;
    int m = c.perAxis();
    double count = Math.pow(m, d);
    if (count > 1 << 22) {
      throw new GalerkinException("pig: " + m + "^" + d + " Gaussians is too many (at most 2^22)");
    }
    int n = (int) count;
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
    mu = g.parameter(PigConfig.MEANS, new long[] {n, d}, means);
    if (full) {
      logDiagonal = g.parameter(PigConfig.LOG_FACTOR_DIAGONAL, new long[] {n, d}, logp);
      int t = d * (d - 1) / 2;
      lower = t == 0 ? null : g.parameter(PigConfig.FACTOR_LOWER, new long[] {n, t}, new double[n * t]);
    } else {
      logDiagonal = g.parameter(PigConfig.LOG_INVERSE_SCALE, new long[] {n, d}, logp);
      lower = null;
    }
    features = g.parameter(PigConfig.FEATURES, new long[] {n, c.channels()}, f);
    w1 = g.parameter("pig/dense_0/w", new long[] {c.channels(), c.hidden()}, glorot(c.channels(), c.hidden(), random));
    b1 = g.parameter("pig/dense_0/b", new long[] {c.hidden()}, new double[c.hidden()]);
    w2 = g.parameter("pig/dense_1/w", new long[] {c.hidden(), 1}, glorot(c.hidden(), 1, random));
    b2 = g.parameter("pig/dense_1/b", new long[] {1}, new double[1]);
  }

  @Override
  public Jet apply(Jet x) {
    DerivativeSet ds = x.carried();
    Operand<TFloat64> p = tf.math.exp(logDiagonal);
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] r = new Operand[d];
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[][] factor = new Operand[d][d];
    for (int k = 0; k < d; k++) {
      r[k] = tf.math.sub(column(x.value(), k), row(mu, k));
      factor[k][k] = row(p, k);
    }
    int at = 0;
    for (int k = 0; k < d && lower != null; k++) {
      for (int l = 0; l < k; l++) {
        factor[k][l] = row(lower, at++);
      }
    }
    // z_k = Σ_{j >= k} L_jk r_j, w_k = Σ_{j <= k} L_kj z_j, P_kl = Σ_{j <= min(k, l)} L_kj L_lj
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] z = new Operand[d];
    Operand<TFloat64> sum = null;
    for (int k = 0; k < d; k++) {
      z[k] = tf.math.mul(r[k], factor[k][k]);
      for (int j = k + 1; j < d; j++) {
        if (factor[j][k] != null) {
          z[k] = tf.math.add(z[k], tf.math.mul(r[j], factor[j][k]));
        }
      }
      Operand<TFloat64> sq = tf.math.square(z[k]);
      sum = sum == null ? sq : tf.math.add(sum, sq);
    }
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] w = new Operand[d];
    for (int k = 0; k < d; k++) {
      w[k] = tf.math.mul(z[k], factor[k][k]);
      for (int j = 0; j < k; j++) {
        if (factor[k][j] != null) {
          w[k] = tf.math.add(w[k], tf.math.mul(z[j], factor[k][j]));
        }
      }
    }
    Operand<TFloat64> gauss = tf.math.exp(tf.math.mul(tf.constant(-0.5), sum));
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[] first = new Operand[d];
    @SuppressWarnings("unchecked")
    Operand<TFloat64>[][] second = new Operand[d][d];
    for (int k = 0; k < d; k++) {
      if (ds.hasFirst(k)) {
        first[k] = tf.linalg.matMul(tf.math.neg(tf.math.mul(gauss, w[k])), features);
      }
      for (int l = k; l < d; l++) {
        if (ds.hasSecond(k, l)) {
          Operand<TFloat64> inner = tf.math.mul(w[k], w[l]);
          Operand<TFloat64> precision = precision(factor, k, l);
          if (precision != null) {
            inner = tf.math.sub(inner, precision);
          }
          second[k][l] = tf.linalg.matMul(tf.math.mul(gauss, inner), features);
          second[l][k] = second[k][l];
        }
      }
    }
    Jet fe = Jet.of(tf, ds, tf.linalg.matMul(gauss, features), first, second);
    return fe.dense(w1, b1).map(JetActivation.TANH).dense(w2, b2);
  }

  /** {@code (L Lᵀ)_kl = Σ_{j <= min(k, l)} L_kj L_lj} as {@code [1, N_g]}, null if structurally 0. */
  private Operand<TFloat64> precision(Operand<TFloat64>[][] factor, int k, int l) {
    Operand<TFloat64> s = null;
    for (int j = 0; j <= Math.min(k, l); j++) {
      if (factor[k][j] != null && factor[l][j] != null) {
        Operand<TFloat64> t = k == l ? tf.math.square(factor[k][j]) : tf.math.mul(factor[k][j], factor[l][j]);
        s = s == null ? t : tf.math.add(s, t);
      }
    }
    return s;
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
