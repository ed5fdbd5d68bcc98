package dev.galerkin.solvers.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.generate.SampleRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The two spectral fields share their mode code since issue 9; their samples must stay bit for bit
 * those of the separate classes before (the golden hash was computed with them, at commit d000b36).
 */
class SpectralGaussianFieldTest {
  @Test
  void samplesAreBitIdenticalToTheClassesBeforeTheMerge() {
    WhittleMaternCovariance c = new WhittleMaternCovariance(625, 5, 2.5, true);
    WhittleMaternCovariance k = new WhittleMaternCovariance(3, 2, 2, false);
    long h = 0;
    double[] a = new double[64];
    PeriodicGaussianField.on(Grid1D.periodic(0, 2, 64), k).sample(SampleRandom.forSample(1, 2), a);
    h = 31 * h + Arrays.hashCode(a);
    double[] b = new double[24 * 20];
    PeriodicGaussianField.on(new Grid2D(Grid1D.periodic(0, 1, 24), Grid1D.periodic(0, 3, 20)), c).sample(SampleRandom.forSample(1, 3), b);
    h = 31 * h + Arrays.hashCode(b);
    double[] d = new double[37];
    CosineGaussianField.on(Grid1D.bounded(0, 2, 37), k).sample(SampleRandom.forSample(1, 4), d);
    h = 31 * h + Arrays.hashCode(d);
    double[] e = new double[21 * 30];
    CosineGaussianField.on(new Grid2D(Grid1D.bounded(0, 1, 21), Grid1D.bounded(0, 2, 30)), c).sample(SampleRandom.forSample(1, 5), e);
    h = 31 * h + Arrays.hashCode(e);
    assertEquals(5798078567955L, h);
  }
}
