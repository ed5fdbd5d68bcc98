package dev.galerkin.cli.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code galerkin bench spark} measures: one preset's generation, the same samples and
 * shards for every way of running it.
 *
 * @param preset the preset's name
 * @param options its options, name → text
 * @param samples samples per run
 * @param shardSize samples per shard (one task each)
 * @param rounds rounds; each runs every way once, in turn
 * @param cores cores of the single-machine run, of {@code local[N]} and of the standalone worker
 * @param dir where the runs write (each run's output is removed after it)
 */
public record BenchRequest(String preset, Map<String, String> options, long samples, int shardSize,
    int rounds, int cores, Path dir) {

  /** Copies the map. */
  public BenchRequest {
    options = Map.copyOf(options);
  }
}
