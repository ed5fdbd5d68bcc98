package dev.galerkin.operators.fno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.tf.Losses;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** FNO's forward pass: shapes in 1D to 3D, and the domain padding of non-periodic problems. */
class FnoForwardTest {

  static FloatArray forward(FnoConfig config, FloatArray input, Shape outputSample) {
    try (TfGraph g = TfGraph.builder().seed(3).threads(1).build()) {
      long[] dims = input.shape().dims().clone();
      dims[0] = -1;
      Placeholder<TFloat32> x = g.placeholder("x", dims);
      Fno fno = new Fno(config);
      return g.eval(fno.forward(g, x, input.shape().sampleShape(), outputSample), Map.of(x, input));
    }
  }

  @Test
  void paddingZeroIsTheUnpaddedNetworkAndPaddingChangesTheOutputNotItsShape() {
    FnoConfig plain = new FnoConfig(2, 6, 3, 2, 8, Activation.GELU);
    FloatArray a = TfGraphTest.random(new SplittableRandom(1), 2, 11, 9);
    Shape out = Shape.of(11, 9);
    FloatArray y0 = forward(plain, a, out);
    FloatArray yz = forward(plain.withPadding(0), a, out);
    FloatArray y5 = forward(plain.withPadding(5), a, out);
    assertEquals(Shape.of(2, 11, 9), y0.shape());
    assertEquals(y0.shape(), y5.shape());
    assertArrayEquals(y0.toArray(), yz.toArray());
    double diff = 0;
    for (int i = 0; i < y0.size(); i++) {
      diff = Math.max(diff, Math.abs(y0.at(i) - y5.at(i)));
    }
    System.out.printf("FNO-2D: padding 5 changes the output by up to %.3e%n", diff);
    assertTrue(diff > 1e-4, "padding did not change the output: " + diff);
  }

  @Test
  void padded1dFnoWithTrajectoryOutputKeepsShapes() {
    FnoConfig c = new FnoConfig(1, 4, 4, 2, 8, Activation.TANH, 3);
    FloatArray a = TfGraphTest.random(new SplittableRandom(2), 3, 10);
    FloatArray y = forward(c, a, Shape.of(2, 10));
    assertEquals(Shape.of(3, 2, 10), y.shape());
  }

  @Test
  void paddedFnoHasGradients() {
    try (TfGraph g = TfGraph.builder().seed(4).threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, 8, 7);
      Placeholder<TFloat32> y = g.placeholder("y", -1, 8, 7);
      Fno fno = new Fno(new FnoConfig(2, 4, 2, 2, 8, Activation.GELU, 3));
      Operand<TFloat32> loss = Losses.mse(g.ops(), fno.forward(g, x, Shape.of(8, 7), Shape.of(8, 7)), y);
      SplittableRandom r = new SplittableRandom(4);
      List<FloatArray> grads = g.eval(g.gradients(loss, g.trainableVariables()),
          Map.of(x, TfGraphTest.random(r, 2, 8, 7), y, TfGraphTest.random(r, 2, 8, 7)));
      for (FloatArray gr : grads) {
        for (int i = 0; i < gr.size(); i++) {
          assertTrue(Float.isFinite(gr.at(i)));
        }
      }
    }
  }

  @Test
  void fno3dForwardShape() {
    FnoConfig c = new FnoConfig(3, 4, 2, 2, 8, Activation.GELU, 2);
    FloatArray a = TfGraphTest.random(new SplittableRandom(3), 2, 6, 5, 4, 2);
    FloatArray y = forward(c, a, Shape.of(6, 5, 4, 3));
    assertEquals(Shape.of(2, 6, 5, 4, 3), y.shape());
    for (int i = 0; i < y.size(); i++) {
      assertTrue(Float.isFinite(y.at(i)));
    }
  }

  @Test
  void architectureWithoutPaddingReadsAsZeroAndPaddingIsValidated() {
    Fno f = Fno.fromJson("{\"dimensions\":2,\"width\":4,\"modes\":3,\"layers\":2,\"projection\":8,"
        + "\"activation\":\"GELU\"}");
    assertEquals(0, f.config().padding());
    Fno g = Fno.fromJson(new Fno(FnoConfig.paper2d().withPadding(9)).architectureJson());
    assertEquals(FnoConfig.paper2d().withPadding(9), g.config());
    GalerkinException e = assertThrows(GalerkinException.class, () -> FnoConfig.paper2d().withPadding(-1));
    assertEquals("FNO padding = -1 is out of range [0, 4096]", e.getMessage());
    e = assertThrows(GalerkinException.class, () -> new FnoConfig(4, 4, 2, 2, 8, Activation.GELU));
    assertEquals("FNO dimensions = 4; supported: 1, 2 or 3", e.getMessage());
  }
}
