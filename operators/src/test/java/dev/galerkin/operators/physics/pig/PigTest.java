package dev.galerkin.operators.physics.pig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.jet.DerivativeSet;
import dev.galerkin.operators.physics.jet.Jet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/** The Gaussians' closed-form derivatives, through the tiny MLP, against finite differences. */
class PigTest {
  private static final String[] NAMES = {"x", "y", "xx", "yy", "xy"};

  @Test
  void closedFormDerivativesMatchFiniteDifferences() {
    try (PhysicsGraph g = new PhysicsGraph(1)) {
      PhysicsModel.Network net = PigConfig.of(3).build(g, Geometry.rectangle(-1, -1, 1, 1), 5);
      Placeholder<TFloat64> x = g.input("x", 2);
      Jet u = net.apply(Jet.input(g.ops(), x, DerivativeSet.all("xy", 2)));
      List<Operand<TFloat64>> fetch = new ArrayList<>();
      fetch.add(u.value());
      for (String n : NAMES) {
        fetch.add(u.d(n));
      }
      double[] theta = g.initialParameters();
      double[] pts = {0.1, -0.3, -0.6, 0.7, 0.9, 0.2};
      List<double[]> out = g.run(theta, fetch, Map.of(x, pts));
      Function<double[], Double> f = q -> g.run(theta, List.of(u.value()), Map.of(x, q)).get(0)[0];
      double h = 1e-5;
      double h2 = 1e-4;
      for (int p = 0; p < 3; p++) {
        double a = pts[2 * p];
        double b = pts[2 * p + 1];
        double[] fd = {
          (f.apply(new double[] {a + h, b}) - f.apply(new double[] {a - h, b})) / (2 * h),
          (f.apply(new double[] {a, b + h}) - f.apply(new double[] {a, b - h})) / (2 * h),
          (f.apply(new double[] {a + h2, b}) - 2 * f.apply(new double[] {a, b}) + f.apply(new double[] {a - h2, b})) / (h2 * h2),
          (f.apply(new double[] {a, b + h2}) - 2 * f.apply(new double[] {a, b}) + f.apply(new double[] {a, b - h2})) / (h2 * h2),
          (f.apply(new double[] {a + h2, b + h2}) - f.apply(new double[] {a + h2, b - h2})
              - f.apply(new double[] {a - h2, b + h2}) + f.apply(new double[] {a - h2, b - h2})) / (4 * h2 * h2)
        };
        for (int k = 0; k < NAMES.length; k++) {
          assertEquals(fd[k], out.get(k + 1)[p], 2e-6 * Math.max(1, Math.abs(fd[k])), "d" + NAMES[k] + " at point " + p);
        }
      }
    }
  }
}
