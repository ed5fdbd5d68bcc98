package dev.galerkin.solvers.generate;

import java.util.List;

/**
 * What a sharded run still has to make ({@link DatasetGenerator#planShards()}): the driver of a
 * distributed run hands {@link #todo()} out as tasks, one shard each.
 *
 * @param count shards of the whole dataset
 * @param todo shards to make, ascending; those not listed were found complete and kept
 * @param resumedSamples samples in the kept shards
 */
public record ShardPlan(int count, List<Integer> todo, long resumedSamples) {
  /** Copies the list. */
  public ShardPlan {
    todo = List.copyOf(todo);
  }
}
