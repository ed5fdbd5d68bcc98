package dev.galerkin.solvers.navierstokes;

import dev.galerkin.solvers.Trajectory;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Whether a 64² solve resolves the FNO flow: the same initial field, band-limited to the 64-grid's
 * 2/3 band, solved at 64², 128² and 256² and compared on the 64 nodes (FNO solves at 256² and keeps
 * every 4th node). At {@code ν = 1e-3} the 64² solve agrees with 256² (measured 1.7e-6 at t = 1);
 * at {@code ν = 1e-4} it does not (measured 1.6e-3 at t = 10, 1.4e-2 at t = 20, while 128² stays
 * at 1.1e-6 at t = 10): the reason the {@code navier-stokes} preset solves small viscosities at
 * 256² ({@code NavierStokesPreset}). The per-sample cost of these solves is {@code galerkin bench
 * solvers}.
 */
@Tag("slow")
class NavierStokesResolutionTest {
  private static final long SEED = 7L;

  @BeforeAll
  static void singleThreaded() {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  /** @return the vorticity at {@code t}, solved on s × s and kept on the 64 nodes */
  private static double[] at64(int s, double nu, double t) {
    double[] w0 = Fields.fnoLikeVorticity(s, 21, RandomSource.XO_RO_SHI_RO_128_PP.create(SEED));
    NavierStokes2DSolver solver = new NavierStokes2DSolver(
        NavierStokesConfig.fno(nu).toBuilder().resolution(s).build());
    Trajectory tr = solver.solve(w0, new double[] {t});
    return dev.galerkin.meshes.Grid2D.unitSquare(s, dev.galerkin.meshes.Boundary.PERIODIC)
        .subsample(tr.frame(0), s / 64);
  }

  @Test
  void sixtyFourSquaredResolvesViscosity1e3() {
    double diff = Fields.relativeError(at64(64, 1e-3, 1), at64(256, 1e-3, 1));
    assertTrue(diff < 1e-4, "64 and 256 agree on a resolved flow: " + diff);
  }

  @Test
  void sixtyFourSquaredDoesNotResolveViscosity1e4() {
    double[] fine = at64(256, 1e-4, 10);
    double d64 = Fields.relativeError(at64(64, 1e-4, 10), fine);
    double d128 = Fields.relativeError(at64(128, 1e-4, 10), fine);
    assertTrue(d64 > 3e-4, "64^2 differs from 256^2 at nu = 1e-4, t = 10: " + d64);
    assertTrue(d128 < 1e-5, "128^2 agrees with 256^2 at nu = 1e-4, t = 10: " + d128);
  }
}
