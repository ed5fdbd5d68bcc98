package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.FieldSpec;
import dev.galerkin.solvers.generate.SampleRandom;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.reaction.DiffusionReactionConfig;
import org.junit.jupiter.api.Test;

/** Each preset makes samples of the declared shapes that obey the physics they should. */
class PresetsTest {

  static double[][] sample(DatasetRecipe r, long i) {
    double[][] out = new double[r.fields().size()][];
    for (int f = 0; f < out.length; f++) {
      FieldSpec spec = r.fields().get(f);
      out[f] = new double[spec.sampleSize()];
    }
    r.newMaker().make(SampleRandom.forSample(7, i), i, out);
    return out;
  }

  /** Asserts that the named fields of two datasets hold the same bits. */
  static void assertSameBits(dev.galerkin.data.Dataset one, dev.galerkin.data.Dataset two,
      java.util.List<String> fields) {
    for (String f : fields) {
      dev.galerkin.data.NdArray a = one.values(f);
      dev.galerkin.data.NdArray b = two.values(f);
      assertEquals(a.shape(), b.shape(), f);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(Double.doubleToRawLongBits(a.getDouble(i)),
            Double.doubleToRawLongBits(b.getDouble(i)), f + "[" + i + "]");
      }
    }
  }

  static double mean(double[] v, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += v[i];
    }
    return s / (to - from);
  }

  @Test
  void darcyCoefficientsAreThresholdedAndTheSolutionObeysTheMaximumPrinciple() {
    DarcyPreset p = new DarcyPreset(41, 4, 1, 12, 3, DarcyConfig.defaults());
    assertEquals(11, p.fields().get(0).sampleShape().dim(0));
    double[][] s = sample(p, 0);
    for (double a : s[0]) {
      assertTrue(a == 3 || a == 12);
    }
    int r = 11;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        double u = s[1][i * r + j];
        boolean boundary = i == 0 || j == 0 || i == r - 1 || j == r - 1;
        assertTrue(boundary ? u == 0 : u > 0, "u(" + i + "," + j + ") = " + u);
      }
    }
  }

  @Test
  void burgersConservesTheMean() {
    BurgersConfig c = BurgersConfig.builder().viscosity(0.05).nodes(256).dtMax(2e-3).build();
    // a periodic conservation law keeps the mean; with the mean mode kept (non-zero mean) and
    // every node stored, the stored means must agree
    BurgersPreset p = new BurgersPreset(c, new dev.galerkin.solvers.random.WhittleMaternCovariance(
        625, 5, 2, false), 1, new OutputTimes(0.5, 5));
    double[][] s = sample(p, 3);
    assertEquals(256, s[0].length);
    assertEquals(5 * 256, s[1].length);
    double m0 = mean(s[0], 0, 256);
    assertTrue(Math.abs(m0) > 1e-3, "the test needs a non-zero mean: " + m0);
    for (int k = 0; k < 5; k++) {
      assertEquals(m0, mean(s[1], k * 256, (k + 1) * 256), 1e-10, "mean at output " + k);
    }
  }

  @Test
  void navierStokesKeepsZeroMeanVorticity() {
    NavierStokesConfig c = NavierStokesConfig.fno(1e-3).toBuilder().resolution(32).build();
    NavierStokesPreset p = new NavierStokesPreset(c, NavierStokesPreset.FNO_INITIAL, 2,
        new OutputTimes(2, 4));
    double[][] s = sample(p, 1);
    assertEquals(16 * 16, s[0].length);
    assertEquals(4 * 16 * 16, s[1].length);
    // the FNO forcing has zero mean, so the (full-grid) mean of w stays 0; the stride-2 subgrid
    // of a band-limited field keeps a mean near 0 too
    for (int k = 0; k < 4; k++) {
      assertEquals(0, mean(s[1], k * 256, (k + 1) * 256), 0.05, "mean at output " + k);
    }
  }

  @Test
  void smallViscositiesAreSolvedAt256AndStoredAt64() {
    NavierStokesPreset p = NavierStokesPreset.fno(1e-4);
    assertEquals(256, p.solver().resolution());
    assertEquals(4, p.stride());
    assertEquals(dev.galerkin.data.Shape.of(64, 64), p.fields().get(0).sampleShape());
    assertEquals(256, NavierStokesPreset.fno(1e-5).solver().resolution());
    assertEquals(64, NavierStokesPreset.fno(1e-3).solver().resolution());
    assertEquals(1, NavierStokesPreset.fno(1e-3).stride());
    GalerkinException m = assertThrows(GalerkinException.class, () -> new NavierStokesPreset(
        NavierStokesConfig.fno(1e-4), NavierStokesPreset.FNO_INITIAL, 1, new OutputTimes(50, 50)));
    assertTrue(m.getMessage().contains("under-resolved on a 64^2 solve grid")
        && m.getMessage().contains("--resolution 256 --stride 4"), m.getMessage());
    assertFalse(m.getMessage().contains("\n"), "one line");
  }

  @Test
  void diffusionReactionStaysInTheUnitInterval() {
    DiffusionReactionConfig c = DiffusionReactionConfig.builder().diffusivity(0.5).rate(5)
        .nodes(128).dtMax(1e-3).build();
    DiffusionReactionPreset p = new DiffusionReactionPreset(c, 2, new OutputTimes(1, 10));
    for (long i = 0; i < 5; i++) {
      double[][] s = sample(p, i);
      for (double v : s[0]) {
        assertTrue(v >= 0 && v <= 1, "u0 = " + v);
      }
      for (double v : s[1]) {
        assertTrue(v >= -1e-9 && v <= 1 + 1e-9, "u = " + v);
      }
    }
  }

  @Test
  void odePresetsStartAtZeroAndDifferentiateBackToTheInput() {
    AntiderivativePreset a = new AntiderivativePreset(200, 0.2, OdeTolerance.tight());
    double[][] s = sample(a, 0);
    assertEquals(0, s[1][0]);
    double h = 1.0 / 199;
    for (int i = 1; i < 199; i++) {
      double ds = (s[1][i + 1] - s[1][i - 1]) / (2 * h);
      assertEquals(s[0][i], ds, 1e-2 * (1 + Math.abs(s[0][i])), "s' = u at sensor " + i);
    }
    double[][] p = sample(PendulumPreset.deepOnet(), 0);
    assertEquals(0, p[1][0]);
    assertEquals(0, p[1][1]);
    assertEquals(200, p[1].length);
  }

  @Test
  void badParametersAreNamed() {
    String m = assertThrows(GalerkinException.class, () -> new DarcyPreset(421, 8, 1, 12, 3,
        DarcyConfig.defaults())).getMessage();
    assertTrue(m.contains("stride = 8"), m);
    m = assertThrows(GalerkinException.class, () -> new OutputTimes(0, 1)).getMessage();
    assertTrue(m.contains("--final-time = 0.0"), m);
    m = assertThrows(GalerkinException.class, () -> new AntiderivativePreset(2, 0.2,
        OdeTolerance.tight())).getMessage();
    assertTrue(m.contains("--sensors = 2"), m);
    m = assertThrows(GalerkinException.class, () -> BurgersConfig.builder().viscosity(-1)
        .nodes(64).dtMax(1e-3).build()).getMessage();
    assertTrue(m.toLowerCase().contains("viscosity"), m);
  }
}
