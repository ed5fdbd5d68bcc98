package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Sampling;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.lpinn.LagrangianLoss;
import dev.galerkin.operators.physics.pig.PigConfig;
import dev.galerkin.operators.physics.pinn.PinnConfig;
import dev.galerkin.operators.physics.training.PhysicsLoss;
import dev.galerkin.operators.physics.training.PhysicsObjective;
import dev.galerkin.operators.physics.training.PhysicsTraining;
import dev.galerkin.operators.physics.training.PhysicsTrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galerkin solve PROBLEM --method pinn|pig|lpinn}: trains a physics-informed model (PINN, PIG, or the
 * Lagrangian PINN of {@link SolveLagrangian} for convection) on a PDE's residual (Adam, then
 * L-BFGS, float64) and compares it with the reference on a grid; writes
 * {@code solution.h5} (the field {@code u}, the reference {@code u_reference}, coordinates
 * {@code x} and {@code y} or {@code t}), {@code history.csv}, {@code loss.png} (every loss term) and
 * {@code solution.png} (prediction, reference, error), and for the Lagrangian PINN
 * {@code characteristics.png}.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve a PDE with a physics-informed model and compare it with the reference.")
final class SolveCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The problem: poisson, helmholtz, burgers, heat, convection, klein-gordon, allen-cahn or reaction.")
  String problemName;

  @Option(names = "--method", defaultValue = "pinn", description = "pinn, pig or lpinn (Lagrangian PINN: convection) (default ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--gaussians", description = "PIG: Gaussians per axis, on a jittered grid (default 20).")
  Integer gaussians;

  @Option(names = "--channels", defaultValue = "4", description = "PIG: feature channels of each Gaussian (default ${DEFAULT-VALUE}).")
  int channels;

  @Option(names = "--covariance", defaultValue = "diagonal", description = "PIG: diagonal or full covariances (default ${DEFAULT-VALUE}).")
  String covariance;

  @Option(names = "--out", required = true, description = "Directory for solution.h5, history.csv and the pictures.")
  Path out;

  @Option(names = "--adam", description = "Adam steps (default: the problem's).")
  Integer adam;

  @Option(names = "--lr", description = "Adam's learning rate (default: the problem's).")
  Double rate;

  @Option(names = "--lbfgs", description = "L-BFGS iterations after Adam, 0 for none (default: the problem's).")
  Integer lbfgs;

  @Option(names = "--depth", description = "Hidden layers (default: the problem's).")
  Integer depth;

  @Option(names = "--width", description = "Hidden layer width (default: the problem's).")
  Integer width;

  @Option(names = "--char-depth", defaultValue = "2", description = "LPINN: hidden layers of the characteristic branch (default ${DEFAULT-VALUE}).")
  int charDepth;

  @Option(names = "--char-width", defaultValue = "20", description = "LPINN: width of the characteristic branch (default ${DEFAULT-VALUE}).")
  int charWidth;

  @Option(names = "--fourier", defaultValue = "0", description = "Random Fourier features of the input, 0 for none (default ${DEFAULT-VALUE}).")
  int fourier;

  @Option(names = "--fourier-scale", defaultValue = "1", description = "Standard deviation of the Fourier frequencies (default ${DEFAULT-VALUE}).")
  double fourierScale;

  @Option(names = "--interior", description = "Residual points (default: the problem's).")
  Integer interior;

  @Option(names = "--boundary", description = "Points of each boundary or initial condition (default: the problem's).")
  Integer boundary;

  @Option(names = "--boundary-weight", description = "Loss weight of every condition (default: the problem's).")
  Double boundaryWeight;

  @Option(names = "--sampling", defaultValue = "sobol", description = "sobol, lhs or uniform (default ${DEFAULT-VALUE}).")
  String sampling;

  @Option(names = "--a1", defaultValue = "1", description = "Helmholtz wave number along x (default ${DEFAULT-VALUE}).")
  int a1;

  @Option(names = "--a2", defaultValue = "4", description = "Helmholtz wave number along y (default ${DEFAULT-VALUE}).")
  int a2;

  @Option(names = "--k", defaultValue = "1", description = "Helmholtz constant (default ${DEFAULT-VALUE}).")
  double k;

  @Option(names = "--nu", defaultValue = "0.0031830988618379067", description = "Burgers viscosity (default 0.01/π).")
  double nu;

  @Option(names = "--alpha", defaultValue = "0.1", description = "Heat diffusivity (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--c", defaultValue = "10", description = "Convection speed (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(names = "--rho", defaultValue = "5", description = "Reaction rate (default ${DEFAULT-VALUE}).")
  double rho;

  @Option(names = "--seed", defaultValue = "0", description = "Seed of the points and initial weights (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "TensorFlow threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Mixin PhysicsTrainingOptions training;

  @Mixin SolveSetup setup;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (!method.equals("pinn") && !method.equals("pig") && !method.equals("lpinn")) {
      throw new GalerkinException("--method " + method + ": choose pinn, pig or lpinn");
    }
    boolean lagrangian = method.equals("lpinn");
    SolveProblem sp = SolveProblem.parse(problemName);
    SolveProblem.Parameters params = new SolveProblem.Parameters(a1, a2, k, nu, alpha, speed, rho);
    SolveProblem.Budget pb = setup.paper ? sp.paper(method) : null;
    Integer points = SolveSetup.pick(interior, pb == null ? null : pb.interior(), null);
    Integer perCondition = SolveSetup.pick(boundary, pb == null ? null : pb.boundary(), null);
    double w = SolveSetup.pick(boundaryWeight, pb == null ? null : pb.conditionWeight(), sp.conditionWeight);
    int d = SolveSetup.pick(depth, pb == null ? null : pb.depth(), sp.depth);
    int wd = SolveSetup.pick(width, pb == null ? null : pb.width(), sp.width);
    int perAxis = SolveSetup.pick(gaussians, pb == null ? null : pb.gaussians(), 20);
    int adamSteps = SolveSetup.pick(adam, pb == null ? null : pb.adam(), sp.adam);
    double lr = SolveSetup.pick(rate, pb == null ? null : pb.rate(), sp.rate);
    int lbfgsIts = SolveSetup.pick(lbfgs, pb == null ? null : pb.lbfgs(), sp.lbfgs);
    Problem base = sp.problem(params);
    Problem.Builder b = Problem.builder(base.name(), base.geometry(), base.pde())
        .interior(points != null ? points : base.interiorPoints()).sampling(parseSampling(sampling))
        .exact(base.exact());
    for (Problem.Term t : base.terms()) {
      b.condition(t.condition(), perCondition != null ? perCondition : t.points(), w);
    }
    Problem problem = b.build();
    SolveInverse.Spec inverse = null;
    if (setup.infer != null) {
      if (lagrangian) {
        throw new GalerkinException("--infer works with --method pinn or pig, not lpinn");
      }
      double truth = SolveInverse.truth(sp, params);
      inverse = new SolveInverse.Spec(setup.infer, setup.guess != null ? setup.guess : 3 * truth,
          setup.observations, setup.noise, setup.dataWeight);
      problem = SolveInverse.problem(sp, params, problem, inverse, seed);
    }
    PhysicsModel model = lagrangian ? null : method.equals("pig")
        ? new PigConfig(perAxis, channels, 16, 1, PigConfig.Covariance.parse(covariance))
        : PinnConfig.tanh(d, wd).withFourierFeatures(fourier, fourierScale);
    PhysicsTrainingConfig config = training.apply(PhysicsTrainingConfig.of(adamSteps, lr, lbfgsIts).withSeed(seed)
        .withThreads(threads));
    Files.createDirectories(out);
    try (PhysicsObjective loss = lagrangian ? SolveLagrangian.objective(sp, params,
        new SolveLagrangian.Settings(points, perCondition, w, d, wd, charDepth, charWidth), seed, threads)
        : new PhysicsLoss(problem, model, seed, threads)) {
      String modelName = loss instanceof LagrangianLoss ll ? ll.config().describe() : model.describe();
      console.println(sp.name().toLowerCase(Locale.ROOT) + ": " + sp.describe(params));
      if (pb != null) {
        console.println("paper budget: " + pb.source());
      }
      if (inverse != null) {
        console.printf(Locale.ROOT, "inverse problem: %s unknown (true %s, started at %s), %d measurements of the"
            + " reference with %.3g noise (data weight %s)%n", inverse.coefficient(),
            SolveInverse.format(SolveInverse.truth(sp, params)), SolveInverse.format(inverse.guess()), inverse.observations(), inverse.noise(), inverse.weight());
      }
      console.printf(Locale.ROOT, "budget: %s, Adam %d steps at %s then L-BFGS up to %d iterations, %s, float64, %d threads%n",
          budgetLine(loss, model, problem, w), adamSteps, lr, lbfgsIts, PhysicsTrainingOptions.describe(config), threads);
      console.flush();
      PhysicsTraining.Result r = PhysicsTraining.run(loss, config,
          PhysicsTrainingOptions.reportingRounds(PhysicsProgress.listener("solve " + problemName, quiet), console));
      new SolveReport(sp, params, problem, method, modelName, seed).write(loss, model, r, inverse, out, console);
    }
    return 0;
  }

  private static String budgetLine(PhysicsObjective loss, PhysicsModel model, Problem problem, double w) {
    if (loss instanceof LagrangianLoss ll) {
      return SolveLagrangian.describe(ll);
    }
    int conditionPoints = problem.terms().stream().mapToInt(Problem.Term::points).sum();
    return String.format(Locale.ROOT, "%s (%d parameters), %d residual + %d condition points (%s, condition weight %s)%s",
        model.describe(), ((PhysicsLoss) loss).parameterCount(), problem.interiorPoints(), conditionPoints,
        problem.sampling().name().toLowerCase(Locale.ROOT), w,
        problem.observations() == null ? "" : " + " + problem.observations().count() + " measurements");
  }

  private static Sampling parseSampling(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "sobol" -> Sampling.SOBOL;
      case "lhs", "latin-hypercube" -> Sampling.LATIN_HYPERCUBE;
      case "uniform" -> Sampling.UNIFORM;
      default -> throw new GalerkinException("--sampling " + s + ": choose sobol, lhs or uniform");
    };
  }
}
