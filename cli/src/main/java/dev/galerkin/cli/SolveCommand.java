package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.data.plot.Comparison;
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
  @Parameters(index = "0", description = "The problem: poisson, helmholtz, burgers, heat, convection or klein-gordon.")
  String problemName;

  @Option(names = "--method", defaultValue = "pinn", description = "pinn, pig or lpinn (Lagrangian PINN: convection) (default ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--gaussians", defaultValue = "20", description = "PIG: Gaussians per axis, on a jittered grid (default ${DEFAULT-VALUE}).")
  int gaussians;

  @Option(names = "--channels", defaultValue = "4", description = "PIG: feature channels of each Gaussian (default ${DEFAULT-VALUE}).")
  int channels;

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

  @Option(names = "--seed", defaultValue = "0", description = "Seed of the points and initial weights (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "TensorFlow threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (!method.equals("pinn") && !method.equals("pig") && !method.equals("lpinn")) {
      throw new GalerkinException("--method " + method + ": choose pinn, pig or lpinn");
    }
    boolean lagrangian = method.equals("lpinn");
    SolveProblem sp = SolveProblem.parse(problemName);
    SolveProblem.Parameters params = new SolveProblem.Parameters(a1, a2, k, nu, alpha, speed);
    Problem base = sp.problem(params);
    Problem.Builder b = Problem.builder(base.name(), base.geometry(), base.pde())
        .interior(interior != null ? interior : base.interiorPoints()).sampling(parseSampling(sampling))
        .exact(base.exact());
    double w = boundaryWeight != null ? boundaryWeight : sp.conditionWeight;
    for (Problem.Term t : base.terms()) {
      b.condition(t.condition(), boundary != null ? boundary : t.points(), w);
    }
    Problem problem = b.build();
    int d = depth != null ? depth : sp.depth;
    int wd = width != null ? width : sp.width;
    PhysicsModel model = lagrangian ? null : method.equals("pig") ? new PigConfig(gaussians, channels, 16, 1)
        : PinnConfig.tanh(d, wd).withFourierFeatures(fourier, fourierScale);
    int adamSteps = adam != null ? adam : sp.adam;
    double lr = rate != null ? rate : sp.rate;
    int lbfgsIts = lbfgs != null ? lbfgs : sp.lbfgs;
    PhysicsTrainingConfig config = PhysicsTrainingConfig.of(adamSteps, lr, lbfgsIts).withSeed(seed).withThreads(threads);
    Files.createDirectories(out);
    try (PhysicsObjective loss = lagrangian ? SolveLagrangian.objective(sp, params,
        new SolveLagrangian.Settings(interior, boundary, w, d, wd, charDepth, charWidth), seed, threads)
        : new PhysicsLoss(problem, model, seed, threads)) {
      int conditionPoints = problem.terms().stream().mapToInt(Problem.Term::points).sum();
      String modelName = loss instanceof LagrangianLoss ll ? ll.config().describe() : model.describe();
      String points = loss instanceof LagrangianLoss ll ? SolveLagrangian.describe(ll)
          : String.format(Locale.ROOT, "%s (%d parameters), %d residual + %d condition points (%s, condition weight %s)",
          model.describe(), ((PhysicsLoss) loss).parameterCount(), problem.interiorPoints(), conditionPoints,
          problem.sampling().name().toLowerCase(Locale.ROOT), w);
      console.println(sp.name().toLowerCase(Locale.ROOT) + ": " + sp.describe(params));
      console.printf(Locale.ROOT, "budget: %s, Adam %d steps at %s then L-BFGS up to %d iterations, float64, %d threads%n",
          points, adamSteps, lr, lbfgsIts, threads);
      console.flush();
      PhysicsTraining.Result r = PhysicsTraining.run(loss, config, PhysicsProgress.listener("solve " + problemName, quiet));
      int nx = sp.nx;
      int ny = sp.ny;
      double[] pts = grid(problem, nx, ny);
      double[] u = loss.predict(r.parameters(), pts);
      double[] ref = sp.reference(problem, params, pts, nx, ny);
      double num = 0;
      double den = 0;
      double max = 0;
      double[] err = new double[u.length];
      for (int i = 0; i < u.length; i++) {
        err[i] = u[i] - ref[i];
        num += err[i] * err[i];
        den += ref[i] * ref[i];
        max = Math.max(max, Math.abs(err[i]));
      }
      double rel = Math.sqrt(num / den);
      String second = problem.geometry().coordinates().substring(1, 2);
      double[] xs = new double[nx];
      double[] ys = new double[ny];
      for (int i = 0; i < nx; i++) {
        xs[i] = pts[2 * (i * ny)];
      }
      for (int j = 0; j < ny; j++) {
        ys[j] = pts[2 * j + 1];
      }
      Dataset ds = Dataset.builder()
          .output("u", DoubleArray.wrap(Shape.of(1, nx, ny), u))
          .output("u_reference", DoubleArray.wrap(Shape.of(1, nx, ny), ref))
          .coordinate("x", DoubleArray.wrap(Shape.of(nx), xs))
          .coordinate(second, DoubleArray.wrap(Shape.of(ny), ys))
          .attribute("pde", problem.pde().name())
          .attribute("method", method)
          .attribute("model", modelName)
          .attribute("reference", sp.referenceName())
          .attribute("relative_l2", rel)
          .attribute("seed", seed)
          .attribute("precision", "float64")
          .attribute("adam_steps", (long) adamSteps)
          .attribute("lbfgs_iterations", (long) r.history().phase("lbfgs").size())
          .attribute("train_seconds", r.seconds())
          .build();
      DatasetWriter.write(ds, out.resolve("solution.h5"), WriteOptions.defaults().withOverwrite(true)
          .withStoredType(dev.galerkin.data.DType.FLOAT64));
      r.history().writeCsv(out.resolve("history.csv"));
      r.history().writePng(method.toUpperCase(Locale.ROOT) + " on " + problemName + ": loss terms", out.resolve("loss.png"));
      Comparison.of(null, DoubleArray.wrap(Shape.of(1, nx, ny), ref), DoubleArray.wrap(Shape.of(1, nx, ny), u))
          .title(method.toUpperCase(Locale.ROOT) + " on " + problemName + " (" + sp.referenceName() + ")").names("", "u")
          .write(out.resolve("solution.png"));
      if (loss instanceof LagrangianLoss ll) {
        SolveLagrangian.writeCharacteristics(ll, r.parameters(), pts, nx, ny, out.resolve("characteristics.png"));
      }
      if (model instanceof PigConfig) {
        PhysicsLoss pl = (PhysicsLoss) loss;
        double[] density = PigConfig.density(pl.parameter("pig/means", r.parameters()),
            pl.parameter("pig/log_inverse_scale", r.parameters()), pts, 2);
        dev.galerkin.data.plot.Heatmap.of(density, nx, ny)
            .title("PIG: Σ of the trained Gaussians (centres and widths)")
            .write(out.resolve("gaussians.png"));
      }
      console.printf(Locale.ROOT, "trained in %.1f s: Adam %d steps, L-BFGS %d iterations (stopped: %s), final loss %.3e%n",
          r.seconds(), adamSteps, r.history().phase("lbfgs").size(),
          r.lbfgsStop() == null ? "none" : r.lbfgsStop().name().toLowerCase(Locale.ROOT), r.history().last().loss());
      console.printf(Locale.ROOT, "relative L2 error vs %s on the %d×%d grid: %.3e (max abs %.3e)%n",
          sp.referenceName(), nx, ny, rel, max);
      console.println("wrote " + out.resolve("solution.h5") + ", history.csv, loss.png, solution.png"
          + (model instanceof PigConfig ? ", gaussians.png" : "") + (lagrangian ? ", characteristics.png" : ""));
    }
    return 0;
  }

  private static double[] grid(Problem problem, int nx, int ny) {
    double[] lo = problem.geometry().lower();
    double[] hi = problem.geometry().upper();
    double[] pts = new double[2 * nx * ny];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int p = i * ny + j;
        pts[2 * p] = lo[0] + (hi[0] - lo[0]) * i / (nx - 1);
        pts[2 * p + 1] = lo[1] + (hi[1] - lo[1]) * j / (ny - 1);
      }
    }
    return pts;
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
