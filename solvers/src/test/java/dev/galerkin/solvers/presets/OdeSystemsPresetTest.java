package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.IntArray;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.ode.OdeSystem;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.ode.symbolic.EquationTokens;
import dev.galerkin.solvers.ode.symbolic.Expression;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ode-systems}: every stored equation decodes to a system of the stated dimension whose
 * integration from the stored first state follows the stored trajectory; the symbol input is a
 * corrupted copy; the same bits on 1 and 2 threads.
 */
class OdeSystemsPresetTest {
  private static Dataset generate(int n, int threads) {
    var p = PresetCatalog.find("ode-systems").create(Map.of());
    return DatasetGenerator.builder(p).samples(n).seed(3).threads(threads).build().inMemory();
  }

  @Test
  void equationsDecodeAndReproduceTheirTrajectories() {
    Dataset ds = generate(27, 2);
    IntArray eq = (IntArray) ds.fields().get("equation").values();
    IntArray sym = (IntArray) ds.fields().get("symbols").values();
    IntArray sys = (IntArray) ds.fields().get("system").values();
    float[] a = ds.fields().get("a").values().toFloat().toArray();
    float[] u = ds.fields().get("u").values().toFloat().toArray();
    double[] t = ds.fields().get("t").values().toDouble().toArray();
    int[] kinds = new int[3];
    for (int i = 0; i < 27; i++) {
      assertEquals(i % 9, sys.at(3 * i));
      int d = sys.at(3 * i + 1);
      int[] row = Arrays.copyOfRange(eq.toArray(), 64 * i, 64 * (i + 1));
      List<Expression> f = EquationTokens.decode(OdeSystemsPreset.trim(row), d);
      int[] ids = OdeSystemsPreset.trim(row);
      assertArrayEquals(ids, EquationTokens.encode(f));
      // the rounded equation from the stored first state: within 2 % of the trajectory's scale
      // over the first 16 points (t <= 0.47), before rounding the coefficients can matter
      double[] u0 = new double[d];
      for (int c = 0; c < d; c++) {
        u0[c] = a[i * 64 * 3 + c];
      }
      double[] ours = OdeSystem.integrate("test", f, u0, Arrays.copyOf(t, 16),
          new OdeTolerance(1e-10, 1e-10));
      double err = 0;
      double scale = 1e-12;
      for (int k = 0; k < 16; k++) {
        for (int c = 0; c < d; c++) {
          double stored = a[(i * 64 + k) * 3 + c];
          err = Math.max(err, Math.abs(ours[k * d + c] - stored));
          scale = Math.max(scale, Math.abs(stored));
        }
      }
      assertTrue(err < 0.02 * scale, "sample " + i + ": " + err + " of " + scale);
      for (int c = d; c < 3; c++) {
        assertEquals(0f, u[(i * 128 + 5) * 3 + c]);   // padding beyond the system's dimension
      }
      int[] noisy = Arrays.copyOfRange(sym.toArray(), 64 * i, 64 * (i + 1));
      assertNotEquals(Arrays.toString(row), Arrays.toString(noisy), "sample " + i);
      EquationTokens.decode(OdeSystemsPreset.trim(noisy), d);
      kinds[sys.at(3 * i + 2)]++;
    }
    assertTrue(kinds[0] > 0 && kinds[1] > 0 && kinds[2] > 0, Arrays.toString(kinds));
  }

  @Test
  void theSameBitsOnOneAndTwoThreads() {
    Dataset one = generate(10, 1);
    Dataset two = generate(10, 2);
    for (String f : List.of("a", "u", "symbols", "equation", "system")) {
      assertEquals(one.fields().get(f).values(), two.fields().get(f).values(), f);
    }
  }

  @Test
  void badOptionsAreNamed() {
    var e = assertThrows(GalerkinException.class, () -> PresetCatalog.find("ode-systems")
        .create(Map.of("families", "lorenz,lorentz")));
    assertTrue(e.getMessage().contains("unknown ODE system 'lorentz'"), e.getMessage());
    var p = PresetCatalog.find("ode-systems").create(Map.of("families", "lorenz",
        "max-tokens", "20"));
    var tooLong = assertThrows(GalerkinException.class, () -> DatasetGenerator.builder(p)
        .samples(1).seed(0).threads(1).build().inMemory());
    assertTrue(tooLong.getMessage().contains("raise --max-tokens"), tooLong.getMessage());
  }
}
