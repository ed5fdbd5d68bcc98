package dev.galerkin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code galerkin bench}: speed measurements, each printing our figure, a peer's measured in the
 * same run (SciPy, h5py, PyTorch when present: standalone first, then alternating rounds while
 * nothing of ours runs, {@link PeerRounds}) and the ratio; and {@code bench accuracy}, which
 * reproduces published setups and prints the papers' errors beside ours. Benchmarks live here, never in timed
 * unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed against peers run in the same invocation.",
    subcommands = {IoBench.class, SolverBench.class, TrainBench.class, PredictBench.class,
        StepBench.class, AccuracyBench.class, ProseBench.class,
        ModelsBench.class, PhysicsBench.class, MeshBench.class, SparkBenchCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
