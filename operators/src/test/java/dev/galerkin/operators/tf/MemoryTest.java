package dev.galerkin.operators.tf;

import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.SpectralConv;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.optim.AdamConfig;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Thousands of training steps, each feeding new arrays and fetching results, must not grow the
 * resident set: every tensor is closed. Reads {@code VmRSS} from {@code /proc/self/status} every 500
 * steps from step 1000 on and allows 32 MB of growth; one leaked input tensor per step would add
 * 3000 × 16 kB ≈ 48 MB. About 10 s, so tagged slow.
 */
@Tag("slow")
class MemoryTest {

  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }

  @Test
  void residentMemoryStopsGrowing() {
    int b = 16, n = 256, w = 16;
    try (TfGraph g = TfGraph.builder().seed(1).build()) {
      Ops tf = g.ops();
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, 1);
      Placeholder<TFloat32> y = g.placeholder("y", -1, n, 1);
      Operand<TFloat32> h = Activation.GELU.apply(tf, Dense.create(g, "lift", 1, w).apply(x));
      h = tf.math.add(SpectralConv.create(g, "fourier", w, w, 8).apply(h), Dense.create(g, "skip", w, w).apply(h));
      Operand<TFloat32> out = Dense.create(g, "project", w, 1).apply(Activation.GELU.apply(tf, h));
      Adam adam = Adam.minimize(g, Losses.relativeL2(tf, out, y), AdamConfig.builder().clipNorm(1).build());
      SplittableRandom r = new SplittableRandom(2);
      FloatArray[] xs = new FloatArray[8];
      FloatArray[] ys = new FloatArray[8];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = TfGraphTest.random(r, b, n, 1);
        ys[i] = TfGraphTest.random(r, b, n, 1);
      }
      long rssWarm = 0;
      long rssMax = 0;
      long t0 = System.nanoTime();
      int steps = 4000;
      for (int s = 1; s <= steps; s++) {
        int i = s % xs.length;
        adam.step(Map.of(x, xs[i], y, ys[i]));
        if (s % 50 == 0) {
          g.eval(out, Map.of(x, xs[i]));
          g.readVariables();
          adam.state();
        }
        if (s % 500 == 0 && s >= 1000) {
          System.gc();
          long rss = rssKb();
          if (s == 1000) {
            rssWarm = rss;
          }
          rssMax = Math.max(rssMax, rss);
        }
      }
      long rssEnd = rssKb();
      double ms = (System.nanoTime() - t0) / 1e6 / steps;
      System.out.printf("memory: VmRSS %d MB after 1000 steps, at most %d MB up to step %d, %d MB at the end"
          + " (growth %+d kB), %.2f ms/step%n", rssWarm / 1024, rssMax / 1024, steps, rssEnd / 1024, rssMax - rssWarm, ms);
      assertTrue(rssMax - rssWarm < 32 * 1024, "VmRSS grew by " + (rssMax - rssWarm) + " kB over steps 1000 → 4000");
    }
  }
}
