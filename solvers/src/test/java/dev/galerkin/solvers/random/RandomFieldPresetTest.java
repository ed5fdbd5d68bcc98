package dev.galerkin.solvers.random;

import static dev.galerkin.solvers.random.Stats.assertWithinSe;
import static dev.galerkin.solvers.random.Stats.meanAndSe;
import static dev.galerkin.solvers.random.Stats.rng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

class RandomFieldPresetTest {

  @BeforeAll
  static void singleThreaded() {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  @Test
  void presetsBuildTheirPublishedGrids() {
    for (RandomFieldPreset p : RandomFieldPreset.values()) {
      RandomField<?> f = p.create(p == RandomFieldPreset.DEEPONET_ANTIDERIVATIVE ? 100 : 32);
      int expected = p.dimension() == 2 ? 32 * 32 : p == RandomFieldPreset.FNO_BURGERS ? 32 : 100;
      assertEquals(expected, f.size(), p.name());
      assertEquals(f.size(), f.sample(rng(1)).length);
    }
    assertEquals(Grid2D.unitSquare(421, Boundary.DIRICHLET), RandomFieldPreset.fnoDarcy(421).grid());
    assertEquals(Grid1D.periodic(0, 1, 8192), RandomFieldPreset.fnoBurgers(8192).grid());
    assertEquals(Grid2D.unitSquare(256, Boundary.PERIODIC),
        RandomFieldPreset.fnoNavierStokes(256).grid());
    assertEquals(Grid1D.bounded(0, 1, 100), RandomFieldPreset.deepOnetAntiderivative(100).grid());
    assertEquals(421, RandomFieldPreset.FNO_DARCY.defaultResolution());
    assertEquals(8192, RandomFieldPreset.FNO_BURGERS.defaultResolution());
    assertEquals(256, RandomFieldPreset.FNO_NAVIER_STOKES.defaultResolution());
    assertEquals(100, RandomFieldPreset.DEEPONET_ANTIDERIVATIVE.defaultResolution());
    WhittleMaternCovariance ns = RandomFieldPreset.fnoNavierStokes(64).covariance();
    assertEquals(Math.pow(7, 1.5), ns.sigma2(), 1e-12);
    assertEquals(new WhittleMaternCovariance(625, 5, 2, true),
        RandomFieldPreset.fnoBurgers(64).covariance());
    assertEquals(9, RandomFieldPreset.fnoDarcyGaussian(64).covariance().sigma2(), 1e-12);
  }

  @Test
  void fnoDarcyCoefficientIsTwelveOrThreeHalfTheTime() {
    int s = 85;
    int samples = 400;
    RandomField<Grid2D> darcy = RandomFieldPreset.fnoDarcy(s);
    double[] a = new double[s * s];
    double[] fraction = new double[samples];
    UniformRandomProvider rng = rng(77);
    for (int n = 0; n < samples; n++) {
      darcy.sample(rng, a);
      int twelves = 0;
      for (double v : a) {
        assertTrue(v == 12 || v == 3, "value " + v);
        twelves += v == 12 ? 1 : 0;
      }
      fraction[n] = twelves / (double) a.length;
    }
    double[] ms = meanAndSe(fraction);
    System.out.printf("FNO Darcy 85 x 85, %d samples: fraction of 12s per sample ranges %.3f .. "
        + "%.3f%n", samples, Arrays.stream(fraction).min().orElseThrow(),
        Arrays.stream(fraction).max().orElseThrow());
    // P(w >= 0) = 1/2 at every node (w is a centred Gaussian), so E[fraction] = 1/2 exactly
    assertWithinSe("mean fraction of 12s", ms[0], 0.5, ms[1], 4);
    double[] full = RandomFieldPreset.fnoDarcy(421).sample(rng(78));
    long twelves = Arrays.stream(full).filter(v -> v == 12).count();
    long threes = Arrays.stream(full).filter(v -> v == 3).count();
    System.out.printf("FNO Darcy 421 x 421, one sample: %d twelves, %d threes (fraction %.3f)%n",
        twelves, threes, twelves / (double) full.length);
    assertEquals(full.length, twelves + threes);
  }

  @Test
  void samplingAllocatesNothing() {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (RandomFieldPreset p : RandomFieldPreset.values()) {
      RandomField<?> field = p.create(p.dimension() == 2 ? 101 : p.defaultResolution());
      double[] out = new double[field.size()];
      UniformRandomProvider rng = rng(4);
      for (int i = 0; i < 100; i++) {
        field.sample(rng, out);
      }
      long before = mx.getThreadAllocatedBytes(thread);
      for (int i = 0; i < 50; i++) {
        field.sample(rng, out);
      }
      long perSample = (mx.getThreadAllocatedBytes(thread) - before) / 50;
      System.out.printf("  %-24s %d bytes allocated per sample (field of %d values)%n", p,
          perSample, field.size());
      assertTrue(perSample < 64, p + " allocates " + perSample + " bytes per sample");
    }
  }
}
