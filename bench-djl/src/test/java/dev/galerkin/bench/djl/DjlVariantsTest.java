package dev.galerkin.bench.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

/** The two spectral convolutions of {@link Fno2d} compute the same function and gradients. */
class DjlVariantsTest {
  @Test
  void matmulAndRfftAgreeOnValuesAndGradients() {
    Engine engine = DjlPeer.initEngine(1);
    try (NDManager manager = engine.newBaseManager()) {
      engine.setRandomSeed(3);
      int n = 26;
      Fno2d mm = new Fno2d(manager, n, Fno2d.Variant.MATMUL);
      Fno2d ff = new Fno2d(manager, n, Fno2d.Variant.RFFT);
      ff.copyWeightsFrom(mm);
      NDArray a = manager.randomNormal(new Shape(2, n, n));
      NDArray u = manager.randomNormal(new Shape(2, n, n));
      float[] pm;
      float[] pf;
      float[][] gm = new float[2][];
      float[][] gf = new float[2][];
      try (GradientCollector gc = engine.newGradientCollector()) {
        NDArray l = Fno2d.relativeL2(mm.forward(a), u);
        pm = mm.forward(a).toFloatArray();
        gc.backward(l);
      }
      try (GradientCollector gc = engine.newGradientCollector()) {
        NDArray l = Fno2d.relativeL2(ff.forward(a), u);
        pf = ff.forward(a).toFloatArray();
        gc.backward(l);
      }
      gm[0] = mm.spectralWeight(0).getGradient().toFloatArray();
      gf[0] = ff.spectralWeight(0).getGradient().toFloatArray();
      gm[1] = mm.liftWeight().getGradient().toFloatArray();
      gf[1] = ff.liftWeight().getGradient().toFloatArray();
      assertClose(pm, pf, "prediction");
      assertClose(gm[0], gf[0], "gradient of fourier_0/wr");
      assertClose(gm[1], gf[1], "gradient of lift/w");
    }
  }

  private static void assertClose(float[] x, float[] y, String what) {
    assertEquals(x.length, y.length, what);
    double scale = 0;
    double diff = 0;
    for (int i = 0; i < x.length; i++) {
      scale = Math.max(scale, Math.abs(x[i]));
      diff = Math.max(diff, Math.abs(x[i] - y[i]));
    }
    assertTrue(scale > 0, what + " is all zeros");
    assertTrue(diff <= 1e-3 * scale, what + ": max |diff| " + diff + " vs max |value| " + scale);
  }
}
