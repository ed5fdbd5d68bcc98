package dev.galerkin.cli.engine;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.generate.GenerationReport;
import dev.galerkin.solvers.generate.ProgressListener;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A way to run {@code galerkin generate} and {@code galerkin evaluate} on more than one machine:
 * {@code --engine NAME} picks it. Implementations live in their own modules (the Spark one in
 * {@code galerkin-spark}, which the default jar leaves out) and are found with
 * {@link ServiceLoader}; the launcher {@code ./galerkin} puts the module on the class path when
 * {@code --engine} asks for it.
 *
 * <p>An engine must give the same data and the same numbers as the single-machine path: shard
 * {@code k} of a generation is made from {@code (seed, k)} by
 * {@link dev.galerkin.solvers.generate.DatasetGenerator#writeShard(int)} wherever it runs, and an
 * evaluation returns the per-sample errors the single-machine one computes, in the order of the
 * samples asked for.
 */
public interface DistributedEngine {

  /** @return the name {@code --engine} takes, for example {@code spark} */
  String name();

  /**
   * Generates a sharded dataset: plans on the driver, makes one task per shard still missing,
   * writes the index last.
   *
   * @param request what to generate and where
   * @param progress hears the samples made (per finished shard)
   * @return what was done
   */
  GenerationReport generate(GenerationRequest request, ProgressListener progress);

  /**
   * Computes the per-sample errors of a model on samples of a dataset, the samples split into
   * tasks.
   *
   * @param request the model, the data, the samples
   * @return one entry per output field of the model, in its order
   */
  List<FieldErrors> evaluate(EvaluationRequest request);

  /**
   * {@code galerkin bench NAME}: samples/s of the single-machine generator beside this engine's
   * ways of running the same work, printed as a table.
   *
   * @param request the work and the repetitions
   * @param out where the table goes
   */
  void bench(BenchRequest request, java.io.PrintWriter out);

  /**
   * @param name an engine name
   * @return the engine of that name on the class path; throws in one line if there is none
   */
  static DistributedEngine find(String name) {
    for (DistributedEngine e : ServiceLoader.load(DistributedEngine.class)) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new GalerkinException("--engine " + name + ": the galerkin-" + name + " module is not on"
        + " the class path; run through ./galerkin, which builds and adds it, or put"
        + " spark/target/galerkin-spark.jar and the class path in spark/target/classpath.txt on"
        + " java -cp");
  }
}
