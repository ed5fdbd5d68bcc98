package dev.galerkin.cli.engine;

import java.util.Map;

/**
 * A {@code galerkin generate PRESET --engine NAME} run, as the command line gave it.
 *
 * @param preset the preset name ({@link dev.galerkin.solvers.presets.PresetCatalog})
 * @param options the preset's options given, name → text (the others take their defaults)
 * @param samples samples of the dataset, {@code >= 1}
 * @param seed the dataset seed
 * @param shardSize samples per shard, {@code >= 1}: each shard is one task
 * @param float64 whether to store float64 instead of float32
 * @param output the shard directory, which every executor must be able to write: a path (local,
 *     or shared by the cluster's machines) or a Hadoop file system URI ({@code hdfs://…},
 *     {@code s3a://…}, {@code file:///…})
 * @param overwrite replace an existing output
 * @param resume keep the complete shards already there
 * @param threadsPerTask threads each task generates its samples on, {@code >= 1}
 * @param master the cluster: {@code local[*]}, {@code local[N]}, {@code spark://HOST:PORT},
 *     {@code yarn}; null for the engine's in-process default
 * @param conf extra engine settings ({@code --conf key=value})
 * @param verbose show the engine's own log
 */
public record GenerationRequest(String preset, Map<String, String> options, long samples, long seed,
    int shardSize, boolean float64, String output, boolean overwrite, boolean resume,
    int threadsPerTask, String master, Map<String, String> conf, boolean verbose) {

  /** Copies the maps. */
  public GenerationRequest {
    options = Map.copyOf(options);
    conf = Map.copyOf(conf);
  }
}
