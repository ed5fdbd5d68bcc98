package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.lpinn.LagrangianLoss;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pig.PigConfig;
import dev.galerkin.operators.physics.training.PhysicsLoss;
import dev.galerkin.operators.physics.training.PhysicsObjective;
import dev.galerkin.operators.physics.training.PhysicsTraining;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code galerkin solve} writes after training: the error against the reference on the
 * problem's output grid, {@code solution.h5} (the field {@code u}, {@code u_reference}, the
 * coordinates, and the run's numbers as attributes — {@code relative_l2}, {@code train_seconds},
 * {@code adam_steps}, {@code lbfgs_iterations}, and for an inverse problem {@code inferred_NAME} and
 * {@code true_NAME}), {@code history.csv}, {@code loss.png}, {@code solution.png}, and the
 * method's own picture ({@code gaussians.png} for PIG, {@code characteristics.png} for the
 * Lagrangian PINN).
 */
final class SolveReport {
  private final SolveProblem sp;
  private final SolveProblem.Parameters params;
  private final Problem problem;
  private final String method;
  private final String modelName;
  private final long seed;

  SolveReport(SolveProblem sp, SolveProblem.Parameters params, Problem problem, String method, String modelName,
      long seed) {
    this.sp = sp;
    this.params = params;
    this.problem = problem;
    this.method = method;
    this.modelName = modelName;
    this.seed = seed;
  }

  void write(PhysicsObjective loss, PhysicsModel model, PhysicsTraining.Result r, SolveInverse.Spec inverse, Path out,
      PrintWriter console) {
    int adamDone = PhysicsTrainingOptions.adamSteps(r.history());
    int nx = sp.nx;
    int ny = sp.ny;
    double[] pts = SolveProblem.grid(problem, nx, ny);
    double[] u = loss.predict(r.parameters(), pts);
    double[] ref = sp.reference(problem, params, pts, nx, ny);
    double num = 0;
    double den = 0;
    double max = 0;
    for (int i = 0; i < u.length; i++) {
      double e = u[i] - ref[i];
      num += e * e;
      den += ref[i] * ref[i];
      max = Math.max(max, Math.abs(e));
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
    Dataset.Builder ds = Dataset.builder()
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
        .attribute("adam_steps", (long) adamDone)
        .attribute("lbfgs_iterations", (long) r.history().phase("lbfgs").size())
        .attribute("train_seconds", r.seconds());
    double inferred = Double.NaN;
    double truth = Double.NaN;
    if (inverse != null) {
      inferred = r.history().last().unknowns()[0];
      truth = SolveInverse.truth(sp, params);
      ds.attribute("inferred_" + inverse.coefficient(), inferred).attribute("true_" + inverse.coefficient(), truth)
          .attribute("observations", (long) inverse.observations()).attribute("noise", inverse.noise())
          .attribute("data_weight", inverse.weight());
    }
    DatasetWriter.write(ds.build(), out.resolve("solution.h5"), WriteOptions.defaults().withOverwrite(true)
        .withStoredType(dev.galerkin.data.DType.FLOAT64));
    String label = method.toUpperCase(Locale.ROOT) + " on " + sp.name().toLowerCase(Locale.ROOT).replace('_', '-');
    r.history().writeCsv(out.resolve("history.csv"));
    r.history().writePng(label + ": loss terms", out.resolve("loss.png"));
    Comparison.of(null, DoubleArray.wrap(Shape.of(1, nx, ny), ref), DoubleArray.wrap(Shape.of(1, nx, ny), u))
        .title(label + " (" + sp.referenceName() + ")").names("", "u")
        .write(out.resolve("solution.png"));
    String extra = "";
    if (loss instanceof LagrangianLoss ll) {
      SolveLagrangian.writeCharacteristics(ll, r.parameters(), pts, nx, ny, out.resolve("characteristics.png"));
      extra = ", characteristics.png";
    }
    if (model instanceof PigConfig pig) {
      PhysicsLoss pl = (PhysicsLoss) loss;
      PigPictures.write(pig, name -> pl.parameter(name, r.parameters()), problem.geometry(), pts, nx, ny, out);
      extra = ", " + PigPictures.FILES;
    }
    console.printf(Locale.ROOT, "trained in %.1f s: Adam %d steps, L-BFGS %d iterations (stopped: %s), final loss %.3e%n",
        r.seconds(), adamDone, r.history().phase("lbfgs").size(),
        r.lbfgsStop() == null ? "none" : r.lbfgsStop().name().toLowerCase(Locale.ROOT), r.history().last().loss());
    if (inverse != null) {
      console.printf(Locale.ROOT, "inferred %s = %.6g (true %s, %.2f%% off, started at %s)%n", inverse.coefficient(),
          inferred, SolveInverse.format(truth), 100 * Math.abs(inferred / truth - 1), SolveInverse.format(inverse.guess()));
    }
    console.printf(Locale.ROOT, "relative L2 error vs %s on the %d×%d grid: %.3e (max abs %.3e)%n",
        sp.referenceName(), nx, ny, rel, max);
    console.println("wrote " + out.resolve("solution.h5") + ", history.csv, loss.png, solution.png" + extra);
  }
}
