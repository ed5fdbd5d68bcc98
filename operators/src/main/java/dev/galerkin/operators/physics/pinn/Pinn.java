package dev.galerkin.operators.physics.pinn;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.jet.JetActivation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/** The built network of a {@link PinnConfig}: scale to {@code [−1, 1]}, Fourier features, hidden layers, linear output. */
final class Pinn implements PhysicsModel.Network {
  private final PinnConfig config;
  private final Ops tf;
  private final Operand<TFloat64> scale;
  private final Operand<TFloat64> shift;
  private final Operand<TFloat64> fourier;
  private final JetMlp mlp;

  Pinn(PinnConfig config, PhysicsGraph g, Geometry geometry, long seed) {
    this.config = config;
    this.tf = g.ops();
    int d = geometry.dimension();
    double[] lo = geometry.lower();
    double[] hi = geometry.upper();
    double[][] s = new double[d][d];
    double[] b = new double[d];
    for (int i = 0; i < d; i++) {
      s[i][i] = 2 / (hi[i] - lo[i]);
      b[i] = -(hi[i] + lo[i]) / (hi[i] - lo[i]);
    }
    scale = tf.constant(s);
    shift = tf.constant(b);
    SplittableRandom random = new SplittableRandom(seed);
    int in = d;
    if (config.fourierFeatures() > 0) {
      int m = config.fourierFeatures();
      double[][] bm = new double[d][m];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < m; j++) {
          bm[i][j] = 2 * Math.PI * config.fourierScale() * gaussian(random);
        }
      }
      fourier = tf.constant(bm);
      in = 2 * m;
    } else {
      fourier = null;
    }
    List<Integer> widths = new ArrayList<>(config.hidden());
    widths.add(1);
    mlp = new JetMlp(g, "pinn", in, widths, config.activation(), random, false);
  }

  @Override
  public Jet apply(Jet x) {
    Jet h = x.dense(scale, shift);
    if (fourier != null) {
      Jet z = h.dense(fourier, null);
      h = Jet.concat(List.of(z.map(JetActivation.SIN), z.map(JetActivation.COS)));
    }
    return mlp.apply(h);
  }

  private static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
