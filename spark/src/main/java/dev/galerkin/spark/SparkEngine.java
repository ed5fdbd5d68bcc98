package dev.galerkin.spark;

import dev.galerkin.cli.engine.BenchRequest;
import dev.galerkin.cli.engine.DistributedEngine;
import dev.galerkin.cli.engine.EvaluationRequest;
import dev.galerkin.cli.engine.FieldErrors;
import dev.galerkin.cli.engine.GenerationRequest;
import dev.galerkin.solvers.generate.GenerationReport;
import dev.galerkin.solvers.generate.ProgressListener;
import java.io.PrintWriter;
import java.util.List;

/**
 * The Apache Spark engine of {@code --engine spark} ({@link DistributedEngine}, found through
 * {@code META-INF/services}): generation by {@link SparkGeneration}, evaluation by
 * {@link SparkEvaluation}, {@code bench spark} by {@link SparkBench}.
 */
public final class SparkEngine implements DistributedEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public GenerationReport generate(GenerationRequest request, ProgressListener progress) {
    return SparkGeneration.run(request, progress);
  }

  @Override
  public void bench(BenchRequest request, PrintWriter out) {
    SparkBench.run(request, out);
  }

  @Override
  public List<FieldErrors> evaluate(EvaluationRequest request) {
    return SparkEvaluation.run(request);
  }
}
