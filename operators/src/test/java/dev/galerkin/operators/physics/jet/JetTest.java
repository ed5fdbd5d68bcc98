package dev.galerkin.operators.physics.jet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.PhysicsGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/** Forward-mode derivatives of dense layers, activations, products and concatenation against finite differences. */
class JetTest {
  private static final String[] NAMES = {"x", "y", "xx", "yy", "xy"};
  private static final double[] POINTS = {0.3, -0.2, -0.7, 0.5, 1.1, 0.9};

  /** Dense → σ → dense → σ → dense, so first and second derivatives go through two nonlinear layers. */
  @ParameterizedTest
  @EnumSource(JetActivation.class)
  void activationsAndDenseMatchFiniteDifferences(JetActivation act) {
    check(g -> {
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet in = Jet.input(g.ops(), x, DerivativeSet.all("xy", 2));
      Jet h = in.dense(param(g, "w1", 2, 6), param(g, "b1", 6)).map(act);
      h = h.dense(param(g, "w2", 6, 5), param(g, "b2", 5)).map(act);
      return new Built(x, h.dense(param(g, "w3", 5, 1), null));
    });
  }

  @Test
  void productsAndConcatenationMatchFiniteDifferences() {
    check(g -> {
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet in = Jet.input(g.ops(), x, DerivativeSet.all("xy", 2));
      Jet a = in.dense(param(g, "wa", 2, 3), param(g, "ba", 3)).map(JetActivation.SIN);
      Jet b = in.dense(param(g, "wb", 2, 3), null).map(JetActivation.EXP);
      Jet c = Jet.concat(List.of(a.times(b), in.scale(0.5), a.plus(b)));
      return new Built(x, c.dense(param(g, "w", 8, 1), null).map(JetActivation.TANH));
    });
  }

  @Test
  void missingDerivativeNamesItAndWhatIsCarried() {
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet in = Jet.input(g.ops(), x, DerivativeSet.of("xy", List.of("x", "yy")));
      assertTrue(in.carried().contains("y"), "yy carries y by the chain rule");
      GalerkinException e = assertThrows(GalerkinException.class, () -> in.d("xy"));
      assertTrue(e.getMessage().contains("'xy'") && e.getMessage().contains("x, y, yy"), e.getMessage());
      GalerkinException e2 = assertThrows(GalerkinException.class, () -> in.d("xz"));
      assertTrue(e2.getMessage().contains("'z' is not a coordinate"), e2.getMessage());
      assertThrows(GalerkinException.class, () -> in.d("xxx"));
    }
  }

  private record Built(Placeholder<TFloat64> x, Jet u) {}

  private static void check(Function<PhysicsGraph, Built> build) {
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      Built b = build.apply(g);
      List<Operand<TFloat64>> fetch = new ArrayList<>();
      fetch.add(b.u().value());
      for (String n : NAMES) {
        fetch.add(b.u().d(n));
      }
      double[] theta = g.initialParameters();
      int n = POINTS.length / 2;
      List<double[]> out = g.run(theta, fetch, Map.of(b.x(), POINTS));
      double h = 1e-5;
      double h2 = 1e-4;
      for (int p = 0; p < n; p++) {
        double x = POINTS[2 * p];
        double y = POINTS[2 * p + 1];
        Function<double[], Double> f = q -> g.run(theta, List.of(b.u().value()), Map.of(b.x(), q)).get(0)[0];
        double[] fd = {
          (f.apply(pt(x + h, y)) - f.apply(pt(x - h, y))) / (2 * h),
          (f.apply(pt(x, y + h)) - f.apply(pt(x, y - h))) / (2 * h),
          (f.apply(pt(x + h2, y)) - 2 * f.apply(pt(x, y)) + f.apply(pt(x - h2, y))) / (h2 * h2),
          (f.apply(pt(x, y + h2)) - 2 * f.apply(pt(x, y)) + f.apply(pt(x, y - h2))) / (h2 * h2),
          (f.apply(pt(x + h2, y + h2)) - f.apply(pt(x + h2, y - h2)) - f.apply(pt(x - h2, y + h2))
              + f.apply(pt(x - h2, y - h2))) / (4 * h2 * h2)
        };
        assertEquals(f.apply(pt(x, y)), out.get(0)[p], 1e-12, "value");
        for (int k = 0; k < NAMES.length; k++) {
          double got = out.get(k + 1).length == 1 ? out.get(k + 1)[0] : out.get(k + 1)[p];
          double tol = 2e-6 * Math.max(1, Math.abs(fd[k]));
          assertEquals(fd[k], got, tol, "d" + NAMES[k] + " at (" + x + ", " + y + ")");
        }
      }
    }
  }

  private static double[] pt(double x, double y) {
    return new double[] {x, y};
  }

  static Operand<TFloat64> param(PhysicsGraph g, String name, long... shape) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    SplittableRandom r = new SplittableRandom(name.hashCode());
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble(-1, 1);
    }
    return g.parameter(name, shape, v);
  }
}
