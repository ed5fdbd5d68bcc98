package dev.galerkin.solvers.navierstokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.Boundary;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.Trajectory;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Per-sample cost of the FNO setup and the share of it spent in FFTs (printed, not asserted: the
 * figures depend on the machine and its load). One thread, as in dataset generation.
 */
@Tag("slow")
class NavierStokesBenchmarkTest {

  @BeforeAll
  static void singleThreaded() {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  private static double[] outputTimes(double t, int count) {
    double[] times = new double[count];
    for (int k = 0; k < count; k++) {
      times[k] = t * (k + 1) / count;
    }
    return times;
  }

  private static String describe(String what, Trajectory tr) {
    return String.format(
        "%s: %.2f s per sample, %d steps (%.3f ms/step), max CFL %.2f, min dt %.2e, FFT %.2f s = %.0f%%",
        what,
        tr.diagnostics().elapsedSeconds(),
        tr.steps(),
        1e3 * tr.diagnostics().elapsedSeconds() / tr.steps(),
        tr.diagnostics().maxCfl(),
        tr.diagnostics().minDt(),
        tr.diagnostics().fftSeconds(),
        100 * tr.diagnostics().fftShare());
  }

  /**
   * The FNO dataset at ν = 1e-3: s = 64, T = 50, outputs at t = 1 … 50; then s = 256 (the FNO
   * generation grid) for T = 1, extrapolated to T = 50 with four times the steps of the s = 64 run
   * (the CFL step is h / max|u|); and the same initial field, band-limited to the 64-grid's 2/3
   * band, solved at 64 and at 256 and compared at t = 1 on the 64 grid (FNO subsamples 256 → 64).
   */
  @Test
  void fnoSetupAt64And256() {
    double nu = 1e-3;
    double[] w0 = Fields.fnoLikeVorticity(64, 31, RandomSource.XO_RO_SHI_RO_128_PP.create(2021L));
    NavierStokes2DSolver solver = new NavierStokes2DSolver(NavierStokesConfig.fno(nu));
    solver.solve(w0, outputTimes(5, 5)); // JIT warm-up
    Trajectory tr = solver.solve(w0, outputTimes(50, 50));
    System.out.println(describe("BENCH FNO s=64 nu=1e-3 T=50 (50 outputs)", tr));
    assertEquals(50, tr.count());

    long seed = 7L;
    double[] w64 = Fields.fnoLikeVorticity(64, 21, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    double[] w256 = Fields.fnoLikeVorticity(256, 21, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    NavierStokes2DSolver fine =
        new NavierStokes2DSolver(NavierStokesConfig.builder().viscosity(nu).resolution(256).build());
    fine.solve(w256, new double[] {0.05}); // JIT warm-up
    Trajectory tr256 = fine.solve(w256, new double[] {1.0});
    Trajectory tr64 = solver.solve(w64, new double[] {1.0});
    double perStep = tr256.diagnostics().elapsedSeconds() / tr256.steps();
    System.out.println(describe("BENCH FNO s=256 nu=1e-3 T=1", tr256));
    System.out.printf(
        "BENCH FNO s=256 nu=1e-3 T=50 extrapolated: 4 x %d steps x %.1f ms = %.0f s per sample%n",
        tr.steps(), 1e3 * perStep, 4 * tr.steps() * perStep);
    double[] sub = Grid2D.unitSquare(256, Boundary.PERIODIC).subsample(tr256.frame(0), 4);
    double diff = Fields.relativeError(tr64.frame(0), sub);
    System.out.printf(
        "s=64 vs s=256 subsampled to 64, nu=1e-3, t=1: relative L2 difference %.2e%n", diff);
    assertTrue(diff < 1e-4, "64 and 256 agree on a resolved flow: " + diff);
  }

  /** The other FNO viscosities at s = 64: ν = 1e-4 to T = 50, ν = 1e-5 to T = 20 (as in FNO). */
  @Test
  void fnoSetupAtLowerViscosities() {
    double[][] cases = {{1e-4, 50}, {1e-5, 20}};
    double[] w0 = Fields.fnoLikeVorticity(64, 31, RandomSource.XO_RO_SHI_RO_128_PP.create(2021L));
    new NavierStokes2DSolver(NavierStokesConfig.fno(1e-4)).solve(w0, outputTimes(5, 5));
    for (double[] c : cases) {
      NavierStokes2DSolver solver = new NavierStokes2DSolver(NavierStokesConfig.fno(c[0]));
      Trajectory tr = solver.solve(w0, outputTimes(c[1], (int) c[1]));
      System.out.println(
          describe(String.format("BENCH FNO s=64 nu=%.0e T=%.0f (%d outputs)", c[0], c[1], tr.count()), tr));
      assertEquals((int) c[1], tr.count());
      assertTrue(Double.isFinite(Fields.maxAbs(tr.frame(tr.count() - 1))));
    }
  }
}
