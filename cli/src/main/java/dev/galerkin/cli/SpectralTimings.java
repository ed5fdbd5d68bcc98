package dev.galerkin.cli;

import dev.galerkin.meshes.Grid1D;
import dev.galerkin.meshes.Grid2D;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.burgers.BurgersSolver;
import dev.galerkin.solvers.generate.SampleRandom;
import dev.galerkin.solvers.navierstokes.NavierStokes2DSolver;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.presets.NavierStokesPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import dev.galerkin.solvers.random.PeriodicGaussianField;
import dev.galerkin.solvers.random.RandomFieldPreset;
import dev.galerkin.solvers.reaction.DiffusionReactionConfig;
import dev.galerkin.solvers.reaction.DiffusionReactionSolver;
import dev.galerkin.solvers.spectral.Etdrk4Solver1D;
import dev.galerkin.solvers.spectral.PeriodicFourier1D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Per-sample times of the time-dependent reference solvers at the published resolutions, with the
 * share of the time spent in FFTs; part of {@code galerkin bench solvers}.
 */
final class SpectralTimings {
  private SpectralTimings() {}

  /** @return table rows: problem, setup, steps, seconds per sample, FFT share */
  static List<String[]> measure(int repeat, double nsFinalTime) {
    ConcurrencyUtils.setNumberOfThreads(1); // one sample per core, as generation runs them
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"problem", "setup", "steps", "s/sample", "FFT share"});

    BurgersSolver burgers = new BurgersSolver(BurgersConfig.fno(0.1, BurgersConfig.FNO_DT_MAX));
    PeriodicGaussianField<Grid1D> u0 = RandomFieldPreset.fnoBurgers(BurgersConfig.FNO_NODES);
    rows.add(etdrk4("burgers", "n = 8192, nu = 0.1, T = 1, dt 2e-3", burgers.etdrk4(), u0::sample,
        new double[] {1}, repeat));

    DiffusionReactionSolver dr = new DiffusionReactionSolver(
        DiffusionReactionConfig.pdebench(0.5, 1, 1e-3));
    double[] times = new OutputTimes(1, 100).times();
    rows.add(etdrk4("diffusion-reaction", "n = 1024, 100 outputs to T = 1, dt 1e-3", dr.etdrk4(),
        (rng, out) -> {
          for (int i = 0; i < out.length; i++) {
            out[i] = 0.5 + 0.4 * Math.sin(2 * Math.PI * i / out.length + rng.nextDouble());
          }
        }, times, repeat));

    for (int s : new int[] {64, 256}) {
      double tEnd = s == 64 ? nsFinalTime : 1;
      int outputs = (int) Math.max(1, Math.round(tEnd));
      NavierStokesConfig c = NavierStokesConfig.fno(1e-3).toBuilder().resolution(s).build();
      NavierStokes2DSolver ns = new NavierStokes2DSolver(c);
      PeriodicGaussianField<Grid2D> w0 = PeriodicGaussianField.on(
          Grid2D.unitSquare(s, dev.galerkin.meshes.Boundary.PERIODIC), NavierStokesPreset.FNO_INITIAL);
      double[] w = new double[s * s];
      double[] t = new OutputTimes(tEnd, outputs).times();
      double best = Double.POSITIVE_INFINITY;
      Trajectory last = null;
      for (int r = 0; r <= repeat; r++) {
        w0.sample(SampleRandom.forSample(0, r), w);
        long t0 = System.nanoTime();
        Trajectory tr = ns.solve(w, t);
        double sec = (System.nanoTime() - t0) / 1e9;
        if (r > 0 && sec < best) {
          best = sec;
          last = tr;
        }
      }
      rows.add(new String[] {"navier-stokes", s + "^2, nu = 1e-3, T = " + fmt(tEnd) + ", CFL 0.5",
          Long.toString(last.steps()), fmt(best), pct(last.diagnostics().fftShare())});
    }
    return rows;
  }

  /** A sampler of initial fields. */
  interface Sampler {
    void sample(org.apache.commons.rng.UniformRandomProvider rng, double[] out);
  }

  private static String[] etdrk4(String name, String setup, Etdrk4Solver1D solver, Sampler init,
      double[] times, int repeat) {
    PeriodicFourier1D fourier = solver.fourier();
    double[] u0 = new double[solver.discretisation().nodes()];
    double best = Double.POSITIVE_INFINITY;
    double share = 0;
    long steps = 0;
    for (int r = 0; r <= repeat; r++) { // round 0 warms up the JIT
      init.sample(SampleRandom.forSample(0, r), u0);
      fourier.resetCounters();
      fourier.setTiming(true);
      long t0 = System.nanoTime();
      steps = solver.solve(u0, times).steps();
      double sec = (System.nanoTime() - t0) / 1e9;
      fourier.setTiming(false);
      if (r > 0 && sec < best) {
        best = sec;
        share = fourier.transformSeconds() / sec;
      }
    }
    return new String[] {name, setup, Long.toString(steps), fmt(best), pct(share)};
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, v < 1 ? "%.3f" : "%.2f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
