package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.darcy.DarcySolver;
import org.junit.jupiter.api.Test;

/** The multiscale coefficient is the stated formula, and the solve converges at second order on it. */
class DarcyMultiscalePresetTest {
  private static final double[] FREQ = {2.7, -1.3, 0.4};

  @Test
  void theCoefficientIsTheProductOfItsTrigonometricFactors() {
    Grid2D g = Grid2D.unitSquare(5, Boundary.DIRICHLET);
    double[] a = new double[25];
    DarcyMultiscalePreset.coefficient(g, FREQ, a);
    double x = 0.25;
    double y = 0.75;
    double expected = 1;
    for (double f : FREQ) {
      expected *= (1 + 0.5 * Math.cos(f * Math.PI * (x + y))) * (1 + 0.5 * Math.sin(f * Math.PI
          * (y - 3 * x)));
    }
    assertEquals(expected, a[1 * 5 + 3], 1e-14);
    for (double v : a) {
      assertTrue(v >= Math.pow(0.25, FREQ.length) && v <= Math.pow(2.25, FREQ.length));
    }
  }

  @Test
  void samplesAreMadeAndTheBoundaryIsDirichlet() {
    DarcyMultiscalePreset p = (DarcyMultiscalePreset) PresetCatalog.find("darcy-multiscale")
        .create(java.util.Map.of("resolution", "33", "stride", "2"));
    dev.galerkin.data.Dataset d = dev.galerkin.solvers.generate.DatasetGenerator.builder(p)
        .samples(3).seed(1).threads(1).build().inMemory();
    assertEquals(dev.galerkin.data.Shape.of(3, 17, 17), d.shape("u"));
    assertEquals(java.util.List.of(dev.galerkin.meshes.BoundaryCondition.DIRICHLET,
        dev.galerkin.meshes.BoundaryCondition.DIRICHLET), d.boundary());
    float[] a = d.gather("a", new long[] {0, 1}).toArray();
    assertTrue(a[5] != a[5 + 17 * 17], "each sample draws its own frequencies");
  }

  @Test
  void theSolveIsSecondOrderOnTheSmoothCoefficient() {
    int fine = 513;
    double[] ref = solve(fine);
    double[] err = new double[3];
    int[] sizes = {33, 65, 129};
    for (int k = 0; k < sizes.length; k++) {
      int s = sizes[k];
      double[] u = solve(s);
      int step = (fine - 1) / (s - 1);
      double max = 0;
      for (int i = 0; i < s; i++) {
        for (int j = 0; j < s; j++) {
          max = Math.max(max, Math.abs(u[i * s + j] - ref[(i * step) * fine + j * step]));
        }
      }
      err[k] = max;
    }
    double p1 = Math.log(err[0] / err[1]) / Math.log(2);
    double p2 = Math.log(err[1] / err[2]) / Math.log(2);
    System.out.printf("darcy-multiscale (K = 3 fixed frequencies): max errors %.2e %.2e %.2e vs"
        + " 513^2, orders %.2f %.2f%n", err[0], err[1], err[2], p1, p2);
    assertTrue(p1 > 1.8 && p2 > 1.8, "orders " + p1 + ", " + p2);
  }

  private static double[] solve(int s) {
    Grid2D g = Grid2D.unitSquare(s, Boundary.DIRICHLET);
    double[] a = new double[s * s];
    DarcyMultiscalePreset.coefficient(g, FREQ, a);
    return new DarcySolver(g, DarcyConfig.defaults().withTolerance(1e-10)).solve(a, 1.0).u();
  }
}
