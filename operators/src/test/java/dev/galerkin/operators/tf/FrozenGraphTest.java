package dev.galerkin.operators.tf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.deeponet.BranchKind;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.mgno.Mgno;
import dev.galerkin.operators.mgno.MgnoConfig;
import dev.galerkin.operators.sinenet.SineNet;
import dev.galerkin.operators.sinenet.SineNetConfig;
import dev.galerkin.operators.unet.Unet;
import dev.galerkin.operators.unet.UnetConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Frozen (inference) graphs, {@link TfGraphBuilder#frozen}: every family's forward pass with its
 * weights as constants gives what the same weights in variables give, and a frozen graph refuses
 * what only variables can do.
 */
class FrozenGraphTest {

  /** Output of {@code m} on {@code x} with variables, the weights it had, and the frozen output. */
  private static void checkSame(String what, OperatorModel m, Shape in, Shape out) {
    FloatArray x = TfGraphTest.random(new SplittableRandom(5), prepend(3, in.dims()));
    FloatArray expected;
    Map<String, float[]> weights;
    try (TfGraph g = TfGraph.builder().seed(11).threads(1).build()) {
      Placeholder<TFloat32> p = g.placeholder("input", prepend(-1, in.dims()));
      expected = g.eval(m.forward(g, p, in, out), Map.of(p, x));
      weights = g.readAll(g.variableNames());
    }
    try (TfGraph f = TfGraph.builder().threads(1).frozen(weights).build()) {
      Placeholder<TFloat32> p = f.placeholder("input", prepend(-1, in.dims()));
      FloatArray actual = f.eval(m.forward(f, p, in, out), Map.of(p, x));
      assertEquals(expected.shape(), actual.shape(), what);
      double size = 0;
      double diff = 0;
      for (int i = 0; i < expected.size(); i++) {
        size = Math.max(size, Math.abs(expected.at(i)));
        diff = Math.max(diff, Math.abs(expected.at(i) - actual.at(i)));
      }
      assertTrue(size > 1e-3, what + ": a non-trivial output");
      assertTrue(diff <= 1e-5 * size, what + ": frozen differs from variables by " + diff / size);
      for (String name : f.variableNames()) {
        assertArrayEquals(weights.get(name), f.read(name), what + ": read back " + name);
      }
    }
  }

  private static long[] prepend(long first, long[] dims) {
    long[] d = new long[dims.length + 1];
    d[0] = first;
    System.arraycopy(dims, 0, d, 1, dims.length);
    return d;
  }

  @Test
  void everyGridFamilyPredictsTheSameFrozen() {
    checkSame("FNO 2D", new Fno(new FnoConfig(2, 8, 4, 2, 16, Activation.GELU)),
        Shape.of(12, 12), Shape.of(12, 12));
    checkSame("FNO 1D", new Fno(new FnoConfig(1, 8, 4, 2, 16, Activation.GELU)),
        Shape.of(16), Shape.of(16));
    checkSame("DeepONet", new DeepOnet(DeepOnetConfig.builder().dimensions(1).branch(2, 16)
        .trunk(2, 16).latent(8).build()), Shape.of(12), Shape.of(20));
    checkSame("DeepONet CNN branch", new DeepOnet(DeepOnetConfig.builder().dimensions(2)
        .branchKind(BranchKind.CNN).filters(4, 8).branch(1, 16).trunk(1, 16).latent(8).build()),
        Shape.of(12, 12), Shape.of(12, 12));
    checkSame("U-Net", new Unet(new UnetConfig(4, List.of(1, 2), 1, 1, 1, Padding.ZERO,
        Activation.GELU)), Shape.of(16, 16), Shape.of(16, 16));
    checkSame("SineNet", new SineNet(new SineNetConfig(4, 2, 2, 2, 1, 1, Padding.ZERO,
        Activation.GELU)), Shape.of(16, 16), Shape.of(16, 16));
    checkSame("MgNO", new Mgno(new MgnoConfig(2, 4, 2, 4, 1, 2, 1, Padding.ZERO,
        Activation.GELU, true)), Shape.of(16, 16), Shape.of(16, 16));
  }

  @Test
  void aFrozenGraphCannotBeTrainedOrWritten() {
    Map<String, float[]> weights = new HashMap<>();
    weights.put("d/w", new float[] {1, 2, 3, 4, 5, 6});
    weights.put("d/b", new float[] {0.5f, -0.5f});
    try (TfGraph f = TfGraph.builder().threads(1).frozen(weights).build()) {
      Placeholder<TFloat32> x = f.placeholder("x", -1, 3);
      Operand<TFloat32> y = dev.galerkin.operators.layers.Dense.create(f, "d", 3, 2).apply(x);
      FloatArray out = f.eval(y, Map.of(x, FloatArray.wrap(Shape.of(1, 3), new float[] {1, 1, 1})));
      assertArrayEquals(new float[] {1 + 3 + 5 + 0.5f, 2 + 4 + 6 - 0.5f}, out.toArray(), 1e-6f);
      GalerkinException e = assertThrows(GalerkinException.class, () -> f.variable("d/w").variable());
      assertTrue(e.getMessage().contains("'d/w' is a constant of a frozen"), e.getMessage());
      e = assertThrows(GalerkinException.class, () -> f.write("d/b", new float[] {0, 0}));
      assertTrue(e.getMessage().contains("frozen"), e.getMessage());
    }
  }

  @Test
  void aMissingOrWrongSizedWeightIsNamed() {
    try (TfGraph f = TfGraph.builder().threads(1).frozen(Map.of("d/w", new float[6])).build()) {
      Placeholder<TFloat32> x = f.placeholder("x", -1, 3);
      GalerkinException e = assertThrows(GalerkinException.class,
          () -> dev.galerkin.operators.layers.Dense.create(f, "d", 3, 2).apply(x));
      assertTrue(e.getMessage().contains("no weight 'd/b'"), e.getMessage());
    }
    try (TfGraph f = TfGraph.builder().threads(1).frozen(Map.of("d/w", new float[5])).build()) {
      Placeholder<TFloat32> x = f.placeholder("x", -1, 3);
      GalerkinException e = assertThrows(GalerkinException.class,
          () -> dev.galerkin.operators.layers.Dense.create(f, "d", 3, 2).apply(x));
      assertTrue(e.getMessage().contains("variable 'd/w' has shape"), e.getMessage());
    }
  }
}
