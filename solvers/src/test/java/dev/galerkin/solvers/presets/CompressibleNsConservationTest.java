package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.compressible.CompressibleConfig;
import dev.galerkin.solvers.compressible.CompressibleSolver;
import dev.galerkin.solvers.finitevolume.Boundaries;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;
import dev.galerkin.solvers.finitevolume.SspRk3;
import dev.galerkin.solvers.generate.SampleRandom;
import org.junit.jupiter.api.Test;

/**
 * Mass, momentum and energy of {@link CompressibleSolver} on the periodic {@code [−1, 1)} from
 * PDEBench-like random initial states ({@link CompressibleNsPreset#initialState}), with the
 * largest PDEBench viscosity {@code η = ζ = 0.1}: conserved to round-off.
 */
class CompressibleNsConservationTest {

  @Test
  void massMomentumAndEnergyAreConservedToRoundOff() {
    int n = 128;
    CellGrid grid = CellGrid.line(n, -1, 1);
    CompressibleSolver s = new CompressibleSolver(grid, Boundaries.periodic(),
        CompressibleConfig.pdebench().withViscosity(0.1, 0.1));
    for (long sample = 0; sample < 2; sample++) {
      double[] w0 = new double[3 * n];
      CompressibleNsPreset.initialState(SampleRandom.forSample(11, sample), grid.xCentres(), w0);
      double[] q0 = s.conserved(w0);
      double[] before = s.totals(q0);
      double[] scale = new double[3];   // sum |q_k| dx: the size round-off is relative to
      for (int c = 0; c < n; c++) {
        for (int k = 0; k < 3; k++) {
          scale[k] += Math.abs(q0[3 * c + k]) * grid.dx();
        }
      }
      SemiDiscreteOperator op = s.operator();
      SspRk3 rk = new SspRk3(op);
      double[] q = grid.pad(q0, 3);
      s.advance(op, rk, q, 0, 0.2, "conservation sample " + sample);
      double[] after = s.totals(grid.interior(q, 3));
      double worst = 0;
      StringBuilder r = new StringBuilder(String.format("compressible-ns-1d conservation, sample"
          + " %d, eta = zeta = 0.1, %d cells, t = 0.2 (%d steps): relative drift", sample, n,
          rk.steps()));
      String[] names = {"mass", "momentum", "energy"};
      for (int k = 0; k < 3; k++) {
        double drift = Math.abs(after[k] - before[k]) / scale[k];
        worst = Math.max(worst, drift);
        r.append(String.format(" %s %.1e", names[k], drift));
      }
      System.out.println(r);
      assertTrue(worst <= 1e-13, r.toString());
    }
  }
}
