package dev.galerkin.operators.tf;

import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.layers.SpectralConv;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.galerkin.GalerkinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Graph-build errors name the layer and the shapes that disagree, in one line. */
class ShapeErrorTest {

  static void assertMessage(String expected, Executable e) {
    GalerkinException ex = assertThrows(GalerkinException.class, e);
    assertEquals(expected, ex.getMessage());
  }

  @Test
  void channelMismatchesNameTheLayer() {
    try (TfGraph g = TfGraph.builder().build()) {
      Placeholder<TFloat32> h = g.placeholder("h", -1, 16, 16, 33);
      SpectralConv f = SpectralConv.create(g, "fourier_2", 32, 32, 4, 4);
      assertMessage("layer 'fourier_2': input has 33 channels but the weight expects 32 (input shape [?, 16, 16, 33])",
          () -> f.apply(h));
      Dense d = Dense.create(g, "lift", 3, 32);
      assertMessage("layer 'lift': input has 33 channels but the weight expects 3 (input shape [?, 16, 16, 33])",
          () -> d.apply(h));
      Conv c = Conv.create(g, "conv", new int[] {3, 3}, 32, 32, 1, Padding.ZERO);
      assertMessage("layer 'conv': input has 33 channels but the weight expects 32 (input shape [?, 16, 16, 33])",
          () -> c.apply(h));
      Placeholder<TFloat32> line = g.placeholder("line", -1, 16, 7);
      SpectralConv f1 = SpectralConv.create(g, "fourier_1d", 8, 8, 4);
      assertMessage("layer 'fourier_1d': input has 7 channels but the weight expects 8 (input shape [?, 16, 7])",
          () -> f1.apply(line));
      Conv c1 = Conv.create(g, "conv_1d", new int[] {3}, 8, 8, 1, Padding.ZERO);
      assertMessage("layer 'conv_1d': input has 7 channels but the weight expects 8 (input shape [?, 16, 7])",
          () -> c1.apply(line));
    }
  }

  @Test
  void ranksGridsAndModesAreChecked() {
    try (TfGraph g = TfGraph.builder().build()) {
      Conv c = Conv.create(g, "conv", new int[] {3, 3}, 4, 4, 1, Padding.ZERO);
      assertMessage("layer 'conv': expects a rank-4 input [batch, x, y, 4] but got shape [?, 8, 4]",
          () -> c.apply(g.placeholder("a", -1, 8, 4)));
      SpectralConv f = SpectralConv.create(g, "fourier", 4, 4, 5, 3);
      assertMessage("layer 'fourier': 5 modes from each corner along x need nx >= 10, got nx = 8",
          () -> f.apply(g.placeholder("b", -1, 8, 16, 4)));
      assertMessage("layer 'fourier': needs a static grid size nx (axis 1) but the input shape is [?, ?, 16, 4]",
          () -> f.apply(g.placeholder("c", -1, -1, 16, 4)));
      assertMessage("layer 'fourier': 3 modes along y need ny >= 4, got ny = 3",
          () -> f.apply(g.placeholder("d", -1, 16, 3, 4)));
      Dense d = Dense.create(g, "dense", 4, 2);
      assertMessage("layer 'dense': input shape [?, ?] has an unknown channel count but the weight expects 4",
          () -> d.apply(g.placeholder("e", -1, -1)));
      assertMessage("layer 'bad': kx must be >= 1, got 0", () -> SpectralConv.create(g, "bad", 4, 4, 0, 3));
    }
  }

  @Test
  void lossAndOptimiserShapesAreChecked() {
    try (TfGraph g = TfGraph.builder().build()) {
      Placeholder<TFloat32> p = g.placeholder("p", -1, 8, 1);
      Placeholder<TFloat32> t = g.placeholder("t", -1, 9, 1);
      assertMessage("loss 'relative_l2': prediction has shape [?, 8, 1] but target has shape [?, 9, 1]",
          () -> Losses.relativeL2(g.ops(), p, t));
      Dense.create(g, "d", 1, 1);
      assertMessage("adam: the loss must be a scalar, got shape [?, 8, 1]",
          () -> Adam.minimize(g, p, AdamConfig.adam(LearningRateSchedule.constant(1e-3))));
    }
  }
}
