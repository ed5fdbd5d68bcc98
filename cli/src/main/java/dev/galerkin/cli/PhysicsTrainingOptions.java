package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.training.LossWeighting;
import dev.galerkin.operators.physics.training.PhysicsHistory;
import dev.galerkin.operators.physics.training.PhysicsListener;
import dev.galerkin.operators.physics.training.PhysicsTrainingConfig;
import dev.galerkin.operators.physics.training.Refinement;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code galerkin solve} that shape physics-informed training beyond the Adam and
 * L-BFGS budgets: residual-based adaptive refinement ({@code --rar}, {@link Refinement}) and
 * annealed loss weights ({@code --weights annealing}, {@link LossWeighting}). A picocli mixin.
 */
final class PhysicsTrainingOptions {
  @Option(names = "--rar", defaultValue = "0",
      description = "Rounds of residual-based adaptive refinement after Adam, 0 for none (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--rar-candidates", defaultValue = "100000",
      description = "RAR: random interior candidates per round (default ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--rar-add", defaultValue = "10", description = "RAR: points of largest residual added per round (default ${DEFAULT-VALUE}).")
  int added;

  @Option(names = "--rar-steps", defaultValue = "1000", description = "RAR: Adam steps after each round (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--rar-tolerance", defaultValue = "0.005",
      description = "RAR: stop once the mean |residual| on the candidates is below this (default ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--weights", defaultValue = "fixed",
      description = "Loss weights during Adam: fixed or annealing (Wang, Teng and Perdikaris 2021) (default ${DEFAULT-VALUE}).")
  String weights;

  @Option(names = "--anneal-every", defaultValue = "10", description = "Annealing: update the weights every this many Adam steps (default ${DEFAULT-VALUE}).")
  int every;

  @Option(names = "--anneal-alpha", defaultValue = "0.1",
      description = "Annealing: share of the new estimate in the moving average (default ${DEFAULT-VALUE}).")
  double alpha;

  /** @return {@code config} with the refinement and the weighting of these options */
  PhysicsTrainingConfig apply(PhysicsTrainingConfig config) {
    if (rounds < 0) {
      throw new GalerkinException("--rar " + rounds + ": give the number of refinement rounds, 0 for none");
    }
    Refinement r = rounds == 0 ? null : new Refinement(rounds, candidates, added, steps, tolerance);
    return config.withRefinement(r).withWeighting(weighting());
  }

  private LossWeighting weighting() {
    return switch (weights.toLowerCase(Locale.ROOT)) {
      case "fixed" -> LossWeighting.FIXED;
      case "annealing" -> new LossWeighting(true, every, alpha);
      default -> throw new GalerkinException("--weights " + weights + ": choose fixed or annealing");
    };
  }

  /**
   * @param inner the progress listener
   * @param console where each refinement round is reported, one line per round
   * @return {@code inner}, also reporting refinement rounds
   */
  static PhysicsListener reportingRounds(PhysicsListener inner, PrintWriter console) {
    return new PhysicsListener() {
      @Override
      public void phase(String name, int steps) {
        inner.phase(name, steps);
      }

      @Override
      public void step(String phase, int step, double loss) {
        inner.step(phase, step, loss);
      }

      @Override
      public void recorded(PhysicsHistory.Record r) {
        inner.recorded(r);
      }

      @Override
      public void refined(int round, int added, double meanResidual, int points) {
        inner.refined(round, added, meanResidual, points);
        console.printf(Locale.ROOT, "RAR round %d: mean |residual| %.3e on the candidates, %s, %d interior points%n",
            round, meanResidual, added == 0 ? "below the tolerance: stop" : "+" + added + " points", points);
        console.flush();
      }

      @Override
      public void finished() {
        inner.finished();
      }
    };
  }

  /** @return the Adam steps of a run, over its first phase and its refinement rounds */
  static int adamSteps(PhysicsHistory h) {
    return h.records().stream().filter(r -> !r.phase().equals("lbfgs")).mapToInt(PhysicsHistory.Record::iteration)
        .max().orElse(0);
  }

  /** @return the refinement and weighting, for the budget line */
  static String describe(PhysicsTrainingConfig config) {
    Refinement r = config.refinement();
    String rar = r == null ? "no RAR" : String.format(Locale.ROOT,
        "RAR up to %d rounds (%d candidates, +%d points, %d Adam steps each, tolerance %s)",
        r.rounds(), r.candidates(), r.added(), r.steps(), r.tolerance());
    return rar + ", weights " + config.weighting().describe();
  }
}
