package dev.galerkin.cli;

import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.presets.NavierStokesPreset;
import dev.galerkin.solvers.presets.OutputTimes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code galerkin generate navier-stokes}: the FNO Navier–Stokes dataset. */
@Command(name = "navier-stokes", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"FNO Navier-Stokes (Li et al. 2021): vorticity w_t + u.grad w = nu Lap w + f on the"
        + " unit torus, f = 0.1(sin 2pi(x+y) + cos 2pi(x+y)), w0 ~ GRF 7^1.5(-Lap + 49I)^-2.5.",
        "The released FNO data: --grf-variance 686 (2 * 7^3: sigma = 7^1.5 as an amplitude, real part of"
            + " non-Hermitian noise) --resolution 256 --stride 4.",
        "Stores a = w0 [N, r, r] (input), w [N, T, r, r] (output), x, y [r], t [T]; defaults:"
            + " stored at 64^2 (solved at 64^2, or at 256^2 for viscosity <= 1e-4), T = 50 with 50"
            + " stored times."})
final class GenerateNavierStokes implements Callable<Integer> {
  @Option(names = "--resolution", description = "Nodes per side s of the solve (even; default 64, and 256 for viscosity <= 1e-4, which 64 does not resolve).")
  Integer resolution;

  @Option(names = "--stride", description = "Store every stride-th node; it must divide s (default 1, and 4 when the 256 solve is the default).")
  Integer stride;

  @Option(names = "--viscosity", defaultValue = "1e-3", description = "Viscosity nu > 0 (default ${DEFAULT-VALUE}; FNO also uses 1e-4, 1e-5).")
  double viscosity;

  @Option(names = "--cfl", defaultValue = "0.5", description = "CFL number of the step choice, in (0, 1.3] (default ${DEFAULT-VALUE}).")
  double cfl;

  @Option(names = "--dt-max", defaultValue = "0.05", description = "Largest time step (default ${DEFAULT-VALUE}).")
  double dtMax;

  @Mixin GrfOptions grf;

  @Mixin TimeOptions time;

  @Mixin GenerationOptions generation;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int s = resolution != null ? resolution : NavierStokesPreset.defaultSolveResolution(viscosity);
    int stride = this.stride != null ? this.stride
        : resolution == null ? s / NavierStokesPreset.STORED_RESOLUTION : 1;
    NavierStokesConfig config = NavierStokesConfig.fno(viscosity).toBuilder().resolution(s)
        .cfl(cfl).dtMax(dtMax).build();
    return generation.run(new NavierStokesPreset(config, grf.or(NavierStokesPreset.FNO_INITIAL), stride, time.or(new OutputTimes(50, 50))),
        spec.commandLine().getOut());
  }
}
