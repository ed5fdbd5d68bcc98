package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.Dataset;
import dev.galerkin.solvers.compressible.CompressibleConfig;
import dev.galerkin.solvers.generate.DatasetGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cost of one {@code compressible-ns-1d} sample at PDEBench's setup (1024 cells, 100 stored
 * times to {@code t = 1}, one thread) for each of PDEBench's viscosities {@code η = ζ}, and of one
 * {@code compressible-ns-2d} sample at its defaults: slow (the viscous step limit {@code
 * Δx²/(2μ)} dominates at {@code η = 0.1}), so tagged.
 */
@Tag("slow")
class CompressibleNsCostTest {

  @Test
  void oneDefaultSamplePerPdebenchViscosity() {
    for (double eta : new double[] {1e-8, 1e-2, 1e-1}) {
      CompressibleNsPreset p = new CompressibleNsPreset(1024, CompressibleConfig.pdebench()
          .withViscosity(eta, eta), new OutputTimes(1, 100));
      long start = System.nanoTime();
      Dataset d = DatasetGenerator.builder(p).samples(1).seed(0).threads(1).build().inMemory();
      System.out.printf("compressible-ns-1d cost: eta = zeta = %.0e, 1024 cells, t = 1, 100"
          + " frames: %.1f s for one sample (one thread)%n", eta,
          (System.nanoTime() - start) / 1e9);
      assertEquals(100 * 1024 * 3, d.values("q").size());
    }
  }

  @Test
  void oneDefault2dSample() {
    long start = System.nanoTime();
    Dataset d = DatasetGenerator.builder(CompressibleNs2dPreset.pdebench()).samples(1).seed(0)
        .threads(1).build().inMemory();
    System.out.printf("compressible-ns-2d cost: eta = zeta = 1e-8, 128^2 cells, t = 1, 20 frames:"
        + " %.1f s for one sample (one thread)%n", (System.nanoTime() - start) / 1e9);
    assertEquals(20 * 128 * 128 * 4, d.values("q").size());
  }
}
