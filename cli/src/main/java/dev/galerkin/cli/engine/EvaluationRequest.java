package dev.galerkin.cli.engine;

import dev.galerkin.data.formats.ReadOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * A {@code galerkin evaluate --engine NAME} run: the errors of one field-to-field model on some
 * samples of a dataset, split into tasks.
 *
 * @param model the model file ({@code galerkin train}), which every executor must be able to read
 * @param data the dataset (a file or a shard directory), readable by every executor
 * @param read how to read {@code data} ({@code --format} and its options)
 * @param samples the sample indices, in the order of the report
 * @param samplesPerTask samples per task (rounded up by the engine to whole prediction batches, so
 *     each task predicts the same batches as a single-machine run)
 * @param master the cluster, null for the engine's in-process default
 * @param conf extra engine settings ({@code --conf key=value})
 * @param verbose show the engine's own log
 */
public record EvaluationRequest(Path model, Path data, ReadOptions read, long[] samples,
    int samplesPerTask, String master, Map<String, String> conf, boolean verbose) {

  /** Copies the samples and the map. */
  public EvaluationRequest {
    samples = samples.clone();
    conf = Map.copyOf(conf);
  }
}
